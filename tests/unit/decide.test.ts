import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ahp,
  geometricMeanMatrix,
  missingPairs,
  nearestSaaty,
  pairwiseMatrix,
  type Matrix,
} from '../../src/core/decide/ahp.ts';
import { InputError } from '../../src/core/load/problem.ts';
import { shiftWeights, weightSensitivity } from '../../src/core/decide/sensitivity.ts';
import { defaultMinimum, evaluateVendors } from '../../src/core/decide/vendors.ts';
import { criterionWeights, directWeightProblems } from '../../src/core/decide/weights.ts';
import type { Engagement, Framework } from '../../src/schemas/generated/types.ts';
import { sample, shippedFramework } from './assess-helpers.ts';

describe('AHP against a published example', () => {
  // Saaty, T. L. (2008) "Decision making with the analytic hierarchy process", Int. J. Services
  // Sciences 1(1), 83–98, Table 2: relative consumption of drinks in the United States. Saaty
  // reports the eigenvector .177 .019 .042 .116 .190 .129 .327 and a consistency ratio of 0.022.
  const drinks: Matrix = [
    [1, 9, 5, 2, 1, 1, 1 / 2],
    [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
    [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
    [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [1, 9, 4, 2, 1, 2, 1 / 2],
    [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [2, 9, 9, 3, 2, 3, 1],
  ];
  const result = ahp(drinks);
  it('gives Saaty’s priorities to three decimals', () => {
    expect(result.priorities.map((p) => Number(p.toFixed(3)))).toEqual([
      0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327,
    ]);
  });
  it('gives λmax, CI and Saaty’s CR of 0.022 (RI 1.32 for n = 7)', () => {
    expect(result.lambdaMax).toBeCloseTo(7.1766, 4);
    expect(result.consistencyIndex).toBeCloseTo((result.lambdaMax - 7) / 6, 12);
    expect(result.randomIndex).toBe(1.32);
    expect(result.consistencyRatio).toBeCloseTo(0.022, 3);
    expect(result.consistent).toBe(true);
  });
});

describe('AHP mechanics', () => {
  it('builds a reciprocal matrix from judgements, in either direction', () => {
    const m = pairwiseMatrix(
      ['a', 'b', 'c'],
      [
        { a: 'a', b: 'b', value: 3 },
        { a: 'c', b: 'a', value: 5 },
      ],
    );
    expect(m).toEqual([
      [1, 3, 1 / 5],
      [1 / 3, 1, 1],
      [5, 1, 1],
    ]);
    expect(missingPairs(['a', 'b', 'c'], [{ a: 'a', b: 'b', value: 3 }])).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });
  it('combines assessors by the element-wise geometric mean, which stays reciprocal', () => {
    const combined = geometricMeanMatrix([
      [
        [1, 9],
        [1 / 9, 1],
      ],
      [
        [1, 1],
        [1, 1],
      ],
    ]);
    expect(combined[0]?.[1]).toBeCloseTo(3, 12);
    expect(combined[1]?.[0]).toBeCloseTo(1 / 3, 12);
  });
  it('flags the judgement furthest from what the priorities imply', () => {
    // Weights 8 : 4 : 2 : 1 judged consistently, except that d is said to beat a 8 to 1 instead of losing 1 to 8.
    const ids = ['a', 'b', 'c', 'd'];
    const m = pairwiseMatrix(ids, [
      { a: 'a', b: 'b', value: 2 },
      { a: 'a', b: 'c', value: 4 },
      { a: 'd', b: 'a', value: 8 },
      { a: 'b', b: 'c', value: 2 },
      { a: 'b', b: 'd', value: 4 },
      { a: 'c', b: 'd', value: 2 },
    ]);
    const result = ahp(m);
    expect(result.consistencyRatio).toBeGreaterThan(0.1);
    expect(result.consistent).toBe(false);
    expect(result.mostInconsistent).toMatchObject({ row: 0, column: 3, given: 1 / 8 });
    expect(nearestSaaty(9.2)).toEqual({ value: 9, inverted: false });
    expect(nearestSaaty(1 / 4.2)).toEqual({ value: 4, inverted: true });
  });
  it('rejects a zero, NaN or non-reciprocal entry, naming the cell', () => {
    expect(() =>
      ahp([
        [1, 0],
        [1, 1],
      ]),
    ).toThrow(InputError);
    try {
      ahp([
        [1, 2],
        [2, 1],
      ]);
    } catch (error) {
      expect((error as InputError).problems).toEqual([
        { pointer: '/0/1', code: 'matrix-reciprocal', params: { row: 1, column: 2, value: 2, expected: 0.5 } },
      ]);
    }
    expect(() => ahp([[Number.NaN]])).toThrow(/matrix-entry/);
  });
  it('a perfectly consistent matrix has CR = 0 and returns the weights it was built from', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.05, max: 20, noNaN: true }), { minLength: 1, maxLength: 15 }), (raw) => {
        const m = raw.map((wi) => raw.map((wj) => wi / wj));
        const result = ahp(m);
        const total = raw.reduce((a, b) => a + b, 0);
        expect(result.consistencyRatio).toBeLessThan(1e-9);
        result.priorities.forEach((p, i) => expect(p).toBeCloseTo((raw[i] ?? 0) / total, 9));
      }),
    );
  });
  it('priorities are positive and sum to 1 for any reciprocal matrix from Saaty-scale judgements', () => {
    const saaty = fc.integer({ min: 1, max: 9 }).chain((v) => fc.constantFrom(v, 1 / v));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 9 })
          .chain((n) =>
            fc
              .array(saaty, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })
              .map((values) => ({ n, values })),
          ),
        ({ n, values }) => {
          const ids = Array.from({ length: n }, (_, i) => `c${i}`);
          const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const));
          const m = pairwiseMatrix(
            ids,
            pairs.map(([a, b], k) => ({ a, b, value: values[k] ?? 1 })),
          );
          const result = ahp(m);
          expect(result.priorities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          expect(Math.min(...result.priorities)).toBeGreaterThan(0);
          expect(result.lambdaMax).toBeGreaterThanOrEqual(n - 1e-9);
        },
      ),
    );
  });
});

