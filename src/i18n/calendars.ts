/**
 * The working calendars an engagement can choose (core/plan/calendars.ts), and the warning
 * when a plan runs into years a calendar's data does not cover, in both languages.
 */
import { calendarDays, yearSpan, type CalendarCoverage, type CalendarId } from '../core/plan/calendars.ts';
import type { Language } from '../schemas/generated/types.ts';
import { bilingual } from './lib/bilingual.ts';

export const CALENDAR_WORDS = bilingual({
  en: {
    heading: 'Working calendar',
    names: {
      weekdays: 'Weekdays only',
      'cn-mainland': 'Mainland China',
    } satisfies Record<CalendarId, string>,
    /** What the calendar works, for the chooser and the plan's facts. */
    about: {
      weekdays: 'Monday to Friday; the engagement’s own holidays are skipped.',
      'cn-mainland':
        'Public holidays off and make-up working days (weekends worked in exchange) worked, as announced for each year.',
    } satisfies Record<CalendarId, string>,
    covers: (first: number, last: number, source: string) => `Data for ${first}–${last}, from ${source}.`,
    /** The warning when the plan runs into years without data. */
    missing: (name: string, first: number, last: number, missing: string) =>
      `The plan runs into ${missing}, which the ${name} calendar does not cover (its data covers ${first}–${last}): those years are scheduled on weekdays and the engagement’s own holidays and working days only. Add their public holidays and make-up days to the engagement, or use a newer crmkit.`,
    and: ' and ',
  },
  zh: {
    heading: '工作日历',
    names: { weekdays: '仅工作日（周一至周五）', 'cn-mainland': '中国大陆' },
    about: {
      weekdays: '周一至周五；跳过咨询项目自己的节假日。',
      'cn-mainland': '按每年公布的安排，法定节假日休息，调休的周末上班。',
    },
    covers: (first, last, source) => `数据覆盖 ${first}–${last} 年，来源：${source}。`,
    missing: (name, first, last, missing) =>
      `计划延续到 ${missing} 年，而“${name}”日历的数据只覆盖 ${first}–${last} 年：这些年份只按周一至周五以及咨询项目自己的节假日和调休工作日排期。请把这些年份的法定节假日和调休日加到咨询项目中，或使用更新版本的 crmkit。`,
    and: '、',
  },
});

/** The calendar's name in a language. */
export function calendarName(id: CalendarId, lang: Language): string {
  return CALENDAR_WORDS[lang].names[id];
}

/** What a calendar works, with the years its data covers and its source when it has data. */
export function calendarAbout(id: CalendarId, lang: Language): string {
  const w = CALENDAR_WORDS[lang];
  const covered = calendarDays(id).covered;
  return covered ? `${w.about[id]} ${w.covers(covered.first, covered.last, covered.source)}` : w.about[id];
}

/** The years without data, as one phrase: "2027" or "2001–2003 and 2027–2030". */
export function missingYears(missing: CalendarCoverage['missing'], lang: Language): string {
  return missing.map(yearSpan).join(CALENDAR_WORDS[lang].and);
}

/** The warning for a plan that runs outside the calendar's data. */
export function coverageWarning(coverage: CalendarCoverage, lang: Language): string {
  const w = CALENDAR_WORDS[lang];
  return w.missing(
    calendarName(coverage.calendar, lang),
    coverage.first,
    coverage.last,
    missingYears(coverage.missing, lang),
  );
}
