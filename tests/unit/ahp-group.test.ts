/**
 * Group AHP whose assessors contradict each other: the geometric mean of "a is 7 times b" and
 * "b is 7 times a" is 1, perfectly consistent to look at, so the weights come with how far the
 * assessors agree (Saaty's compatibility index and the pairs judged strongly both ways), and
 * the ranking says so in the CLI. Expectations computed by hand below.
 */
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { ahp, geometricMeanMatrix, groupAgreement, type Matrix } from '../../src/core/decide/ahp.ts';
import { criterionWeights } from '../../src/core/decide/weights.ts';
import type { AhpAssessor, Engagement } from '../../src/schemas/generated/types.ts';
import { run } from '../../src/cli/main.ts';
import { summaryHtml } from '../../src/render/summary-html.ts';
import { executiveSummary } from '../../src/core/views/summary-view.ts';
import { shipped } from './assess-helpers.ts';

// Criteria a, b, c. The first assessor: a 7× b, a 7× c, b = c; the second the exact reverse.
const first: Matrix = [
  [1, 7, 7],
  [1 / 7, 1, 1],
  [1 / 7, 1, 1],
];
const second: Matrix = [
  [1, 1 / 7, 1 / 7],
  [7, 1, 1],
  [7, 1, 1],
];

describe('the agreement of a group of assessors', () => {
  test('two assessors judging the reverse of each other: a consistent-looking mean, and the contradiction said', () => {
    const combined = ahp(geometricMeanMatrix([first, second]));
    // The mean matrix is all ones: equal weights, consistency ratio 0. Each assessor alone is consistent too.
    expect(combined.priorities.map((w) => w.toFixed(6))).toEqual(['0.333333', '0.333333', '0.333333']);
    expect(combined.consistencyRatio).toBeCloseTo(0, 12);
    expect(ahp(first).consistent && ahp(second).consistent).toBe(true);

    const agreement = groupAgreement([first, second], combined.priorities);
    // S = (1/n²) Σ aᵢⱼ·wⱼ/wᵢ with equal weights = (1 + 7 + 7 + 1/7 + 1 + 1 + 1/7 + 1 + 1) / 9 = (19 + 2/7) / 9 = 15/7.
    expect(agreement.compatibility[0]).toBeCloseTo(15 / 7, 12);
    expect(agreement.compatibility[1]).toBeCloseTo(15 / 7, 12);
    // a–b and a–c are judged 7 one way and 7 the other; b–c both 1.
    expect(agreement.contradictions).toEqual([
      { row: 0, column: 1, assessors: [0, 1], values: [7, 1 / 7] },
      { row: 0, column: 2, assessors: [0, 1], values: [7, 1 / 7] },
    ]);
    expect(agreement.agreed).toBe(false);
  });

  test('two assessors who differ by degree only agree: compatibility near 1, no contradiction', () => {
    // a 3× b and a 5× b: the mean is √15, w = (√15, 1) / (√15 + 1).
    const a: Matrix = [
      [1, 3],
      [1 / 3, 1],
    ];
    const b: Matrix = [
      [1, 5],
      [1 / 5, 1],
    ];
    const r = Math.sqrt(15);
    const w = [r / (r + 1), 1 / (r + 1)];
    const agreement = groupAgreement([a, b], w);
    // S₁ = (1 + 1 + 3/√15 + √15/3) / 4 = 1.016398…, S₂ = (2 + 5/√15 + √15/5) / 4 = 1.016398… (the same, by symmetry).
    expect(agreement.compatibility[0]).toBeCloseTo((2 + 3 / r + r / 3) / 4, 12);
    expect(agreement.compatibility[0]).toBeCloseTo(1.016398, 6);
    expect(agreement.compatibility[1]).toBeCloseTo((2 + 5 / r + r / 5) / 4, 12);
    expect(agreement.contradictions).toEqual([]);
    expect(agreement.agreed).toBe(true);
  });

  test('one strong judgement against a mild one the other way is no contradiction, but can be incompatible', () => {
    // a 9× b against b 3× a: the mean is √3; S₁ = (2 + 9/√3 + √3/9) / 4 = 1.848…
    const agreement = groupAgreement(
      [
        [
          [1, 9],
          [1 / 9, 1],
        ],
        [
          [1, 1 / 3],
          [3, 1],
        ],
      ],
      [Math.sqrt(3) / (Math.sqrt(3) + 1), 1 / (Math.sqrt(3) + 1)],
    );
    expect(agreement.contradictions).toEqual([]);
    expect(agreement.compatibility[0]).toBeCloseTo((2 + 9 / Math.sqrt(3) + Math.sqrt(3) / 9) / 4, 12);
    expect(agreement.agreed).toBe(false);
  });
});

