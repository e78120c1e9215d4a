/**
 * Mermaid text for the plan: a gantt chart of every task, a phase-level roadmap for
 * executives, and a flowchart of phases and gates. User text (and content text) always
 * goes through mermaidText, so colons, #, ;, %%, quotes, brackets, HTML and newlines
 * show as characters and can never end a statement, open a directive or inject a click.
 */
import type { Engagement, Language } from '../../schemas/generated/types.ts';
import type { Schedule } from './schedule.ts';
import type { Plan, PlanText } from './types.ts';

/** ASCII that is safe as-is in any Mermaid label; everything else ASCII becomes an entity. */
const SAFE_ASCII = /[A-Za-z0-9 .,_/()!?'-]/;
/** Words that start a statement when they open a line. */
const KEYWORDS =
  /^(section|title|click|call|href|excludes|includes|dateformat|axisformat|tickinterval|todaymarker|weekday|inclusiveenddates|topaxis|acctitle|accdescr|style|classdef|class|linkstyle|subgraph|end|graph|flowchart|gantt)\b/i;

/**
 * A label as Mermaid text: control and invisible characters become spaces, risky ASCII
 * becomes Mermaid's `#code;` entity (decoded to the same character on screen), other
 * Unicode (Chinese included) stays as it is, and a leading keyword is defused.
 */
export function mermaidText(text: string, maxLength = 200): string {
  const flat = text
    .replace(/[\p{C}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength);
  let out = '';
  for (const ch of flat) {
    const code = ch.codePointAt(0) ?? 32;
    out += code < 128 && !SAFE_ASCII.test(ch) ? `#${code};` : ch;
  }
  // A leading keyword starts a statement, and a leading date is lexed as a date (Mermaid's parser
  // rejects the task line): both get their first character as an entity.
  if (KEYWORDS.test(out) || /^\d/.test(out)) out = `#${out.codePointAt(0) ?? 32};${out.slice(1)}`;
  return out || '-';
}

export const pick = (text: PlanText, lang: Language): string => (typeof text === 'string' ? text : text[lang]);

export type TaskState = 'done' | 'active' | 'blocked' | 'not-started';

/** The bar state of each task the engagement reports: done, active (in progress), blocked or not started. */
export function ganttStates(engagement: Pick<Engagement, 'tasks'>): Map<string, TaskState> {
  const states = new Map<string, TaskState>();
  for (const [id, s] of Object.entries(engagement.tasks ?? {})) {
    states.set(id, s.status === 'done' ? 'done' : s.status === 'in-progress' ? 'active' : s.status);
  }
  return states;
}

export interface GanttOptions {
  lang: Language;
  title?: string;
  /** Task status from the engagement, for done and active bars. */
  status?: ReadonlyMap<string, TaskState>;
}

function header(title: string | undefined): string[] {
  return [
    'gantt',
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %Y-%m-%d',
    '  inclusiveEndDates',
    ...(title ? [`  title ${mermaidText(title)}`] : []),
  ];
}

/** Every task in its phase's section, critical ones marked, gates as milestones. */
export function ganttChart(plan: Plan, schedule: Schedule, options: GanttOptions): string {
  const lines = header(options.title);
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  for (const phase of plan.phases) {
    lines.push(`  section ${mermaidText(pick(phase.title, options.lang))}`);
    for (const id of phase.tasks) {
      const task = tasks.get(id);
      const placed = schedule.byId.get(id);
      if (!task || !placed) continue;
      const state = options.status?.get(id);
      const tags = [
        ...(task.gate || task.durationDays === 0 ? ['milestone'] : []),
        ...(placed.critical ? ['crit'] : []),
        ...(state === 'done' ? ['done'] : state === 'active' ? ['active'] : []),
        id,
      ];
      const when = task.durationDays === 0 ? `${placed.start}, 0d` : `${placed.start}, ${placed.finish}`;
      lines.push(`    ${mermaidText(pick(task.title, options.lang))} :${tags.join(', ')}, ${when}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** One bar per phase and its gate: what an executive reads. */
export function phaseRoadmap(plan: Plan, schedule: Schedule, options: GanttOptions): string {
  const lines = header(options.title);
  lines.push(`  section ${mermaidText(options.lang === 'zh' ? '阶段' : 'Phases')}`);
  plan.phases.forEach((phase, i) => {
    const placed = phase.tasks.map((id) => schedule.byId.get(id)).filter((t) => t !== undefined);
    const work = placed.filter((t) => t.duration > 0);
    if (work.length === 0) return;
    const start = work.reduce((a, t) => (t.start < a ? t.start : a), work[0]?.start ?? '');
    const finish = work.reduce((a, t) => (t.finish > a ? t.finish : a), work[0]?.finish ?? '');
    lines.push(`    ${mermaidText(pick(phase.title, options.lang))} :phase-${i + 1}, ${start}, ${finish}`);
    lines.push(`    ${mermaidText(pick(phase.gate.title, options.lang))} :milestone, gate-${i + 1}, ${finish}, 0d`);
  });
  return lines.join('\n') + '\n';
}

/** Phases and their gates in sequence, left to right. */
export function phaseFlowchart(plan: Plan, lang: Language): string {
  const lines = ['flowchart LR'];
  plan.phases.forEach((phase, i) => {
    lines.push(`  p${i + 1}["${mermaidText(pick(phase.title, lang))}"]`);
    lines.push(`  g${i + 1}{{"${mermaidText(pick(phase.gate.title, lang))}"}}`);
    lines.push(`  p${i + 1} --> g${i + 1}`);
    if (i > 0) lines.push(`  g${i} --> p${i + 1}`);
  });
  return lines.join('\n') + '\n';
}
