/**
 * Gates and other zero-day milestones of the plan as iCalendar all-day events. User text is data:
 * its separators are escaped and its line breaks written as \n, so no text can end a property
 * or start a forged one.
 */
import ical from 'ical-generator';
import type { Engagement, Language } from '../schemas/generated/types.ts';
import type { Schedule } from '../core/plan/schedule.ts';
import { pick } from '../core/plan/plan-text.ts';
import type { Plan } from '../core/plan/types.ts';
import type { ExportWords } from './csv.ts';

/** Control characters other than line breaks have no place in iCalendar TEXT (RFC 5545 §3.3.11). */
function calendarText(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (ch) => (ch === '\n' || ch === '\r' ? ch : ' '));
}

/**
 * The calendar's name as escaped TEXT: ical-generator escapes event summaries and
 * descriptions but writes NAME and X-WR-CALNAME as given, so a title with a line break
 * could end the property and forge `END:VCALENDAR` or a whole event.
 */
export function calendarName(title: string): string {
  return calendarText(title)
    .replace(/[\\;,]/g, (ch) => `\\${ch}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A date-only string as a local Date at midnight, so an all-day event lands on that day in any time zone. */
function localDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Gates and other zero-day milestones as all-day events; the gate's go/no-go criteria in the description. */
export function milestonesIcs(
  plan: Plan,
  schedule: Schedule,
  engagement: Engagement,
  lang: Language,
  words: ExportWords,
): string {
  const calendar = ical({
    name: calendarName(engagement.title),
    prodId: { company: 'crmkit', product: 'plan', language: lang.toUpperCase() },
  });
  const phases = new Map(plan.phases.map((p) => [p.id, p]));
  // A fixed stamp keeps the file identical between runs, so it can be diffed and committed.
  const stamp = localDay(engagement.updated ?? engagement.created ?? schedule.start);
  for (const task of plan.tasks) {
    if (task.durationDays !== 0) continue;
    const placed = schedule.byId.get(task.id);
    if (!placed) continue;
    const phase = task.gate ? phases.get(task.phase) : undefined;
    const criteria = phase ? phase.gate.criteria.map((c) => `- ${pick(c.text, lang)}`).join('\n') : '';
    calendar.createEvent({
      id: `${engagement.id}-${task.id}@crmkit`,
      start: localDay(placed.start),
      allDay: true,
      stamp,
      summary: calendarText(phase ? words.gate(pick(phase.title, lang)) : pick(task.title, lang)),
      description: calendarText([words.why(task), criteria].filter(Boolean).join('\n')),
    });
  }
  return calendar.toString();
}
