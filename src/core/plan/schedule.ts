/**
 * The scheduler: earliest and latest start of every task from its duration in working
 * days and its finish-to-start dependencies (with lag), the critical path and each
 * task's slack (the critical path method), and the plan's end date on a working-day
 * calendar. A cycle, a missing predecessor or an unreal date is an error naming them.
 */
import { findCycles } from '../shared/graph.ts';
import { calendarProblems, WorkCalendar } from './calendar.ts';

export interface Dependency {
  task: string;
  /** Working days between the predecessor's finish and this task's start; negative overlaps. */
  lag: number;
}

export interface TaskInput {
  id: string;
  /** Working days; 0 is a milestone. */
  duration: number;
  dependsOn: readonly Dependency[];
}

export interface ScheduledTask {
  id: string;
  duration: number;
  /** Working-day indices: a task occupies days [earlyStart, earlyFinish). */
  earlyStart: number;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  /** Working days the task can slip without moving the end of the plan. */
  slack: number;
  critical: boolean;
  /** Dates of the first and last working day; a milestone shows on the day its predecessors finish. */
  start: string;
  finish: string;
}

export type ScheduleError =
  | { code: 'cycle'; tasks: string[] }
  | { code: 'missing-predecessor'; task: string; missing: string }
  | { code: 'duplicate-task'; task: string }
  | { code: 'invalid-date'; dates: string[] };

export interface Schedule {
  ok: true;
  /** In input order. */
  tasks: ScheduledTask[];
  byId: ReadonlyMap<string, ScheduledTask>;
  /** Working days from the first day to the end, inclusive. */
  length: number;
  start: string;
  end: string;
  /** Critical tasks in the order they run. */
  criticalPath: string[];
  calendar: WorkCalendar;
}

export type ScheduleResult = Schedule | { ok: false; errors: ScheduleError[] };

/** `workdays` are extra working days (a weekend worked in exchange for a holiday); see WorkCalendar. */
export function schedule(
  tasks: readonly TaskInput[],
  start: string,
  holidays: readonly string[] = [],
  workdays: readonly string[] = [],
): ScheduleResult {
  const errors: ScheduleError[] = [];
  const badDates = calendarProblems(start, holidays, workdays);
  if (badDates.length > 0) errors.push({ code: 'invalid-date', dates: badDates });
  const index = new Map<string, number>();
  tasks.forEach((t, i) => {
    if (index.has(t.id)) errors.push({ code: 'duplicate-task', task: t.id });
    else index.set(t.id, i);
  });
  for (const t of tasks) {
    for (const d of t.dependsOn)
      if (!index.has(d.task)) errors.push({ code: 'missing-predecessor', task: t.id, missing: d.task });
  }
  const graph = new Map<string, { dependsOn: string[] }>();
  for (const t of tasks) if (!graph.has(t.id)) graph.set(t.id, { dependsOn: t.dependsOn.map((d) => d.task) });
  for (const cycle of findCycles(graph)) errors.push({ code: 'cycle', tasks: cycle });
  if (errors.length > 0) return { ok: false, errors };

  // Kahn's algorithm: a topological order, in input order where the graph leaves a choice.
  const n = tasks.length;
  const successors: { to: number; lag: number }[][] = tasks.map(() => []);
  const waiting = new Array<number>(n).fill(0);
  tasks.forEach((t, i) => {
    for (const d of t.dependsOn) {
      successors[index.get(d.task) ?? 0]?.push({ to: i, lag: d.lag });
      waiting[i] = (waiting[i] ?? 0) + 1;
    }
  });
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (waiting[i] === 0) order.push(i);
  for (let k = 0; k < order.length; k++) {
    for (const s of successors[order[k] ?? 0] ?? []) {
      waiting[s.to] = (waiting[s.to] ?? 0) - 1;
      if (waiting[s.to] === 0) order.push(s.to);
    }
  }

  const duration = tasks.map((t) => Math.max(0, t.duration));
  const es = new Array<number>(n).fill(0);
  for (const i of order) {
    const finish = (es[i] ?? 0) + (duration[i] ?? 0);
    for (const s of successors[i] ?? []) es[s.to] = Math.max(es[s.to] ?? 0, finish + s.lag);
  }
  const ef = es.map((s, i) => s + (duration[i] ?? 0));
  const length = Math.max(0, ...ef);
  const lf = new Array<number>(n).fill(length);
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] ?? 0;
    for (const s of successors[i] ?? [])
      lf[i] = Math.min(lf[i] ?? length, (lf[s.to] ?? length) - (duration[s.to] ?? 0) - s.lag);
  }

  const calendar = new WorkCalendar(start, holidays, workdays);
  const scheduled = tasks.map((t, i): ScheduledTask => {
    const earlyStart = es[i] ?? 0;
    const earlyFinish = ef[i] ?? 0;
    const lateFinish = lf[i] ?? length;
    const lateStart = lateFinish - (duration[i] ?? 0);
    const slack = lateStart - earlyStart;
    return {
      id: t.id,
      duration: duration[i] ?? 0,
      earlyStart,
      earlyFinish,
      lateStart,
      lateFinish,
      slack,
      critical: slack === 0,
      start: calendar.dateOf(duration[i] === 0 ? Math.max(0, earlyStart - 1) : earlyStart),
      finish: calendar.dateOf(Math.max(0, earlyFinish - 1)),
    };
  });
  const criticalPath = order
    .map((i) => scheduled[i])
    .filter((t): t is ScheduledTask => t !== undefined && t.critical)
    .sort((a, b) => a.earlyStart - b.earlyStart || a.earlyFinish - b.earlyFinish)
    .map((t) => t.id);
  return {
    ok: true,
    tasks: scheduled,
    byId: new Map(scheduled.map((t) => [t.id, t])),
    length,
    start: calendar.dateOf(0),
    end: calendar.dateOf(Math.max(0, length - 1)),
    criticalPath,
    calendar,
  };
}
