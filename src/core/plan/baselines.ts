/**
 * Named baselines: the schedule frozen under a name ("Gate 1 approved") so that slip is
 * measured against what the steering committee agreed, not against a schedule recomputed
 * today. A baseline keeps dates, not working-day indices, so it stays true when the
 * calendar or the plan changes; tracking converts it on the current calendar.
 */
import type { Baseline, Engagement } from '../../schemas/generated/types.ts';
import type { WorkCalendar } from './calendar.ts';
import type { Schedule } from './schedule.ts';
import { own } from '../shared/own.ts';

/** Where a task was planned: working-day indices [earlyStart, earlyFinish) and the dates people read. */
export interface PlannedPlace {
  earlyStart: number;
  earlyFinish: number;
  start: string;
  finish: string;
}

/** The schedule as it stands, frozen under `name` on `taken`. */
export function freezeBaseline(schedule: Pick<Schedule, 'tasks'>, name: string, taken: string): Baseline {
  return {
    name,
    taken,
    tasks: Object.fromEntries(schedule.tasks.map((t) => [t.id, { start: t.start, finish: t.finish }])),
  };
}

/** The baseline the engagement measures against (`plan.baseline`), when it names one it has. */
export function chosenBaseline(engagement: Pick<Engagement, 'plan' | 'baselines'>): Baseline | undefined {
  const name = engagement.plan?.baseline;
  return name === undefined ? undefined : engagement.baselines?.find((b) => b.name === name);
}

/**
 * A baseline task's place on the current calendar. The finish is the working day after its
 * last day; a milestone (no duration now) stands at the end of its day, as the scheduler places
 * milestones, except on the plan's first day, where the scheduler puts milestones that wait for
 * nothing (its dates cannot tell that from one after a one-day task, and kick-offs are common).
 */
function placeOf(task: { start: string; finish: string }, milestone: boolean, calendar: WorkCalendar): PlannedPlace {
  const last = calendar.lastIndexBy(task.finish);
  const earlyFinish = milestone && last <= 0 ? 0 : last + 1;
  const earlyStart = milestone ? earlyFinish : Math.min(calendar.indexOf(task.start), earlyFinish);
  return { earlyStart, earlyFinish, start: task.start, finish: task.finish };
}

/** Where a baseline had each task of today's schedule that it holds, on today's calendar. */
export function baselinePlaces(
  baseline: Baseline,
  schedule: Pick<Schedule, 'tasks' | 'calendar'>,
): Map<string, PlannedPlace> {
  const places = new Map<string, PlannedPlace>();
  for (const task of schedule.tasks) {
    const frozen = own(baseline.tasks, task.id);
    if (frozen) places.set(task.id, placeOf(frozen, task.duration === 0, schedule.calendar));
  }
  return places;
}

export interface PlannedReference {
  /** The chosen baseline; none: the schedule as computed today. */
  baseline?: Baseline;
  /** Where each task was planned: in the baseline, else in today's schedule. */
  placeOf(id: string): PlannedPlace | undefined;
  /** Plan tasks the baseline does not hold (added since it was taken): measured against today's schedule. */
  notInBaseline: string[];
}

/** What tracking measures against: the chosen baseline where it holds a task, the current schedule elsewhere. */
export function plannedReference(
  schedule: Pick<Schedule, 'tasks' | 'byId' | 'calendar'>,
  engagement: Pick<Engagement, 'plan' | 'baselines'>,
): PlannedReference {
  const baseline = chosenBaseline(engagement);
  if (!baseline) return { placeOf: (id) => schedule.byId.get(id), notInBaseline: [] };
  const places = baselinePlaces(baseline, schedule);
  const notInBaseline = schedule.tasks.filter((t) => !places.has(t.id)).map((t) => t.id);
  return {
    baseline,
    placeOf: (id) => places.get(id) ?? schedule.byId.get(id),
    notInBaseline,
  };
}
