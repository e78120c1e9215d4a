/**
 * Words of the plan's file exports (tasks CSV, milestones iCalendar, the Markdown report's
 * task table): shared by the CLI and the site's export files.
 */
import type { ExportWords } from '../render/csv.ts';
import type { PlanTask, Trace } from '../core/plan/types.ts';
import type { Language } from '../schemas/generated/types.ts';
import { term } from './ui.ts';
import { bilingual } from './lib/bilingual.ts';

export const EXPORT_WORDS = bilingual({
  en: {
    columns: {
      id: 'ID',
      phase: 'Phase',
      summary: 'Summary',
      description: 'Description',
      workstream: 'Workstream',
      owner: 'Owner',
      start: 'Start Date',
      due: 'Due Date',
      duration: 'Duration (working days)',
      predecessors: 'Predecessors',
      milestone: 'Milestone',
      critical: 'Critical',
      slack: 'Slack (working days)',
      status: 'Status',
      percent: '% Complete',
      why: 'Why',
    },
    gateEvent: (phase: string) => `Gate: ${phase}`,
    yes: 'yes',
    no: 'no',
  },
  zh: {
    columns: {
      id: '编号',
      phase: '阶段',
      summary: '任务',
      description: '说明',
      workstream: '工作流',
      owner: '负责人',
      start: '开始日期',
      due: '完成日期',
      duration: '工期（工作日）',
      predecessors: '前置任务',
      milestone: '里程碑',
      critical: '关键路径',
      slack: '浮动时间（工作日）',
      status: '状态',
      percent: '完成百分比',
      why: '原因',
    },
    gateEvent: (phase: string) => `阶段关口：${phase}`,
    yes: '是',
    no: '否',
  },
});

/**
 * The export words in `lang`, given how one reason a task is in the plan reads and, for
 * generated work, the sentences on where it sits (render/placement-words.ts).
 */
export function exportWords(
  why: (trace: Trace) => string,
  lang: Language,
  where: (task: PlanTask) => string[] = () => [],
): ExportWords {
  const w = EXPORT_WORDS[lang];
  return {
    term: (id) => term(id, lang),
    why: (task: PlanTask) => [...task.traces.map(why), ...where(task)].join(lang === 'zh' ? '；' : '; '),
    columns: w.columns,
    gate: w.gateEvent,
    flag: (value) => (value ? w.yes : w.no),
  };
}
