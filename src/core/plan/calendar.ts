/**
 * A working-day calendar: day 0 is the first working day on or after the start date,
 * weekends and the listed holidays are skipped, and the listed extra working days (a
 * Saturday or Sunday worked in exchange for a holiday, as China's make-up days) are worked.
 * Plans count in working days; people read dates, so this is the one place that converts
 * between them.
 */
import { isRealDate } from '../shared/dates.ts';

const DAY_MS = 86_400_000;
/** 1970-01-05, the first Monday of the Unix epoch, in days since 1970-01-01. */
const MONDAY = 4;

/** Dates are plain YYYY-MM-DD strings, counted as days since 1970-01-01 (UTC), so no time zone can shift a day. */
function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}
function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
const floorDiv = (a: number, b: number) => Math.floor(a / b);
/** Monday to Friday before `day`, counted from the epoch's first Monday (negative before it). */
function weekdaysBefore(day: number): number {
  const t = day - MONDAY;
  const weeks = floorDiv(t, 7);
  return weeks * 5 + Math.min(t - weeks * 7, 5);
}
/** The day of weekday number `n` (the inverse of weekdaysBefore on weekdays). */
function weekdayAt(n: number): number {
  const weeks = floorDiv(n, 5);
  return MONDAY + weeks * 7 + (n - weeks * 5);
}
const isWeekendDay = (day: number) => {
  const d = (((day - MONDAY) % 7) + 7) % 7;
  return d >= 5;
};

/** How many of the sorted numbers are below `n` (a binary search). */
function countBelow(sorted: readonly number[], n: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? Infinity) < n) low = mid + 1;
    else high = mid;
  }
  return low;
}
const ascending = (days: Iterable<number>) => [...new Set(days)].sort((a, b) => a - b);

/**
 * Computed, not walked. The days that can be worked (the candidates: every weekday, and the
 * extra working days on weekends) are numbered in order: a weekday by arithmetic, plus the
 * extra working days before it (a binary search). A date's working-day index is its
 * candidate count from the start minus the holidays among them (another binary search), so
 * any date of the supported range is placed at once, however far from the start. Without
 * extra working days a candidate number is the weekday number.
 */
export class WorkCalendar {
  /** Day numbers of the extra working days that fall on a weekend, sorted, holidays left out. */
  private readonly extra: number[];
  /** The candidate number of each extra working day, in the same order. */
  private readonly extraAt: number[];
  /** Candidate numbers of the holidays that fall on a weekday, sorted, without repeats. */
  private readonly holidays: number[];
  private readonly holidaySet: ReadonlySet<number>;
  /** Candidate number of day 0 (the first working day on or after the start). */
  private readonly first: number;

  /**
   * `start`, `holidays` and `workdays` must be real dates (see calendarProblems). A date
   * listed as both a holiday and a working day is a holiday; a working day on a weekday
   * changes nothing.
   */
  constructor(start: string, holidays: readonly string[] = [], workdays: readonly string[] = []) {
    const off = new Set(holidays.map(dayNumber));
    this.extra = ascending(workdays.map(dayNumber)).filter((d) => isWeekendDay(d) && !off.has(d));
    this.extraAt = this.extra.map((d, i) => weekdaysBefore(d) + i);
    this.holidays = ascending([...off].filter((d) => !isWeekendDay(d)).map((d) => this.candidatesBefore(d)));
    this.holidaySet = new Set(this.holidays);
    let first = this.candidatesBefore(dayNumber(start)); // the start, or the next day that can be worked
    while (this.holidaySet.has(first)) first++;
    this.first = first;
  }

  /** Candidates before `day`: its candidate number when it is one, else the next candidate's. */
  private candidatesBefore(day: number): number {
    return weekdaysBefore(day) + countBelow(this.extra, day);
  }

  /** The day of candidate number `n` (the inverse of candidatesBefore on candidates). */
  private candidateAt(n: number): number {
    const k = countBelow(this.extraAt, n);
    // An extra working day of that number, or the weekday after the k extra days before it.
    return this.extraAt[k] === n ? (this.extra[k] ?? 0) : weekdayAt(n - k);
  }

  /** Working days in candidate numbers [first, n): candidates minus the holidays among them. */
  private workingBefore(n: number): number {
    return n - this.first - (countBelow(this.holidays, n) - countBelow(this.holidays, this.first));
  }

  /** The date of working day `index` (0-based); a negative index is day 0. */
  dateOf(index: number): string {
    return this.dateAt(Math.max(0, index));
  }

  /** The date of working day `index`, counting back before the start when it is negative. */
  dateAt(index: number): string {
    const i = Math.floor(index);
    // The smallest candidate n with i working days from day 0 up to it that is no holiday. Each
    // step moves by exactly the working days still missing (or too many), so it never overshoots.
    let n = this.first + i;
    for (let off = i - this.workingBefore(n); off !== 0; off = i - this.workingBefore(n)) n += off;
    while (this.holidaySet.has(n)) n++;
    return isoOf(this.candidateAt(n));
  }

  /**
   * The working-day index of a date: the day itself when it is a working day, else the
   * next working day (work reported on a Saturday counts from Monday). Dates before
   * the start give negative indices counted in working days.
   */
  indexOf(date: string): number {
    // Working days before the date: the index of the first working day on or after it.
    return this.workingBefore(this.candidatesBefore(dayNumber(date)));
  }

  /** The index of the last working day on or before a date. */
  lastIndexBy(date: string): number {
    return this.workingBefore(this.candidatesBefore(dayNumber(date) + 1)) - 1;
  }
}

/** Names the dates of a calendar that are not real, so the scheduler can refuse them clearly. */
export function calendarProblems(
  start: string,
  holidays: readonly string[] = [],
  workdays: readonly string[] = [],
): string[] {
  return [start, ...holidays, ...workdays].filter((d) => !isRealDate(d));
}
