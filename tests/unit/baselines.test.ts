/** Named baselines: frozen, chosen, measured against; the workshop's edits refuse what would lose one. Worked by hand below. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { schedule } from '../../src/core/plan/schedule.ts';
import { chosenBaseline, freezeBaseline, plannedReference } from '../../src/core/plan/baselines.ts';
import { trackPlan } from '../../src/core/plan/tracking.ts';
import { chainPlan, chainSchedule } from '../fixtures/chain-plan.ts';
import type { Baseline, Engagement } from '../../src/schemas/generated/types.ts';
import {
  baselineNameProblem,
  chooseBaseline,
  removeBaseline,
  saveBaseline,
} from '../../src/core/workshop/edit-baselines.ts';
import { checkEngagement } from '../../src/core/check/engagement-checks.ts';
import { sample, shipped } from './assess-helpers.ts';

// The chain of tests/fixtures/chain-plan.ts: from Monday 2026-03-02 A 03-02…03-06, B 03-09…03-13,
// C 03-16…03-18, D on 03-18.
const plan = chainPlan;
const march2 = chainSchedule('2026-03-02');

// The gate approved the plan when it started on 2026-02-23, a week earlier than it now does.
const gate1: Baseline = {
  name: 'Gate 1 approved',
  taken: '2026-02-20',
  tasks: {
    A: { start: '2026-02-23', finish: '2026-02-27' },
    B: { start: '2026-03-02', finish: '2026-03-06' },
    C: { start: '2026-03-09', finish: '2026-03-11' },
    D: { start: '2026-03-11', finish: '2026-03-11' },
  },
};

describe('freezeBaseline', () => {
  it('keeps each task’s dates as scheduled, milestones on their one day', () => {
    expect(freezeBaseline(march2, 'Kick-off', '2026-03-01')).toEqual({
      name: 'Kick-off',
      taken: '2026-03-01',
      tasks: {
        A: { start: '2026-03-02', finish: '2026-03-06' },
        B: { start: '2026-03-09', finish: '2026-03-13' },
        C: { start: '2026-03-16', finish: '2026-03-18' },
        D: { start: '2026-03-18', finish: '2026-03-18' },
      },
    });
  });
  it('a baseline of the schedule itself places every task where the schedule does (any start, any plan)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 8 }),
        (day, durations) => {
          const start = day.toISOString().slice(0, 10);
          // A chain, with a kick-off milestone first so day 0 milestones are covered too.
          const input = [0, ...durations].map((duration, i) => ({
            id: `t${i}`,
            duration,
            dependsOn: i === 0 ? [] : [{ task: `t${i - 1}`, lag: 0 }],
          }));
          const placed = schedule(input, start);
          if (!placed.ok) return false;
          const engagement = { plan: { baseline: 'b' }, baselines: [freezeBaseline(placed, 'b', start)] };
          const reference = plannedReference(placed, engagement);
          return placed.tasks.every((t) => {
            const p = reference.placeOf(t.id);
            // A milestone after a task with no duration at day 0 is the one the dates cannot tell apart.
            return p?.earlyFinish === t.earlyFinish || (t.duration === 0 && t.earlyFinish <= 1);
          });
        },
      ),
    );
  });
});

describe('tracking against a named baseline', () => {
  // Nothing reported, status date 2026-03-02: the forecast is today's schedule (ends 03-18);
  // measured against Gate 1 (ends 03-11), every task is 5 working days late.
  const engagement = { plan: { baseline: 'Gate 1 approved' }, baselines: [gate1] } as unknown as Engagement;
  const t = trackPlan(plan, march2, engagement, '2026-03-02');
  it('says which baseline, and measures planned dates and slip against it', () => {
    expect(t.baseline).toEqual({ name: 'Gate 1 approved', taken: '2026-02-20' });
    expect([t.plannedEnd, t.forecastEnd, t.slip]).toEqual(['2026-03-11', '2026-03-18', 5]);
    expect(t.tasks.map((x) => [x.id, x.planned.finish, x.slip])).toEqual([
      ['A', '2026-02-27', 5],
      ['B', '2026-03-06', 5],
      ['C', '2026-03-11', 5],
      ['D', '2026-03-11', 5],
    ]);
    expect(t.phases.map((p) => [p.plannedFinish, p.slip])).toEqual([
      ['2026-03-06', 5],
      ['2026-03-11', 5],
    ]);
    expect(t.notInBaseline).toEqual([]);
  });
  it('the burn-up’s planned line is the baseline’s: all work planned done by 03-11', () => {
    // Day indices count from the schedule's day 0 (03-02); the baseline's A finished before it.
    expect(t.burnUp[0]?.planned).toBeCloseTo((100 * 5) / 13, 10);
    const at = (date: string) => t.burnUp.find((p) => p.date === date);
    expect(at('2026-03-06')?.planned).toBeCloseTo((100 * 10) / 13, 10);
  });
  it('without a chosen baseline, or naming one it lacks, it measures against today’s schedule', () => {
    const none = trackPlan(plan, march2, { baselines: [gate1] } as unknown as Engagement, '2026-03-02');
    const unknown = trackPlan(
      plan,
      march2,
      { plan: { baseline: 'Gate 2' }, baselines: [gate1] } as unknown as Engagement,
      '2026-03-02',
    );
    for (const x of [none, unknown]) {
      expect(x.baseline).toBeUndefined();
      expect([x.plannedEnd, x.slip]).toEqual(['2026-03-18', 0]);
    }
  });
  it('a task added since the baseline is measured against today’s schedule, and is named', () => {
    const partial: Baseline = {
      ...gate1,
      tasks: Object.fromEntries(Object.entries(gate1.tasks).filter(([id]) => id !== 'C')),
    };
    const x = trackPlan(
      plan,
      march2,
      { plan: { baseline: gate1.name }, baselines: [partial] } as unknown as Engagement,
      '2026-03-02',
    );
    expect(x.notInBaseline).toEqual(['C']);
    const c = x.tasks.find((r) => r.id === 'C');
    expect(c).toMatchObject({ slip: 0, notInBaseline: true, planned: { finish: '2026-03-18' } });
    expect(x.tasks.find((r) => r.id === 'A')?.notInBaseline).toBeUndefined();
  });
  it('chosenBaseline finds the chosen one by name', () => {
    expect(chosenBaseline(engagement)?.taken).toBe('2026-02-20');
    expect(chosenBaseline({ baselines: [gate1] })).toBeUndefined();
  });
});

describe('workshop edits', () => {
  const pumps = sample('industrial-equipment-growth');
  it('saving freezes the schedule, chooses it, and dates the change', () => {
    const next = saveBaseline(pumps, march2, '  Gate 1 approved ', '2026-12-07');
    expect(next.baselines?.map((b) => [b.name, b.taken])).toEqual([['Gate 1 approved', '2026-12-07']]);
    expect(next.plan?.baseline).toBe('Gate 1 approved');
    expect(next.updated).toBe('2026-12-07');
    expect(next.plan?.startDate).toBe(pumps.plan?.startDate);
  });
  it('refuses an empty, too long or taken name and returns the same engagement', () => {
    const once = saveBaseline(pumps, march2, 'Gate 1', '2026-12-07');
    expect(baselineNameProblem(once, '  ')).toBe('empty');
    expect(baselineNameProblem(once, 'x'.repeat(101))).toBe('too-long');
    expect(baselineNameProblem(once, 'Gate 1 ')).toBe('taken');
    expect(saveBaseline(once, march2, 'Gate 1', '2026-12-08')).toBe(once);
  });
  it('chooses, goes back to today’s schedule, removes; removing the chosen one unchooses it', () => {
    const two = saveBaseline(saveBaseline(pumps, march2, 'One', '2026-12-07'), march2, 'Two', '2026-12-07');
    expect(chooseBaseline(two, 'One', '2026-12-08').plan?.baseline).toBe('One');
    expect(chooseBaseline(two, 'Three', '2026-12-08')).toBe(two);
    expect(chooseBaseline(two, undefined, '2026-12-08').plan).not.toHaveProperty('baseline');
    const removed = removeBaseline(two, 'Two', '2026-12-08');
    expect(removed.baselines?.map((b) => b.name)).toEqual(['One']);
    expect(removed.plan).not.toHaveProperty('baseline');
    expect(removeBaseline(removeBaseline(removed, 'One', '2026-12-08'), 'One', '2026-12-09')).not.toHaveProperty(
      'baselines',
    );
  });
  it('a saved baseline passes the engagement checks; a repeated name or an unknown choice does not', () => {
    const placed = chainSchedule(pumps.plan?.startDate ?? '2026-02-02');
    const saved = saveBaseline(pumps, placed, 'Gate 1', '2026-12-07');
    expect(checkEngagement(saved, shipped)).toEqual([]);
    const repeated = { ...saved, baselines: [...(saved.baselines ?? []), ...(saved.baselines ?? [])] };
    expect(checkEngagement(repeated, shipped).map((p) => [p.pointer, p.code])).toEqual([
      ['/baselines/1/name', 'duplicate-id'],
    ]);
    const unknown = { ...saved, plan: { ...saved.plan, baseline: 'Gate 2' } };
    expect(checkEngagement(unknown, shipped).map((p) => [p.pointer, p.code])).toEqual([
      ['/plan/baseline', 'unknown-reference'],
    ]);
  });
});
