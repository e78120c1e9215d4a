/**
 * The calendars an engagement can choose: mainland China's holidays and make-up working days
 * from the chinese-days data, combined with the engagement's own, with the years it covers.
 * The expected dates are worked by hand from src/core/plan/calendar-data/cn-mainland.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../src/core/plan/calendar.ts';
import { calendarCoverage, calendarDays, planDays } from '../../src/core/plan/calendars.ts';
import { schedule } from '../../src/core/plan/schedule.ts';
import type { PlanChoice } from '../../src/schemas/generated/types.ts';
import { run } from '../../src/cli/main.ts';

/** When one task of `days` working days, starting on `start`, finishes on this plan's calendar. */
function finish(plan: PlanChoice, start: string, days: number): string {
  const { holidays, workdays } = planDays(plan);
  const placed = schedule([{ id: 't', duration: days, dependsOn: [] }], start, holidays, workdays);
  if (!placed.ok) throw new Error('not scheduled');
  return placed.end;
}
const cn: PlanChoice = { calendar: 'cn-mainland' };

describe('mainland China calendar, worked by hand', () => {
  // 2026 National Day: holidays Thu 1 and Fri 2 October, Mon 5 to Wed 7 October (Sat 3 and
  // Sun 4 are a weekend anyway); make-up working days Sun 20 September and Sat 10 October.
  it('a 5-working-day task from Mon 2026-09-28 finishes Fri 2026-10-09, across National Day', () => {
    // Mon 28, Tue 29, Wed 30 September; 1–7 October off; Thu 8, Fri 9 October.
    expect(finish(cn, '2026-09-28', 5)).toBe('2026-10-09');
    // On weekdays only: Mon 28 … Fri 2 October.
    expect(finish({}, '2026-09-28', 5)).toBe('2026-10-02');
  });
  it('a sixth day falls on the make-up Saturday 2026-10-10, a seventh on Monday 12', () => {
    expect(finish(cn, '2026-09-28', 6)).toBe('2026-10-10');
    expect(finish(cn, '2026-09-28', 7)).toBe('2026-10-12');
  });
  it('works the make-up Sunday 2026-09-20', () => {
    // Fri 18, Sun 20 (make-up), Mon 21 September.
    expect(finish(cn, '2026-09-18', 3)).toBe('2026-09-21');
  });

  // 2026 Spring Festival: Mon 16 to Fri 20 and Mon 23 February off (Sun 15 to Mon 23 the
  // holiday); make-up working days Sat 14 and Sat 28 February.
  it('across the 2026 Spring Festival', () => {
    // Mon 9 … Fri 13, then Sat 14 (make-up): the sixth day.
    expect(finish(cn, '2026-02-09', 5)).toBe('2026-02-13');
    expect(finish(cn, '2026-02-09', 6)).toBe('2026-02-14');
    // The seventh: Tue 24, the first working day after the holiday.
    expect(finish(cn, '2026-02-09', 7)).toBe('2026-02-24');
    // Starting on the holiday: Tue 24 … Fri 27, then Sat 28 (make-up).
    expect(finish(cn, '2026-02-16', 5)).toBe('2026-02-28');
  });

  it("the engagement's own days win over the calendar's", () => {
    // 2 October worked: Mon 28, Tue 29, Wed 30 September, Fri 2, Thu 8 October.
    expect(finish({ ...cn, workdays: ['2026-10-02'] }, '2026-09-28', 5)).toBe('2026-10-08');
    // The make-up Saturday 10 October taken off: the sixth day is Monday 12.
    expect(finish({ ...cn, holidays: ['2026-10-10'] }, '2026-09-28', 6)).toBe('2026-10-12');
    // And on weekdays only, the engagement's own make-up Saturday.
    expect(finish({ workdays: ['2026-10-03'] }, '2026-09-28', 6)).toBe('2026-10-03');
  });
});

