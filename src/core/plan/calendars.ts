/**
 * The working calendars an engagement can choose (`plan.calendar`), and the days a plan is
 * scheduled on: the chosen calendar's holidays and working days with the engagement's own on
 * top. `weekdays` (the default) is Monday to Friday; `cn-mainland` adds mainland China's
 * public holidays and make-up working days for the years its data covers.
 */
import type { PlanChoice } from '../../schemas/generated/types.ts';
import { CN_MAINLAND_DATA } from './calendar-data/cn-mainland.ts';

export type CalendarId = NonNullable<PlanChoice['calendar']>;
export const CALENDAR_IDS: readonly CalendarId[] = ['weekdays', 'cn-mainland'];
export const DEFAULT_CALENDAR: CalendarId = 'weekdays';

/** A calendar's published days, for the years it covers (none for weekdays). */
export interface CalendarDays {
  id: CalendarId;
  holidays: readonly string[];
  workdays: readonly string[];
  /** The years the data covers, inclusive, and where it comes from; absent for weekdays, which need no data. */
  covered?: { first: number; last: number; source: string; url: string };
}

let cnMainland: CalendarDays | undefined;

/** The MM-DD lists of each year as full dates, decoded once. */
function decodeCnMainland(): CalendarDays {
  const holidays: string[] = [];
  const workdays: string[] = [];
  for (const [year, days] of Object.entries(CN_MAINLAND_DATA.years)) {
    const dates = (list: string) => (list === '' ? [] : list.split(' ').map((md) => `${year}-${md}`));
    holidays.push(...dates(days.holidays));
    workdays.push(...dates(days.workdays));
  }
  const { firstYear: first, lastYear: last, source, url } = CN_MAINLAND_DATA;
  return { id: 'cn-mainland', holidays, workdays, covered: { first, last, source, url } };
}

export function calendarDays(id: CalendarId = DEFAULT_CALENDAR): CalendarDays {
  if (id === 'weekdays') return { id, holidays: [], workdays: [] };
  cnMainland ??= decodeCnMainland();
  return cnMainland;
}

/** The days a plan is scheduled on: what the engagement lists wins over what its calendar says. */
export interface PlanDays {
  holidays: string[];
  workdays: string[];
}

export function planDays(plan: PlanChoice | undefined): PlanDays {
  const own = { holidays: plan?.holidays ?? [], workdays: plan?.workdays ?? [] };
  const chosen = calendarDays(plan?.calendar);
  if (chosen.holidays.length === 0 && chosen.workdays.length === 0) return own;
  const ownHolidays = new Set(own.holidays);
  const ownWorkdays = new Set(own.workdays);
  return {
    holidays: [...own.holidays, ...chosen.holidays.filter((d) => !ownWorkdays.has(d))],
    workdays: [...own.workdays, ...chosen.workdays.filter((d) => !ownHolidays.has(d))],
  };
}

/** The years from one date to another the chosen calendar's data does not cover, as at most two spans. */
export interface CalendarCoverage {
  calendar: CalendarId;
  /** The years covered, inclusive. */
  first: number;
  last: number;
  /** The years without data, inclusive spans: before the first covered year, after the last. */
  missing: { from: number; to: number }[];
}

/** A span of years as people write it in either language: 2027, or 2027–2030. */
export const yearSpan = (s: { from: number; to: number }): string =>
  s.from === s.to ? `${s.from}` : `${s.from}–${s.to}`;

/** Undefined when the calendar needs no data (weekdays) or covers every year from `start` to `end`. */
export function calendarCoverage(id: CalendarId | undefined, start: string, end: string): CalendarCoverage | undefined {
  const chosen = calendarDays(id);
  if (!chosen.covered) return undefined;
  const { first, last } = chosen.covered;
  const from = Number(start.slice(0, 4));
  const to = Number(end.slice(0, 4));
  const missing = [
    { from, to: Math.min(to, first - 1) },
    { from: Math.max(from, last + 1), to },
  ].filter((span) => span.from <= span.to);
  return missing.length === 0 ? undefined : { calendar: chosen.id, first, last, missing };
}

/** The calendar a plan was scheduled on, as every shell shows it beside the plan's dates. */
export interface PlanCalendar {
  id: CalendarId;
  /** The years from the plan's start to its end without data; undefined when none. */
  coverage: CalendarCoverage | undefined;
}

export function planCalendar(plan: PlanChoice | undefined, start: string, end: string): PlanCalendar {
  const chosen = calendarDays(plan?.calendar);
  return { id: chosen.id, coverage: calendarCoverage(chosen.id, start, end) };
}
