/**
 * Setting up the plan in the workshop: the template it is built from, the day it starts, the
 * working calendar it is scheduled on and the client's holidays. Pure functions from one engagement to the next; a value
 * the engagement schema (a real date from 1900-01-01 to 9999-12-31) or the plan's calendar
 * (the plan must end by 9999-12-31) would refuse is refused with a reason, and the
 * engagement keeps its last good value.
 */
import type { Engagement, Framework, PlanChoice, Template } from '../../schemas/generated/types.ts';
import { isRealDate, isSupportedDate, LAST_DATE } from '../shared/dates.ts';
import { WorkCalendar } from '../plan/calendar.ts';
import { CALENDAR_IDS, DEFAULT_CALENDAR, planDays } from '../plan/calendars.ts';
import { planEngagement } from '../plan/engagement-plan.ts';
import { without } from './edit.ts';

/** Why a value was refused, in terms the island words for the consultant. */
export type PlanRefusal =
  | { kind: 'not-a-template' }
  | { kind: 'not-a-calendar' }
  | { kind: 'not-a-date' }
  | { kind: 'out-of-range' }
  /** The plan, `days` working days long, would end after 9999-12-31: `latest` is the last start that fits. */
  | { kind: 'past-last-date'; days: number; latest: string }
  | { kind: 'already-a-holiday' };

export type PlanEdit = { ok: true; engagement: Engagement } | { ok: false; refusal: PlanRefusal };

function withPlan(engagement: Engagement, plan: PlanChoice, today: string): Engagement {
  return { ...engagement, plan, updated: today };
}

/** Uses the template with this id for the plan; an id no loaded template has is refused. */
export function setPlanTemplate(
  engagement: Engagement,
  id: string,
  templates: readonly Pick<Template, 'id'>[],
  today: string,
): PlanEdit {
  if (!templates.some((t) => t.id === id)) return { ok: false, refusal: { kind: 'not-a-template' } };
  if (engagement.plan?.template === id) return { ok: true, engagement };
  return { ok: true, engagement: withPlan(engagement, { ...engagement.plan, template: id }, today) };
}

/** A date as the schema takes it: written YYYY-MM-DD, real, from 1900-01-01 to 9999-12-31. */
function date(text: string): string | PlanRefusal {
  const day = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { kind: 'not-a-date' };
  // A real day outside the range, or no such day (31 February).
  if (!isSupportedDate(day)) return { kind: isRealDate(day) ? 'out-of-range' : 'not-a-date' };
  return day;
}

/**
 * Whether a plan of `days` working days fits between `start` and 9999-12-31 on this
 * calendar (the rule of plan-date-checks.ts); the refusal with the last start that does when not.
 */
function fits(start: string, plan: PlanChoice, days: number): PlanRefusal | undefined {
  if (days <= 0) return undefined;
  const { holidays, workdays } = planDays(plan);
  const calendar = new WorkCalendar(start, holidays, workdays);
  const last = calendar.lastIndexBy(LAST_DATE);
  if (days - 1 <= last) return undefined;
  return { kind: 'past-last-date', days, latest: calendar.dateAt(last - days + 1) };
}

/**
 * Sets the plan's start from what the consultant typed or picked. `planDays` is the plan's
 * length in working days (see `planLength`), so a start too late for the plan to end by
 * 9999-12-31 is refused; 0 when no plan can be made yet.
 */
export function setStartDate(engagement: Engagement, text: string, today: string, planDays = 0): PlanEdit {
  const day = date(text);
  if (typeof day !== 'string') return { ok: false, refusal: day };
  const late = fits(day, engagement.plan ?? {}, planDays);
  if (late) return { ok: false, refusal: late };
  if (engagement.plan?.startDate === day) return { ok: true, engagement };
  return { ok: true, engagement: withPlan(engagement, { ...engagement.plan, startDate: day }, today) };
}

/** Adds a holiday to the working calendar, kept in date order; a day already listed is refused. */
export function addHoliday(engagement: Engagement, text: string, today: string, planDays = 0): PlanEdit {
  const day = date(text);
  if (typeof day !== 'string') return { ok: false, refusal: day };
  const holidays = engagement.plan?.holidays ?? [];
  if (holidays.includes(day)) return { ok: false, refusal: { kind: 'already-a-holiday' } };
  const next = [...holidays, day].sort();
  const start = engagement.plan?.startDate;
  const late =
    start && isSupportedDate(start) ? fits(start, { ...engagement.plan, holidays: next }, planDays) : undefined;
  if (late) return { ok: false, refusal: late };
  return { ok: true, engagement: withPlan(engagement, { ...engagement.plan, holidays: next }, today) };
}

/**
 * Schedules the plan on another working calendar (see core/plan/calendars.ts); weekdays, the
 * default, leaves no `calendar` behind. A start the plan no longer fits before 9999-12-31 on
 * it is refused like a late start.
 */
export function setCalendar(engagement: Engagement, id: string, today: string, planDays = 0): PlanEdit {
  const calendar = CALENDAR_IDS.find((c) => c === id);
  if (calendar === undefined) return { ok: false, refusal: { kind: 'not-a-calendar' } };
  if ((engagement.plan?.calendar ?? DEFAULT_CALENDAR) === calendar) return { ok: true, engagement };
  const plan: PlanChoice =
    calendar === DEFAULT_CALENDAR ? without(engagement.plan ?? {}, 'calendar') : { ...engagement.plan, calendar };
  const start = plan.startDate;
  const late = start && isSupportedDate(start) ? fits(start, plan, planDays) : undefined;
  if (late) return { ok: false, refusal: late };
  return { ok: true, engagement: withPlan(engagement, plan, today) };
}

/** Takes a holiday off the calendar; the last one removed leaves no empty list behind. */
export function removeHoliday(engagement: Engagement, day: string, today: string): Engagement {
  const holidays = engagement.plan?.holidays ?? [];
  if (!engagement.plan || !holidays.includes(day)) return engagement;
  const rest = holidays.filter((h) => h !== day);
  const plan = rest.length > 0 ? { ...engagement.plan, holidays: rest } : without(engagement.plan, 'holidays');
  return withPlan(engagement, plan, today);
}

/**
 * The plan's length in working days as the engagement's template would make it, whatever
 * the start (0 when no template can be chosen or the plan cannot be scheduled): what a
 * start date must leave room for before 9999-12-31.
 */
export function planLength(
  engagement: Engagement,
  frameworks: ReadonlyMap<string, Framework>,
  templates: ReadonlyMap<string, Template>,
): number {
  // Any Monday serves: the length in working days does not depend on where the plan starts.
  const probe = { ...engagement, plan: { ...engagement.plan, startDate: '2001-01-01', holidays: [] } };
  const result = planEngagement(probe, frameworks, templates);
  return result.ok ? result.schedule.length : 0;
}
