/** Words the command line prints around the problems, in both languages. */
import type { Language } from '../schemas/generated/types.ts';

export const CLI_STRINGS = {
  en: {
    help: `crmkit — CRM strategy and implementation-planning toolkit

Usage:
  crmkit validate [paths…]   Check content files; with no paths, all shipped content
                             plus the folders in CRMKIT_CONTENT.
  crmkit assess FILE         Scores, bands, coverage and findings of an engagement.
    --framework ID           Only this assessment.
  crmkit risks FILE          The risk register: ranked risks, residual risk, heat map.
  crmkit plan FILE           The rollout plan: phases, dated tasks and why each is there.
    --mermaid KIND           Print Mermaid text instead: gantt, roadmap or flow.
  crmkit --help              Show this help.
  crmkit --version           Show the version.

Options:
  --json                     Print the result as JSON (for scripts and CI).
  --lang en|zh               Language of messages (default en).
  --content DIR              Also load the content in DIR (repeatable), e.g. a
                             consultancy's own frameworks and overlays.

Exit status: 0 when every file is valid, 1 when a problem was found, 2 for a usage error.
assess prints in the engagement's language unless --lang is given.`,
    clean: (files: number) => `${files} file${files === 1 ? '' : 's'} checked: no problems`,
    summary: (problems: number, files: number, checked: number) =>
      `${problems} problem${problems === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${checked} checked)`,
    unknownCommand: (c: string) => `unknown command "${c}"; try crmkit --help`,
    badOption: (m: string) => `${m}; try crmkit --help`,
    noEngagement: (path: string) => `${path} holds no engagement`,
  },
  zh: {
    help: `crmkit —— 客户关系管理战略与实施规划工具

用法：
  crmkit validate [路径…]    检查内容文件；不给路径时检查全部内置内容，
                             以及 CRMKIT_CONTENT 中列出的文件夹。
  crmkit assess 文件         某个咨询项目的得分、区间、覆盖率和发现。
    --framework 框架编号     只看这一项评估。
  crmkit risks 文件          风险登记册：风险排序、剩余风险和热力图。
  crmkit plan 文件           实施计划：各阶段、带日期的任务及其原因。
    --mermaid 类型           改为输出 Mermaid 文本：gantt、roadmap 或 flow。
  crmkit --help              显示本帮助。
  crmkit --version           显示版本。

选项：
  --json                     以 JSON 输出结果（供脚本和持续集成使用）。
  --lang en|zh               信息所用语言（默认 en）。
  --content 文件夹           同时载入该文件夹中的内容（可重复），例如咨询公司
                             自己的框架和扩展。

退出码：全部有效为 0，发现问题为 1，用法错误为 2。
未指定 --lang 时，assess 使用咨询项目自身的语言输出。`,
    clean: (files: number) => `已检查 ${files} 个文件：没有问题`,
    summary: (problems: number, files: number, checked: number) =>
      `${files} 个文件中有 ${problems} 个问题（共检查 ${checked} 个文件）`,
    unknownCommand: (c: string) => `未知命令 “${c}”；请运行 crmkit --help`,
    badOption: (m: string) => `${m}；请运行 crmkit --help`,
    noEngagement: (path: string) => `${path} 中没有咨询项目`,
  },
} satisfies Record<Language, unknown>;

/** Words of `crmkit assess`. Percentages and scores arrive already formatted. */
export const ASSESS_STRINGS = {
  en: {
    usage: 'usage: crmkit assess FILE [--framework ID] [--json] [--lang en|zh]',
    unknownFramework: (id: string) => `no framework "${id}"`,
    overall: (score: string, band: string, answered: number, total: number, toTarget: number | undefined) =>
      `Overall ${score} / 100 — ${band} · answered ${answered} of ${total}` +
      (toTarget === undefined ? '' : ` · ${Math.round(toTarget)}% of target`),
    noOverall: (answered: number, total: number) =>
      `Not enough answers for an overall score (answered ${answered} of ${total}).`,
    descriptive: (cover: string) => `describes the client, not scored (answered ${cover})`,
    tooFew: (cover: string) => `too few answers for a score (answered ${cover})`,
    weight: 'weight',
    coverage: 'answered',
    target: 'target',
    toTarget: (pct: string) => `${pct}% of target`,
    hardSoft: (hard: string, soft: string, balance: string) =>
      `  Hard elements ${hard} · soft elements ${soft} · balance ${balance}`,
    topShare: (customers: string, value: string) =>
      `  The top ${customers}% of customers hold ${value}% of historical value.`,
    undecided: 'not enough answers to decide',
    findings: 'Findings:',
  },
  zh: {
    usage: '用法：crmkit assess 文件 [--framework 框架编号] [--json] [--lang en|zh]',
    unknownFramework: (id: string) => `没有编号为 “${id}” 的框架`,
    overall: (score: string, band: string, answered: number, total: number, toTarget: number | undefined) =>
      `总分 ${score} / 100 —— ${band} · 已答 ${answered}/${total}` +
      (toTarget === undefined ? '' : ` · 达到目标的 ${Math.round(toTarget)}%`),
    noOverall: (answered: number, total: number) => `回答太少，无法给出总分（已答 ${answered}/${total}）。`,
    descriptive: (cover: string) => `描述企业概况，不计分（已答 ${cover}）`,
    tooFew: (cover: string) => `回答太少，无法计分（已答 ${cover}）`,
    weight: '权重',
    coverage: '已答',
    target: '目标',
    toTarget: (pct: string) => `达到目标的 ${pct}%`,
    hardSoft: (hard: string, soft: string, balance: string) => `  硬要素 ${hard} · 软要素 ${soft} · 差值 ${balance}`,
    topShare: (customers: string, value: string) => `  前 ${customers}% 的客户贡献了 ${value}% 的历史价值。`,
    undecided: '回答不足，无法判断',
    findings: '发现：',
  },
} satisfies Record<Language, unknown>;

