/** Words the command line prints around the problems, in both languages. */
import type { WriteFailure } from '../node/write-file.ts';
import { bilingual } from './lib/bilingual.ts';

export const CLI_STRINGS = bilingual({
  en: {
    help: `crmkit — CRM strategy and implementation-planning toolkit

Usage:
  crmkit validate [paths…]   Check content files; with no paths, all shipped content
                             plus the folders in CRMKIT_CONTENT.
  crmkit assess FILE         Scores, bands, coverage and findings of an engagement.
    --framework ID           Only this assessment.
  crmkit risks FILE          The risk register: ranked risks, residual risk, heat map.
  crmkit vendors FILE        Vendor ranking, must-have knock-outs, AHP consistency and
                             how far each weight can move before the winner changes.
  crmkit roi FILE            Cash flows, NPV, IRR, paybacks, ROI %, benefit-cost ratio,
                             risk-adjusted view, scenarios and Monte Carlo percentiles.
    --format xlsx --out PATH The ROI case as an Excel workbook: inputs in cells, cash
                             flows and figures as live formulas (for a finance director).
  crmkit plan FILE           The rollout plan: phases, dated tasks and why each is there.
    --format FORMAT          text (default), markdown (with mermaid blocks), json,
                             mermaid, csv (tasks), ical (gates and milestones) or
                             mspdi (Microsoft Project XML: WBS, links, calendar,
                             baseline and progress).
    --mermaid KIND           Mermaid text: gantt, roadmap or flow.
    --start YYYY-MM-DD       Schedule from this date instead of plan.startDate.
    --check                  Audit where tasks sit instead of printing the plan;
                             exit 1 on a fault.
    --out PATH               Write to a file instead of standard output.
  crmkit report FILE         The executive summary as one self-contained HTML file
                             (opens offline); standard output without --out.
    --out PATH               Write the HTML report here.
    --pdf                    Also print it to PDF (beside --out) with Chromium.
    --paper a4|letter        Page size (default: the printer's paper).
    --site URL               Link each figure to its page on the published site.
    --format pptx            A PowerPoint deck of the summary instead (with --out).
  crmkit room                A live workshop room (preview): serves the built site and
                             the sync endpoint participants vote through; Ctrl+C stops it.
    --lan                    Listen on the room's network, not only on this computer.
    --port N                 Port (default 4600; 0 for any free one).
    --max-participants N     Cap on participants (default 200).
  crmkit --help              Show this help.
  crmkit --version           Show the version.

Options:
  --json                     Print the result as JSON (for scripts and CI).
  --lang TAG                 Language of messages: en or zh, or a BCP 47 tag such as
                             en-US, zh-CN or zh-Hans (default en).
  --content DIR              Also load the content in DIR (repeatable), e.g. a
                             consultancy's own frameworks and overlays.

Exit status: 0 when every file is valid, 1 when a problem was found, 2 for a usage error.
assess prints in the engagement's language unless --lang is given.`,
    clean: (files: number) => `${files} file${files === 1 ? '' : 's'} checked: no problems`,
    warnings: (n: number) => `; ${n} warning${n === 1 ? '' : 's'} (a warning does not make a file invalid)`,
    summary: (problems: number, files: number, checked: number) =>
      `${problems} problem${problems === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${checked} checked)`,
    unknownCommand: (c: string) => `unknown command "${c}"; try crmkit --help`,
    badOption: (m: string) => `${m}; try crmkit --help`,
    badLang: (tag: string) =>
      `--lang must name English or Chinese (en, zh, or a BCP 47 tag such as en-US, zh-CN, zh-Hans), not "${tag}"; try crmkit --help`,
    cannotWrite: (path: string, cause: WriteFailure, detail: string) =>
      `could not write ${path}: ` +
      {
        'no-folder': 'its folder does not exist',
        'is-folder': 'that is a folder, not a file',
        'disk-full': 'the disk is full',
        'no-permission': 'no permission to write there',
        other: detail,
      }[cause],
    noEngagement: (path: string) => `${path} holds no engagement`,
    wroteFile: (path: string, bytes: number) => `wrote ${path} (${bytes} bytes)`,
  },
  zh: {
    help: `crmkit —— 客户关系管理战略与实施规划工具

用法：
  crmkit validate [路径…]    检查内容文件；不给路径时检查全部内置内容，
                             以及 CRMKIT_CONTENT 中列出的文件夹。
  crmkit assess 文件         某个咨询项目的得分、区间、覆盖率和发现。
    --framework 框架编号     只看这一项评估。
  crmkit risks 文件          风险登记册：风险排序、剩余风险和热力图。
  crmkit vendors 文件        供应商排名、必备条件淘汰、AHP 一致性，以及各权重变动多少会改变胜出者。
  crmkit roi 文件            现金流、净现值、内部收益率、回收期、投资回报率、效益成本比、
                             风险调整、三种情景和蒙特卡洛分位数。
    --format xlsx --out 路径 以 Excel 工作簿输出投资回报测算：假设在单元格中，现金流和
                             各项指标都是实时公式（供财务总监核对）。
  crmkit plan 文件           实施计划：各阶段、带日期的任务及其原因。
    --format 格式            text（默认）、markdown（含 mermaid 代码块）、json、
                             mermaid、csv（任务）、ical（关口与里程碑）或
                             mspdi（Microsoft Project XML：工作分解结构、依赖、
                             日历、基线与进度）。
    --mermaid 类型           Mermaid 文本：gantt、roadmap 或 flow。
    --start YYYY-MM-DD       从该日期开始排期，而不是 plan.startDate。
    --check                  检查任务的安排，而不输出计划；发现问题时退出码为 1。
    --out 路径               写入文件，而不是标准输出。
  crmkit report 文件         管理层摘要，生成为单个自包含的 HTML 文件（可离线打开）；
                             不给 --out 时输出到标准输出。
    --out 路径               HTML 报告的写入位置。
    --pdf                    同时用 Chromium 打印为 PDF（与 --out 同目录）。
    --paper a4|letter        纸张大小（默认按打印机纸张）。
    --site 网址              每个数字链接到已发布网站上的对应页面。
    --format pptx            改为生成摘要的 PowerPoint 演示文稿（需配合 --out）。
  crmkit room                现场研讨会议室（预览）：提供已构建的网站和参与者投票用的
                             同步端点；按 Ctrl+C 停止。
    --lan                    在会议室网络上监听，而不只是本机。
    --port 端口              端口（默认 4600；0 表示任选空闲端口）。
    --max-participants 人数  参与者上限（默认 200）。
  crmkit --help              显示本帮助。
  crmkit --version           显示版本。

选项：
  --json                     以 JSON 输出结果（供脚本和持续集成使用）。
  --lang 语言标记            信息所用语言：en 或 zh，也可用 BCP 47 标记，如
                             en-US、zh-CN、zh-Hans（默认 en）。
  --content 文件夹           同时载入该文件夹中的内容（可重复），例如咨询公司
                             自己的框架和扩展。

退出码：全部有效为 0，发现问题为 1，用法错误为 2。
未指定 --lang 时，assess 使用咨询项目自身的语言输出。`,
    clean: (files: number) => `已检查 ${files} 个文件：没有问题`,
    warnings: (n: number) => `；另有 ${n} 个警告（警告不会使文件无效）`,
    summary: (problems: number, files: number, checked: number) =>
      `${files} 个文件中有 ${problems} 个问题（共检查 ${checked} 个文件）`,
    unknownCommand: (c: string) => `未知命令 “${c}”；请运行 crmkit --help`,
    badOption: (m: string) => `${m}；请运行 crmkit --help`,
    badLang: (tag: string) =>
      `--lang 须为英文或中文（en、zh，或 BCP 47 标记，如 en-US、zh-CN、zh-Hans），而不是 “${tag}”；请运行 crmkit --help`,
    cannotWrite: (path: string, cause: WriteFailure, detail: string) =>
      `无法写入 ${path}：` +
      {
        'no-folder': '所在的文件夹不存在',
        'is-folder': '这是一个文件夹，不是文件',
        'disk-full': '磁盘已满',
        'no-permission': '没有写入该位置的权限',
        other: detail,
      }[cause],
    noEngagement: (path: string) => `${path} 中没有咨询项目`,
    wroteFile: (path: string, bytes: number) => `已写入 ${path}（${bytes} 字节）`,
  },
});

