/**
 * Where the programme stands: per task the status and percent from the engagement, per phase
 * and overall progress weighted by duration, slip against the chosen baseline (or the schedule
 * as computed today when none is chosen), and the
 * forecast end re-scheduled from the actuals (finished work where it finished, work in
 * progress from today with what is left, the rest after its predecessors and not before today).
 */
import type { Engagement, TaskStatus } from '../../schemas/generated/types.ts';
import type { Schedule } from './schedule.ts';
import type { Plan, PlanTask } from './types.ts';
import { own } from '../shared/own.ts';
import { plannedReference, type PlannedReference } from './baselines.ts';

export type Status = TaskStatus['status'];

export interface TaskTracking {
  id: string;
  phase: string;
  status: Status;
  /** 0–100: as reported, 100 when done, 0 when nothing is reported. */
  percent: number;
  planned: { start: string; finish: string };
  forecast: { start: string; finish: string };
  actualStart?: string;
  actualFinish?: string;
  /** Working days the forecast finish lies after the baseline finish (negative: ahead). */
  slip: number;
  /** The chosen baseline does not hold this task (added since): planned is today's schedule. */
  notInBaseline?: true;
}

export interface PhaseTracking {
  id: string;
  /** Duration-weighted percent complete of the phase's work, 0–100. */
  percent: number;
  done: number;
  total: number;
  plannedFinish: string;
  forecastFinish: string;
  slip: number;
}

export interface BurnUpPoint {
  date: string;
  /** Percent of all work (in working days) the baseline has finished by this date. */
  planned: number;
  /** Percent actually finished by this date; only up to the status date. */
  actual?: number;
  /** Percent the forecast has finished by this date; from the status date on. */
  forecast?: number;
}

export interface Tracking {
  asOf: string;
  /** The named baseline slip is measured against; none: the schedule as computed today. */
  baseline?: { name: string; taken: string };
  /** Plan tasks the chosen baseline does not hold, measured against today's schedule. */
  notInBaseline: string[];
  percent: number;
  plannedEnd: string;
  forecastEnd: string;
  slip: number;
  tasks: TaskTracking[];
  phases: PhaseTracking[];
  /** Tasks forecast to finish after their baseline finish, most late first. */
  slipped: TaskTracking[];
  burnUp: BurnUpPoint[];
}

const MAX_BURN_UP_POINTS = 400;

/** Percent complete as reported: 100 when done, 0 when nothing is reported. */
export const reportedPercent = (s: TaskStatus | undefined): number =>
  s?.status === 'done' ? 100 : Math.min(100, Math.max(0, s?.percent ?? 0));

/** Duration-weighted percent; a set of milestones only is done when all are. */
function weighted(items: readonly { duration: number; percent: number }[]): number {
  const total = items.reduce((sum, t) => sum + t.duration, 0);
  if (total === 0) return items.length > 0 && items.every((t) => t.percent >= 100) ? 100 : 0;
  return items.reduce((sum, t) => sum + t.duration * t.percent, 0) / total;
}

/** Duration-weighted percent complete of each phase, as reported (no forecast needed). */
export function phaseProgress(plan: Plan, engagement: Pick<Engagement, 'tasks'>): Map<string, number> {
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  return new Map(
    plan.phases.map((phase) => [
      phase.id,
      weighted(
        phase.tasks.map((id) => ({
          duration: tasks.get(id)?.durationDays ?? 0,
          percent: reportedPercent(own(engagement.tasks, id)),
        })),
      ),
    ]),
  );
}

