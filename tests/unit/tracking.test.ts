/** Tracking: progress weighted by duration, slip against the baseline, forecast from actuals. Worked by hand below. */
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/core/plan/schedule.ts';
import { trackPlan } from '../../src/core/plan/tracking.ts';
import { chainPlan, chainSchedule } from '../fixtures/chain-plan.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { sample, shipped } from './assess-helpers.ts';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';

// The chain of tests/fixtures/chain-plan.ts: A 03-02…03-06, B 03-09…03-13, C 03-16…03-18, D on 03-18.
const plan = chainPlan;
const baseline: Schedule = chainSchedule('2026-03-02');
const engagement = {
  tasks: {
    // A finished a day late (Monday 03-09); B started 03-10 and is 20% done on Wednesday 03-11.
    A: { status: 'done', actualStart: '2026-03-02', actualFinish: '2026-03-09' },
    B: { status: 'in-progress', percent: 20, actualStart: '2026-03-10' },
  },
} as unknown as Engagement;

describe('trackPlan on a hand-worked chain', () => {
  const t = trackPlan(plan, baseline, engagement, '2026-03-11');
  it('weights progress by duration: (5 × 100 + 5 × 20) / 13', () => {
    expect(t.percent).toBeCloseTo(600 / 13, 10);
    expect(t.phases.map((p) => [p.id, p.percent, p.done, p.total])).toEqual([
      ['p1', 60, 1, 2],
      ['p2', 0, 0, 2],
    ]);
  });
  it('forecasts B from today with what is left (4 of 5 days), and C and the gate after it', () => {
    const by = new Map(t.tasks.map((x) => [x.id, x]));
    expect(by.get('A')?.forecast).toEqual({ start: '2026-03-02', finish: '2026-03-09' });
    expect(by.get('B')?.forecast).toEqual({ start: '2026-03-10', finish: '2026-03-16' }); // Wed 11 + 4 working days
    expect(by.get('C')?.forecast).toEqual({ start: '2026-03-17', finish: '2026-03-19' });
    expect(by.get('D')?.forecast.finish).toBe('2026-03-19');
    expect([t.plannedEnd, t.forecastEnd, t.slip]).toEqual(['2026-03-18', '2026-03-19', 1]);
    expect(t.slipped.map((x) => [x.id, x.slip])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 1],
      ['D', 1],
    ]);
    expect(t.phases.map((p) => [p.plannedFinish, p.forecastFinish, p.slip])).toEqual([
      ['2026-03-13', '2026-03-16', 1],
      ['2026-03-18', '2026-03-19', 1],
    ]);
  });
  it('draws the burn-up: baseline from the plan, actual up to today, forecast from today', () => {
    const at = (date: string) => t.burnUp.find((p) => p.date === date);
    expect(at('2026-03-06')).toEqual({ date: '2026-03-06', planned: (100 * 5) / 13, actual: 0 });
    expect(at('2026-03-10')).toEqual({
      date: '2026-03-10',
      planned: (100 * 5) / 13,
      actual: (100 * 5) / 13,
      forecast: (100 * 5) / 13,
    });
    expect(t.burnUp.at(-1)).toEqual({ date: '2026-03-19', planned: 100, forecast: 100 });
  });
  it('a forecast thousands of years long is placed at once and draws some 400 burn-up points', () => {
    // B started in 9000 and is 20% done: its 4 days left run from the status date, in 9000.
    const far = {
      tasks: { ...engagement.tasks, B: { status: 'in-progress', percent: 20, actualStart: '9000-03-01' } },
    } as unknown as Engagement;
    const started = performance.now();
    const late = trackPlan(plan, baseline, far, '9000-03-01');
    expect(performance.now() - started).toBeLessThan(500);
    expect(late.forecastEnd.startsWith('9000-03')).toBe(true);
    // Days 0 … ~1.82 million working days: step = 5 × ceil(end / 2000) keeps it to about 400.
    expect(late.burnUp.length).toBeGreaterThan(390);
    expect(late.burnUp.length).toBeLessThanOrEqual(403);
    const dates = late.burnUp.map((p) => p.date);
    expect([...dates].sort()).toEqual(dates);
    // A short plan keeps a point every fifth working day: days 0, 5, today (7), 10 and the end (14),
    // each dated by the working day before it (day 0 by day 0 itself).
    expect(t.burnUp.map((p) => p.date)).toEqual(['2026-03-02', '2026-03-06', '2026-03-10', '2026-03-13', '2026-03-19']);
  });
  it('with nothing reported, the forecast is the baseline moved to today', () => {
    const fresh = trackPlan(plan, baseline, {} as Engagement, '2026-03-02');
    expect([fresh.percent, fresh.forecastEnd, fresh.slip, fresh.slipped]).toEqual([0, '2026-03-18', 0, []]);
  });
});

describe('trackPlan on the samples', () => {
  it('the pump maker on 2026-03-20: phase 1 passed on time, selection and design running late', () => {
    const pumps = sample('industrial-equipment-growth');
    const result = planEngagement(pumps, shipped.frameworks, shipped.templates);
    if (!result.ok) throw new Error('no plan');
    const t = trackPlan(result.plan, result.schedule, pumps, pumps.updated ?? '');
    // Phase 1's longest chain is generated: the customer value research (15 days after the charter,
    // 02-09 → 02-27), then the brand promise (5 days, 03-02 → 03-06); the gate passed on 03-06.
    expect(t.phases[0]).toMatchObject({ percent: 100, plannedFinish: '2026-03-06', forecastFinish: '2026-03-06' });
    // Reference checks (added by the chosen vendor): 5 days after the gate, baseline 03-09 → Friday 03-13;
    // started 03-16, half done on Friday 03-20 → 3 days left (2.5 rounded up) → Tuesday 03-24, 7 working days late.
    expect(t.slipped[0]).toMatchObject({
      id: 'vendor-reference-due-diligence',
      slip: 7,
      forecast: { finish: '2026-03-24' },
    });
    // Sales stages: 8 days from 03-09, baseline finish Wednesday 03-18; 60% done on 03-20 → 3.2, so 4 days
    // left → Wednesday 03-25, 5 working days late.
    expect(t.slipped.find((s) => s.id === 'sp-p2-sales-stages')).toMatchObject({
      slip: 5,
      forecast: { finish: '2026-03-25' },
    });
    // Both have slack: the phase still closes on 04-01 and the plan on 07-15 as planned.
    expect([t.phases[1]?.forecastFinish, t.plannedEnd, t.forecastEnd]).toEqual([
      '2026-04-01',
      '2026-07-15',
      '2026-07-15',
    ]);
  });
});
