/**
 * The gantt chart's data: `ganttData` turns the scheduled plan and the engagement's status into
 * plain rows (JSON, so a page can hand them to an island); src/render/mermaid.ts and
 * src/render/svg-charts.ts draw them. Legibility on real plans: each bar carries a number and a
 * short label (the full title is in the numbered table beside the chart), work in progress its
 * percent complete, gates their checklist readiness.
 */
import type { Engagement, Language, Role, Workstream } from '../../schemas/generated/types.ts';
import { gateReadiness } from './gates.ts';
import { ganttStates, type TaskState, reportedPercent } from './tracking.ts';
import { pick } from './plan-text.ts';
import type { Schedule } from './schedule.ts';
import type { Plan } from './types.ts';
import { own } from '../shared/own.ts';
import { isWide } from '../shared/text.ts';
import { chosenBaseline } from './baselines.ts';

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
  /** Ids of the tasks it waits for (finish to start). */
  after: string[];
  /** Where the chosen baseline had the task, when one is chosen and holds it. */
  baseline?: { start: string; finish: string };
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
  engagement: Pick<Engagement, 'tasks' | 'gates' | 'plan' | 'baselines'> = {},
): GanttData {
  const states = ganttStates(engagement);
  const baseline = chosenBaseline(engagement);
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
      const frozen = baseline && own(baseline.tasks, id);
      rows.push({
        id,
        phase: phase.id,
        number: rows.length + 1,
        title: pick(task.title, lang),
        start: placed.start,
        finish: placed.finish,
        milestone: task.gate === true || task.durationDays === 0,
        after: task.dependsOn.map((d) => d.task),
        ...(task.gate ? { gate: true as const } : {}),
        critical: placed.critical,
        workstream: task.workstream,
        owner: task.owner,
        ...(state ? { state } : {}),
        ...(state === 'active' || state === 'blocked' ? { percent } : {}),
        ...(gate && gate.total > 0 ? { readiness: { checked: gate.checked.length, total: gate.total } } : {}),
        ...(frozen ? { baseline: { start: frozen.start, finish: frozen.finish } } : {}),
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
