/**
 * The scoring engine against numbers worked out by hand, and the invariants any
 * scoring must keep: 0–100, monotonic, and "unanswered is not zero".
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bandFor, placeOnScale, scoreFramework } from '../../src/core/assess/score.ts';
import { loadContent } from '../../src/core/check/load-content.ts';
import { frameworkQuestions } from '../../src/core/content/framework-parts.ts';
import type { Framework, FrameworkAnswers, Scale } from '../../src/schemas/generated/types.ts';
import { readSources, shippedContentFiles } from '../../src/node/content-files.ts';

const content = loadContent(readSources(shippedContentFiles()).sources);
const framework = (id: string): Framework => {
  const found = content.frameworks.get(id);
  if (!found) throw new Error(`no framework ${id}`);
  return found;
};
const answersOf = (engagement: string, frameworkId: string): FrameworkAnswers | undefined =>
  content.engagements.get(engagement)?.answers?.[frameworkId];

const text = { en: 'x', zh: '某' };
const five: Scale = {
  id: 'five',
  points: [1, 2, 3, 4, 5].map((value) => ({ value, label: text })) as Scale['points'],
};

/** Two elements, weights 2 and 1; bands at 0/50/100. */
const fixture: Framework = {
  kind: 'framework',
  schemaVersion: 1,
  id: 'fx',
  version: '1.0.0',
  use: 'assessment',
  title: text,
  summary: text,
  sources: [{ file: 'seed.txt', section: 's' }],
  scales: [five],
  elements: [
    {
      id: 'a',
      title: text,
      weight: 2,
      triggers: [{ below: 40, recommendations: ['fix-a'] }],
      questions: [
        { id: 'a1', text, scale: 'five', weight: 3, measures: 'current-and-target' },
        { id: 'a2', text, scale: 'five' },
        { id: 'a3', text, scale: 'five', reverse: true, triggers: [{ below: 50, recommendations: ['fix-a3'] }] },
      ],
    },
    {
      id: 'b',
      title: text,
      questions: [
        { id: 'b1', text, scale: 'five' },
        { id: 'b2', text, scale: 'five' },
        { id: 'b3', text, scale: 'five' },
      ],
    },
  ],
  bands: [
    { id: 'low', min: 0, max: 50, label: text, recommendations: ['start'] },
    { id: 'high', min: 50, max: 100, label: text },
  ],
  recommendations: ['start', 'fix-a', 'fix-a3'].map((id) => ({ id, title: text, description: text })),
};

describe('placing answers on a scale', () => {
  test('lowest point is 0, highest is 100, reverse mirrors', () => {
    expect([1, 2, 3, 4, 5].map((v) => placeOnScale(v, five))).toEqual([0, 25, 50, 75, 100]);
    expect(placeOnScale(4, five, true)).toBe(25);
  });

  test('bands: min inclusive, max exclusive, 100 in the top band', () => {
    const bands = framework('mckinsey-7s').bands;
    expect(bandFor(0, bands)?.id).toBe('not-ready');
    expect(bandFor(39.99, bands)?.id).toBe('not-ready');
    expect(bandFor(40, bands)?.id).toBe('partly-aligned');
    expect(bandFor(80, bands)?.id).toBe('aligned');
    expect(bandFor(100, bands)?.id).toBe('aligned');
  });
});

