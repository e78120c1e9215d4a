/**
 * The plan's tasks as CSV, in columns a spreadsheet, MS Project or an issue tracker maps without
 * help, and the words every plan file needs (ExportWords, also used by icalendar.ts). User text
 * is data: cells that a spreadsheet would run as a formula are neutralised.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Engagement, Language } from '../schemas/generated/types.ts';
import type { Schedule } from '../core/plan/schedule.ts';
import { reportedPercent } from '../core/plan/tracking.ts';
import { pick } from '../core/plan/plan-text.ts';
import type { Plan, PlanTask } from '../core/plan/types.ts';
import { own } from '../core/shared/own.ts';

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
