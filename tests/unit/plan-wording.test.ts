/**
 * The words of generated plan work are content: a framework's `planWording` phrases, with
 * names filled in by the engine. A phrase uses only the names it has; a framework that adds
 * work without wording it is warned, and its plan shows the names alone, never made-up words.
 */
import { describe, expect, test } from 'vitest';
import { checkFramework } from '../../src/core/content/framework-checks.ts';
import { fillPhrase, planPhrase, WORDING_NAMES } from '../../src/core/content/plan-wording.ts';
import { riskContributor } from '../../src/core/plan/contributors.ts';
import type { Framework } from '../../src/schemas/generated/types.ts';
import { fixturePlanTemplate, sample, shipped, shippedFramework } from './assess-helpers.ts';

const risks = shippedFramework('risk-categories');

describe('filling a phrase', () => {
  test('names are filled per language, and |lower lowers only where the phrase asks', () => {
    const criterion = { en: 'Integration', zh: '集成' };
    expect(fillPhrase('Close the {criterion|lower} gaps of {vendor}', { criterion, vendor: 'Acme' }, 'en')).toBe(
      'Close the integration gaps of Acme',
    );
    expect(fillPhrase('弥补{vendor}在{criterion}方面的不足', { criterion, vendor: 'Acme' }, 'zh')).toBe(
      '弥补Acme在集成方面的不足',
    );
  });

  test('user text is filled in as it is: braces and $ patterns in a name are not read as phrase syntax', () => {
    expect(fillPhrase('Mitigate: {risk}', { risk: '{vendor} $& $1 <b>' }, 'en')).toBe('Mitigate: {vendor} $& $1 <b>');
  });

  test('a framework without the phrase gets the names alone, or the phrase key when it has no names', () => {
    expect(planPhrase({}, 'vendorGaps', { criterion: { en: 'Data', zh: '数据' }, vendor: 'Acme' })).toEqual({
      en: 'Data · Acme',
      zh: '数据 · Acme',
    });
    expect(planPhrase(undefined, 'benefitBaseline')).toEqual({ en: 'benefitBaseline', zh: 'benefitBaseline' });
  });

  test('the shipped risk list words a mitigation as before the words became content', () => {
    expect(planPhrase(risks, 'riskTask', { risk: 'Data loss' })).toEqual({
      en: 'Mitigate: Data loss',
      zh: '应对风险：Data loss',
    });
  });
});

describe('checking the wording', () => {
  test('a name the phrase does not have is an error at the language that uses it, naming the ones it has', () => {
    const framework: Framework = {
      ...risks,
      planWording: { ...risks.planWording, riskTask: { en: 'Mitigate: {risk}', zh: '应对{vendor}' } },
    };
    expect(checkFramework(framework)).toEqual([
      {
        pointer: '/planWording/riskTask/zh',
        code: 'wording-unknown-name',
        params: { name: 'vendor', known: '{risk}' },
      },
    ]);
  });

  test('a framework that adds plan work without wording all of it gets one warning listing what is missing', () => {
    const rest = { ...risks.planWording };
    delete rest.riskReduced;
    expect(checkFramework({ ...risks, planWording: rest })).toEqual([
      {
        pointer: '/planWording',
        at: 'key',
        code: 'wording-missing',
        params: { phrases: 'riskReduced' },
        severity: 'warning',
      },
    ]);
    const bare: Framework = { ...risks };
    delete bare.planWording;
    expect(checkFramework(bare)).toEqual([
      { pointer: '', code: 'wording-missing', params: { phrases: 'riskTask, riskReduced' }, severity: 'warning' },
    ]);
  });

  test('every shipped framework that adds plan work words all of it, with known names only', () => {
    for (const framework of shipped.frameworks.values()) expect(checkFramework(framework), framework.id).toEqual([]);
    const worded = [...shipped.frameworks.values()].flatMap((f) => Object.keys(f.planWording ?? {}));
    expect(worded.sort()).toEqual(Object.keys(WORDING_NAMES).sort());
  });
});

test('a consultant who rewords the mitigation in the risk list gets that wording in the plan', () => {
  const engagement = sample('industrial-equipment-growth');
  const reworded: Framework = {
    ...risks,
    planWording: { ...risks.planWording, riskTask: { en: 'Reduce risk — {risk}', zh: '降低风险——{risk}' } },
  };
  const input = { engagement, findings: [], template: fixturePlanTemplate() };
  const before = riskContributor.contribute({ ...input, frameworks: new Map([[risks.id, risks]]) });
  const after = riskContributor.contribute({ ...input, frameworks: new Map([[risks.id, reworded]]) });
  expect(before.length).toBeGreaterThan(0);
  expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
  const first = engagement.risks?.find((r) => `risk-${r.id}` === after[0]?.id);
  expect(after[0]?.title).toEqual({ en: `Reduce risk — ${first?.title}`, zh: `降低风险——${first?.title}` });
});