describe('scoring the fixture by hand', () => {
  test('weighted question and element means, reverse, target and triggers', () => {
    // a1 = 2 (25, weight 3, target 4 = 75), a2 = 3 (50), a3 = 4 reversed (25).
    // a = (25·3 + 50 + 25) / 5 = 30; target over a1 only: 75 vs 25 → 33.3 %.
    // b1 = 5 (100), b2 = 4 (75), b3 = na → b = 87.5.
    // overall = (30·2 + 87.5·1) / 3 = 49.1667 → band "low".
    const result = scoreFramework(fixture, {
      a1: { value: 2, target: 4 },
      a2: { value: 3 },
      a3: { value: 4 },
      b1: { value: 5 },
      b2: { value: 4 },
      b3: { value: 'na' },
    });
    const [a, b] = result.elements;
    expect(a?.score).toBeCloseTo(30, 10);
    expect(a?.target).toBe(75);
    expect(a?.currentOnTarget).toBe(25);
    expect(a?.percentToTarget).toBeCloseTo(33.333, 3);
    expect(b?.score).toBe(87.5);
    expect(b?.coverage).toEqual({ answered: 3, notApplicable: 1, total: 3 });
    expect(result.score).toBeCloseTo(49.1667, 4);
    expect(result.band?.id).toBe('low');
    expect(result.findings.map((f) => f.id)).toEqual([
      'fx:band',
      'fx:trigger:a:0', // a = 30 < 40
      'fx:trigger:a3:0', // a3 = 25 < 50
      'fx:gap:a1', // 75 − 25 = 50, importance 3 · 2 = 6 → priority 300
    ]);
    expect(result.findings[3]?.rule).toEqual({
      kind: 'gap',
      element: 'a',
      question: 'a1',
      gap: 50,
      importance: 6,
      priority: 300,
    });
    expect(result.findings[0]?.recommendations).toEqual(['start']);
  });

  test('an element with too few answers shows coverage, not a number, and the overall follows', () => {
    // b: one of three applicable questions answered (< 50 %) → no score.
    // a alone carries 2 of 3 weight (≥ 50 %) → overall = a = 100.
    const result = scoreFramework(fixture, { a1: { value: 5 }, a2: { value: 5 }, a3: { value: 1 }, b1: { value: 1 } });
    expect(result.elements[1]?.sufficient).toBe(false);
    expect(result.elements[1]?.score).toBeUndefined();
    expect(result.weightCovered).toBeCloseTo(2 / 3, 10);
    expect(result.score).toBe(100);
    // b alone (1 of 3 weight) is not enough for an overall score.
    const thin = scoreFramework(fixture, { b1: { value: 5 }, b2: { value: 5 } });
    expect(thin.sufficient).toBe(false);
    expect(thin.score).toBeUndefined();
    expect(thin.findings.filter((f) => f.rule.kind === 'band')).toEqual([]);
  });

  test('no answers at all: coverage zero, no scores, no findings', () => {
    const result = scoreFramework(fixture, undefined);
    expect(result.coverage).toEqual({ answered: 0, notApplicable: 0, total: 6 });
    expect(result.score).toBeUndefined();
    expect(result.findings).toEqual([]);
  });
});

describe('the sample engagements, worked by hand', () => {
  test('Sony China 7-S: every element and the overall', () => {
    // maturity-5: 1→0, 2→25, 3→50, 4→75, 5→100; question weights from mckinsey-7s.yaml.
    const result = scoreFramework(framework('mckinsey-7s'), answersOf('sony-china-after-sales', 'mckinsey-7s'));
    const scores = Object.fromEntries(result.elements.map((e) => [e.element, e.score]));
    expect(scores['strategy']).toBeCloseTo(500 / 9, 6); // (50·3 + 75·2 + 50·2 + 50·2) / 9
    expect(scores['structure']).toBeCloseTo(375 / 8, 6); // (50·3 + 25·2 + 75·2 + 25·1) / 8
    expect(scores['systems']).toBeCloseTo(200 / 9, 6); // (0·3 + 50·2 + 25·2 + 25·2) / 9
    expect(scores['style']).toBeCloseTo(550 / 9, 6); // (100·3 + 50·2 + 50·2 + 25·2) / 9
    expect(scores['staff']).toBeCloseTo(300 / 7, 6); // (50·3 + 25·2 + 50·2) / 7
    expect(scores['skills']).toBeCloseTo(300 / 7, 6); // (25·2 + 75·2 + 25·2 + 50·1) / 7
    expect(scores['shared-values']).toBeCloseTo(62.5, 6); // (75·3 + 50·2 + 50·2 + 75·1) / 8
    // element weights 3, 2, 2, 2, 1.5, 1.5, 2 (sum 14)
    const overall =
      ((500 / 9) * 3 + (375 / 8) * 2 + (200 / 9) * 2 + (550 / 9) * 2 + (300 / 7) * 1.5 * 2 + 62.5 * 2) / 14;
    expect(result.score).toBeCloseTo(overall, 6);
    expect(result.score).toBeCloseTo(48.618, 3);
    expect(result.band?.id).toBe('partly-aligned');
    // strategy targets are all 4 (75): current over the same questions 55.6 → 74.07 %.
    expect(result.elements[0]?.percentToTarget).toBeCloseTo((500 / 9 / 75) * 100, 6);
  });

  test('Sony China readiness: success factors, reversed common problems, triggers', () => {
    const result = scoreFramework(
      framework('growth-readiness'),
      answersOf('sony-china-after-sales', 'growth-readiness'),
    );
    const scores = Object.fromEntries(result.elements.map((e) => [e.element, e.score]));
    expect(scores['profile']).toBeUndefined(); // weight 0: descriptive, never scored
    expect(scores['success-factors']).toBe(60); // (50·3 + 100·3 + 25·2 + 50·2) / 10
    expect(scores['common-problems']).toBe(30); // severity 4,4,4,3 reversed → (25·3 + 25·2 + 25·3 + 50·2) / 10
    expect(scores['system-implementation']).toBeCloseTo(450 / 11, 6); // (50·3 + 25·3 + 75·2 + 25·1 + 25·2) / 11
    expect(result.score).toBeCloseTo((60 * 3 + 30 * 2 + (450 / 11) * 2) / 7, 6);
    expect(result.band?.id).toBe('partly-ready');
    const triggered = result.findings.filter((f) => f.rule.kind === 'trigger').flatMap((f) => f.recommendations);
    expect(triggered).toEqual([
      'cross-department-team',
      'data-quality-clean-up',
      'integration-plan',
      'user-involvement-training',
    ]);
  });

  test('industrial pump maker 7-S systems element and overall band', () => {
    const result = scoreFramework(framework('mckinsey-7s'), answersOf('industrial-equipment-growth', 'mckinsey-7s'));
    // systems: 1, 2, 2, 2 → (0·3 + 25·2 + 25·2 + 25·2) / 9
    expect(result.elements.find((e) => e.element === 'systems')?.score).toBeCloseTo(150 / 9, 6);
    // staff: roles 2, acceptance 2, frontline unanswered → (25·3 + 25·2) / 5 = 25; 2 of 3 answered is enough.
    const staff = result.elements.find((e) => e.element === 'staff');
    expect(staff?.coverage).toEqual({ answered: 2, notApplicable: 0, total: 3 });
    expect(staff?.score).toBe(25);
    expect(result.band?.id).toBe('not-ready');
  });
});

