/**
 * The third sample: a young specialty tea shop in Singapore, customer-behaviour-led at the
 * initial growth stage, whose file names no plan template. What it must show, worked by hand
 * from its answers and the shipped indicators.
 */
import { describe, expect, it } from 'vitest';
import { classify, compareWithProfile } from '../../src/core/assess/classify.ts';
import { figures } from '../../src/core/finance/analyse.ts';
import { chooseTemplate } from '../../src/core/plan/choose-template.ts';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import { targetProgress } from '../../src/core/plan/targets.ts';
import { run } from '../../src/cli/main.ts';
import { sample, shipped, shippedFramework } from './assess-helpers.ts';

const FILE = 'assessments/singapore-tea-shop-loyalty.yaml';
const tea = sample('singapore-tea-shop-loyalty');
const readiness = shippedFramework('growth-readiness');

const option = (classification: string, id: string) => {
  const result = classify(readiness, tea.answers?.['growth-readiness']).find(
    (c) => c.classification === classification,
  );
  const found = result?.options.find((o) => o.option === id);
  return { winner: result?.winner, matched: found?.matched, possible: found?.possible };
};

describe('the tea-shop sample (initial growth, concept-led, customer-behaviour-led)', () => {
  // Profile answers: customers 3 (500 to 5,000), functions 1 (one team), sales cycle 1 (same day),
  // routine 2, data loss 2, resources 1 (no budget, no IT staff), sites 1, value driver 1, industry 1.
  it('is placed at the initial growth stage', () => {
    // Initial growth: functions 1 (weight 2) + resources 1 (2) + sites 1 (1) = 5; customers 3 is not
    // "under 50" (weight 3 missed). Possible 3 + 2 + 2 + 1 = 8.
    expect(option('growth-stage', 'initial-growth')).toEqual({ winner: 'initial-growth', matched: 5, possible: 8 });
    // Growth: functions 1 is not 2–3, data loss 2 and routine 2 are not 3–4, sales cycle 1 is not 3–4: 0 of 9.
    expect(option('growth-stage', 'growth')).toMatchObject({ matched: 0, possible: 9 });
    // Stable: only customers 3 in 3–4 (weight 1) of 3 + 2 + 2 + 1 = 8.
    expect(option('growth-stage', 'stable-regrowth')).toMatchObject({ matched: 1, possible: 8 });
  });

  it('is concept-led', () => {
    // Concept-led: resources 1 (weight 3) + functions 1 (2) = 5; customers 3 is not 1 (3 missed): 5 of 8.
    expect(option('application-mode', 'concept-led')).toEqual({ winner: 'concept-led', matched: 5, possible: 8 });
    // Business application: functions, data loss, routine and resources (1 is not 2–3) all miss: 0 of 7.
    expect(option('application-mode', 'business-application')).toMatchObject({ matched: 0, possible: 7 });
    // System implementation: only sf-leadership 4 in 4–5 (weight 1) of 3 + 2 + 2 + 1 = 8.
    expect(option('application-mode', 'system-implementation')).toMatchObject({ matched: 1, possible: 8 });
  });

  it('is customer-behaviour-led, decided although it is not a growth-stage firm', () => {
    // Value driver 1 (weight 3) + industry 1 (2) + customers 3 in 3–4 (1) = 6 of 6.
    expect(option('business-mode', 'customer-behaviour')).toEqual({
      winner: 'customer-behaviour',
      matched: 6,
      possible: 6,
    });
    // Maintenance service shares only the customer-count indicator (weight 1 of 3 + 2 + 1).
    expect(option('business-mode', 'maintenance-service')).toMatchObject({ matched: 1, possible: 6 });
    // The profile states the same three, so nothing is flagged as "the answers point elsewhere".
    expect(compareWithProfile(classify(readiness, tea.answers?.['growth-readiness']), tea.client)).toEqual([]);
  });

  it('gets the concept-led template, recommended because the file names none', () => {
    expect(tea.plan?.template).toBeUndefined();
    const choice = chooseTemplate(tea, shipped.frameworks.values(), shipped.templates.values());
    expect(choice.source).toBe('recommended');
    // sme-concept-led names initial growth (1) and concept-led (2) = 3 and is the only template that fits:
    // the customer-behaviour template needs a growth-stage firm in the business-application mode.
    expect(choice.ranking.ranked.map((r) => [r.template.id, r.score])).toEqual([['sme-concept-led', 3]]);
    expect(choice.ranking.others.find((o) => o.template.id === 'sme-customer-behaviour')?.differs).toEqual([
      { dimension: 'growthStage', wanted: 'growth', client: 'initial-growth' },
      { dimension: 'applicationMode', wanted: 'business-application', client: 'concept-led' },
    ]);
    const says =
      'Plan template: Start-up SME: concept-led CRM, recommended (the engagement names none): fits Initial growth, Concept-led';
    expect(run(['plan', FILE, '--lang', 'en']).stdout).toContain(says);
    expect(run(['assess', FILE, '--lang', 'en']).stdout).toContain(says);
  });

  it('validates with no problem, and its plan check finds no fault', () => {
    const validated = run(['validate', FILE, '--json']);
    expect([validated.exitCode, (JSON.parse(validated.stdout) as { problems: unknown[] }).problems]).toEqual([0, []]);
    const check = run(['plan', FILE, '--check', '--lang', 'en']);
    expect(check.exitCode).toBe(0);
    // Only the owner's kick-off starts on Monday 2026-03-02; everything else waits for it.
    expect(check.stdout).toContain("start on the plan's first day: 1 (0 of them generated)");
    expect(check.stdout.trim().split('\n').at(-1)).toBe('no faults');
  });

  it('leaves out the corporate work a six-person shop does not need, and says why', () => {
    const planned = planEngagement(tea, shipped.frameworks, shipped.templates);
    if (!planned.ok) throw new Error(`no plan: ${planned.reason}`);
    const left = planned.plan.leftOut;
    // Findings still ask for them, but each suits only growth and stable firms.
    expect(left.map((l) => (typeof l.title === 'string' ? l.title : l.title.en))).toEqual(
      expect.arrayContaining([
        'Redesign the structure to carry out the CRM strategy',
        'Form a cross-department CRM team',
      ]),
    );
    expect(left.every((l) => l.growthStage === 'initial-growth' && !l.suits.includes('initial-growth'))).toBe(true);
    const ids = new Set(planned.plan.tasks.map((t) => t.id));
    expect(ids.has('mckinsey-7s-structure-redesign-for-strategy')).toBe(false);
    // The contract check stays, on the gate of the phase where the light tool is chosen (phase 2), not phase 1.
    const gateWith = planned.plan.phases.find((p) => p.gate.checklist.some((c) => c.id === 'vendor-contract'));
    expect(gateWith?.id).toBe('scl-p2-routines');
    expect(run(['plan', FILE, '--lang', 'en']).stdout).toContain('## Left out for this client’s growth stage (9)');
  });

  it('records progress only after the work each task waits for', () => {
    const planned = planEngagement(tea, shipped.frameworks, shipped.templates);
    if (!planned.ok) throw new Error(`no plan: ${planned.reason}`);
    const status = tea.tasks ?? {};
    const ids = new Set(planned.plan.tasks.map((t) => t.id));
    expect(Object.keys(status).filter((id) => !ids.has(id))).toEqual([]);
    const early = planned.plan.tasks.flatMap((task) => {
      const own = status[task.id];
      const start = own?.actualStart ?? own?.actualFinish;
      if (!start) return [];
      return task.dependsOn.flatMap(({ task: before }) => {
        const finish = status[before]?.actualFinish;
        // A task starts the working day after its predecessor finishes; a gate may close the same day.
        const fine =
          status[before]?.status === 'done' && finish !== undefined && (task.gate ? finish <= start : finish < start);
        return fine ? [] : [`${task.id} starts ${start}, before ${before} is done (${finish ?? 'not finished'})`];
      });
    });
    expect(early).toEqual([]);
    // For example the trial (planned 04-15) started 2026-04-15, the day after the practice sessions ended.
    expect([status['scl-p2-team-practice']?.actualFinish, status['scl-p2-trial']?.actualStart]).toEqual([
      '2026-04-14',
      '2026-04-15',
    ]);
  });

  it('tracks the first phase targets from the kick-off to the re-assessment at the first gate', () => {
    const planned = planEngagement(tea, shipped.frameworks, shipped.templates);
    if (!planned.ok) throw new Error(`no plan: ${planned.reason}`);
    const progress = targetProgress(planned.plan, planned.schedule, tea, shipped.frameworks, '2026-04-17');
    const of = (element: string) => progress.find((p) => p.element === element);
    // CRM vision, question weights 3, 2, 2, 3 on 0–100 (1 → 0, 2 → 25, 3 → 50):
    // kick-off (2, 2, 1, 2) = (75 + 50 + 0 + 75) / 10 = 20; at the gate (3, 3, 2, 2) = (150 + 100 + 50 + 75) / 10 = 37.5.
    expect(of('crm-vision')?.measured.map((m) => m.score)).toEqual([20, 37.5]);
    // Phase 1 is due when its gate is: kick-off 03-02, the customer list 03-03 → 03-06, then the 12-day
    // customer value scoring 03-09 → 03-24, the longest chain now that the corporate work suited to later
    // growth stages is left out.
    expect(of('crm-vision')?.targets).toEqual([
      { phase: 'scl-p1-principles', due: '2026-03-24', score: 55, state: 'missed' },
    ]);
    // Shared values, weights 3, 2, 2, 1: kick-off (4, 2, 3, 4) = (225 + 50 + 100 + 75) / 8 = 56.25;
    // at the gate values-cascaded rose to 3: (225 + 100 + 100 + 75) / 8 = 62.5, which meets phase 1's 55.
    expect(of('shared-values')?.measured.map((m) => m.score)).toEqual([56.25, 62.5]);
    expect(of('shared-values')?.targets.map((t) => [t.score, t.state])).toEqual([
      [55, 'met'],
      [70, 'open'],
    ]);
  });

  it('costs differ per year and the payback follows from them', () => {
    const finance = tea.finance;
    if (!finance) throw new Error('no ROI case');
    const result = figures(finance);
    // Year 0: 700 + 900 + 480 + 2,400 = 4,480. Years 1–3: add-on 405/540/780 + credits 240/420/540 + upkeep 1,950.
    expect(result.table.rows.map((r) => r.costs)).toEqual([4480, 2595, 2910, 3270]);
    // Benefits: 9,000 × (0.4, 0.8, 1) + 6,500 × (0.2, 0.6, 1) + 3,600 × (0.3, 0.7, 1) + 1,800 × (0.5, 1, 1).
    expect(result.table.rows.map((r) => Math.round(r.benefits))).toEqual([0, 6880, 15420, 20900]);
    // Cumulative −4,480, then −195 after year 1; year 2 nets 12,510: payback 1 + 195 / 12,510 years.
    expect(result.payback).toBeCloseTo(1 + 195 / 12510, 9);
  });
});
