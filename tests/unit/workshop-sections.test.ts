/**
 * The workshop's pure walk (sections.ts) and the engagement's own particulars
 * (edit-profile.ts): steps and coverage, where a saved place lands, and profile edits that
 * the engagement schema accepts exactly when the edit does.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateEngagement } from '../../src/schemas/generated/validators.js';
import {
  editProfile,
  engagementHeading,
  filterEngagements,
  isCalendarDate,
  type ProfileField,
} from '../../src/core/workshop/edit-profile.ts';
import { setAnswer } from '../../src/core/workshop/edit.ts';
import {
  assessmentFrameworks,
  decisionSections,
  frameworkCoverage,
  nextAssessment,
  percentAnswered,
  questionItems,
  questionSteps,
  resolvePlace,
  SECTION,
  stepCoverage,
  totalCoverage,
} from '../../src/core/workshop/sections.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { sample, shipped, shippedFramework } from './assess-helpers.ts';

const frameworks = [...shipped.frameworks.values()];
const assessments = assessmentFrameworks(frameworks);
const sevenS = shippedFramework('mckinsey-7s');

const lotus: Engagement = {
  kind: 'engagement',
  schemaVersion: 1,
  id: 'lotus',
  title: 'Lotus Tea House Ltd.',
  client: { name: 'Lotus Tea House Ltd.', industry: 'Retail', size: 'small', currency: 'CNY' },
  answers: {},
};

describe('steps and coverage', () => {
  test('a step is an element with questions; the presenter walks every question of them in order', () => {
    // The 7-S has the 7 S as elements with questions (27 questions in all).
    expect(questionSteps(sevenS)).toHaveLength(7);
    expect(questionItems(sevenS)).toHaveLength(27);
    expect(questionItems(sevenS).map((i) => i.question.id)).toEqual(
      sevenS.elements.flatMap((e) => (e.questions ?? []).map((q) => q.id)),
    );
    expect(questionSteps(undefined)).toEqual([]);
    expect(assessments.every((f) => f.use === 'assessment')).toBe(true);
  });

  test('coverage counts answers per step, per framework and overall; "not applicable" counts as answered', () => {
    const [one, two] = (questionSteps(sevenS)[0]?.questions ?? []).map((q) => q.id);
    let e = setAnswer(lotus, sevenS.id, one ?? '', { value: 3 }, '2026-04-01');
    e = setAnswer(e, sevenS.id, two ?? '', { value: 'na' }, '2026-04-01');
    const first = questionSteps(sevenS)[0];
    if (!first) throw new Error('no step');
    expect(stepCoverage(first, e.answers?.[sevenS.id])).toEqual({
      answered: 2,
      total: first.questions?.length,
    });
    expect(frameworkCoverage(sevenS, e)).toEqual({ answered: 2, total: 27 });
    const all = totalCoverage(assessments, e);
    expect(all.answered).toBe(2);
    expect(all.total).toBe(assessments.reduce((n, f) => n + questionItems(f).length, 0));
    // 2 of 27 is 7.4 %, shown as 7; nothing to answer is 0, not NaN.
    expect(percentAnswered({ answered: 2, total: 27 })).toBe(7);
    expect(percentAnswered({ answered: 0, total: 0 })).toBe(0);
  });

  test('the decision sections: risks and the ROI case always here, vendors with their framework, progress once a plan is chosen', () => {
    expect(decisionSections(lotus, frameworks).map((s) => s.id)).toEqual([
      SECTION.segments,
      SECTION.risks,
      SECTION.vendors,
      SECTION.finance,
      SECTION.summary,
    ]);
    const pump = sample('industrial-equipment-growth');
    const done = Object.values(pump.tasks ?? {}).filter((t) => t.status === 'done').length;
    expect(decisionSections(pump, frameworks)).toEqual([
      { id: SECTION.segments, count: pump.segments?.length ?? 0 },
      { id: SECTION.risks, count: pump.risks?.length },
      { id: SECTION.vendors, count: pump.vendors?.length },
      { id: SECTION.progress, count: done },
      { id: SECTION.finance, count: (pump.finance?.costs?.length ?? 0) + (pump.finance?.benefits?.length ?? 0) },
      { id: SECTION.summary, count: 0 },
    ]);
  });

  test('the plan section is there once templates are loaded, counting 1 when the plan has a start date', () => {
    const templates = [...shipped.templates.values()];
    expect(decisionSections(lotus, frameworks, templates).map((s) => s.id)).toEqual([
      SECTION.segments,
      SECTION.risks,
      SECTION.vendors,
      SECTION.plan,
      SECTION.finance,
      SECTION.summary,
    ]);
    expect(decisionSections(lotus, frameworks, templates).find((s) => s.id === SECTION.plan)?.count).toBe(0);
    const pump = sample('industrial-equipment-growth');
    expect(decisionSections(pump, frameworks, templates).find((s) => s.id === SECTION.plan)?.count).toBe(1);
  });
});

describe('where a place lands', () => {
  const steps = (f: (typeof assessments)[number]) => questionSteps(f).length;
  test('a known place stays; an unknown framework goes to the first assessment, a step past the end to the last', () => {
    expect(resolvePlace({ framework: sevenS.id, step: 3, view: 'results' }, assessments, steps)).toEqual({
      framework: sevenS.id,
      step: 3,
      view: 'results',
    });
    expect(resolvePlace({ framework: 'gone', step: 3 }, assessments, steps)).toEqual({
      framework: assessments[0]?.id,
      step: 3,
      view: 'wizard',
    });
    expect(resolvePlace({ framework: sevenS.id, step: 50 }, assessments, steps).step).toBe(6);
    expect(resolvePlace({ framework: sevenS.id, step: -2 }, assessments, steps).step).toBe(0);
    expect(resolvePlace({ framework: sevenS.id, step: 1.5 }, assessments, steps).step).toBe(0);
    // A section has no steps and no results view.
    expect(resolvePlace({ framework: SECTION.finance, step: 4, view: 'results' }, assessments, steps)).toEqual({
      framework: SECTION.finance,
      step: 0,
      view: 'wizard',
    });
    expect(resolvePlace(undefined, assessments)).toEqual({ framework: assessments[0]?.id, step: 0, view: 'wizard' });
  });

  test('whatever was saved, the place is one the page can show', () => {
    const ids = [...assessments.map((f) => f.id), ...Object.values(SECTION), 'gone', ''];
    fc.assert(
      fc.property(
        fc.record({
          framework: fc.constantFrom(...ids),
          step: fc.oneof(fc.integer({ min: -5, max: 40 }), fc.double()),
          view: fc.constantFrom('wizard', 'results', 'other'),
        }),
        (wanted) => {
          const place = resolvePlace(wanted as never, assessments, steps);
          const framework = assessments.find((f) => f.id === place.framework);
          const isSectionPlace = (Object.values(SECTION) as string[]).includes(place.framework);
          expect(framework !== undefined || isSectionPlace).toBe(true);
          expect(Number.isInteger(place.step) && place.step >= 0).toBe(true);
          if (framework) expect(place.step).toBeLessThan(steps(framework));
          expect(['wizard', 'results']).toContain(place.view);
        },
      ),
    );
  });

  test('"Next assessment" is the one after in content order, none after the last', () => {
    expect(nextAssessment(assessments, assessments[0]?.id ?? '')).toBe(assessments[1]);
    expect(nextAssessment(assessments, assessments.at(-1)?.id ?? '')).toBeUndefined();
    expect(nextAssessment(assessments, 'gone')).toBeUndefined();
  });
});

describe('the client profile', () => {
  const schemaProblems = (e: Engagement) => (validateEngagement(e) ? [] : (validateEngagement.errors ?? []));

  test('each field takes what the schema takes, trimmed, and the rest of the engagement stays', () => {
    const edits: [ProfileField, string, (e: Engagement) => unknown, unknown][] = [
      ['title', '  Lotus CRM  ', (e) => e.title, 'Lotus CRM'],
      ['name', 'Lotus Tea House', (e) => e.client.name, 'Lotus Tea House'],
      ['industry', 'Tea retail', (e) => e.client.industry, 'Tea retail'],
      ['size', 'medium', (e) => e.client.size, 'medium'],
      ['growthStage', 'growth', (e) => e.client.growthStage, 'growth'],
      ['businessMode', 'sales-process', (e) => e.client.businessMode, 'sales-process'],
      ['currency', ' hkd', (e) => e.client.currency, 'HKD'],
      ['language', 'zh', (e) => e.language, 'zh'],
      ['statusDate', '2026-03-31', (e) => e.updated, '2026-03-31'],
    ];
    for (const [field, value, read, expected] of edits) {
      const edit = editProfile(lotus, field, value, '2026-04-01');
      if (!edit.ok) throw new Error(`${field} refused`);
      expect(read(edit.engagement), field).toBe(expected);
      expect(schemaProblems(edit.engagement), field).toEqual([]);
      expect(edit.engagement.answers).toBe(lotus.answers);
    }
    // An empty choice removes an optional field rather than storing "".
    const staged = editProfile(lotus, 'growthStage', 'growth', 'd');
    if (!staged.ok) throw new Error('refused');
    const cleared = editProfile(staged.engagement, 'growthStage', '', 'd');
    expect(cleared.ok && 'growthStage' in cleared.engagement.client).toBe(false);
  });

  test('what the schema refuses is refused with the reason, and nothing changes', () => {
    const refusals: [ProfileField, string, string][] = [
      ['title', '   ', 'empty'],
      ['name', 'x'.repeat(201), 'too-long'],
      ['industry', '', 'empty'],
      ['size', 'huge', 'not-a-choice'],
      ['growthStage', 'decline', 'not-a-choice'],
      ['businessMode', 'retail', 'not-a-choice'],
      ['currency', 'EURO', 'not-a-currency'],
      ['currency', '€', 'not-a-currency'],
      ['language', 'fr', 'not-a-choice'],
      ['statusDate', '2026-02-30', 'not-a-date'],
      ['statusDate', '31/03/2026', 'not-a-date'],
    ];
    for (const [field, value, kind] of refusals) {
      const edit = editProfile(lotus, field, value, '2026-04-01');
      expect(edit.ok ? 'accepted' : edit.refusal.kind, `${field} = ${value}`).toBe(kind);
    }
  });

  test('for any text typed, the edit is accepted exactly when the schema accepts the result', () => {
    const fields: ProfileField[] = ['title', 'name', 'industry', 'currency', 'statusDate'];
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        fc.oneof(
          fc.string({ maxLength: 210, unit: 'grapheme' }),
          fc.constantFrom('CNY', 'usd', '2026-01-31', '2025-13-01', ' '),
        ),
        (field, value) => {
          const edit = editProfile(lotus, field, value, '2026-04-01');
          if (edit.ok) expect(schemaProblems(edit.engagement)).toEqual([]);
          else {
            // Written as typed (what an unchecked edit would store), the schema refuses it too,
            // or it is a date the pattern lets through but the calendar does not have.
            const raw = field === 'statusDate' ? { ...lotus, updated: value.trim() } : rawEdit(field, value);
            const refusedBySchema = schemaProblems(raw).length > 0;
            expect(refusedBySchema || (field === 'statusDate' && !isCalendarDate(value.trim()))).toBe(true);
          }
        },
      ),
    );
  });

  test('the heading names the client once: not when the title already does', () => {
    expect(engagementHeading(lotus)).toEqual(['Lotus Tea House Ltd.']);
    expect(engagementHeading({ ...lotus, title: 'Lotus Tea House Ltd. CRM rollout' })).toEqual([
      'Lotus Tea House Ltd. CRM rollout',
    ]);
    expect(engagementHeading({ ...lotus, title: 'Loyalty programme' })).toEqual([
      'Loyalty programme',
      'Lotus Tea House Ltd.',
    ]);
  });

  test('the filter keeps the engagements whose title, client or id hold every word, in order', () => {
    const list = [
      { id: 'lotus', title: 'Lotus CRM', client: 'Lotus Tea House' },
      { id: 'pump-copy', title: 'Pump maker', client: 'Hydra GmbH' },
      { id: 'sony', title: '索尼售后', client: '索尼中国' },
    ];
    expect(filterEngagements(list, '').map((e) => e.id)).toEqual(['lotus', 'pump-copy', 'sony']);
    expect(filterEngagements(list, 'TEA lotus').map((e) => e.id)).toEqual(['lotus']);
    expect(filterEngagements(list, 'copy').map((e) => e.id)).toEqual(['pump-copy']);
    expect(filterEngagements(list, '索尼').map((e) => e.id)).toEqual(['sony']);
    expect(filterEngagements(list, 'lotus hydra')).toEqual([]);
  });
});

/** The field set as typed, trimmed the way the edit trims (currency upper-cased), without checks. */
function rawEdit(field: ProfileField, value: string): Engagement {
  const clean = field === 'currency' ? value.trim().toUpperCase() : value.trim();
  if (field === 'title') return { ...lotus, title: clean };
  return { ...lotus, client: { ...lotus.client, [field]: clean } };
}
