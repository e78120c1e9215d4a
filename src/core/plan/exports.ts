/**
 * The plan in the formats project teams import elsewhere: tasks as CSV (columns a spreadsheet,
 * MS Project or an issue tracker maps without help) and gates and milestones as iCalendar
 * all-day events. User text is data in both: CSV cells that a spreadsheet would run as a
 * formula are neutralised, and iCalendar text has its separators escaped and its line breaks
 * written as \n, so no text can end a property or start a forged one.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import ical from 'ical-generator';
import type { Engagement, Language } from '../../schemas/generated/types.ts';
import type { Schedule } from './schedule.ts';
import { reportedPercent } from './tracking.ts';
import { pick } from './mermaid.ts';
import type { Plan, PlanTask } from './types.ts';
import { own } from '../shared/own.ts';

export interface ExportWords {
  /** A role, workstream or status id as the reader's language names it. */
  term: (id: string) => string;
  /** Why the task is in the plan, in one line. */
  why: (task: PlanTask) => string;
  columns: Record<(typeof CSV_COLUMNS)[number], string>;
  gate: (phase: string) => string;
  /** A yes/no cell (Milestone, Critical) in the reader's language. */
  flag: (value: boolean) => string;
}

export const CSV_COLUMNS = [
  'id',
  'phase',
  'summary',
  'description',
  'workstream',
  'owner',
  'start',
  'due',
  'duration',
  'predecessors',
  'milestone',
  'critical',
  'slack',
  'status',
  'percent',
  'why',
] as const;

/** C0 controls but tab, LF and CR, DEL and C1: no spreadsheet shows them, a terminal runs them. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * A cell a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab or carriage return first) gets
 * a leading apostrophe, as OWASP advises against CSV injection; numbers stay numbers. A control
 * character is written as a visible escape (ESC as `\x1b`), as every plain-text output does.
 */
export function csvCell(value: string | number | boolean | undefined): string | number {
  if (value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = value.replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function predecessors(task: PlanTask): string {
  return task.dependsOn.map((d) => (d.lag === 0 ? d.task : `${d.task}${d.lag > 0 ? '+' : ''}${d.lag}d`)).join(', ');
}

export function tasksCsv(
  plan: Plan,
  schedule: Schedule,
  engagement: Engagement,
  lang: Language,
  words: ExportWords,
): string {
  const phases = new Map(plan.phases.map((p) => [p.id, pick(p.title, lang)]));
  const rows = plan.tasks.map((task) => {
    const placed = schedule.byId.get(task.id);
    const tracked = own(engagement.tasks, task.id);
    const cells: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | undefined> = {
      id: task.id,
      phase: phases.get(task.phase) ?? task.phase,
      summary: pick(task.title, lang),
      description: task.description === undefined ? undefined : pick(task.description, lang),
      workstream: words.term(task.workstream),
      owner: words.term(task.owner),
      start: placed?.start,
      due: placed?.finish,
      duration: task.durationDays,
      predecessors: predecessors(task),
      milestone: words.flag(task.durationDays === 0),
      critical: placed && words.flag(placed.critical),
      slack: placed?.slack,
      status: words.term(tracked?.status ?? 'not-started'),
      percent: reportedPercent(tracked),
      why: words.why(task),
    };
    return CSV_COLUMNS.map((c) => csvCell(cells[c]));
  });
  // A byte-order mark so Excel opens UTF-8 (Chinese) correctly; CRLF as RFC 4180 says.
  return (
    '\uFEFF' +
    stringify([CSV_COLUMNS.map((c) => words.columns[c]), ...rows], { record_delimiter: 'windows', quoted_string: true })
  );
}

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