/** Words of `crmkit assess`. Percentages and scores arrive already formatted. */
export const ASSESS_STRINGS = bilingual({
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
});

export const RISK_STRINGS = bilingual({
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
});

export const PLAN_STRINGS = bilingual({
  en: {
    usage:
      'usage: crmkit plan FILE [--format text|markdown|json|mermaid|csv|ical|mspdi] [--mermaid gantt|roadmap|flow] [--start YYYY-MM-DD] [--check] [--out PATH] [--lang en|zh]',
    badMermaid: (got: string) => `--mermaid must be gantt, roadmap or flow, not "${got}"`,
    badFormat: (got: string) => `--format must be text, markdown, json, mermaid, csv, ical or mspdi, not "${got}"`,
    badStart: (got: string) => `--start must be a date written YYYY-MM-DD, not "${got}"`,
    startRefused: (got: string, why: string) => `--start ${got}: ${why}`,
    wrote: (path: string, bytes: number) => `wrote ${path} (${bytes} bytes)`,
    phase: (n: number, title: string) => `Phase ${n}: ${title}`,
    criteria: 'Go/no-go criteria',
    checklist: 'Readiness checklist',
    roadmap: 'Roadmap',
    task: 'Task',
    dates: 'Dates',
    noPlan: (id: string) => `engagement "${id}" has no plan: add "plan: { template: …, startDate: … }"`,
    scheduleError: (why: string) => `the plan cannot be scheduled: ${why}`,
    summary: (start: string, end: string, days: number, tasks: number, critical: number) =>
      `${start} to ${end} · ${days} working days · ${tasks} tasks, ${critical} on the critical path`,
    days: ' d',
    why: 'why',
    where: 'when',
    legend: '* critical path (no slack); dates are first and last working day.',
    mspdi: {
      task: (id: string, title: string) => `task "${id}" (${title})`,
      project: 'the project title',
      textCleaned: (what: string, field: 'name' | 'notes', n: number) =>
        `MS Project XML: ${what}: ${n} character${n === 1 ? '' : 's'} XML cannot carry removed from its ${field}`,
      nameTruncated: (what: string, length: number, max: number) =>
        `MS Project XML: ${what}: name of ${length} characters cut to ${max}, the most MS Project stores`,
      lagRounded: (what: string, predecessor: string, lag: number, written: number) =>
        `MS Project XML: ${what}: lag of ${lag} working days after "${predecessor}" written as ${written} working days (whole tenths of a minute only)`,
      percentRounded: (what: string, percent: number, written: number) =>
        `MS Project XML: ${what}: ${percent}% complete written as ${written}% (whole percents only)`,
      dateClamped: (what: string, date: string, written: string) =>
        `MS Project XML: ${what}: date ${date} is outside 1984-01-01 – 2149-12-31, written as ${written}`,
      actualStartMissing: (what: string, written: string) =>
        `MS Project XML: ${what}: an actual finish without an actual start; actual start written as ${written.slice(0, 10)}`,
      baselinesDropped: (names: readonly string[]) =>
        `MS Project XML: MS Project holds 10 named baselines; not written: ${names.join(', ')}`,
      holidayOutOfRange: (date: string) =>
        `MS Project XML: holiday ${date} is outside 1984-01-01 – 2149-12-31 and left out of the calendar`,
      workdayOutOfRange: (date: string) =>
        `MS Project XML: working day ${date} is outside 1984-01-01 – 2149-12-31 and left out of the calendar`,
    },
  },
  zh: {
    usage:
      '用法：crmkit plan 文件 [--format text|markdown|json|mermaid|csv|ical|mspdi] [--mermaid gantt|roadmap|flow] [--start YYYY-MM-DD] [--check] [--out 路径] [--lang en|zh]',
    badMermaid: (got: string) => `--mermaid 只能是 gantt、roadmap 或 flow，而不是 “${got}”`,
    badFormat: (got: string) => `--format 只能是 text、markdown、json、mermaid、csv、ical 或 mspdi，而不是 “${got}”`,
    badStart: (got: string) => `--start 必须是 YYYY-MM-DD 格式的日期，而不是 “${got}”`,
    startRefused: (got: string, why: string) => `--start ${got}：${why}`,
    wrote: (path: string, bytes: number) => `已写入 ${path}（${bytes} 字节）`,
    phase: (n: number, title: string) => `第 ${n} 阶段：${title}`,
    criteria: '通过/不通过标准',
    checklist: '准备情况检查清单',
    roadmap: '路线图',
    task: '任务',
    dates: '日期',
    noPlan: (id: string) => `咨询项目 “${id}” 没有实施计划：请添加 “plan: { template: …, startDate: … }”`,
    scheduleError: (why: string) => `无法排定计划：${why}`,
    summary: (start: string, end: string, days: number, tasks: number, critical: number) =>
      `${start} 至 ${end} · ${days} 个工作日 · ${tasks} 项任务，其中 ${critical} 项在关键路径上`,
    days: ' 天',
    why: '原因',
    where: '安排',
    legend: '* 关键路径（无浮动时间）；日期为第一个和最后一个工作日。',
    mspdi: {
      task: (id: string, title: string) => `任务 “${id}”（${title}）`,
      project: '项目标题',
      textCleaned: (what: string, field: 'name' | 'notes', n: number) =>
        `MS Project XML：${what}：已从${field === 'name' ? '名称' : '备注'}中删除 ${n} 个 XML 无法容纳的字符`,
      nameTruncated: (what: string, length: number, max: number) =>
        `MS Project XML：${what}：名称共 ${length} 个字符，已截为 MS Project 能保存的 ${max} 个`,
      lagRounded: (what: string, predecessor: string, lag: number, written: number) =>
        `MS Project XML：${what}：在 “${predecessor}” 之后 ${lag} 个工作日的间隔写为 ${written} 个工作日（只能精确到 0.1 分钟）`,
      percentRounded: (what: string, percent: number, written: number) =>
        `MS Project XML：${what}：完成 ${percent}% 写为 ${written}%（只能是整数）`,
      dateClamped: (what: string, date: string, written: string) =>
        `MS Project XML：${what}：日期 ${date} 超出 1984-01-01 至 2149-12-31，写为 ${written}`,
      actualStartMissing: (what: string, written: string) =>
        `MS Project XML：${what}：有实际完成日期而无实际开始日期，实际开始写为 ${written.slice(0, 10)}`,
      baselinesDropped: (names: readonly string[]) =>
        `MS Project XML：MS Project 最多保存 10 个命名基线；未写入：${names.join('、')}`,
      holidayOutOfRange: (date: string) => `MS Project XML：节假日 ${date} 超出 1984-01-01 至 2149-12-31，未写入日历`,
      workdayOutOfRange: (date: string) =>
        `MS Project XML：调休工作日 ${date} 超出 1984-01-01 至 2149-12-31，未写入日历`,
    },
  },
});

