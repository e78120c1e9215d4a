/**
 * Dates the plan's calendar must be able to place. Every date of an engagement lies from
 * 1900-01-01 to 9999-12-31 (checkDate); on top of that, what the plan computes from a date
 * must stay within that range too, or the schedule and forecast would write `+010000-…`:
 * - the plan, scheduled from `plan.startDate`, must end by 9999-12-31: its start lies at
 *   least the plan's length in working days before it;
 * - the forecast continues the work from the latest actual date (and from the status date,
 *   `updated`), and never runs longer after it than the whole plan does (see trackPlan), so
 *   each of those dates lies at least the plan's length before 9999-12-31 as well.
 */
import type { Engagement } from '../../schemas/generated/types.ts';
import { schedulePlan } from '../plan/engagement-plan.ts';
import { calendarCoverage, calendarDays, planDays, yearSpan } from '../plan/calendars.ts';
import type { Plan } from '../plan/types.ts';
import { own } from '../shared/own.ts';
import { type Collector } from '../load/check-tools.ts';
import { isRealDate, LAST_DATE } from '../shared/dates.ts';

export function checkPlanDates(out: Collector, engagement: Engagement, plan: Plan): void {
  const start = engagement.plan?.startDate;
  if (!start || !isRealDate(start)) return;
  const dated: { pointer: string; date: string | undefined }[] = [
    { pointer: '/updated', date: engagement.updated },
    ...plan.tasks.flatMap((task) => {
      const status = own(engagement.tasks, task.id);
      return [
        { pointer: `/tasks/${task.id}/actualStart`, date: status?.actualStart },
        { pointer: `/tasks/${task.id}/actualFinish`, date: status?.actualFinish },
      ];
    }),
  ];
  if (farFromTheEnd(plan, planDays(engagement.plan).holidays.length, [start, ...dated.map((d) => d.date)])) return;
  const placed = schedulePlan(plan, engagement.plan, start);
  if (!placed.ok) return; // a cycle or bad holiday, reported by the checks that find it
  const { calendar, length } = placed;
  const last = calendar.lastIndexBy(LAST_DATE);
  const days = Math.max(1, length);
  if (days - 1 > last) {
    out.add({
      pointer: '/plan/startDate',
      code: 'plan-past-last-date',
      params: { days, max: LAST_DATE, latest: calendar.dateAt(last - days + 1) },
    });
    return; // every later date would say the same
  }
  const latest = last - days;
  for (const { pointer, date } of dated) {
    if (date === undefined || !isRealDate(date) || date > LAST_DATE) continue; // reported by checkDate
    if (calendar.indexOf(date) > latest) {
      out.add({
        pointer,
        code: 'date-past-forecast',
        params: { days, max: LAST_DATE, latest: calendar.dateAt(latest) },
      });
    }
  }
}

/**
 * A warning when the plan, scheduled from its start to its end, runs into years the chosen
 * calendar's data does not cover: those years have only the weekdays and the engagement's own
 * days, which is probably not what the client works.
 */
export function checkCalendarYears(out: Collector, engagement: Engagement, plan: Plan): void {
  const start = engagement.plan?.startDate;
  if (!start || !isRealDate(start) || !calendarDays(engagement.plan?.calendar).covered) return;
  const placed = schedulePlan(plan, engagement.plan, start);
  if (!placed.ok) return; // reported by the checks that find it
  const coverage = calendarCoverage(engagement.plan?.calendar, placed.start, placed.end);
  if (!coverage) return;
  out.add({
    pointer: '/plan/calendar',
    code: 'calendar-years-missing',
    severity: 'warning',
    params: {
      calendar: coverage.calendar,
      start: placed.start,
      end: placed.end,
      first: coverage.first,
      last: coverage.last,
      missing: coverage.missing.map(yearSpan).join(', '),
    },
  });
}

/**
 * True when no date is anywhere near the end of the range, which saves scheduling the plan
 * for the usual file: the plan (and the forecast after a date, one day more) cannot run
 * longer than all its durations and lags end to end; with the holidays (the calendar's too) that makes that many
 * weekdays at most, five to a week, plus a week for a weekend start.
 */
function farFromTheEnd(plan: Plan, holidays: number, dates: readonly (string | undefined)[]): boolean {
  const longest = plan.tasks.reduce(
    (sum, t) => sum + t.durationDays + t.dependsOn.reduce((lags, d) => lags + Math.max(0, d.lag), 0),
    0,
  );
  const days = Math.ceil((longest + 1 + holidays) / 5) * 7 + 7;
  const latest = dates.reduce<string>((a, d) => (d !== undefined && d > a ? d : a), '');
  const margin = Date.parse(`${LAST_DATE}T00:00:00Z`) - Date.parse(`${latest}T00:00:00Z`);
  return Number.isFinite(margin) && margin > days * 86_400_000;
}
