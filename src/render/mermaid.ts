/**
 * The plan as Mermaid text: the task gantt (from the rows of core/plan/gantt-data.ts, all of
 * them, a phase or a filtered subset), the phase roadmap, and the flowchart of phases and gates.
 * User text (and content text) always goes through mermaidText, so colons, #, ;, %%, quotes,
 * brackets, HTML and newlines show as characters and can never end a statement, open a
 * directive or inject a click. The axis ticks weekly, monthly or quarterly by the span, and the
 * today marker is drawn thick enough to see on a projector.
 */
import type { Engagement, Language } from '../schemas/generated/types.ts';
import { gateReadiness } from '../core/plan/gates.ts';
import type { Plan } from '../core/plan/types.ts';
import { pick } from '../core/plan/plan-text.ts';
import { phaseProgress } from '../core/plan/tracking.ts';
import type { Schedule } from '../core/plan/schedule.ts';
import {
  ganttData,
  shortLabel,
  PHASE_LABEL_WIDTH,
  SECTION_LABEL_WIDTH,
  type GanttData,
  type GanttRow,
} from '../core/plan/gantt-data.ts';
import { GANTT_WORDS } from '../i18n/gantt.ts';

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

/** Phases and their gates in sequence, left to right. */
export function phaseFlowchart(plan: Plan, lang: Language, engagement: Pick<Engagement, 'gates'> = {}): string {
  const lines = ['flowchart LR'];
  const readiness = gateReadiness(plan, engagement);
  plan.phases.forEach((phase, i) => {
    const gate = readiness[i];
    const ready = gate && gate.total > 0 ? ` (${gate.checked.length}/${gate.total})` : '';
    lines.push(`  p${i + 1}["${mermaidText(pick(phase.title, lang))}"]`);
    lines.push(`  g${i + 1}{{"${mermaidText(pick(phase.gate.title, lang) + ready)}"}}`);
    lines.push(`  p${i + 1} --> g${i + 1}`);
    if (i > 0) lines.push(`  g${i} --> p${i + 1}`);
  });
  return lines.join('\n') + '\n';
}

/** Days between two ISO dates. */
const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** Ticks that stay apart at 1280 px: weekly up to two months, monthly up to 15, then quarterly. */
export function axisFor(start: string, finish: string): { tick: string; format: string } {
  const span = daysBetween(start, finish);
  if (span <= 62) return { tick: '1week', format: '%m-%d' };
  if (span <= 460) return { tick: '1month', format: '%Y-%m' };
  return { tick: '3month', format: '%Y-%m' };
}

function header(first: string, last: string, title: string | undefined): string[] {
  const axis = axisFor(first, last);
  return [
    'gantt',
    '  dateFormat YYYY-MM-DD',
    `  axisFormat ${axis.format}`,
    `  tickInterval ${axis.tick}`,
    '  todayMarker stroke-width:4px,stroke:#D55E00,opacity:0.9',
    '  inclusiveEndDates',
    ...(title ? [`  title ${mermaidText(title)}`] : []),
  ];
}

export interface GanttSourceOptions {
  title?: string;
  /** Only these rows (their phases keep their sections). */
  filter?: (row: GanttRow) => boolean;
}

function label(row: GanttRow, lang: Language): string {
  const text = `${row.number}. ${shortLabel(row.title)}`;
  const extra =
    row.percent !== undefined
      ? ` ${Math.round(row.percent)}%${row.state === 'blocked' ? ` ${GANTT_WORDS[lang].blocked}` : ''}`
      : row.readiness
        ? ` (${row.readiness.checked}/${row.readiness.total})`
        : '';
  return mermaidText(text + extra);
}

/** Mermaid gantt text for the rows that pass the filter, a section per phase that has any. */
export function ganttSource(data: GanttData, options: GanttSourceOptions = {}): string {
  const rows = options.filter ? data.rows.filter(options.filter) : data.rows;
  const first = rows.reduce((a, r) => (a === '' || r.start < a ? r.start : a), '');
  const last = rows.reduce((a, r) => (r.finish > a ? r.finish : a), '');
  const lines = header(first, last || first, options.title);
  data.phases.forEach((phase, i) => {
    const own = rows.filter((r) => r.phase === phase.id);
    if (own.length === 0) return;
    // The section name sits in a fixed column left of the bars: numbered and short, the heading has it in full.
    lines.push(`  section ${mermaidText(`${i + 1}. ${shortLabel(phase.title, SECTION_LABEL_WIDTH)}`)}`);
    for (const row of own) {
      const tags = [
        ...(row.milestone ? ['milestone'] : []),
        ...(row.critical ? ['crit'] : []),
        ...(row.state === 'done' ? ['done'] : row.state === 'active' ? ['active'] : []),
        row.id,
      ];
      const when = row.milestone ? `${row.start}, 0d` : `${row.start}, ${row.finish}`;
      lines.push(`    ${label(row, data.lang)} :${tags.join(', ')}, ${when}`);
    }
  });
  return lines.join('\n') + '\n';
}

/** Every task in its phase's section: the whole plan as one chart. */
export function ganttChart(
  plan: Plan,
  schedule: Pick<Schedule, 'byId'>,
  options: { lang: Language; title?: string; engagement?: Pick<Engagement, 'tasks' | 'gates'> },
): string {
  return ganttSource(ganttData(plan, schedule, options.lang, options.engagement), {
    ...(options.title ? { title: options.title } : {}),
  });
}

/** Plans longer than this are drawn a phase at a time. */
export const ONE_CHART_LIMIT = 40;

/** One bar per phase with its percent complete, and its gate with its readiness: what an executive reads. */
export function roadmapSource(data: GanttData, progress: ReadonlyMap<string, number> = new Map()): string {
  const work = data.phases.filter((p) => p.start !== '');
  const first = work[0]?.start ?? '';
  const last = work.reduce((a, p) => (p.finish > a ? p.finish : a), first);
  const lines = header(first, last, undefined);
  lines.push(`  section ${mermaidText(GANTT_WORDS[data.lang].phases)}`);
  data.phases.forEach((phase, i) => {
    if (phase.start === '') return;
    const done = progress.get(phase.id);
    const gate = data.rows.find((r) => r.phase === phase.id && r.gate);
    const percent = done !== undefined && done > 0 ? ` ${Math.round(done)}%` : '';
    const state = done !== undefined && done >= 100 ? 'done, ' : done !== undefined && done > 0 ? 'active, ' : '';
    const name = `${i + 1}. ${shortLabel(phase.title, PHASE_LABEL_WIDTH)}${percent}`;
    lines.push(`    ${mermaidText(name)} :${state}phase-${i + 1}, ${phase.start}, ${phase.finish}`);
    if (gate) {
      const ready = gate.readiness ? ` (${gate.readiness.checked}/${gate.readiness.total})` : '';
      lines.push(
        `    ${mermaidText(shortLabel(gate.title, PHASE_LABEL_WIDTH) + ready)} :milestone, gate-${i + 1}, ${phase.finish}, 0d`,
      );
    }
  });
  return lines.join('\n') + '\n';
}

/** The phase-level roadmap of a scheduled plan. */
export function phaseRoadmap(
  plan: Plan,
  schedule: Pick<Schedule, 'byId'>,
  options: { lang: Language; engagement?: Pick<Engagement, 'tasks' | 'gates'> },
): string {
  const engagement = options.engagement ?? {};
  return roadmapSource(ganttData(plan, schedule, options.lang, engagement), phaseProgress(plan, engagement));
}
