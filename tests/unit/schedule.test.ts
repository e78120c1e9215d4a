/**
 * The scheduler against a plan worked by hand on a calendar, plus invariants of the
 * critical path method on random acyclic plans.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../src/core/plan/calendar.ts';
import { schedule, type Schedule, type TaskInput } from '../../src/core/plan/schedule.ts';

const fs = (task: string, lag = 0) => ({ task, lag });

describe('WorkCalendar', () => {
  // March 2026: Mon 2 … Fri 6 (a holiday here), Mon 9 …
  const calendar = new WorkCalendar('2026-02-28', ['2026-03-06']); // a Saturday start moves to Monday
  it('skips weekends and holidays', () => {
    expect([0, 1, 2, 3, 4, 5].map((i) => calendar.dateOf(i))).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-09',
      '2026-03-10',
    ]);
  });
  it('maps a date back to its working day, a non-working day to the next one', () => {
    expect(calendar.indexOf('2026-03-05')).toBe(3);
    expect(calendar.indexOf('2026-03-06')).toBe(4); // holiday → Monday 9
    expect(calendar.indexOf('2026-03-08')).toBe(4); // Sunday → Monday 9
    expect(calendar.indexOf('2026-02-27')).toBe(-1); // the Friday before day 0
  });

  it('places dates thousands of years away at once (it used to walk every day, then throw)', () => {
    // 2026-03-02 (a Monday) is day 0; 9999-12-31 is a Friday, 2,912,382 days later (Date.UTC
    // difference) = 416,054 weeks + 4 days. Weekdays from that Monday to that Friday inclusive:
    // 416,054 × 5 + 5 = 2,080,275, less the holiday on Fri 6 March 2026: 2,080,274 working days,
    // so the Friday is index 2,080,273.
    const started = performance.now();
    expect(calendar.indexOf('9999-12-31')).toBe(2_080_273);
    expect(calendar.dateOf(2_080_273)).toBe('9999-12-31');
    expect(calendar.indexOf('1900-01-01')).toBeLessThan(-32_000);
    expect(performance.now() - started).toBeLessThan(50);
  });

  /** The calendar as it was specified: walk day by day, skipping weekends and holidays. */
  function walked(start: string, holidays: readonly string[], days: number): string[] {
    const skip = new Set(holidays);
    const out: string[] = [];
    for (let d = new Date(`${start}T12:00:00Z`); out.length < days; d = new Date(d.getTime() + 86_400_000)) {
      const iso = d.toISOString().slice(0, 10);
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !skip.has(iso)) out.push(iso);
    }
    return out;
  }

  it('agrees with walking the days, for any start and holidays (property)', () => {
    const day = fc.integer({ min: 0, max: 3_000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000));
    const iso = day.map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(iso, fc.array(iso, { maxLength: 60 }), (start, holidays) => {
        const inStart = holidays.filter((h) => h >= start);
        const cal = new WorkCalendar(start, holidays);
        const expected = walked(start, inStart, 300);
        expect(expected.map((_, i) => cal.dateOf(i))).toEqual(expected);
        expect(expected.map((d) => cal.indexOf(d))).toEqual(expected.map((_, i) => i));
        // Before the start: minus the working days from the date up to day 0.
        const before = new Date(Date.parse(`${start}T12:00:00Z`) - 20 * 86_400_000).toISOString().slice(0, 10);
        const between = walked(before, holidays, 40).filter((d) => d < (expected[0] ?? '')).length;
        expect(cal.indexOf(before)).toBe(-between);
        // And back: the working days before day 0, latest first, are indices −1, −2, …
        const earlier = walked(before, holidays, 40)
          .filter((d) => d < (expected[0] ?? ''))
          .reverse();
        expect(earlier.map((_, k) => cal.dateAt(-(k + 1)))).toEqual(earlier);
        expect(earlier.map((d) => cal.lastIndexBy(d))).toEqual(earlier.map((_, k) => -(k + 1)));
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe('schedule, worked by hand', () => {
  // A 3 days; B after A, 2 days; C after A, 1 day; D after B and C, 2 days.
  // Start Monday 2026-03-02, Friday 6 March a holiday.
  //   A: days 0–2 (2–4 Mar)   B: days 3–4 (5, 9 Mar)   C: day 3 (5 Mar)   D: days 5–6 (10–11 Mar)
  //   Length 7 working days, ending Wednesday 11 March.
  //   Backward: D LF 7 LS 5; B LF 5 LS 3 (slack 0); C LF 5 LS 4 (slack 1); A LF 3 LS 0.
  const tasks: TaskInput[] = [
    { id: 'a', duration: 3, dependsOn: [] },
    { id: 'b', duration: 2, dependsOn: [fs('a')] },
    { id: 'c', duration: 1, dependsOn: [fs('a')] },
    { id: 'd', duration: 2, dependsOn: [fs('b'), fs('c')] },
  ];
  const result = schedule(tasks, '2026-03-02', ['2026-03-06']) as Schedule;

  it('places every task', () => {
    expect(result.ok).toBe(true);
    expect(result.tasks.map((t) => [t.id, t.start, t.finish, t.slack])).toEqual([
      ['a', '2026-03-02', '2026-03-04', 0],
      ['b', '2026-03-05', '2026-03-09', 0],
      ['c', '2026-03-05', '2026-03-05', 1],
      ['d', '2026-03-10', '2026-03-11', 0],
    ]);
    expect([result.length, result.end]).toEqual([7, '2026-03-11']);
    expect(result.criticalPath).toEqual(['a', 'b', 'd']);
  });

  it('honours lags, including a negative one that overlaps', () => {
    const lagged = schedule(
      [
        { id: 'a', duration: 3, dependsOn: [] },
        { id: 'b', duration: 2, dependsOn: [fs('a', 2)] }, // starts day 5 (10 Mar)
        { id: 'c', duration: 2, dependsOn: [fs('a', -1)] }, // starts day 2 (4 Mar)
        { id: 'm', duration: 0, dependsOn: [fs('b')] }, // milestone after day 6
      ],
      '2026-03-02',
      ['2026-03-06'],
    ) as Schedule;
    expect(lagged.byId.get('b')?.start).toBe('2026-03-10');
    expect(lagged.byId.get('c')?.start).toBe('2026-03-04');
    // A milestone shows on the day its predecessor finishes: b ends on day 6, 11 March.
    expect(lagged.byId.get('m')).toMatchObject({ earlyStart: 7, start: '2026-03-11', finish: '2026-03-11' });
    expect(lagged.length).toBe(7);
  });
});

describe('schedule against a published network', () => {
  // "Example 1: Draw the network for the events in Table 1", critical path method handout,
  // https://studylib.net/doc/8378728/example-1--draw-the-network-for-the-events-in-table-1
  // Activities in hours; its Table 2 gives ES, EF, LS, LF and slack, and the critical path A-B-D-E-G of 16.
  const network: TaskInput[] = [
    { id: 'A', duration: 6, dependsOn: [] },
    { id: 'B', duration: 2, dependsOn: [{ task: 'A', lag: 0 }] },
    { id: 'C', duration: 2, dependsOn: [{ task: 'A', lag: 0 }] },
    { id: 'D', duration: 3, dependsOn: [{ task: 'B', lag: 0 }] },
    { id: 'F', duration: 2, dependsOn: [{ task: 'C', lag: 0 }] },
    {
      id: 'E',
      duration: 4,
      dependsOn: [
        { task: 'D', lag: 0 },
        { task: 'F', lag: 0 },
      ],
    },
    { id: 'G', duration: 1, dependsOn: [{ task: 'E', lag: 0 }] },
  ];
  it('reproduces Table 2: ES, EF, LS, LF and slack of every activity, and the critical path', () => {
    const result = schedule(network, '2026-03-02');
    if (!result.ok) throw new Error('schedule failed');
    const table = Object.fromEntries(
      result.tasks.map((t) => [t.id, [t.earlyStart, t.earlyFinish, t.lateStart, t.lateFinish, t.slack]]),
    );
    expect(table).toEqual({
      A: [0, 6, 0, 6, 0],
      B: [6, 8, 6, 8, 0],
      D: [8, 11, 8, 11, 0],
      E: [11, 15, 11, 15, 0],
      G: [15, 16, 15, 16, 0],
      C: [6, 8, 7, 9, 1],
      F: [8, 10, 9, 11, 1],
    });
    expect(result.length).toBe(16);
    expect(result.criticalPath).toEqual(['A', 'B', 'D', 'E', 'G']);
  });
});

describe('schedule errors name the tasks', () => {
  it('reports a cycle, a missing predecessor, a duplicate id and an unreal date together', () => {
    const result = schedule(
      [
        { id: 'a', duration: 1, dependsOn: [fs('c')] },
        { id: 'b', duration: 1, dependsOn: [fs('a')] },
        { id: 'c', duration: 1, dependsOn: [fs('b'), fs('zz')] },
        { id: 'a', duration: 1, dependsOn: [] },
      ],
      '2026-02-30',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { code: 'invalid-date', dates: ['2026-02-30'] },
      { code: 'duplicate-task', task: 'a' },
      { code: 'missing-predecessor', task: 'c', missing: 'zz' },
      { code: 'cycle', tasks: ['a', 'c', 'b'] },
    ]);
  });
});

describe('schedule invariants on random acyclic plans', () => {
  // Each task may depend only on earlier tasks, so the plan is acyclic by construction.
  const plan = fc
    .array(
      fc.record({
        duration: fc.integer({ min: 0, max: 20 }),
        deps: fc.array(fc.record({ pick: fc.nat(), lag: fc.integer({ min: -3, max: 5 }) }), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 40 },
    )
    .map((rows) =>
      rows.map((row, i): TaskInput => ({
        id: `t${i}`,
        duration: row.duration,
        dependsOn:
          i === 0 ? [] : [...new Map(row.deps.map((d) => [`t${d.pick % i}`, fs(`t${d.pick % i}`, d.lag)])).values()],
      })),
    );

  it('respects every dependency, never has negative slack, and ends with its last task', () => {
    fc.assert(
      fc.property(plan, (tasks) => {
        const result = schedule(tasks, '2026-01-05', ['2026-01-06']);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const t of tasks) {
          const s = result.byId.get(t.id);
          for (const d of t.dependsOn) {
            const p = result.byId.get(d.task);
            expect(s?.earlyStart).toBeGreaterThanOrEqual(Math.max(0, (p?.earlyFinish ?? 0) + d.lag));
          }
          expect(s?.slack).toBeGreaterThanOrEqual(0);
        }
        expect(Math.max(...result.tasks.map((t) => t.earlyFinish))).toBe(result.length);
        if (result.length > 0) expect(result.criticalPath.length).toBeGreaterThan(0);
      }),
    );
  });
});