export const VENDOR_STRINGS = bilingual({
  en: {
    usage: 'usage: crmkit vendors FILE [--json] [--lang en|zh]',
    noDecision: (id: string) => `engagement "${id}" has no vendors to compare, or no vendor-criteria framework`,
    title: 'vendor selection (weighted fit 0–100; 100 = every sub-criterion at the top of its scale)',
    weighting: { framework: 'framework default split', direct: 'entered directly', ahp: 'AHP pairwise comparisons' },
    weights: (how: string) => `Criterion weights (${how}):`,
    cr: (who: string, cr: string, ok: boolean) =>
      `  ${who}: consistency ratio ${cr} ${ok ? '(consistent, ≤ 0.10)' : '⚠ above 0.10: revisit the judgements'}`,
    combined: 'combined (geometric mean)',
    worst: (a: string, b: string, given: string, implied: string) =>
      `    most inconsistent: ${a} vs ${b}, given ${given}, the other judgements imply about ${implied}`,
    mustHaves: (list: string) => `Must-haves: ${list}`,
    contradict: (count: number) =>
      `⚠ The assessors contradict each other on ${count} pair${count === 1 ? '' : 's'}: the combined weights average opposite judgements away, so the ranking rests on weights no assessor gave. Settle ${count === 1 ? 'it' : 'them'} together before relying on it.`,
    contradiction: (a: string, b: string, first: string, x: string, second: string, y: string) =>
      `    ${a} vs ${b}: ${first} judged ${a} ${x} times as important, ${second} judged ${b} ${y} times as important`,
    consensus: (value: string, band: string) =>
      `  Group consensus (Goepel's AHP consensus indicator, 0–100 %): ${value}, ${band}`,
    compatibility: (list: string) =>
      `  Compatibility with the combined weights (Saaty; 1 = the same, ≤ 1.10 compatible): ${list}`,
    incompatible: (names: string) =>
      `⚠ ${names} judged far from the combined weights (compatibility above 1.10): the combined weights do not speak for them; discuss before relying on the ranking.`,
    rankingDisputed: 'Ranking (on weights the assessors dispute, see above):',
    ranking: 'Ranking:',
    chosen: ' (chosen)',
    knockedOut: (name: string, list: string) => `✗ ${name}: knocked out — ${list}`,
    incomplete: (name: string, list: string) => `? ${name}: no total, scores missing for ${list}`,
    allNa: (name: string) => `? ${name}: no total, every sub-criterion is scored n/a (not assessed)`,
    unweighted: (name: string) => `? ${name}: no total until the criteria have usable weights`,
    notScored: 'not scored',
    chosenDiffers: (chosen: string, winner: string) =>
      `Note: the engagement chose ${chosen}, the weighted ranking puts ${winner} first; the rationale should say why.`,
    chosenWhy: (chosen: string, winner: string, rationale: string) =>
      `The engagement chose ${chosen} over ${winner}, which ranks first, because: ${rationale}`,
    sensitivity: 'Sensitivity: how far each weight can move (others rescaled) before the winner changes',
    shift: (dir: 'down' | 'up', weight: string, who: string) =>
      `${dir === 'down' ? 'below' : 'above'} ${weight} → ${who}`,
    never: 'no weight changes the winner',
    sensitivityLine: (criterion: string, weight: string, shifts: string) => `  ${criterion} ${weight}: ${shifts}`,
    noWeights: 'No usable weights:',
  },
  zh: {
    usage: '用法：crmkit vendors 文件 [--json] [--lang en|zh]',
    noDecision: (id: string) => `项目 “${id}” 没有可比较的供应商，或没有供应商评价框架`,
    title: '供应商选型（加权匹配度 0–100；100 = 所有子项均为最高分）',
    weighting: { framework: '框架默认分配', direct: '直接设定', ahp: 'AHP 两两比较' },
    weights: (how: string) => `评价标准权重（${how}）：`,
    cr: (who: string, cr: string, ok: boolean) =>
      `  ${who}：一致性比率 ${cr}${ok ? '（一致，≤ 0.10）' : '⚠ 高于 0.10，应重新审视判断'}`,
    combined: '汇总（几何平均）',
    worst: (a: string, b: string, given: string, implied: string) =>
      `    最不一致的判断：${a} 对 ${b}，给出 ${given}，其他判断推得约为 ${implied}`,
    mustHaves: (list: string) => `必备条件：${list}`,
    contradict: (count: number) =>
      `⚠ 评估人之间有 ${count} 对判断相互矛盾：汇总权重把相反的判断平均掉了，排名所依据的权重并非任何评估人所给。请先共同商定，再依据排名决策。`,
    contradiction: (a: string, b: string, first: string, x: string, second: string, y: string) =>
      `    ${a} 对 ${b}：${first} 判断 ${a} 的重要性是其 ${x} 倍，${second} 判断 ${b} 的重要性是其 ${y} 倍`,
    consensus: (value: string, band: string) => `  群体共识度（Goepel 的 AHP 共识指标，0–100 %）：${value}，${band}`,
    compatibility: (list: string) => `  与汇总权重的兼容度（Saaty；1 = 完全相同，≤ 1.10 为兼容）：${list}`,
    incompatible: (names: string) =>
      `⚠ ${names} 的判断与汇总权重相差甚远（兼容度高于 1.10）：汇总权重不能代表其意见；请先讨论，再依据排名决策。`,
    rankingDisputed: '排名（所依据的权重存在评估人分歧，见上文）：',
    ranking: '排名：',
    chosen: '（已选定）',
    knockedOut: (name: string, list: string) => `✗ ${name}：被一票否决 —— ${list}`,
    incomplete: (name: string, list: string) => `? ${name}：评分不全，无总分，缺少 ${list}`,
    allNa: (name: string) => `? ${name}：无总分，所有子项均为“不适用”（未评估）`,
    unweighted: (name: string) => `? ${name}：评分标准尚无可用权重，暂无总分`,
    notScored: '未评分',
    chosenDiffers: (chosen: string, winner: string) =>
      `注意：项目选定的是 ${chosen}，而加权排名第一的是 ${winner}，选型理由应说明原因。`,
    chosenWhy: (chosen: string, winner: string, rationale: string) =>
      `项目选定了 ${chosen}，而非加权排名第一的 ${winner}，理由是：${rationale}`,
    sensitivity: '敏感性：各权重变动多少（其余按比例调整）才会改变胜出者',
    shift: (dir: 'down' | 'up', weight: string, who: string) =>
      `${dir === 'down' ? '低于' : '高于'} ${weight} → ${who}`,
    never: '任何权重都不会改变胜出者',
    sensitivityLine: (criterion: string, weight: string, shifts: string) => `  ${criterion} ${weight}：${shifts}`,
    noWeights: '权重不可用：',
  },
});

