/**
 * Classification (growth stage, application mode, business-application mode) against
 * numbers worked out by hand — a small inline fixture and both shipped samples — plus the
 * invariants any classification must keep on random answers.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  classify,
  compareWithProfile,
  evaluateOption,
  type ClassificationResult,
  type OptionResult,
} from '../../src/core/assess/classify.ts';
import { loadContent } from '../../src/core/check/load-content.ts';
import type { Answer, Framework, FrameworkAnswers } from '../../src/schemas/generated/types.ts';
import { readSources, shippedContentFiles } from '../../src/node/content-files.ts';

const content = loadContent(readSources(shippedContentFiles()).sources);

function shippedFramework(id: string): Framework {
  const found = content.frameworks.get(id);
  if (!found) throw new Error(`no framework ${id}`);
  return found;
}

function sampleOf(id: string) {
  const found = content.engagements.get(id);
  if (!found) throw new Error(`no engagement ${id}`);
  return found;
}

const byId = (results: readonly ClassificationResult[]): Record<string, ClassificationResult | undefined> =>
  Object.fromEntries(results.map((r) => [r.classification, r]));

/** [option, matched, possible, answeredPossible] for each option, in framework order. */
const weights = (result: ClassificationResult | undefined): [string, number, number, number][] =>
  (result?.options ?? []).map((o: OptionResult) => [o.option, o.matched, o.possible, o.answeredPossible]);

const answersOf = (values: Record<string, number | 'na'>): FrameworkAnswers =>
  Object.fromEntries(Object.entries(values).map(([question, value]) => [question, { value }]));

// ---------------------------------------------------------------------------------------
// (a) Inline fixture
// ---------------------------------------------------------------------------------------

const text = { en: 'x', zh: '某' };
const reason = (en: string) => ({ en, zh: `理由：${en}` });

/**
 * size (questions q1, q2, q3):
 *   small   q1 ≤ 2 (w2), q2 ≤ 2 (w1)                     possible 3
 *   medium  q1 = 3 (w2), q2 = 3 (w2), q3 = 3 (w2)       possible 6
 *   large   q1 ≥ 4 (w2), q3 ≥ 4 (w1)                     possible 3
 * route (questions q4, q5), only when size = large:
 *   direct  q4 ≤ 2 (w1), q5 ≥ 3 (w2)                     possible 3
 *   partner q4 in 3–5 (w3), q5 ≤ 2 (weight omitted = 1)  possible 4
 */
const fixture: Framework = {
  kind: 'framework',
  schemaVersion: 1,
  id: 'fx',
  version: '1.0.0',
  use: 'assessment',
  title: text,
  summary: text,
  sources: [{ file: 'seed.txt', section: 's' }],
  elements: [{ id: 'profile', title: text, weight: 0 }],
  classifications: [
    {
      id: 'size',
      title: text,
      options: [
        {
          id: 'small',
          title: text,
          description: text,
          indicators: [
            { question: 'q1', max: 2, weight: 2, reason: reason('few customers') },
            { question: 'q2', max: 2, weight: 1, reason: reason('one department') },
          ],
          recommendations: ['start-small'],
        },
        {
          id: 'medium',
          title: text,
          description: text,
          indicators: [
            { question: 'q1', min: 3, max: 3, weight: 2, reason: reason('some customers') },
            { question: 'q2', min: 3, max: 3, weight: 2, reason: reason('some departments') },
            { question: 'q3', min: 3, max: 3, weight: 2, reason: reason('some sites') },
          ],
          recommendations: ['grow'],
        },
        {
          id: 'large',
          title: text,
          description: text,
          indicators: [
            { question: 'q1', min: 4, weight: 2, reason: reason('many customers') },
            { question: 'q3', min: 4, weight: 1, reason: reason('many sites') },
          ],
          recommendations: ['go-big', 'plan-rollout'],
        },
      ],
    },
    {
      id: 'route',
      title: text,
      when: { classification: 'size', option: 'large' },
      options: [
        {
          id: 'direct',
          title: text,
          description: text,
          indicators: [
            { question: 'q4', max: 2, weight: 1, reason: reason('few partners') },
            { question: 'q5', min: 3, weight: 2, reason: reason('own sales force') },
          ],
        },
        {
          id: 'partner',
          title: text,
          description: text,
          indicators: [
            { question: 'q4', min: 3, max: 5, weight: 3, reason: reason('many partners') },
            { question: 'q5', max: 2, reason: reason('small sales force') },
          ],
          recommendations: ['find-partners'],
        },
      ],
    },
  ],
};