describe('in the vendor decision', () => {
  const framework = shipped.frameworks.get('vendor-selection');
  if (!framework) throw new Error('no vendor-selection framework');
  const sample = parse(readFileSync('assessments/singapore-tea-shop-loyalty.yaml', 'utf8')) as Engagement;

  test("the tea shop's two assessors differ by degree, not direction: they agree", () => {
    const weights = criterionWeights(framework, sample.vendorSelection);
    expect(weights.ahp?.assessors).toHaveLength(2);
    expect(weights.ahp?.agreement?.contradictions).toEqual([]);
    expect(weights.ahp?.agreement?.agreed).toBe(true);
  });

  test('a single assessor has no group agreement; two that contradict have it, with the pairs', () => {
    const owner = sample.vendorSelection?.assessors?.[0];
    if (!owner) throw new Error('no assessor in the sample');
    const one = criterionWeights(framework, { ...sample.vendorSelection, assessors: [owner] });
    expect(one.ahp?.assessors).toHaveLength(1);
    expect(one.ahp?.agreement).toBeUndefined();
    // The manager reverses every judgement of the owner's.
    const reversed = owner.judgements.map((j) => ({ ...j, a: j.b, b: j.a })) as AhpAssessor['judgements'];
    const manager: AhpAssessor = { name: 'Manager', judgements: reversed };
    const two = criterionWeights(framework, { ...sample.vendorSelection, assessors: [owner, manager] });
    const agreement = two.ahp?.agreement;
    expect(agreement?.agreed).toBe(false);
    // The owner's strong judgements (cost-benefit 5× technical-architecture) are now contradicted.
    const pairs = agreement?.contradictions.map((c) => `${two.criteria[c.row]} / ${two.criteria[c.column]}`);
    expect(pairs).toEqual(['technical-architecture / cost-benefit']);
    // Reversed judgements make the mean all ones: equal weights, as if nobody had an opinion.
    expect(two.weights?.map((w) => w.toFixed(3))).toEqual(['0.200', '0.200', '0.200', '0.200', '0.200']);
  });
});

describe('crmkit vendors says it', () => {
  const FILE = 'tests/fixtures/odd/contradicting-assessors.yaml';

  test('the contradiction, the pair and who judged what, and a ranking marked as resting on disputed weights', () => {
    const out = run(['vendors', FILE]);
    expect(out.exitCode).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines).toContain(
      '  Compatibility with the combined weights (Saaty; 1 = the same, ≤ 1.10 compatible): Lim Wei Ling (owner) 1.46, Tan Boon Huat (shop manager) 1.46',
    );
    expect(lines).toContain(
      '⚠ The assessors contradict each other on 1 pair: the combined weights average opposite judgements away, so the ranking rests on weights no assessor gave. Settle it together before relying on it.',
    );
    expect(lines).toContain(
      '    Technical architecture vs Cost-benefit: Tan Boon Huat (shop manager) judged Technical architecture 5 times as important, Lim Wei Ling (owner) judged Cost-benefit 5 times as important',
    );
    expect(lines).toContain('Ranking (on weights the assessors dispute, see above):');
    const [json] = JSON.parse(run(['vendors', FILE, '--json']).stdout) as {
      ahp: { agreement: { agreed: boolean; contradictions: unknown[] } };
    }[];
    expect(json?.ahp.agreement.agreed).toBe(false);
    expect(json?.ahp.agreement.contradictions).toHaveLength(1);
  });

  test('in Chinese too', () => {
    const out = run(['vendors', FILE, '--lang', 'zh']).stdout;
    expect(out).toContain('⚠ 评估人之间有 1 对判断相互矛盾');
    expect(out).toContain('排名（所依据的权重存在评估人分歧，见上文）：');
  });

  test('assessors who agree get the plain ranking and no warning', () => {
    const out = run(['vendors', 'assessments/singapore-tea-shop-loyalty.yaml']).stdout;
    expect(out).toContain('\nRanking:\n');
    expect(out).not.toContain('contradict');
    expect(out).toMatch(/Compatibility with the combined weights .*: Lim Wei Ling \(owner\) 1\.\d\d/);
  });
});

describe('the executive summary says it', () => {
  const content = { frameworks: [...shipped.frameworks.values()], templates: [...shipped.templates.values()] };
  const contradicting = parse(readFileSync('tests/fixtures/odd/contradicting-assessors.yaml', 'utf8')) as Engagement;
  const agreeing = parse(readFileSync('assessments/singapore-tea-shop-loyalty.yaml', 'utf8')) as Engagement;

  test('disputed weights beside the vendor call, in both languages; agreeing assessors get nothing of it', () => {
    const summary = executiveSummary(contradicting, content);
    expect(summary.vendor?.weightsDisputed).toEqual({ pairs: 1 });
    expect(String(summaryHtml(summary, 'en', () => undefined))).toContain(
      'The criterion weights are disputed: the assessors contradict each other on 1 pair of criteria, and the combined weights average opposite judgements away. The ranking stands only once they agree.',
    );
    expect(String(summaryHtml(summary, 'zh', () => undefined))).toContain('评估人之间有 1 对标准的判断相互矛盾');
    const plain = executiveSummary(agreeing, content);
    expect(plain.vendor?.weightsDisputed).toBeUndefined();
    expect(String(summaryHtml(plain, 'en', () => undefined))).not.toContain('summary-vendor-disputed');
  });
});
