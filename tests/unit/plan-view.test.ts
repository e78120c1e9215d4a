/**
 * The plan's view model (core/views/plan-view.ts): what the plan page, the workshop's plan and
 * the CLI show, computed once. Phase dates are the span of the phase's work, task numbers are
 * the charts' numbers, and an engagement that cannot be planned says why.
 */
import { describe, expect, test } from 'vitest';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import { gateReadiness } from '../../src/core/plan/gates.ts';
import { keptProgress } from '../../src/core/plan/kept-progress.ts';
import { planRoadmap } from '../../src/core/plan/roadmap.ts';
import { planView } from '../../src/core/views/plan-view.ts';
import { blankEngagement } from '../../src/core/workshop/edit.ts';
import { readSiteContent } from '../../src/site/content-integration.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';

const content = readSiteContent(process.cwd());
const frameworks = new Map(content.frameworks.map((f) => [f.id, f]));
const templates = new Map(content.templates.map((t) => [t.id, t]));
const blank = blankEngagement(
  { clientName: 'Nordlicht Optik GmbH', industry: 'Optical retail', size: 'medium', currency: 'EUR', language: 'en' },
  '2027-03-01',
  new Set(),
);

/** The samples, and a blank engagement planned on every shipped template with a holiday. */
const engagements: Engagement[] = [
  ...content.engagements,
  ...content.templates.map((t) => ({
    ...blank,
    id: `blank-${t.id}`,
    plan: { template: t.id, startDate: '2027-03-01', holidays: ['2027-04-05'] },
  })),
];

describe('planView', () => {
  test.each(engagements.map((e) => [e.id, e] as const))('%s: one view of the plan, as its parts compute it', (_, e) => {
    const view = planView(e, frameworks, templates, 'en');
    const result = planEngagement(e, frameworks, templates);
    if (!view.ok || !result.ok) throw new Error(`${e.id} has no plan`);
    expect(view.plan).toEqual(result.plan);
    expect(view.roadmap).toEqual(planRoadmap(result.plan, result.schedule, e, 'en'));
    expect(view.kept).toEqual(
      keptProgress({ engagement: e, plan: result.plan, template: result.template, frameworks }),
    );
    const readiness = gateReadiness(result.plan, e);
    view.phases.forEach((row, i) => {
      const phase = result.plan.phases[i];
      if (!phase) throw new Error('a row without a phase');
      const placed = phase.tasks.map((id) => result.schedule.byId.get(id)).filter((t) => t !== undefined);
      expect(row.id).toBe(phase.id);
      expect(row.start).toBe(placed.map((t) => t.start).sort()[0]);
      expect(row.finish).toBe(
        placed
          .map((t) => t.finish)
          .sort()
          .at(-1),
      );
      expect(row.tasks).toBe(phase.tasks.length - 1);
      expect(row.gate).toEqual(readiness[i]);
      // The roadmap's time line draws the same planned dates.
      expect([row.start, row.finish]).toEqual([
        view.roadmap.timeline.phases[i]?.start,
        view.roadmap.timeline.phases[i]?.finish,
      ]);
    });
    // The phases follow each other and cover the whole schedule.
    expect(view.phases[0]?.start).toBe(result.schedule.start);
    expect(view.phases.at(-1)?.finish).toBe(result.schedule.end);
    // Every task has one number, 1 to n, in chart order.
    expect([...view.numbers.values()].sort((a, b) => a - b)).toEqual(result.plan.tasks.map((_t, i) => i + 1));
  });

  test('a blank engagement says what the plan still needs', () => {
    expect(planView(blank, frameworks, templates, 'zh')).toEqual({ ok: false, reason: 'no-plan' });
    const noStart = { ...blank, plan: { template: 'sony-four-phase' } } as Engagement;
    expect(planView(noStart, frameworks, templates, 'en')).toEqual({ ok: false, reason: 'no-start' });
  });
});