describe('classification on a hand-worked fixture', () => {
  test('a clear winner; the dependent classification does not apply', () => {
    // q1=1, q2=2, q3=1
    // small:  q1 1 ≤ 2 ✓ 2 + q2 2 ≤ 2 ✓ (boundary, inclusive) 1 = 3 of 3
    // medium: q1 ✗, q2 ✗, q3 ✗                                  = 0 of 6
    // large:  q1 1 ≥ 4 ✗, q3 1 ≥ 4 ✗                             = 0 of 3
    // → small; route needs size = large → not applicable.
    const results = classify(fixture, answersOf({ q1: 1, q2: 2, q3: 1 }));
    expect(results.map((r) => r.classification)).toEqual(['size', 'route']);
    const [size, route] = results;
    expect(size?.status).toBe('decided');
    expect(size?.winner).toBe('small');
    expect(weights(size)).toEqual([
      ['small', 3, 3, 3],
      ['medium', 0, 6, 6],
      ['large', 0, 3, 3],
    ]);
    expect(size?.options[0]?.fit).toBe(1);
    expect(size?.missingQuestions).toEqual([]);
    expect(size?.options[0]?.reasons).toEqual([
      { question: 'q1', value: 1, max: 2, weight: 2, reason: reason('few customers') },
      { question: 'q2', value: 2, max: 2, weight: 1, reason: reason('one department') },
    ]);
    expect(size?.options[0]?.misses).toEqual([]);
    expect(size?.options[2]?.misses).toEqual([
      { question: 'q1', value: 1, min: 4, weight: 2, reason: reason('many customers') },
      { question: 'q3', value: 1, min: 4, weight: 1, reason: reason('many sites') },
    ]);
    expect(size?.finding).toEqual({
      id: 'fx:classification:size',
      framework: 'fx',
      rule: { kind: 'classification', classification: 'size', option: 'small', matched: 3, possible: 3 },
      recommendations: ['start-small'],
      answers: [
        { question: 'q1', value: 1 },
        { question: 'q2', value: 2 },
      ],
      priority: 100,
    });
    expect(route).toEqual({ classification: 'route', status: 'not-applicable', options: [], missingQuestions: [] });
  });

  test('tie on matched weight: the higher fit wins, even when listed later', () => {
    // q1=4, q2=3, q3=2
    // small:  q1 4 ≤ 2 ✗, q2 3 ≤ 2 ✗                 = 0 of 3
    // medium: q1 ✗, q2 3 = 3 ✓ 2, q3 ✗                = 2 of 6 (fit 1/3)
    // large:  q1 4 ≥ 4 ✓ 2, q3 2 ≥ 4 ✗                = 2 of 3 (fit 2/3)
    // tie at 2 → large (higher fit) beats medium (listed first).
    const [size, route] = classify(fixture, answersOf({ q1: 4, q2: 3, q3: 2 }));
    expect(weights(size)).toEqual([
      ['small', 0, 3, 3],
      ['medium', 2, 6, 6],
      ['large', 2, 3, 3],
    ]);
    expect(size?.options[1]?.fit).toBeCloseTo(1 / 3, 12);
    expect(size?.options[2]?.fit).toBeCloseTo(2 / 3, 12);
    expect(size?.winner).toBe('large');
    expect(size?.finding?.priority).toBeCloseTo(200 / 3, 9);
    expect(size?.finding?.recommendations).toEqual(['go-big', 'plan-rollout']);
    expect(size?.finding?.answers).toEqual([{ question: 'q1', value: 4 }]);
    // size = large, so route is evaluated — but q4 and q5 are unanswered: 0 of 2 answered → undecided.
    expect(route?.status).toBe('undecided');
    expect(route?.winner).toBeUndefined();
    expect(route?.finding).toBeUndefined();
    expect(route?.missingQuestions).toEqual(['q4', 'q5']);
    expect(weights(route)).toEqual([
      ['direct', 0, 3, 0],
      ['partner', 0, 4, 0],
    ]);
  });

  test('tie on matched weight and fit: the option listed first wins', () => {
    // q1 unanswered, q2=1, q3=5 (2 of 3 questions answered ≥ half)
    // small:  q1 missing ✗, q2 1 ≤ 2 ✓ 1   = 1 of 3, answered 1 (fit 1/3)
    // medium: q1 missing, q2 ✗, q3 ✗        = 0 of 6, answered 4
    // large:  q1 missing ✗, q3 5 ≥ 4 ✓ 1   = 1 of 3, answered 1 (fit 1/3)
    // full tie between small and large → small, first in the framework.
    const [size, route] = classify(fixture, answersOf({ q2: 1, q3: 5 }));
    expect(weights(size)).toEqual([
      ['small', 1, 3, 1],
      ['medium', 0, 6, 4],
      ['large', 1, 3, 1],
    ]);
    expect(size?.status).toBe('decided');
    expect(size?.winner).toBe('small');
    expect(size?.missingQuestions).toEqual(['q1']);
    // The unanswered indicator is a miss without a value.
    expect(size?.options[0]?.misses).toEqual([{ question: 'q1', max: 2, weight: 2, reason: reason('few customers') }]);
    expect(route?.status).toBe('not-applicable');
  });

  test('undecided: nothing matched, or fewer than half the questions answered ("na" counts as unanswered)', () => {
    // q1 unanswered, q2=4, q3=2: small q2 ✗; medium q2 ✗ q3 ✗; large q3 ✗ → 0, 0, 0 → undecided.
    const [none] = classify(fixture, answersOf({ q2: 4, q3: 2 }));
    expect(none?.status).toBe('undecided');
    expect(weights(none)).toEqual([
      ['small', 0, 3, 1],
      ['medium', 0, 6, 4],
      ['large', 0, 3, 1],
    ]);
    expect(none?.missingQuestions).toEqual(['q1']);

    // q1=1, q2=na, q3 unanswered: 1 of 3 questions answered < 1.5 → undecided, although small matched 2 of 3.
    const [few, route] = classify(fixture, { q1: { value: 1 }, q2: { value: 'na' } });
    expect(few?.status).toBe('undecided');
    expect(few?.winner).toBeUndefined();
    expect(weights(few)).toEqual([
      ['small', 2, 3, 2],
      ['medium', 0, 6, 2],
      ['large', 0, 3, 2],
    ]);
    expect(few?.missingQuestions).toEqual(['q2', 'q3']);
    expect(route?.status).toBe('not-applicable');

    // No answers at all.
    expect(classify(fixture, undefined).map((r) => r.status)).toEqual(['undecided', 'not-applicable']);
  });

  test('the dependent classification, decided; exactly half answered is enough', () => {
    // q1=5, q3=4, q4=4, q5=4 (q2 unanswered; 2 of 3 size questions answered)
    // size:  small q1 ✗ q2 missing = 0 of 3; medium 0 of 6; large q1 5 ≥ 4 ✓ 2 + q3 4 ≥ 4 ✓ 1 = 3 of 3 → large
    // route: direct  q4 4 ≤ 2 ✗, q5 4 ≥ 3 ✓ 2     = 2 of 3
    //        partner q4 4 in 3–5 ✓ 3, q5 4 ≤ 2 ✗   = 3 of 4 → partner, priority 75
    const [size, route] = classify(fixture, answersOf({ q1: 5, q3: 4, q4: 4, q5: 4 }));
    expect(size?.winner).toBe('large');
    expect(weights(size)).toEqual([
      ['small', 0, 3, 2],
      ['medium', 0, 6, 4],
      ['large', 3, 3, 3],
    ]);
    expect(route?.status).toBe('decided');
    expect(weights(route)).toEqual([
      ['direct', 2, 3, 3],
      ['partner', 3, 4, 4],
    ]);
    expect(route?.finding).toEqual({
      id: 'fx:classification:route',
      framework: 'fx',
      rule: { kind: 'classification', classification: 'route', option: 'partner', matched: 3, possible: 4 },
      recommendations: ['find-partners'],
      answers: [{ question: 'q4', value: 4 }],
      priority: 75,
    });

    // q1=5, q3=4, q4=1: route has 1 of its 2 questions answered — exactly half, not fewer → decided.
    // direct  q4 1 ≤ 2 ✓ 1, q5 missing = 1 of 3, answered 1
    // partner q4 1 in 3–5 ✗, q5 missing = 0 of 4, answered 3 (q4's weight) → direct, which has no recommendations.
    const [, half] = classify(fixture, answersOf({ q1: 5, q3: 4, q4: 1 }));
    expect(half?.status).toBe('decided');
    expect(half?.winner).toBe('direct');
    expect(half?.missingQuestions).toEqual(['q5']);
    expect(weights(half)).toEqual([
      ['direct', 1, 3, 1],
      ['partner', 0, 4, 3],
    ]);
    expect(half?.finding?.recommendations).toEqual([]);
  });

  test('results keep framework order even when a `when` points to a later classification', () => {
    const [size, route] = fixture.classifications ?? [];
    if (!size || !route) throw new Error('fixture');
    const reordered: Framework = { ...fixture, classifications: [route, size] };
    const results = classify(reordered, answersOf({ q1: 5, q3: 4, q4: 4, q5: 4 }));
    expect(results.map((r) => [r.classification, r.winner])).toEqual([
      ['route', 'partner'],
      ['size', 'large'],
    ]);
  });

  test('a framework without classifications gives none', () => {
    const without: Framework = { ...fixture, classifications: [] };
    expect(classify(without, answersOf({ q1: 1 }))).toEqual([]);
  });

  test('compareWithProfile names each disagreement, ignoring undecided and inapplicable ones', () => {
    const results: ClassificationResult[] = [
      { classification: 'growth-stage', status: 'decided', winner: 'growth', options: [], missingQuestions: [] },
      {
        classification: 'application-mode',
        status: 'decided',
        winner: 'business-application',
        options: [],
        missingQuestions: [],
      },
      { classification: 'business-mode', status: 'undecided', options: [], missingQuestions: ['prof-industry'] },
      { classification: 'size', status: 'decided', winner: 'small', options: [], missingQuestions: [] },
    ];
    expect(
      compareWithProfile(results, {
        growthStage: 'stable-regrowth',
        applicationMode: 'business-application',
        businessMode: 'sales-process',
      }),
    ).toEqual([{ classification: 'growth-stage', stated: 'stable-regrowth', derived: 'growth' }]);
    expect(compareWithProfile(results, {})).toEqual([]);
    expect(compareWithProfile(results, { applicationMode: 'concept-led' })).toEqual([
      { classification: 'application-mode', stated: 'concept-led', derived: 'business-application' },
    ]);
  });
});

