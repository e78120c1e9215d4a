/**
 * The schema's bounds keep every figure finite: any ROI case inside them (amounts up to
 * 10^15, a rate from −50 %, 120 periods, ranges up to ×10) gives only finite numbers in the
 * analysis and the simulation, and amounts past them are refused in words.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyseFinance } from '../../src/core/finance/analyse.ts';
import { simulateNpv } from '../../src/core/finance/simulate.ts';
import { loadFile } from '../../src/core/load/load-file.ts';
import type { Finance } from '../../src/schemas/generated/types.ts';

const MAX = 1e15;
const amount = fc.oneof(
  fc.constantFrom(0, MAX, MAX / 3, Number.MIN_VALUE),
  fc.double({ min: 0, max: MAX, noNaN: true }),
);
const share = fc.double({ min: 0, max: 1, noNaN: true });

const unitAndHorizon = fc.oneof(
  fc.record({ periodUnit: fc.constant('year'), horizon: fc.oneof(fc.constant(10), fc.integer({ min: 1, max: 10 })) }),
  fc.record({
    periodUnit: fc.constant('month'),
    horizon: fc.oneof(fc.constant(120), fc.integer({ min: 1, max: 120 })),
  }),
);
const lines = fc.record({
  discountRate: fc.oneof(fc.constantFrom(-0.5, 0, 1), fc.double({ min: -0.5, max: 1, noNaN: true })),
  costs: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom('c1', 'c2', 'c3'),
      category: fc.constant('licences'),
      oneTime: amount,
      recurring: amount,
      byPeriod: fc.array(amount, { maxLength: 5 }),
    }),
    { maxLength: 3, selector: (line) => line.id },
  ),
  benefits: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom('b1', 'b2', 'b3'),
      category: fc.constant('retention'),
      annual: amount,
      rampUp: fc.array(share, { maxLength: 4 }),
    }),
    { maxLength: 3, selector: (line) => line.id },
  ),
  riskAdjustment: fc.record({ benefitReduction: share, costIncrease: fc.double({ min: 0, max: 5, noNaN: true }) }),
  simulation: fc.record({
    runs: fc.constant(100),
    seed: fc.nat(),
    ranges: fc.constant([{ line: 'c1', min: 0, mode: 1, max: 10 }]),
  }),
});
const finance = fc.tuple(unitAndHorizon, lines).map(([unit, rest]) => ({ ...unit, ...rest }) as unknown as Finance);

/** Every number anywhere in a value, with where it is. */
function numbers(value: unknown, at = ''): [string, number][] {
  if (typeof value === 'number') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${at}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbers(v, `${at}/${k}`));
  return [];
}

describe('finance inside the schema bounds', () => {
  test('property: every figure of the analysis and the simulation is finite', () => {
    fc.assert(
      fc.property(finance, (f) => {
        const bad = [...numbers(analyseFinance(f)), ...numbers(simulateNpv(f))].filter(([, n]) => !Number.isFinite(n));
        expect(bad).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test('a cost too small for the ratio over it (5e-324 beside 3.3e14 of benefit) leaves ROI and BCR out, not ∞', () => {
    // The case the property found in CI (seed 399362820).
    const f = {
      periodUnit: 'year',
      horizon: 1,
      discountRate: -0.5,
      costs: [{ id: 'c1', category: 'licences', oneTime: 0, recurring: 0, byPeriod: [5e-324] }],
      benefits: [{ id: 'b1', category: 'retention', annual: 333333333333333.3, rampUp: [] }],
    } as unknown as Finance;
    const a = analyseFinance(f).base;
    expect(a.totalCosts).toBe(5e-324);
    expect(a.roiPercent).toBeUndefined();
    expect(a.presentRoiPercent).toBeUndefined();
    expect(a.benefitCostRatio).toBeUndefined();
    expect(a.npv).toBeCloseTo(666666666666666.6, -2);
    // An ordinary small cost keeps its ratios: 1 of cost against 3 of benefit is a 200 % ROI.
    const small = analyseFinance({
      ...f,
      discountRate: 0,
      costs: [{ id: 'c1', category: 'licences', oneTime: 1, recurring: 0 }],
      benefits: [{ id: 'b1', category: 'retention', annual: 3, rampUp: [] }],
    } as unknown as Finance).base;
    expect(small.roiPercent).toBe(200);
    expect(small.benefitCostRatio).toBe(3);
  });

  test('an amount past 10^15, or a rate below −50 %, is refused with the field and in words', () => {
    const text = [
      'kind: engagement',
      'schemaVersion: 1',
      'id: huge',
      'title: Huge',
      'language: en',
      'created: 2026-01-01',
      'client: { name: X, currency: EUR, annualRevenue: 1.7e308 }',
      'finance:',
      '  periodUnit: year',
      '  horizon: 3',
      '  discountRate: -0.9',
      '  costs: [{ id: c, category: licences, oneTime: 2e15 }]',
    ].join('\n');
    const problems = loadFile('huge.yaml', text)
      .problems.filter((p) => p.code.includes('range'))
      .map((p) => `${p.line}:${p.column} ${p.pointer} ${p.code}`);
    expect(problems).toEqual([
      '7:50 /client/annualRevenue amount-out-of-range',
      '11:17 /finance/discountRate out-of-range',
      '12:49 /finance/costs/0/oneTime amount-out-of-range',
    ]);
  });
});
