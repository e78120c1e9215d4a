/**
 * Phase targets, measured progress against them, and gate readiness, on the two-phase fixture
 * template (targets: strategy 50 by phase 1; strategy 75 and staff 100 by phase 2; four
 * checklist items on gate 1), with scores worked by hand from the fx-fit scales.
 */
import { describe, expect, it } from 'vitest';
import { gateReadiness } from '../../src/core/plan/gates.ts';
import { generatePlan } from '../../src/core/plan/generate.ts';
import { schedule, type Schedule } from '../../src/core/plan/schedule.ts';
import { baselineOf, measurements, targetProgress } from '../../src/core/plan/targets.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { fixture, fixturePlanTemplate } from './assess-helpers.ts';

const template = fixturePlanTemplate();
const fxFit = fixture.frameworks.get('fx-fit');
if (!fxFit) throw new Error('fixture framework missing');
const frameworks = new Map([['fx-fit', fxFit]]);

// fx-strategy: two questions on 1–5, each (v − 1) / 4 × 100, equal weights. fx-staff: yes/no.
const engagement: Engagement = {
  kind: 'engagement',
  schemaVersion: 1,
  id: 'targets-test',
  title: 'Targets test',
  updated: '2026-03-20',
  client: { name: 'A', industry: 'B', size: 'small', currency: 'EUR' },
  plan: { template: 'fx-plan', startDate: '2026-03-02', holidays: ['2026-04-06'] },
  // Now: strategy (25 + 50) / 2 = 37.5; staff "No" = 0.
  answers: { 'fx-fit': { 'fx-q1': { value: 2 }, 'fx-q2': { value: 3 }, 'fx-q3': { value: 0 } } },
  snapshots: [
    // Out of order on purpose: measurements are sorted by date.
    { date: '2026-03-10', answers: { 'fx-fit': { 'fx-q1': { value: 3 }, 'fx-q2': { value: 3 } } } },
    // Before the start: strategy (0 + 25) / 2 = 12.5; staff not asked, so not measured.
    { date: '2026-02-01', label: 'Kick-off', answers: { 'fx-fit': { 'fx-q1': { value: 1 }, 'fx-q2': { value: 2 } } } },
  ],
  gates: { 'fx-g1': { checked: ['fx-k3', 'fx-k1'], decision: 'go', decided: '2026-03-20' } },
};
const plan = generatePlan({ engagement, template, frameworks, findings: [] });
const placed = schedule(
  plan.tasks.map((t) => ({ id: t.id, duration: t.durationDays, dependsOn: t.dependsOn })),
  '2026-03-02',
  ['2026-04-06'],
) as Schedule;

describe('measurements and the baseline', () => {
  it('scores every snapshot that measures the dimension, oldest first, then the current answers', () => {
    expect(measurements(engagement, fxFit, 'fx-strategy')).toEqual([
      { date: '2026-02-01', label: 'Kick-off', score: 12.5 },
      { date: '2026-03-10', score: 50 },
      { date: '2026-03-20', score: 37.5, current: true },
    ]);
    expect(measurements(engagement, fxFit, 'fx-staff')).toEqual([{ date: '2026-03-20', score: 0, current: true }]);
  });
  it('takes the last measurement on or before the start, else the first', () => {
    const series = measurements(engagement, fxFit, 'fx-strategy');
    expect(baselineOf(series, '2026-03-02')?.score).toBe(12.5);
    expect(baselineOf(series, '2026-03-10')?.score).toBe(50);
    expect(baselineOf(series, '2026-01-01')?.score).toBe(12.5);
    expect(baselineOf([], '2026-03-02')).toBeUndefined();
  });
});

describe('phase targets in the plan', () => {
  it('states each target from its baseline', () => {
    expect(plan.phases.map((p) => p.targets)).toEqual([
      [{ framework: 'fx-fit', element: 'fx-strategy', from: 12.5, to: 50 }],
      [
        { framework: 'fx-fit', element: 'fx-strategy', from: 12.5, to: 75 },
        { framework: 'fx-fit', element: 'fx-staff', from: 0, to: 100 },
      ],
    ]);
  });
  it('leaves out the baseline of a dimension never measured', () => {
    const unanswered = generatePlan({
      engagement: { ...engagement, answers: {}, snapshots: [] },
      template,
      frameworks,
      findings: [],
    });
    expect(unanswered.phases[0]?.targets).toEqual([{ framework: 'fx-fit', element: 'fx-strategy', to: 50 }]);
  });
});

describe('progress against the targets', () => {
  // Phase 1: fx-t1 10 days from Mon 03-02 → Fri 03-13; fx-t2 5 days → Fri 03-20.
  // Phase 2: fx-t3 starts two working days after fx-t2 (Wed 03-25), 15 days skipping Easter Monday 04-06 → 04-15.
  it('puts each target at its phase’s planned finish and marks it met, missed or open', () => {
    const on = (asOf: string) => targetProgress(plan, placed, engagement, frameworks, asOf);
    const strategy = on('2026-03-20')[0];
    expect(strategy?.baseline).toBe(12.5);
    // The 03-10 workshop reached 50: phase 1's target is met even though today's answers say 37.5.
    expect(strategy?.targets).toEqual([
      { phase: 'fx-p1', due: '2026-03-20', score: 50, state: 'met' },
      { phase: 'fx-p2', due: '2026-04-15', score: 75, state: 'open' },
    ]);
    // Measurements after the status date are not counted yet.
    expect(on('2026-03-05')[0]?.measured.map((m) => m.score)).toEqual([12.5]);
    expect(on('2026-03-05')[0]?.targets[0]?.state).toBe('open');
    const staff = on('2026-04-16')[1];
    expect(staff?.targets).toEqual([{ phase: 'fx-p2', due: '2026-04-15', score: 100, state: 'missed' }]);
  });
});

describe('gate readiness', () => {
  it('is the share of the checklist ticked off, in checklist order, with the decision', () => {
    expect(gateReadiness(plan, engagement)).toEqual([
      {
        gate: 'fx-g1',
        phase: 'fx-p1',
        checked: ['fx-k1', 'fx-k3'],
        total: 4,
        percent: 50,
        decision: 'go',
        decided: '2026-03-20',
      },
      { gate: 'fx-g2', phase: 'fx-p2', checked: [], total: 0 },
    ]);
  });
  it('ignores ticks for items no longer on the checklist', () => {
    const stale = { gates: { 'fx-g1': { checked: ['fx-k2', 'gone'] } } };
    expect(gateReadiness(plan, stale)[0]).toMatchObject({ checked: ['fx-k2'], total: 4, percent: 25 });
  });
});