/** Progress, slip and forecast of the scheduled plan as of `asOf` (YYYY-MM-DD). */
export function trackPlan(plan: Plan, schedule: Schedule, engagement: Engagement, asOf: string): Tracking {
  const calendar = schedule.calendar;
  const today = Math.max(0, calendar.indexOf(asOf));
  const reference = plannedReference(schedule, engagement);
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  // Working-day indices [start, finish) of the forecast, computed predecessors first.
  const forecast = new Map<string, { start: number; finish: number }>();
  const place = (task: PlanTask): { start: number; finish: number } => {
    const known = forecast.get(task.id);
    if (known) return known;
    const tracked = own(engagement.tasks, task.id);
    const duration = task.durationDays;
    let ready = 0;
    for (const d of task.dependsOn) {
      const before = tasks.get(d.task);
      if (before) ready = Math.max(ready, place(before).finish + d.lag);
    }
    const baseline = schedule.byId.get(task.id);
    let placed: { start: number; finish: number };
    if (tracked?.status === 'done') {
      const reportedFinish = tracked.actualFinish ? calendar.indexOf(tracked.actualFinish) + 1 : undefined;
      // Done without a reported start: as planned, but no later than its duration before a reported finish.
      const planned = baseline?.earlyStart ?? ready;
      const start = tracked.actualStart
        ? calendar.indexOf(tracked.actualStart)
        : Math.max(0, Math.min(planned, (reportedFinish ?? Infinity) - duration));
      // Done without a reported finish: as planned, or by today if the plan had it later.
      const assumed = Math.min(baseline?.earlyFinish ?? start + duration, today);
      placed = { start, finish: Math.max(start, reportedFinish ?? assumed) };
    } else if (tracked?.actualStart && tracked.status !== 'not-started') {
      const start = calendar.indexOf(tracked.actualStart);
      const left = Math.ceil(duration * (1 - reportedPercent(tracked) / 100));
      placed = { start, finish: Math.max(start, today) + left };
    } else {
      const start = Math.max(ready, today);
      placed = { start, finish: start + duration };
    }
    forecast.set(task.id, placed);
    return placed;
  };

  const dateRange = (start: number, finish: number, duration: number) => ({
    start: calendar.dateOf(duration === 0 ? Math.max(0, start - 1) : start),
    finish: calendar.dateOf(Math.max(0, finish - 1)),
  });
  const rows: TaskTracking[] = plan.tasks.map((task) => {
    const tracked = own(engagement.tasks, task.id);
    const baseline = reference.placeOf(task.id);
    const f = place(task);
    return {
      id: task.id,
      phase: task.phase,
      status: tracked?.status ?? 'not-started',
      percent: reportedPercent(tracked),
      planned: { start: baseline?.start ?? '', finish: baseline?.finish ?? '' },
      forecast: dateRange(f.start, f.finish, task.durationDays),
      ...(tracked?.actualStart ? { actualStart: tracked.actualStart } : {}),
      ...(tracked?.actualFinish ? { actualFinish: tracked.actualFinish } : {}),
      slip: f.finish - (baseline?.earlyFinish ?? f.finish),
      ...(reference.baseline && !own(reference.baseline.tasks, task.id) ? { notInBaseline: true as const } : {}),
    };
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const work = (ids: readonly string[]) =>
    ids.map((id) => ({ duration: tasks.get(id)?.durationDays ?? 0, percent: byId.get(id)?.percent ?? 0 }));

  const plannedFinish = (id: string) => reference.placeOf(id)?.earlyFinish ?? 0;
  const plannedEndIndex = Math.max(0, ...plan.tasks.map((t) => plannedFinish(t.id)));
  const forecastEndIndex = Math.max(0, ...[...forecast.values()].map((f) => f.finish));
  const phases: PhaseTracking[] = plan.phases.map((phase) => {
    const baselineFinish = Math.max(0, ...phase.tasks.map(plannedFinish));
    const forecastFinish = Math.max(0, ...phase.tasks.map((id) => forecast.get(id)?.finish ?? 0));
    return {
      id: phase.id,
      percent: weighted(work(phase.tasks)),
      done: phase.tasks.filter((id) => byId.get(id)?.status === 'done').length,
      total: phase.tasks.length,
      plannedFinish: calendar.dateOf(Math.max(0, baselineFinish - 1)),
      forecastFinish: calendar.dateOf(Math.max(0, forecastFinish - 1)),
      slip: forecastFinish - baselineFinish,
    };
  });

  const { baseline } = reference;
  return {
    asOf,
    ...(baseline ? { baseline: { name: baseline.name, taken: baseline.taken } } : {}),
    notInBaseline: reference.notInBaseline,
    percent: weighted(work(plan.tasks.map((t) => t.id))),
    plannedEnd: calendar.dateOf(Math.max(0, plannedEndIndex - 1)),
    forecastEnd: calendar.dateOf(Math.max(0, forecastEndIndex - 1)),
    slip: forecastEndIndex - plannedEndIndex,
    tasks: rows,
    phases,
    slipped: rows.filter((r) => r.slip > 0).sort((a, b) => b.slip - a.slip || a.id.localeCompare(b.id)),
    burnUp: burnUp(plan, schedule, reference, forecast, engagement, today, Math.max(plannedEndIndex, forecastEndIndex)),
  };
}

/**
 * Weekly points (every fifth working day) from the start to the later of the two ends; beyond
 * 400 weeks, every few weeks, so a forecast that runs for years still draws some 400 points.
 */
function burnUp(
  plan: Plan,
  schedule: Schedule,
  reference: PlannedReference,
  forecast: ReadonlyMap<string, { start: number; finish: number }>,
  engagement: Engagement,
  today: number,
  end: number,
): BurnUpPoint[] {
  const calendar = schedule.calendar;
  const total = plan.tasks.reduce((sum, t) => sum + t.durationDays, 0);
  if (total === 0) return [];
  const share = (finishedBy: (t: PlanTask) => number | undefined, day: number) =>
    (100 * plan.tasks.reduce((sum, t) => ((finishedBy(t) ?? Infinity) <= day ? sum + t.durationDays : sum), 0)) / total;
  const actualFinish = (t: PlanTask) => {
    const finish = own(engagement.tasks, t.id)?.actualFinish;
    return own(engagement.tasks, t.id)?.status === 'done' && finish ? calendar.indexOf(finish) + 1 : undefined;
  };
  const days = new Set<number>();
  const step = 5 * Math.max(1, Math.ceil(end / (5 * MAX_BURN_UP_POINTS)));
  for (let day = 0; day < end; day += step) days.add(day);
  days.add(end);
  days.add(Math.min(today, end));
  return [...days]
    .sort((a, b) => a - b)
    .map((day) => ({
      date: calendar.dateOf(Math.max(0, day - 1)),
      planned: share((t) => reference.placeOf(t.id)?.earlyFinish, day),
      ...(day <= today ? { actual: share(actualFinish, day) } : {}),
      ...(day >= today ? { forecast: share((t) => forecast.get(t.id)?.finish, day) } : {}),
    }));
}

export type TaskState = 'done' | 'active' | 'blocked' | 'not-started';

/** The bar state of each task the engagement reports: done, active (in progress), blocked or not started. */
export function ganttStates(engagement: Pick<Engagement, 'tasks'>): Map<string, TaskState> {
  const states = new Map<string, TaskState>();
  for (const [id, s] of Object.entries(engagement.tasks ?? {})) {
    states.set(id, s.status === 'done' ? 'done' : s.status === 'in-progress' ? 'active' : s.status);
  }
  return states;
}