describe('criterion weights', () => {
  const framework = shippedFramework('vendor-selection');
  it('uses the framework split by default (30/20/20/20/10)', () => {
    expect(criterionWeights(framework, undefined).weights).toEqual([0.3, 0.2, 0.2, 0.2, 0.1]);
  });
  it('direct weights must cover every criterion and sum to 1', () => {
    const criteria = ['a', 'b', 'c'];
    expect(directWeightProblems({ a: 0.5, b: 0.5, c: 0 }, criteria)).toEqual([]);
    expect(directWeightProblems({ a: 0.5, b: 0.4, c: 0 }, criteria)).toEqual([
      { pointer: '/vendorSelection/weights', code: 'weights-sum', params: { sum: 0.9 } },
    ]);
    expect(directWeightProblems({ a: 1 }, criteria).map((p) => p.code)).toEqual(['weight-missing', 'weight-missing']);
    expect(directWeightProblems({ a: Number.NaN, b: 0.5, c: 0.5 }, criteria).map((p) => p.code)).toEqual([
      'not-a-number',
    ]);
    expect(
      criterionWeights(framework, { weighting: 'direct', weights: { 'functional-fit': 1 } }).weights,
    ).toBeUndefined();
  });
  it('AHP over the Sony assessors combines three sets of judgements', () => {
    const weights = criterionWeights(framework, sample('sony-china-after-sales').vendorSelection);
    expect(weights.ahp?.assessors).toHaveLength(3);
    expect(weights.weights?.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // cost-benefit weighs most for all three assessors, technical architecture and integration least.
    const byId = Object.fromEntries(weights.criteria.map((c, i) => [c, weights.weights?.[i] ?? 0]));
    expect(Math.max(...Object.values(byId))).toBe(byId['cost-benefit']);
    expect(weights.ahp?.combined.consistent).toBe(true);
  });
});

describe('vendor evaluation on the samples', () => {
  const framework = shippedFramework('vendor-selection');
  it('pump maker, direct weights: Klarwerk first, Stratos second, Nordtal knocked out on sales management', () => {
    const evaluation = evaluateVendors(sample('industrial-equipment-growth'), framework);
    const [first, second, third] = evaluation.vendors;
    // Klarwerk criterion scores 65, 67.5, 70, 1025/13, 60 × weights 0.3/0.15/0.15/0.3/0.1. Cost-benefit:
    // sub-scores 4, 4, 4, 4, 5, 4 → 75, 75, 75, 75, 100, 75 with question weights 2, 2, 2, 3, 2, 2 → 1025/13.
    expect(first?.id).toBe('klarwerk-cloud');
    expect(first?.total).toBeCloseTo(65 * 0.3 + 67.5 * 0.15 + 70 * 0.15 + (1025 / 13) * 0.3 + 60 * 0.1, 9);
    expect(second?.id).toBe('stratos-suite');
    expect(third?.id).toBe('nordtal-erp-crm');
    expect(third?.rank).toBeUndefined();
    expect(third?.knockOuts.map((k) => k.question)).toEqual(['sales-management-support']);
    expect(evaluation.winner).toBe('klarwerk-cloud');
    expect(evaluation.chosen).toBe('klarwerk-cloud');
  });
  it('a sub-criterion score is placed on 0–100 and averaged by question weight', () => {
    const evaluation = evaluateVendors(sample('sony-china-after-sales'), framework);
    const huixing = evaluation.vendors.find((v) => v.id === 'huixing-callcentre');
    // Functional fit: scores 4, 2, 2, 5, 4 → 75, 25, 25, 100, 75 with the question weights of the framework.
    const fit = huixing?.criteria.find((c) => c.criterion === 'functional-fit');
    const weights = fit?.subs.map((s) => s.weight) ?? [];
    const expected =
      [75, 25, 25, 100, 75].reduce((sum, score, i) => sum + score * (weights[i] ?? 0), 0) /
      weights.reduce((a, b) => a + b, 0);
    expect(fit?.score).toBeCloseTo(expected, 12);
    expect(evaluation.winner).toBe('huixing-callcentre');
  });
  it('a vendor with unscored sub-criteria gets no total and the problem names them', () => {
    const engagement = structuredClone(sample('industrial-equipment-growth'));
    delete engagement.vendors?.[0]?.scores?.['security-controls'];
    const evaluation = evaluateVendors(engagement, framework);
    const stratos = evaluation.vendors.find((v) => v.id === 'stratos-suite');
    expect(stratos?.total).toBeUndefined();
    expect(stratos?.missing).toEqual(['security-controls']);
    expect(evaluation.problems).toContainEqual({
      pointer: '/vendors/0/scores',
      code: 'vendor-scores-missing',
      params: { vendor: 'stratos-suite', missing: 'security-controls' },
    });
  });
  it('the default must-have minimum is the middle of the scale', () => {
    expect(defaultMinimum(framework.scales?.[0])).toBe(3);
  });
  it('a knocked-out vendor never ranks first, whatever the scores', () => {
    const questions = framework.elements.flatMap((e) => e.questions ?? []).map((q) => q.id);
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.integer({ min: 1, max: 5 }), { minLength: questions.length, maxLength: questions.length }),
          { minLength: 2, maxLength: 4 },
        ),
        fc.constantFrom(...questions),
        fc.integer({ min: 2, max: 5 }),
        (scoreSets, must, minimum) => {
          const engagement = {
            vendors: scoreSets.map((scores, v) => ({
              id: `v${v}`,
              name: `V${v}`,
              scores: Object.fromEntries(questions.map((q, i) => [q, { value: scores[i] ?? 1 }])),
            })),
            vendorSelection: { mustHaves: [{ criterion: must, minimum }] },
          } as unknown as Engagement;
          const evaluation = evaluateVendors(engagement, framework);
          const first = evaluation.vendors[0];
          if (first?.rank === 1) expect(first.knockOuts).toEqual([]);
          for (const vendor of evaluation.vendors) {
            if (vendor.knockOuts.length > 0) expect(vendor.rank).toBeUndefined();
          }
        },
      ),
    );
  });
});

