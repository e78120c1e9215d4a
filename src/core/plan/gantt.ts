/**
 * The gantt chart, in two steps: `ganttData` turns the scheduled plan and the engagement's
 * status into plain rows (JSON, so a page can hand them to an island), and `ganttSource`
 * writes Mermaid text from those rows, for all of them or a phase or a filtered subset.
 *
 * Legibility on real plans: each bar carries a number and a short label (the full title is in
 * the numbered table beside the chart), work in progress shows its percent complete, gates
 * their checklist readiness, the axis ticks weekly, monthly or quarterly by the span, and
 * the today marker is drawn thick enough to see on a projector.
 */
import type { Engagement, Language, Role, Workstream } from '../../schemas/generated/types.ts';
import { gateReadiness } from './gates.ts';
import { ganttStates, mermaidText, pick, type TaskState } from './mermaid.ts';
import type { Schedule } from './schedule.ts';
import { phaseProgress, reportedPercent } from './tracking.ts';
import type { Plan } from './types.ts';
import { own } from '../shared/own.ts';
import { isWide } from '../shared/text.ts';

export interface GanttRow {
  id: string;
  phase: string;
  /** 1-based position in the plan: the bar's label and the table row share it. */
  number: number;
  title: string;
  start: string;
  finish: string;
  milestone: boolean;
  /** The phase's closing gate. */
  gate?: true;
  critical: boolean;
  workstream: Workstream;
  owner: Role;
  state?: TaskState;
  /** Percent complete as reported, for work in progress. */
  percent?: number;
  /** For a gate: checklist items ticked off, of how many. */
  readiness?: { checked: number; total: number };
}

export interface GanttPhase {
  id: string;
  title: string;
  start: string;
  finish: string;
}

export interface GanttData {
  lang: Language;
  phases: GanttPhase[];
  rows: GanttRow[];
}

/** Phase and gate labels on the executive roadmap may be a little longer: there are few of them. */
export const PHASE_LABEL_WIDTH = 44;
/** Section names fit the 170 px column the diagram island gives them (gantt.leftPadding). */
export const SECTION_LABEL_WIDTH = 18;
/** Bars wider than this (in Latin-letter widths; a Chinese character counts two) are cut short. */
export const LABEL_WIDTH = 34;

/** The label cut to `width` with an ellipsis, counting full-width characters double. */
export function shortLabel(text: string, width = LABEL_WIDTH): string {
  let used = 0;
  let out = '';
  for (const ch of text.replace(/\s+/g, ' ').trim()) {
    const w = isWide(ch) ? 2 : 1;
    if (used + w > width - 1) return `${out.trimEnd()}…`;
    out += ch;
    used += w;
  }
  return out;
}

export function ganttData(
  plan: Plan,
  schedule: Pick<Schedule, 'byId'>,
  lang: Language,
  engagement: Pick<Engagement, 'tasks' | 'gates'> = {},
): GanttData {
  const states = ganttStates(engagement);
  const readiness = new Map(gateReadiness(plan, engagement).map((g) => [g.phase, g]));
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  const rows: GanttRow[] = [];
  const phases: GanttPhase[] = [];
  for (const phase of plan.phases) {
    let start = '';
    let finish = '';
    for (const id of phase.tasks) {
      const task = tasks.get(id);
      const placed = schedule.byId.get(id);
      if (!task || !placed) continue;
      const state = states.get(id);
      const percent = reportedPercent(own(engagement.tasks, id));
      const gate = task.gate ? readiness.get(phase.id) : undefined;
      rows.push({
        id,
        phase: phase.id,
        number: rows.length + 1,
        title: pick(task.title, lang),
        start: placed.start,
        finish: placed.finish,
        milestone: task.gate === true || task.durationDays === 0,
        ...(task.gate ? { gate: true as const } : {}),
        critical: placed.critical,
        workstream: task.workstream,
        owner: task.owner,
        ...(state ? { state } : {}),
        ...(state === 'active' || state === 'blocked' ? { percent } : {}),
        ...(gate && gate.total > 0 ? { readiness: { checked: gate.checked.length, total: gate.total } } : {}),
      });
      if (task.durationDays > 0) {
        if (start === '' || placed.start < start) start = placed.start;
        if (placed.finish > finish) finish = placed.finish;
      }
    }
    phases.push({ id: phase.id, title: pick(phase.title, lang), start, finish });
  }
  return { lang, phases, rows };
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

const BLOCKED: Record<Language, string> = { en: 'blocked', zh: '受阻' };

function label(row: GanttRow, lang: Language): string {
  const text = `${row.number}. ${shortLabel(row.title)}`;
  const extra =
    row.percent !== undefined
      ? ` ${Math.round(row.percent)}%${row.state === 'blocked' ? ` ${BLOCKED[lang]}` : ''}`
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
  lines.push(`  section ${mermaidText(data.lang === 'zh' ? '阶段' : 'Phases')}`);
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