export const ROI_STRINGS = bilingual({
  en: {
    usage: 'usage: crmkit roi FILE [--json] [--format text|json|xlsx] [--out PATH] [--lang en|zh]',
    badFormat: (got: string) => `--format must be text, json or xlsx, not "${got}"`,
    xlsxNeedsOut:
      '--format xlsx writes an Excel workbook, which needs a file: add --out PATH (for example --out case.xlsx)',
    outNeedsXlsx: '--out writes the Excel workbook: add --format xlsx, or leave out --out to print the case',
    oneEngagement: (n: number) =>
      `the file holds ${n} engagements; --format xlsx writes one workbook per engagement file`,
    noFinance: (id: string) => `engagement "${id}" has no finance section`,
    title: (currency: string, unit: 'year' | 'month', horizon: number, rate: string) =>
      `ROI case (amounts in ${currency}, ${horizon} ${unit === 'year' ? 'years' : 'months'} after period 0, discount rate ${rate} a year)`,
    columns: ['period', 'costs', 'benefits', 'net', 'cumulative', 'disc. cumulative'],
    npv: (value: string, pvb: string, pvc: string) => `NPV ${value}  (PV of benefits ${pvb} − PV of costs ${pvc})`,
    irr: (value: string) => `IRR ${value} per period`,
    irrNone: {
      'no-sign-change': 'IRR none: the net flows never change sign',
      'no-root': 'IRR none between −100% and 1,000%',
    },
    irrSeveral: (value: string, all: string) => `IRR ${value} (flows change sign more than once; all rates: ${all})`,
    payback: (simple: string, discounted: string) => `Payback ${simple}; discounted payback ${discounted}`,
    roi: (roi: string, present: string, bcr: string) =>
      `ROI ${roi} undiscounted, ${present} on present values (TEI); benefit-cost ratio ${bcr} (discounted)`,
    empty: 'Nothing to compute: every cost and benefit is 0. Enter the amounts of the case.',
    riskAdjusted: (b: string, c: string) => `Risk-adjusted (benefits ${b}, costs ${c}):`,
    scenarios: 'Scenarios (each line at the low, most likely or high end of its range):',
    scenario: { conservative: 'conservative', expected: 'expected', optimistic: 'optimistic' },
    scenarioLine: (name: string, npv: string, payback: string) => `  ${name}: NPV ${npv} · payback ${payback}`,
    monteCarlo: (runs: string, seed: number) => `Monte Carlo (${runs} runs, seed ${seed}, triangular ranges per line):`,
    percentiles: (p10: string, p50: string, p90: string, positive: string) =>
      `  NPV P10 ${p10} · P50 ${p50} · P90 ${p90} · probability NPV > 0: ${positive}`,
    assumed: (list: string) => `  Default ranges assumed for: ${list}`,
    lines: 'Cost and benefit lines (as entered → total over the horizon, present value):',
    kind: { cost: 'cost', benefit: 'benefit' },
    line: (name: string, kind: string, category: string, entered: string, total: string, pv: string) =>
      `  ${name} (${kind}, ${category}): ${entered} → ${total}, PV ${pv}`,
  },
  zh: {
    usage: '用法：crmkit roi 文件 [--json] [--format text|json|xlsx] [--out 路径] [--lang en|zh]',
    badFormat: (got: string) => `--format 只能是 text、json 或 xlsx，而不是 “${got}”`,
    xlsxNeedsOut: '--format xlsx 输出 Excel 工作簿，需要写入文件：请加上 --out 路径（例如 --out case.xlsx）',
    outNeedsXlsx: '--out 用于写入 Excel 工作簿：请加上 --format xlsx，或去掉 --out 以直接输出测算',
    oneEngagement: (n: number) => `该文件包含 ${n} 个咨询项目；--format xlsx 每个项目文件只输出一个工作簿`,
    noFinance: (id: string) => `项目 “${id}” 没有财务（finance）部分`,
    title: (currency: string, unit: 'year' | 'month', horizon: number, rate: string) =>
      `投资回报测算（金额单位：${currency}，第 0 期之后 ${horizon} ${unit === 'year' ? '年' : '个月'}，年折现率 ${rate}）`,
    columns: ['期', '成本', '效益', '净现金流', '累计', '折现累计'],
    npv: (value: string, pvb: string, pvc: string) => `净现值 ${value}（效益现值 ${pvb} − 成本现值 ${pvc}）`,
    irr: (value: string) => `内部收益率 ${value}（每期）`,
    irrNone: {
      'no-sign-change': '内部收益率：无（净现金流从不改变符号）',
      'no-root': '内部收益率：在 −100% 到 1000% 之间无解',
    },
    irrSeveral: (value: string, all: string) => `内部收益率 ${value}（现金流多次改变符号，全部解：${all}）`,
    payback: (simple: string, discounted: string) => `投资回收期 ${simple}；折现回收期 ${discounted}`,
    roi: (roi: string, present: string, bcr: string) =>
      `投资回报率：未折现 ${roi}，现值口径 ${present}（TEI）；效益成本比 ${bcr}（折现）`,
    empty: '尚无可计算的内容：所有成本和效益均为 0。请填写测算金额。',
    riskAdjusted: (b: string, c: string) => `风险调整后（效益 ${b}，成本 ${c}）：`,
    scenarios: '三种情景（各项分别取区间的低端、最可能值或高端）：',
    scenario: { conservative: '保守', expected: '预期', optimistic: '乐观' },
    scenarioLine: (name: string, npv: string, payback: string) => `  ${name}：净现值 ${npv} · 回收期 ${payback}`,
    monteCarlo: (runs: string, seed: number) => `蒙特卡洛模拟（${runs} 次，随机种子 ${seed}，各项按三角分布取值）：`,
    percentiles: (p10: string, p50: string, p90: string, positive: string) =>
      `  净现值 P10 ${p10} · P50 ${p50} · P90 ${p90} · 净现值为正的概率 ${positive}`,
    assumed: (list: string) => `  以下各项采用默认区间：${list}`,
    lines: '成本与效益明细（填写的金额 → 测算期合计，现值）：',
    kind: { cost: '成本', benefit: '效益' },
    line: (name: string, kind: string, category: string, entered: string, total: string, pv: string) =>
      `  ${name}（${kind}，${category}）：${entered} → 合计 ${total}，现值 ${pv}`,
  },
});