// ---------------------------------------------------------------------------------------
// (b) The shipped samples, worked out by hand from frameworks/growth-readiness.yaml
// ---------------------------------------------------------------------------------------

const readiness = shippedFramework('growth-readiness');

describe('growth-readiness classification of the shipped samples', () => {
  test('industrial equipment: growth, business application, sales-process-led', () => {
    const sample = sampleOf('industrial-equipment-growth');
    // Answers: customers 2, functions 3, sales-cycle 4, routine 3, data-loss 3, resources 3,
    // sites 2, value-driver 3, industry 3, sf-leadership 4.
    const results = classify(readiness, sample.answers?.['growth-readiness']);
    const r = byId(results);
    expect(results.map((x) => [x.classification, x.status, x.winner])).toEqual([
      ['growth-stage', 'decided', 'growth'],
      ['application-mode', 'decided', 'business-application'],
      ['business-mode', 'decided', 'sales-process'],
    ]);

    // growth-stage (7 questions, all answered):
    //   initial-growth  customers 2∈[1,1] ✗3, functions 3∈[1,1] ✗2, resources 3∈[1,1] ✗2, sites 2∈[1,1] ✗1 = 0 of 8
    //   growth          functions 3∈[2,3] ✓3, data-loss 3∈[3,4] ✓3, routine 3∈[3,4] ✓2, cycle 4∈[3,4] ✓1 = 9 of 9
    //   stable-regrowth functions 3∈[4,4] ✗3, resources 3∈[3,4] ✓2, sites 2∈[3,4] ✗2, customers 2∈[3,4] ✗1 = 2 of 8
    expect(weights(r['growth-stage'])).toEqual([
      ['initial-growth', 0, 8, 8],
      ['growth', 9, 9, 9],
      ['stable-regrowth', 2, 8, 8],
    ]);
    // application-mode (7 questions, all answered):
    //   concept-led           customers 2∈[1,1] ✗3, resources 3∈[1,1] ✗3, functions 3∈[1,1] ✗2 = 0 of 8
    //   business-application  functions 3∈[2,3] ✓2, data-loss 3∈[3,4] ✓2, routine 3∈[3,4] ✓2, resources 3∈[2,3] ✓1 = 7 of 7
    //   system-implementation resources 3∈[3,4] ✓3, functions 3∈[4,4] ✗2, sites 2∈[3,4] ✗2, leadership 4∈[4,5] ✓1 = 4 of 8
    expect(weights(r['application-mode'])).toEqual([
      ['concept-led', 0, 8, 8],
      ['business-application', 7, 7, 7],
      ['system-implementation', 4, 8, 8],
    ]);
    // business-mode (applies: application-mode = business-application; 5 questions, all answered):
    //   customer-behaviour  value-driver 3∈[1,1] ✗3, industry 3∈[1,1] ✗2, customers 2∈[3,4] ✗1 = 0 of 6
    //   market-information  value-driver 3∈[2,2] ✗3, industry 3∈[2,2] ✗2, sites 2∈[3,4] ✗1     = 0 of 6
    //   sales-process       value-driver 3∈[3,3] ✓3, industry 3∈[3,3] ✓2, cycle 4∈[3,4] ✓1     = 6 of 6
    //   maintenance-service value-driver 3∈[4,4] ✗3, industry 3∈[4,4] ✗2, customers 2∈[3,4] ✗1 = 0 of 6
    expect(weights(r['business-mode'])).toEqual([
      ['customer-behaviour', 0, 6, 6],
      ['market-information', 0, 6, 6],
      ['sales-process', 6, 6, 6],
      ['maintenance-service', 0, 6, 6],
    ]);
    expect(results.every((x) => x.missingQuestions.length === 0)).toBe(true);

    expect(r['growth-stage']?.finding).toMatchObject({
      id: 'growth-readiness:classification:growth-stage',
      framework: 'growth-readiness',
      rule: { kind: 'classification', classification: 'growth-stage', option: 'growth', matched: 9, possible: 9 },
      recommendations: [
        'customer-centred-core-process',
        'customer-data-as-company-asset',
        'standard-edition-selection',
      ],
      answers: [
        { question: 'prof-functions', value: 3 },
        { question: 'prof-data-loss', value: 3 },
        { question: 'prof-routine', value: 3 },
        { question: 'prof-sales-cycle', value: 4 },
      ],
      priority: 100,
    });
    expect(r['business-mode']?.finding?.recommendations).toEqual([
      'opportunity-pipeline-knowledge-base',
      'customer-data-as-company-asset',
    ]);

    // Profile: growthStage growth, applicationMode business-application, businessMode sales-process.
    expect(sample.client.growthStage).toBe('growth');
    expect(compareWithProfile(results, sample.client)).toEqual([]);
  });

  test('Sony China: stable re-growth and system implementation, led by maintenance service', () => {
    const sample = sampleOf('sony-china-after-sales');
    // Answers: customers 4, functions 4, sales-cycle 2, routine 3, data-loss 3, resources 4,
    // sites 4, value-driver 4, industry 4, sf-leadership 5.
    const results = classify(readiness, sample.answers?.['growth-readiness']);
    const r = byId(results);
    expect(results.map((x) => [x.classification, x.status, x.winner])).toEqual([
      ['growth-stage', 'decided', 'stable-regrowth'],
      ['application-mode', 'decided', 'system-implementation'],
      ['business-mode', 'decided', 'maintenance-service'],
    ]);

    // growth-stage:
    //   initial-growth  customers 4 ✗3, functions 4 ✗2, resources 4 ✗2, sites 4 ✗1 (all need 1)           = 0 of 8
    //   growth          functions 4∈[2,3] ✗3, data-loss 3∈[3,4] ✓3, routine 3∈[3,4] ✓2, cycle 2∈[3,4] ✗1 = 5 of 9
    //   stable-regrowth functions 4∈[4,4] ✓3, resources 4∈[3,4] ✓2, sites 4∈[3,4] ✓2, customers 4∈[3,4] ✓1 = 8 of 8
    expect(weights(r['growth-stage'])).toEqual([
      ['initial-growth', 0, 8, 8],
      ['growth', 5, 9, 9],
      ['stable-regrowth', 8, 8, 8],
    ]);
    // application-mode:
    //   concept-led           customers 4 ✗3, resources 4 ✗3, functions 4 ✗2 (all need 1)                    = 0 of 8
    //   business-application  functions 4∈[2,3] ✗2, data-loss 3 ✓2, routine 3 ✓2, resources 4∈[2,3] ✗1       = 4 of 7
    //   system-implementation resources 4∈[3,4] ✓3, functions 4∈[4,4] ✓2, sites 4∈[3,4] ✓2, leadership 5∈[4,5] ✓1 = 8 of 8
    expect(weights(r['application-mode'])).toEqual([
      ['concept-led', 0, 8, 8],
      ['business-application', 4, 7, 7],
      ['system-implementation', 8, 8, 8],
    ]);
    expect(r['application-mode']?.finding).toMatchObject({
      rule: { option: 'system-implementation', matched: 8, possible: 8 },
      recommendations: [
        'crm-strategy-four-parts',
        'six-stage-crm-process',
        'implementation-team',
        'professional-edition-platform',
      ],
      answers: [
        { question: 'prof-resources', value: 4 },
        { question: 'prof-functions', value: 4 },
        { question: 'prof-sites', value: 4 },
        { question: 'sf-leadership', value: 5 },
      ],
      priority: 100,
    });
    // business-mode is decided at every growth stage (a repair-led appliance maker is repair-led at any size):
    //   customer-behaviour  value-driver 4 ✗3 (needs 1), industry 4 ✗2 (needs 1), customers 4∈[3,4] ✓1      = 1 of 6
    //   market-information  value-driver 4 ✗3 (needs 2), industry 4 ✗2 (needs 2), sites 4∈[3,4] ✓1          = 1 of 6
    //   sales-process       value-driver 4 ✗3 (needs 3), industry 4 ✗2 (needs 3), sales-cycle 2 ✗1 (needs 3–4) = 0 of 6
    //   maintenance-service value-driver 4∈[4,4] ✓3, industry 4∈[4,4] ✓2, customers 4∈[3,4] ✓1              = 6 of 6
    expect(weights(r['business-mode'])).toEqual([
      ['customer-behaviour', 1, 6, 6],
      ['market-information', 1, 6, 6],
      ['sales-process', 0, 6, 6],
      ['maintenance-service', 6, 6, 6],
    ]);
    const maintenance = readiness.classifications
      ?.find((c) => c.id === 'business-mode')
      ?.options.find((o) => o.id === 'maintenance-service');
    if (!maintenance) throw new Error('no maintenance-service option');
    const checked = evaluateOption(maintenance, sample.answers?.['growth-readiness']);
    expect([checked.matched, checked.possible]).toEqual([6, 6]);

    // The profile states maintenance-service and the answers agree.
    expect(sample.client.businessMode).toBe('maintenance-service');
    expect(compareWithProfile(results, sample.client)).toEqual([]);
  });

  test('a single answer is not enough to classify', () => {
    // prof-customers 1 matches initial-growth (w3) and concept-led (w3), but 1 of 7 questions is answered.
    const results = classify(readiness, answersOf({ 'prof-customers': 1 }));
    // Business mode: prof-customers 1 matches no option (customer-behaviour wants 3–4), so it is undecided too.
    expect(results.map((x) => x.status)).toEqual(['undecided', 'undecided', 'undecided']);
    expect(results[0]?.options[0]?.matched).toBe(3);
    expect(results[0]?.missingQuestions).toEqual([
      'prof-functions',
      'prof-resources',
      'prof-sites',
      'prof-data-loss',
      'prof-routine',
      'prof-sales-cycle',
    ]);
  });
});

