/**
 * Words of the PowerPoint deck of the executive summary (src/render/deck.ts) that the summary
 * page does not already have (i18n/summary.ts), and of `crmkit report --format pptx`.
 */
import type { Language } from '../schemas/generated/types.ts';

interface DeckWords {
  /** The font every text box names; the Chinese one covers CJK characters. */
  font: string;
  /** The BCP 47 tag on every run, so a viewer without the font picks one for this language. */
  tag: string;
  noScores: string;
  ranking: string;
  rank: string;
  vendorName: string;
  fit: string;
  mustHaves: string;
  passes: string;
  fails: string;
  incomplete: string;
  chosen: string;
  figure: string;
  base: string;
  riskAdjusted: string;
  irr: string;
  roiPercent: string;
  presentRoiPercent: string;
  baseline: string;
  forecast: string;
  roadmapKey: string;
  more: (n: number) => string;
  section: string;
  sourcePage: string;
  fullText: string;
  summaryOnSite: string;
  /** The workshop summary's download button and the line under it. */
  viewDownload: string;
  viewNote: string;
  viewFailed: (error: string) => string;
}

export const DECK: Record<Language, DeckWords> = {
  en: {
    font: 'Calibri',
    tag: 'en-US',
    noScores: 'No assessment is scored yet: answer the workshop questions first.',
    ranking: 'Vendor ranking',
    rank: 'Rank',
    vendorName: 'Vendor',
    fit: 'Weighted fit',
    mustHaves: 'Must-haves',
    passes: 'all met',
    fails: 'fails',
    incomplete: 'scores missing',
    chosen: 'Chosen',
    figure: 'Figure',
    base: 'As entered',
    riskAdjusted: 'Risk-adjusted',
    irr: 'Internal rate of return',
    roiPercent: 'ROI, undiscounted',
    presentRoiPercent: 'ROI on present values',
    baseline: 'Baseline',
    forecast: 'Forecast',
    roadmapKey:
      'Pale bar: the baseline dates; its filled part: the share done. Thin bar under it: the forecast. Diamond: the gate. Dashed line: the status date.',
    more: (n) => `… and ${n} more (see the notes).`,
    section: 'Section',
    sourcePage: 'Where it comes from',
    fullText: 'Full text of shortened entries:',
    summaryOnSite: 'Summary page',
    viewDownload: 'Download the slides (PowerPoint)',
    viewNote:
      'The same summary as nine editable slides, as crmkit report --format pptx writes them: tables, the cash-flow chart and the roadmap bars stay editable in PowerPoint.',
    viewFailed: (error) => `The slides could not be made: ${error}`,
  },
  zh: {
    font: 'Microsoft YaHei',
    tag: 'zh-CN',
    noScores: '尚无评估得分：请先回答研讨会问题。',
    ranking: '供应商排名',
    rank: '排名',
    vendorName: '供应商',
    fit: '加权匹配度',
    mustHaves: '必备条件',
    passes: '全部满足',
    fails: '未满足',
    incomplete: '评分不全',
    chosen: '已选定',
    figure: '指标',
    base: '按录入数据',
    riskAdjusted: '风险调整后',
    irr: '内部收益率',
    roiPercent: '投资回报率（未折现）',
    presentRoiPercent: '投资回报率（按现值）',
    baseline: '基准',
    forecast: '预计',
    roadmapKey: '浅色条：基准日期，其中填充部分为完成比例。下方细条：预计日期。菱形：阶段关口。虚线：状态日期。',
    more: (n) => `……另有 ${n} 项（见备注）。`,
    section: '部分',
    sourcePage: '出处',
    fullText: '被缩短条目的全文：',
    summaryOnSite: '摘要页',
    viewDownload: '下载演示文稿（PowerPoint）',
    viewNote:
      '同一份摘要，生成为九张可编辑的幻灯片，与 crmkit report --format pptx 生成的相同：表格、现金流图和路线图条形在 PowerPoint 中均可编辑。',
    viewFailed: (error) => `无法生成演示文稿：${error}`,
  },
};

/** What `crmkit report --format …` says when the options do not fit together. */
export const DECK_CLI: Record<
  Language,
  { badFormat: (got: string) => string; pptxNeedsOut: string; pptxNoPrint: string }
> = {
  en: {
    badFormat: (got) => `--format must be html or pptx, not "${got}"`,
    pptxNeedsOut: '--format pptx writes a PowerPoint file: name it with --out deck.pptx',
    pptxNoPrint: '--pdf and --paper print the HTML report; leave them out with --format pptx',
  },
  zh: {
    badFormat: (got) => `--format 只能是 html 或 pptx，而不是“${got}”`,
    pptxNeedsOut: '--format pptx 生成 PowerPoint 文件：请用 --out deck.pptx 指定文件名',
    pptxNoPrint: '--pdf 和 --paper 用于打印 HTML 报告；使用 --format pptx 时请去掉它们',
  },
};