describe('weight sensitivity', () => {
  const framework = shippedFramework('vendor-selection');
  it('shifting one weight keeps the sum at 1 and the others in proportion', () => {
    const shifted = shiftWeights([0.5, 0.3, 0.2], 0, 0.8);
    expect(shifted.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect((shifted[1] ?? 0) / (shifted[2] ?? 1)).toBeCloseTo(1.5, 12);
  });
  it('finds the weight where the winner changes, by hand on a two-vendor case', () => {
    // Two criteria, weights 0.6/0.4. A scores 100/0 (total 60), B scores 0/100 (total 40).
    // A leads while 100w > 100(1 − w), i.e. until w = 0.5: a move of −0.1 on the first criterion.
    const element = (id: string, weight: number) => ({
      id,
      title: { en: id, zh: id },
      weight,
      questions: [{ id: `q${id}`, text: { en: id, zh: id }, scale: 'vendor-fit' }],
    });
    const two = { ...framework, elements: [element('x', 6), element('y', 4)] } as Framework;
    const engagement = {
      vendors: [
        { id: 'a', name: 'A', scores: { qx: { value: 5 }, qy: { value: 1 } } },
        { id: 'b', name: 'B', scores: { qx: { value: 1 }, qy: { value: 5 } } },
      ],
    } as unknown as Engagement;
    const [x, y] = weightSensitivity(evaluateVendors(engagement, two));
    expect(x?.down?.weight).toBeCloseTo(0.5, 9);
    expect(x?.down?.delta).toBeCloseTo(-0.1, 9);
    expect(x?.down?.newWinner).toBe('b');
    expect(x?.up).toBeUndefined();
    expect(y?.up?.weight).toBeCloseTo(0.5, 9);
    expect(y?.down).toBeUndefined();
  });
  it('on the Sony sample, lowering cost-benefit far enough hands the win to the international suite', () => {
    const rows = weightSensitivity(evaluateVendors(sample('sony-china-after-sales'), framework));
    const cost = rows.find((r) => r.criterion === 'cost-benefit');
    expect(cost?.down?.newWinner).toBe('global-crm-suite');
    expect(cost?.down?.delta).toBeLessThan(0);
  });
});