describe('invariants', () => {
  const sevenS = framework('mckinsey-7s');
  const questions = frameworkQuestions(sevenS);
  const answerArb = fc.option(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('na' as const)), { nil: undefined });
  const answersArb = fc.array(answerArb, { minLength: questions.length, maxLength: questions.length }).map((values) => {
    const answers: FrameworkAnswers = {};
    values.forEach((value, i) => {
      const id = questions[i]?.id;
      if (id && value !== undefined) answers[id] = { value };
    });
    return answers;
  });

  test('every score stays within 0–100', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = scoreFramework(sevenS, answers);
        const all = [result.score, ...result.elements.map((e) => e.score)].filter((s) => s !== undefined);
        return all.every((s) => s >= 0 && s <= 100);
      }),
    );
  });

  test('raising one answer never lowers its element score', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(questions.length - 1), (answers, index) => {
        const question = questions[index];
        const current = question ? answers[question.id]?.value : undefined;
        if (!question || typeof current !== 'number' || current === 5) return true;
        const element = sevenS.elements.find((e) => e.questions?.some((q) => q.id === question.id))?.id;
        const before = scoreFramework(sevenS, answers).elements.find((e) => e.element === element)?.score;
        const after = scoreFramework(sevenS, { ...answers, [question.id]: { value: current + 1 } }).elements.find(
          (e) => e.element === element,
        )?.score;
        return before === undefined || after === undefined || after >= before - 1e-9;
      }),
    );
  });

  test('an unanswered question is left out, not counted as zero', () => {
    // Scoring with a question unanswered equals scoring a framework without that question.
    fc.assert(
      fc.property(answersArb, fc.nat(questions.length - 1), (answers, index) => {
        const question = questions[index];
        if (!question) return true;
        const rest = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== question.id));
        const without: Framework = {
          ...sevenS,
          elements: sevenS.elements.map((e) => ({
            ...e,
            questions: (e.questions ?? []).filter((q) => q.id !== question.id),
          })) as Framework['elements'],
        };
        const a = scoreFramework(sevenS, rest).elements.map((e) => e.score);
        const b = scoreFramework(without, rest).elements.map((e) => e.score);
        return a.every((s, i) => (s === undefined ? true : Math.abs(s - (b[i] ?? Number.NaN)) < 1e-9));
      }),
    );
  });
});
