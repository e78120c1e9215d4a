/** Words of the roadmap island and the diagram toolbar, kept apart so islands load only these. */
import type { Language } from '../schemas/generated/types.ts';
import { bilingual } from './lib/bilingual.ts';

export const DIAGRAM_WORDS = {
  en: {
    downloadSvg: 'Download SVG',
    downloadPng: 'Download PNG',
    copySource: 'Copy Mermaid source',
    copied: 'Mermaid source copied.',
    copyFailed: 'Copying is blocked in this browser: select the source below and copy it.',
    source: 'Mermaid source',
    failed: 'The diagram could not be drawn; its figures are in the tables on this page.',
    preview: 'Show it as Mermaid draws it',
    previewLabel: 'The same chart drawn by Mermaid from the source above',
  },
  zh: {
    downloadSvg: '下载 SVG',
    downloadPng: '下载 PNG',
    copySource: '复制 Mermaid 源码',
    copied: '已复制 Mermaid 源码。',
    copyFailed: '此浏览器不允许复制：请选中下方源码后手动复制。',
    source: 'Mermaid 源码',
    failed: '无法绘制此图；相关数据见本页的表格。',
    preview: '按 Mermaid 的绘制效果预览',
    previewLabel: '由上方源码经 Mermaid 绘制的同一张图',
  },
} as const satisfies Record<Language, Record<string, string>>;

export const ROADMAP_WORDS = bilingual({
  en: {
    view: 'Show',
    phases: 'Phases and gates',
    allTasks: 'All tasks',
    phase: (title: string) => `Phase: ${title}`,
    workstream: 'Workstream',
    owner: 'Owner',
    any: 'All',
    shown: (n: number, total: number) => `${n} of ${total} tasks shown.`,
    none: 'No task matches these filters.',
    perPhase: 'This plan is long, so each phase has its own chart.',
    key: 'Bars by number',
    number: 'No.',
    task: 'Task',
    dates: 'Dates',
    status: 'Status',
    /** The phase chart: its label, the status-date line, and the facts above each bar. */
    chartLabel: 'Phases on a time line, with the part done and the gate at each phase end',
    asOf: 'Status date',
    chartKey: (asOf: string) =>
      `Filled part of a bar: the share done. Diamond: the gate that closes the phase. Dashed line: the status date, ${asOf}.`,
    done: (percent: string) => `${percent} done`,
    gateReadiness: (checked: number, total: number) =>
      `Gate readiness ${total === 0 ? 'no checklist' : `${checked} of ${total}`}`,
  },
  zh: {
    view: '显示',
    phases: '阶段与关口',
    allTasks: '全部任务',
    phase: (title: string) => `阶段：${title}`,
    workstream: '工作流',
    owner: '负责人',
    any: '全部',
    shown: (n: number, total: number) => `显示 ${total} 项任务中的 ${n} 项。`,
    none: '没有符合筛选条件的任务。',
    perPhase: '计划较长，每个阶段单独绘制一张图。',
    key: '按编号列出的条形',
    number: '编号',
    task: '任务',
    dates: '日期',
    status: '状态',
    chartLabel: '各阶段时间线：已完成部分，以及每个阶段末的关口',
    asOf: '状态日期',
    chartKey: (asOf: string) => `条形的填充部分：已完成的比例。菱形：阶段结束时的关口。虚线：状态日期 ${asOf}。`,
    done: (percent: string) => `已完成 ${percent}`,
    gateReadiness: (checked: number, total: number) =>
      `关口就绪度 ${total === 0 ? '无检查清单' : `${checked} / ${total}`}`,
  },
});

/** The server-drawn task chart: its label, the legend and the tooltips. */
export const TASK_CHART_WORDS = bilingual({
  en: {
    chartLabel: (title: string) =>
      `Task chart of ${title}: one bar per task with its percent complete, arrows from each task to the ones waiting for it; every task is listed in the table below it.`,
    done: 'Done',
    active: 'In progress (filled: % complete)',
    blocked: 'Blocked',
    notStarted: 'Not started',
    critical: 'Critical path (outlined)',
    milestone: 'Gate or milestone',
    baseline: 'Baseline',
    statusDate: 'Status date',
    asOf: (date: string) => `Status date: ${date}`,
    baselineTip: (start: string, finish: string) => `Baseline: ${start === finish ? start : `${start} – ${finish}`}`,
    readiness: (checked: number, total: number) => `${checked}/${total} ready`,
  },
  zh: {
    chartLabel: (title: string) =>
      `${title}的任务图：每项任务一条横条并显示完成百分比，箭头从前置任务指向后续任务；所有任务均列在下方表格中。`,
    done: '已完成',
    active: '进行中（填充部分为完成百分比）',
    blocked: '受阻',
    notStarted: '未开始',
    critical: '关键路径（加粗边框）',
    milestone: '关口或里程碑',
    baseline: '基线',
    statusDate: '状态日期',
    asOf: (date: string) => `状态日期：${date}`,
    baselineTip: (start: string, finish: string) => `基线：${start === finish ? start : `${start} – ${finish}`}`,
    readiness: (checked: number, total: number) => `就绪 ${checked}/${total}`,
  },
});

/** The server-drawn flow of phases and gates. */
export const FLOW_WORDS = bilingual({
  en: {
    chartLabel: 'The phases in order: each closes at its gate, with the gate’s readiness checklist and decision',
    tasks: (n: number) => `${n} task${n === 1 ? '' : 's'}`,
    readiness: (checked: number, total: number) =>
      total === 0 ? 'No readiness checklist' : `Readiness ${checked} of ${total}`,
    decision: { go: 'Decision: go', 'no-go': 'Decision: no-go' },
    gateTip: (gate: string) => `Gate: ${gate}`,
  },
  zh: {
    chartLabel: '按顺序排列的各阶段：每个阶段在其关口结束，并显示关口的就绪检查清单与决定',
    tasks: (n: number) => `${n} 项任务`,
    readiness: (checked: number, total: number) => (total === 0 ? '无就绪检查清单' : `就绪 ${checked} / ${total}`),
    decision: { go: '决定：通过', 'no-go': '决定：不通过' },
    gateTip: (gate: string) => `关口：${gate}`,
  },
});