describe('the data', () => {
  it('covers 2004 to 2026, from chinese-days 1.5.7', () => {
    expect(calendarDays('cn-mainland').covered).toEqual({
      first: 2004,
      last: 2026,
      source: 'chinese-days 1.5.7',
      url: 'https://github.com/vsme/chinese-days',
    });
    expect(calendarDays('weekdays')).toEqual({ id: 'weekdays', holidays: [], workdays: [] });
  });

  it('works every day of 2004–2026 exactly when chinese-days says it is a working day', () => {
    const { holidays, workdays } = calendarDays('cn-mainland');
    const calendar = new WorkCalendar('2004-01-01', holidays, workdays);
    const differ: string[] = [];
    for (let t = Date.UTC(2004, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const worked = calendar.lastIndexBy(date) === calendar.indexOf(date);
      if (worked !== isWorkday(date)) differ.push(date);
    }
    expect(differ).toEqual([]);
  });
});

describe('years covered', () => {
  it('says nothing while the plan stays within the data, or on weekdays', () => {
    expect(calendarCoverage('cn-mainland', '2004-01-01', '2026-12-31')).toBeUndefined();
    expect(calendarCoverage('weekdays', '1990-01-01', '2040-01-01')).toBeUndefined();
    expect(calendarCoverage(undefined, '1990-01-01', '2040-01-01')).toBeUndefined();
  });
  it('names the years covered and the years missing, before and after', () => {
    expect(calendarCoverage('cn-mainland', '2026-11-02', '2028-03-01')).toEqual({
      calendar: 'cn-mainland',
      first: 2004,
      last: 2026,
      missing: [{ from: 2027, to: 2028 }],
    });
    expect(calendarCoverage('cn-mainland', '2001-06-01', '9999-12-31')?.missing).toEqual([
      { from: 2001, to: 2003 },
      { from: 2027, to: 9999 },
    ]);
  });
});

describe('a plan past the years covered, in the checks and the CLI', () => {
  // The pump maker's plan (112 working days) from 1 September 2026 on the mainland China
  // calendar ends on 10 February 2027: 2027 is not in the data.
  const dir = mkdtempSync(join(tmpdir(), 'crmkit-calendar-'));
  const file = join(dir, 'pumps-cn.yaml');
  writeFileSync(
    file,
    readFileSync('assessments/industrial-equipment-growth.yaml', 'utf8')
      .replace('id: industrial-equipment-growth', 'id: pumps-cn')
      .replace('  startDate: 2026-02-02', '  startDate: 2026-09-01\n  calendar: cn-mainland'),
  );

  it('crmkit plan --check names the years covered and the years missing, in English and Chinese', () => {
    const en = run(['plan', file, '--check', '--lang', 'en']);
    expect(en.exitCode).toBe(0); // a warning, not a fault
    expect(en.stdout).toContain(
      'warning: The plan runs into 2027, which the Mainland China calendar does not cover (its data covers 2004–2026)',
    );
    const zh = run(['plan', file, '--check', '--lang', 'zh']);
    expect(zh.stdout).toContain('警告：计划延续到 2027 年，而“中国大陆”日历的数据只覆盖 2004–2026 年');
    const json = JSON.parse(run(['plan', file, '--check', '--json']).stdout) as { calendarYearsMissing: unknown };
    expect(json.calendarYearsMissing).toEqual({
      calendar: 'cn-mainland',
      first: 2004,
      last: 2026,
      missing: [{ from: 2027, to: 2027 }],
    });
  });

  it('crmkit validate warns at plan.calendar, and the file stays valid', () => {
    const result = run(['validate', file]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout + result.stderr).toContain(
      '/plan/calendar  warning: the plan runs from 2026-09-01 to 2027-02-10, into 2027, which calendar "cn-mainland" does not cover (its data covers 2004–2026)',
    );
  });

  it('says nothing when the plan ends within 2026', () => {
    writeFileSync(
      join(dir, 'early.yaml'),
      readFileSync(file, 'utf8')
        .replace('startDate: 2026-09-01', 'startDate: 2026-02-02')
        .replace('id: pumps-cn', 'id: pumps-cn-early'),
    );
    const result = run(['validate', join(dir, 'early.yaml')]);
    expect(result.stdout + result.stderr).not.toContain('/plan/calendar');
    expect(run(['plan', join(dir, 'early.yaml'), '--check']).stdout).not.toContain('warning');
  });
});
