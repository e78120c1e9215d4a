/**
 * The working calendar with extra working days (weekends worked in exchange for holidays),
 * against a plain day-by-day reference: every date of a window around the start is classified
 * one by one, and the computed calendar must place each exactly where counting them does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../src/core/plan/calendar.ts';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The reference: the working days of [from, from + days), walked, as the calendar is specified. */
function walk(from: string, days: number, holidays: readonly string[], workdays: readonly string[]): string[] {
  const off = new Set(holidays);
  const on = new Set(workdays);
  const out: string[] = [];
  for (let k = 0; k < days; k++) {
    const date = iso(ms(from) + k * DAY);
    const weekday = new Date(ms(date)).getUTCDay() % 6 !== 0;
    if (!off.has(date) && (weekday || on.has(date))) out.push(date);
  }
  return out;
}

describe('WorkCalendar with extra working days', () => {
  // June 2026: Sat 6 and Sun 7 worked, Mon 8 a holiday; Sat 13 listed as both (a holiday).
  const calendar = new WorkCalendar(
    '2026-06-06',
    ['2026-06-08', '2026-06-13'],
    ['2026-06-06', '2026-06-07', '2026-06-13', '2026-06-10'],
  );
  it('works the listed weekend days, and a day listed as both stays a holiday', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => calendar.dateOf(i))).toEqual([
      '2026-06-06',
      '2026-06-07',
      '2026-06-09',
      '2026-06-10',
      '2026-06-11',
      '2026-06-12',
      '2026-06-15',
    ]);
    expect(calendar.indexOf('2026-06-08')).toBe(2); // the holiday → Tuesday 9
    expect(calendar.indexOf('2026-06-13')).toBe(6); // Saturday, a holiday → Monday 15
    expect(calendar.lastIndexBy('2026-06-14')).toBe(5); // Sunday → Friday 12
    expect(calendar.dateAt(-1)).toBe('2026-06-05');
  });

  it('is byte-identical to the weekday calendar when no working day falls on a weekend', () => {
    const plain = new WorkCalendar('2026-02-28', ['2026-03-06']);
    const weekdaysOnly = new WorkCalendar('2026-02-28', ['2026-03-06'], ['2026-03-04', '2026-03-06']);
    for (const i of [-400, -1, 0, 1, 4, 5, 1000, 2_080_273]) expect(weekdaysOnly.dateAt(i)).toBe(plain.dateAt(i));
    for (const d of ['1900-01-01', '2026-03-06', '2026-03-08', '9999-12-31'])
      expect([weekdaysOnly.indexOf(d), weekdaysOnly.lastIndexBy(d)]).toEqual([plain.indexOf(d), plain.lastIndexBy(d)]);
  });

  it('places dates thousands of years away at once, with hundreds of extra working days', () => {
    // Every Saturday of 2026 worked (52 of them: the first is 3 January, the last 26 December).
    const saturdays = Array.from({ length: 52 }, (_, k) => iso(ms('2026-01-03') + k * 7 * DAY));
    const cal = new WorkCalendar('2026-03-02', ['2026-03-06'], saturdays);
    // The weekday calendar puts 9999-12-31 at 2,080,273 (see schedule.test.ts); the Saturdays
    // after day 0, 7 March (the 10th of the year) to 26 December (the 52nd), are 43 days more.
    const started = performance.now();
    expect(cal.indexOf('9999-12-31')).toBe(2_080_273 + 43);
    expect(cal.dateOf(2_080_273 + 43)).toBe('9999-12-31');
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('agrees with walking the days, for any start, holidays and working days (property)', () => {
    const base = ms('2024-01-01');
    const date = fc.integer({ min: 0, max: 1_500 }).map((n) => iso(base + n * DAY));
    // Weekend days mostly, as make-up days are, and some weekdays (which change nothing).
    const weekend = fc
      .integer({ min: 0, max: 214 })
      .chain((w) => fc.constantFrom(5, 6).map((d) => iso(base + (w * 7 + d) * DAY)));
    fc.assert(
      fc.property(
        date,
        fc.array(date, { maxLength: 60 }),
        fc.array(fc.oneof(weekend, weekend, date), { maxLength: 40 }),
        fc.array(date, { maxLength: 5 }),
        (start, holidays, workdays, clash) => {
          const off = [...holidays, ...clash];
          const on = [...workdays, ...clash]; // listed as both: a holiday
          const cal = new WorkCalendar(start, off, on);
          const from = iso(ms(start) - 60 * DAY);
          const working = walk(from, 460, off, on);
          const zero = working.findIndex((d) => d >= start);
          const count = (pred: (d: string) => boolean) => working.filter(pred).length;
          // Each working day's date from its index, forwards and before the start.
          working.slice(0, zero + 200).forEach((d, k) => {
            expect(cal.dateAt(k - zero)).toBe(d);
            expect(cal.indexOf(d)).toBe(k - zero);
            expect(cal.lastIndexBy(d)).toBe(k - zero);
            if (k >= zero) expect(cal.dateOf(k - zero)).toBe(d);
          });
          expect(cal.dateOf(-3)).toBe(working[zero]);
          // Every date of the window, working or not: the next working day's index, the last one's.
          for (let k = 1; k < 300; k++) {
            const d = iso(ms(from) + k * DAY);
            expect(cal.indexOf(d)).toBe(count((w) => w < d) - zero);
            expect(cal.lastIndexBy(d)).toBe(count((w) => w <= d) - zero - 1);
            expect(cal.dateAt(cal.lastIndexBy(d)) <= d).toBe(true);
            expect(cal.indexOf(cal.dateAt(cal.indexOf(d)))).toBe(cal.indexOf(d));
          }
        },
      ),
      { numRuns: 150, seed: 19 },
    );
  });
});
