/**
 * The view models (core/views/): what the pages, the workshop and the CLI show, computed once.
 * The plan's phase dates are the span of the phase's work and its task numbers the charts'
 * numbers; progress is tracked as of the date given, else the plan's first day; an engagement
 * that cannot be planned says why.
 */
import { describe, expect, test } from 'vitest';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import { gateReadiness } from '../../src/core/plan/gates.ts';
import { keptProgress } from '../../src/core/plan/kept-progress.ts';
import { planRoadmap } from '../../src/core/plan/roadmap.ts';
import { planView } from '../../src/core/views/plan-view.ts';
import { trackingView } from '../../src/core/views/tracking-view.ts';
import { riskView } from '../../src/core/views/risk-view.ts';
import { roiView } from '../../src/core/views/roi-view.ts';
import { chooseTemplate, planTemplate } from '../../src/core/plan/choose-template.ts';
import { riskFramework, riskRegister } from '../../src/core/risk/register.ts';
import { analyseFinance } from '../../src/core/finance/analyse.ts';
import { simulateNpv } from '../../src/core/finance/simulate.ts';
import { namedTargetProgress } from '../../src/core/plan/targets.ts';
import { trackPlan } from '../../src/core/plan/tracking.ts';
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

describe('trackingView', () => {
  test.each(engagements.map((e) => [e.id, e] as const))(
    '%s: progress as of a date, as its parts compute it',
    (_, e) => {
      const result = planEngagement(e, frameworks, templates);
      if (!result.ok) throw new Error(`${e.id} has no plan`);
      for (const asOf of [e.updated, '2027-06-30']) {
        const view = trackingView(e, frameworks, templates, asOf, 'zh');
        if (!view.ok) throw new Error(`${e.id} has no tracking`);
        const day = asOf ?? result.schedule.start;
        const tracking = trackPlan(result.plan, result.schedule, e, day);
        expect(view.tracking).toEqual(tracking);
        expect(view.gates).toEqual(gateReadiness(result.plan, e));
        expect(view.dimensions).toEqual(namedTargetProgress(result.plan, result.schedule, e, frameworks, day, 'zh'));
        expect(view.kept).toEqual(
          keptProgress({ engagement: e, plan: result.plan, template: result.template, frameworks }),
        );
        expect(view.roadmap).toEqual(planRoadmap(result.plan, result.schedule, e, 'zh', tracking));
      }
    },
  );

  test('without a status date it tracks as of the first working day; without a plan it says so', () => {
    const onHoliday = {
      ...blank,
      plan: { template: 'sony-four-phase', startDate: '2027-04-05', holidays: ['2027-04-05'] },
    };
    const view = trackingView(onHoliday, frameworks, templates, undefined, 'en');
    if (!view.ok) throw new Error('no tracking');
    expect(view.schedule.start).toBe('2027-04-06');
    expect(view.tracking.asOf).toBe('2027-04-06');
    expect(trackingView(blank, frameworks, templates, '2027-03-01', 'en')).toEqual({ ok: false, reason: 'no-plan' });
  });
});

describe('riskView and roiView', () => {
  test.each(content.engagements.map((e) => [e.id, e] as const))('%s: as their parts compute them', (_, e) => {
    const view = riskView(e, content.frameworks, content.templates);
    const framework = riskFramework(content.frameworks);
    if (!view.ok || !framework) throw new Error('no risk framework');
    expect(view.framework).toBe(framework);
    expect(view.register).toEqual(riskRegister(e.risks ?? [], framework));
    expect(view.template).toBe(chooseTemplate(e, content.frameworks, content.templates).template);
    if (!e.finance) throw new Error(`${e.id} has no ROI case`);
    expect(roiView(e.finance)).toEqual({ analysis: analyseFinance(e.finance), simulation: simulateNpv(e.finance) });
  });

  test('the plan template: the named one without assessing, the best fit, or none', () => {
    const named = { ...blank, plan: { template: 'sony-four-phase' } } as Engagement;
    expect(planTemplate(named, content.frameworks, content.templates)?.id).toBe('sony-four-phase');
    const unnamed = { ...blank, plan: { startDate: '2027-03-01' } } as Engagement;
    expect(planTemplate(unnamed, content.frameworks, content.templates)).toBe(
      chooseTemplate(unnamed, content.frameworks, content.templates).template,
    );
    const missing = { ...blank, plan: { template: 'no-such-template' } } as Engagement;
    expect(planTemplate(missing, content.frameworks, content.templates)).toBeUndefined();
    expect(planTemplate(blank, content.frameworks, content.templates)).toBeUndefined();
    expect(riskView(blank, [], content.templates)).toEqual({ ok: false, reason: 'no-framework' });
  });
});