/** `crmkit plan FILE --check`: the counts and each fault. */
export const PLAN_CHECK_CLI = bilingual({
  en: {
    title: (engagement: string, template: string) => `Plan check: ${engagement} — ${template}`,
    tasks: (n: number, generated: number) =>
      `tasks: ${n} (${generated} from findings, risks, the vendor and the ROI case)`,
    firstDay: (n: number, generated: number) => `start on the plan's first day: ${n} (${generated} of them generated)`,
    duplicates: (n: number) => `the same work twice in a phase: ${n}`,
    duplicate: (phase: string, work: string, tasks: string) => `${phase}: ${work} — ${tasks}`,
    beforeAnchor: (n: number) => `placed before the work they wait for: ${n}`,
    after: (task: string, anchor: string) => `“${task}” starts before “${anchor}” is finished`,
    before: (task: string, anchor: string) => `“${task}” finishes after “${anchor}” starts`,
    vendor: (n: number) => `vendor work before the needs are known or the system is chosen: ${n}`,
    vendorItem: (task: string, anchor: string) => `“${task}” starts before “${anchor}” is finished`,
    verdict: (faults: number) => (faults === 0 ? 'no faults' : `${faults} fault${faults === 1 ? '' : 's'}`),
  },
  zh: {
    title: (engagement: string, template: string) => `计划检查：${engagement} — ${template}`,
    tasks: (n: number, generated: number) =>
      `任务：${n} 项（其中 ${generated} 项来自评估发现、风险、供应商和 ROI 测算）`,
    firstDay: (n: number, generated: number) => `在计划第一天开始：${n} 项（其中 ${generated} 项为生成任务）`,
    duplicates: (n: number) => `同一阶段内重复的工作：${n} 处`,
    duplicate: (phase: string, work: string, tasks: string) => `${phase}：${work} — ${tasks}`,
    beforeAnchor: (n: number) => `排在所依赖工作之前：${n} 处`,
    after: (task: string, anchor: string) => `“${task}”在“${anchor}”完成前就开始`,
    before: (task: string, anchor: string) => `“${task}”在“${anchor}”开始后才完成`,
    vendor: (n: number) => `需求明确或系统选定之前的供应商工作：${n} 处`,
    vendorItem: (task: string, anchor: string) => `“${task}”在“${anchor}”完成前就开始`,
    verdict: (faults: number) => (faults === 0 ? '没有问题' : `共 ${faults} 处问题`),
  },
});