export const RISK_STRINGS = {
  en: {
    usage: 'usage: crmkit risks FILE [--json] [--lang en|zh]',
    noFramework: 'no framework lists risk categories',
    title: 'risk register (score = likelihood × impact, 1–25; after → the residual after mitigation)',
    none: 'No risks recorded.',
    likelihoodImpact: (l: number, i: number) => `likelihood ${l} × impact ${i}`,
    heatMap: 'Heat map: number of risks by likelihood (rows, 5 at the top) and impact (columns 1–5)',
    bands: (list: string) => `By band, before → after mitigation: ${list}`,
    exposure: (before: number, after: number) => `Total exposure ${before} → ${after} after mitigation.`,
  },
  zh: {
    usage: '用法：crmkit risks 文件 [--json] [--lang en|zh]',
    noFramework: '没有列出风险类别的框架',
    title: '风险登记册（分值 = 可能性 × 影响，1–25；→ 后为采取应对措施后的剩余风险）',
    none: '尚未登记风险。',
    likelihoodImpact: (l: number, i: number) => `可能性 ${l} × 影响 ${i}`,
    heatMap: '风险热力图：每格的风险数，行为可能性（5 在最上），列为影响（1–5）',
    bands: (list: string) => `各区间风险数（应对前 → 应对后）：${list}`,
    exposure: (before: number, after: number) => `风险总分值 ${before} → 应对后 ${after}。`,
  },
} satisfies Record<Language, unknown>;

export const PLAN_STRINGS = {
  en: {
    usage: 'usage: crmkit plan FILE [--json] [--mermaid gantt|roadmap|flow] [--lang en|zh]',
    badMermaid: (got: string) => `--mermaid must be gantt, roadmap or flow, not "${got}"`,
    noPlan: (id: string) => `engagement "${id}" has no plan: add "plan: { template: …, startDate: … }"`,
    scheduleError: (e: { code: string } & Record<string, unknown>) =>
      `the plan cannot be scheduled: ${JSON.stringify(e)}`,
    summary: (start: string, end: string, days: number, tasks: number, critical: number) =>
      `${start} to ${end} · ${days} working days · ${tasks} tasks, ${critical} on the critical path`,
    days: ' d',
    why: 'why',
    risk: (title: string) => `mitigates the risk "${title}"`,
    template: (task: string) => `template task ${task}`,
    benefit: 'tracks the ROI case',
    gate: 'closes the phase',
    legend: '* critical path (no slack); dates are first and last working day.',
  },
  zh: {
    usage: '用法：crmkit plan 文件 [--json] [--mermaid gantt|roadmap|flow] [--lang en|zh]',
    badMermaid: (got: string) => `--mermaid 只能是 gantt、roadmap 或 flow，而不是 “${got}”`,
    noPlan: (id: string) => `咨询项目 “${id}” 没有实施计划：请添加 “plan: { template: …, startDate: … }”`,
    scheduleError: (e: { code: string } & Record<string, unknown>) => `无法排定计划：${JSON.stringify(e)}`,
    summary: (start: string, end: string, days: number, tasks: number, critical: number) =>
      `${start} 至 ${end} · ${days} 个工作日 · ${tasks} 项任务，其中 ${critical} 项在关键路径上`,
    days: ' 天',
    why: '原因',
    risk: (title: string) => `应对风险“${title}”`,
    template: (task: string) => `模板任务 ${task}`,
    benefit: '跟踪 ROI 测算',
    gate: '结束本阶段',
    legend: '* 关键路径（无浮动时间）；日期为第一个和最后一个工作日。',
  },
} satisfies Record<Language, unknown>;
