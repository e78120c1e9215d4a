/**
 * A working-day calendar: day 0 is the first working day on or after the start date,
 * weekends and the listed holidays are skipped. Plans count in working days; people
 * read dates, so this is the one place that converts between them.
 */
// Deep imports keep the CLI's start-up fast (the date-fns index is large).
import { addDays } from 'date-fns/addDays';
import { isWeekend } from 'date-fns/isWeekend';
import { isRealDate } from '../check/helpers.ts';

/** Dates are plain YYYY-MM-DD strings, handled at noon UTC so no time zone can shift a day. */
function toDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}
function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export class WorkCalendar {
  private readonly days: string[] = [];
  private readonly holidays: ReadonlySet<string>;
  private cursor: Date;

  /** `start` and `holidays` must be real dates (see calendarProblems). */
  constructor(start: string, holidays: readonly string[] = []) {
    this.holidays = new Set(holidays);
    this.cursor = toDate(start);
  }

  private isWorkingDay(date: Date): boolean {
    return !isWeekend(date) && !this.holidays.has(toIso(date));
  }

  private extendTo(index: number): void {
    // A year of holidays cannot hide every day; this only guards against a pathological list.
    let guard = 0;
    while (this.days.length <= index) {
      if (this.isWorkingDay(this.cursor)) this.days.push(toIso(this.cursor));
      this.cursor = addDays(this.cursor, 1);
      if (++guard > 3_700_000) throw new Error('no working days in the calendar');
    }
  }

  /** The date of working day `index` (0-based). */
  dateOf(index: number): string {
    const i = Math.max(0, Math.floor(index));
    this.extendTo(i);
    return this.days[i] ?? '';
  }

  /**
   * The working-day index of a date: the day itself when it is a working day, else the
   * next working day (work reported on a Saturday counts from Monday). Dates before
   * the start give negative indices counted in working days.
   */
  indexOf(date: string): number {
    const first = this.dateOf(0);
    if (date < first) {
      let index = 0;
      for (let d = addDays(toDate(first), -1); toIso(d) >= date; d = addDays(d, -1)) if (this.isWorkingDay(d)) index--;
      return index;
    }
    let low = 0;
    let high = 1;
    while (this.dateOf(high) < date) high *= 2;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.dateOf(mid) < date) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** Names the dates of a calendar that are not real, so the scheduler can refuse them clearly. */
export function calendarProblems(start: string, holidays: readonly string[] = []): string[] {
  return [start, ...holidays].filter((d) => !isRealDate(d));
}
