/**
 * A working-day calendar: day 0 is the first working day on or after the start date,
 * weekends and the listed holidays are skipped. Plans count in working days; people
 * read dates, so this is the one place that converts between them.
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

/**
 * Computed, not walked: a date's working-day index is its weekday count from the start minus
 * the holidays on weekdays in between (a binary search in the sorted holidays), so any date
 * of the supported range is placed at once, however far from the start.
 */
export class WorkCalendar {
  /** Weekday numbers of the holidays that fall on a weekday, sorted, without repeats. */
  private readonly holidays: number[];
  private readonly holidaySet: ReadonlySet<number>;
  /** Weekday number of day 0 (the first working day on or after the start). */
  private readonly first: number;

  /** `start` and `holidays` must be real dates (see calendarProblems). */
  constructor(start: string, holidays: readonly string[] = []) {
    const days = [...new Set(holidays.map(dayNumber))].filter((d) => !isWeekendDay(d));
    this.holidays = days.map(weekdaysBefore).sort((a, b) => a - b);
    this.holidaySet = new Set(this.holidays);
    let first = weekdaysBefore(dayNumber(start)); // the start, or the Monday after a weekend start
    while (this.holidaySet.has(first)) first++;
    this.first = first;
  }

  /** Holidays (as weekday numbers) before weekday number `n`. */
  private holidaysBefore(n: number): number {
    let low = 0;
    let high = this.holidays.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.holidays[mid] ?? Infinity) < n) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Working days in weekday numbers [first, n): weekdays minus the holidays among them. */
  private workingBefore(n: number): number {
    return n - this.first - (this.holidaysBefore(n) - this.holidaysBefore(this.first));
  }

  /** The date of working day `index` (0-based); a negative index is day 0. */
  dateOf(index: number): string {
    return this.dateAt(Math.max(0, index));
  }

  /** The date of working day `index`, counting back before the start when it is negative. */
  dateAt(index: number): string {
    const i = Math.floor(index);
    // The smallest weekday n with i working days from day 0 up to it that is no holiday. Each
    // step moves by exactly the working days still missing (or too many), so it never overshoots.
    let n = this.first + i;
    for (let off = i - this.workingBefore(n); off !== 0; off = i - this.workingBefore(n)) n += off;
    while (this.holidaySet.has(n)) n++;
    return isoOf(weekdayAt(n));
  }

  /**
   * The working-day index of a date: the day itself when it is a working day, else the
   * next working day (work reported on a Saturday counts from Monday). Dates before
   * the start give negative indices counted in working days.
   */
  indexOf(date: string): number {
    // Working days before the date: the index of the first working day on or after it.
    return this.workingBefore(weekdaysBefore(dayNumber(date)));
  }

  /** The index of the last working day on or before a date. */
  lastIndexBy(date: string): number {
    return this.workingBefore(weekdaysBefore(dayNumber(date) + 1)) - 1;
  }
}

/** Names the dates of a calendar that are not real, so the scheduler can refuse them clearly. */
export function calendarProblems(start: string, holidays: readonly string[] = []): string[] {
  return [start, ...holidays].filter((d) => !isRealDate(d));
}