// ---------------------------------------------------------------------------------------
// (c) Invariants on random answers to the shipped framework
// ---------------------------------------------------------------------------------------

describe('classification invariants (growth-readiness, random answers)', () => {
  const questions = readiness.elements.flatMap((e) => e.questions ?? []);
  const scales = new Map((readiness.scales ?? []).map((s) => [s.id, s]));
  const classifications = readiness.classifications ?? [];

  /** Each question: unanswered, "na", a point on its scale, or any integer 0–10 (off-scale too). */
  const answerArb: fc.Arbitrary<FrameworkAnswers> = fc
    .tuple(
      ...questions.map((q) => {
        const points = (scales.get(q.scale)?.points ?? []).map((p) => p.value);
        const value: fc.Arbitrary<number | 'na'> = fc.oneof(
          { weight: 6, arbitrary: points.length > 0 ? fc.constantFrom(...points) : fc.integer({ min: 0, max: 10 }) },
          { weight: 1, arbitrary: fc.constant<'na'>('na') },
          { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) },
        );
        return fc.option(value, { nil: undefined, freq: 3 });
      }),
    )
    .map((values) => {
      const answers: FrameworkAnswers = {};
      questions.forEach((q, i) => {
        const value = values[i];
        if (value !== undefined) answers[q.id] = { value } satisfies Answer;
      });
      return answers;
    });

  test('one result per classification, in framework order', () => {
    fc.assert(
      fc.property(answerArb, (answers) => {
        expect(classify(readiness, answers).map((r) => r.classification)).toEqual(classifications.map((c) => c.id));
      }),
    );
  });

  test('matched ≤ answeredPossible ≤ possible, fit = matched ÷ possible in 0–1', () => {
    fc.assert(
      fc.property(answerArb, (answers) => {
        for (const r of classify(readiness, answers)) {
          for (const o of r.options) {
            expect(o.matched).toBeGreaterThanOrEqual(0);
            expect(o.matched).toBeLessThanOrEqual(o.answeredPossible);
            expect(o.answeredPossible).toBeLessThanOrEqual(o.possible);
            expect(o.fit).toBeGreaterThanOrEqual(0);
            expect(o.fit).toBeLessThanOrEqual(1);
            expect(o.fit).toBeCloseTo(o.matched / o.possible, 12);
          }
        }
      }),
    );
  });

  test('the winner has the most matched weight, then the best fit, then comes first', () => {
    fc.assert(
      fc.property(answerArb, (answers) => {
        for (const r of classify(readiness, answers)) {
          expect(r.status === 'decided').toBe(r.winner !== undefined);
          expect(r.status === 'decided').toBe(r.finding !== undefined);
          if (r.winner === undefined) continue;
          const best = Math.max(...r.options.map((o) => o.matched));
          const index = r.options.findIndex((o) => o.option === r.winner);
          const winner = r.options[index];
          expect(winner?.matched).toBe(best);
          expect(best).toBeGreaterThan(0);
          r.options.forEach((o, i) => {
            if (o.matched !== best) return;
            expect(o.fit).toBeLessThanOrEqual(winner?.fit ?? 0);
            if (i < index) expect(o.fit).toBeLessThan(winner?.fit ?? 0);
          });
          expect(r.finding?.rule).toEqual({
            kind: 'classification',
            classification: r.classification,
            option: r.winner,
            matched: winner?.matched,
            possible: winner?.possible,
          });
          expect(r.finding?.priority).toBeCloseTo((winner?.fit ?? 0) * 100, 9);
          expect(r.finding?.answers.map((a) => a.question)).toEqual(winner?.reasons.map((c) => c.question));
        }
      }),
    );
  });

  test('reasons and misses partition the indicators, and their weights add up', () => {
    fc.assert(
      fc.property(answerArb, (answers) => {
        for (const r of classify(readiness, answers)) {
          const classification = classifications.find((c) => c.id === r.classification);
          for (const o of r.options) {
            const indicators = classification?.options.find((x) => x.id === o.option)?.indicators ?? [];
            // Same indicators, each once: reasons and misses each keep framework order, and together
            // they are the whole list.
            const key = (c: { question: string; min?: number; max?: number }) => `${c.question}:${c.min}:${c.max}`;
            expect([...o.reasons, ...o.misses].map(key).sort()).toEqual(indicators.map(key).sort());
            for (const c of o.reasons) {
              expect(c.value).toBeDefined();
              expect(c.value).toBeGreaterThanOrEqual(c.min ?? -Infinity);
              expect(c.value).toBeLessThanOrEqual(c.max ?? Infinity);
            }
            for (const c of o.misses) {
              const raw = answers[c.question]?.value;
              expect(c.value).toBe(typeof raw === 'number' ? raw : undefined);
              if (c.value !== undefined) {
                expect(c.value < (c.min ?? -Infinity) || c.value > (c.max ?? Infinity)).toBe(true);
              }
            }
            const sum = (list: { weight: number }[]) => list.reduce((s, c) => s + c.weight, 0);
            expect(sum(o.reasons)).toBe(o.matched);
            expect(sum(o.reasons) + sum(o.misses)).toBe(o.possible);
            expect(sum([...o.reasons, ...o.misses].filter((c) => c.value !== undefined))).toBe(o.answeredPossible);
          }
        }
      }),
    );
  });

  test('status follows the rules: coverage, any match, and `when`', () => {
    fc.assert(
      fc.property(answerArb, (answers) => {
        const results = classify(readiness, answers);
        const r = byId(results);
        for (const c of classifications) {
          const result = r[c.id];
          const parentWinner = c.when ? r[c.when.classification]?.winner : undefined;
          if (c.when && parentWinner !== c.when.option) {
            expect(result?.status).toBe('not-applicable');
            continue;
          }
          const qs = [...new Set(c.options.flatMap((o) => o.indicators.map((i) => i.question)))];
          const missing = qs.filter((q) => typeof answers[q]?.value !== 'number');
          expect(result?.missingQuestions).toEqual(missing);
          const enough = (qs.length - missing.length) * 2 >= qs.length;
          const anyMatch = (result?.options ?? []).some((o) => o.matched > 0);
          expect(result?.status).toBe(enough && anyMatch ? 'decided' : 'undecided');
        }
      }),
    );
  });

  test('deterministic, independent of answer order; the winners never disagree with themselves', () => {
    fc.assert(
      fc.property(answerArb, (answers) => {
        const first = classify(readiness, answers);
        expect(classify(readiness, answers)).toEqual(first);
        const reversed = Object.fromEntries(Object.entries(answers).reverse());
        expect(JSON.stringify(classify(readiness, reversed))).toBe(JSON.stringify(first));
        const r = byId(first);
        const profile = {
          growthStage: r['growth-stage']?.winner,
          applicationMode: r['application-mode']?.winner,
          businessMode: r['business-mode']?.winner,
        };
        expect(compareWithProfile(first, profile)).toEqual([]);
      }),
    );
  });

  test('compareWithProfile reports exactly the decided classifications whose stated value differs', () => {
    const stage = fc.constantFrom('initial-growth', 'growth', 'stable-regrowth');
    const mode = fc.constantFrom('concept-led', 'business-application', 'system-implementation');
    const business = fc.constantFrom(
      'customer-behaviour',
      'market-information',
      'sales-process',
      'maintenance-service',
    );
    fc.assert(
      fc.property(
        answerArb,
        fc.option(stage, { nil: undefined }),
        fc.option(mode, { nil: undefined }),
        fc.option(business, { nil: undefined }),
        (answers, growthStage, applicationMode, businessMode) => {
          const results = classify(readiness, answers);
          const r = byId(results);
          const stated: [string, string | undefined][] = [
            ['growth-stage', growthStage],
            ['application-mode', applicationMode],
            ['business-mode', businessMode],
          ];
          const expected = stated.flatMap(([id, value]) => {
            const derived = r[id]?.winner;
            return value !== undefined && derived !== undefined && value !== derived
              ? [{ classification: id, stated: value, derived }]
              : [];
          });
          expect(compareWithProfile(results, { growthStage, applicationMode, businessMode })).toEqual(expected);
        },
      ),
    );
  });
});
