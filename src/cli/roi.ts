/**
 * `crmkit roi FILE [--json] [--format xlsx --out PATH]`: the ROI case period by period with its
 * headline figures, the risk-adjusted view, the three scenarios and the Monte Carlo percentiles of
 * NPV; or the case as an Excel workbook whose figures are live formulas over its inputs.
 */
import { jsonText } from './terminal-text.ts';
import { SCENARIOS, type FinanceAnalysis, type FinanceFigures } from '../core/finance/analyse.ts';
import { categoryTitles, lineWords } from '../render/finance-words.ts';
import type { Simulation } from '../core/finance/simulate.ts';
import { roiView } from '../core/views/roi-view.ts';
import { currencyUnit, formatChange, formatMoney, formatNumber, formatPercent } from '../i18n/lib/format.ts';
import type { Engagement, Finance, Language, LocalizedText } from '../schemas/generated/types.ts';
import { openEngagements, reportLanguage, type EngagementCommandOptions } from './engagement-command.ts';
import { displayWidth, padCells } from '../core/shared/text.ts';
import { ROI_PAGE } from '../i18n/roi.ts';
import { ROI_STRINGS } from '../i18n/cli.ts';
import type { CommandResult } from './validate.ts';
import { engagementWorkbook } from '../render/engagement-sheets.ts';
import type { ContentSet } from '../core/check/load-content.ts';
import { workbookBytes } from '../node/write-workbook.ts';
import { pendingFile } from './write-output.ts';

export interface RoiOptions extends EngagementCommandOptions {
  format?: string | undefined;
  out?: string | undefined;
}

const FORMATS = ['text', 'json', 'xlsx'] as const;

interface RoiReport {
  engagement: Engagement;
  finance: Finance;
  analysis: FinanceAnalysis;
  simulation: Simulation;
  lang: Language;
  categories: ReadonlyMap<string, LocalizedText>;
}

export function roiCommand(options: RoiOptions): CommandResult {
  const fallback = options.lang ?? 'en';
  const w0 = ROI_STRINGS[fallback];
  const format = options.format ?? (options.json ? 'json' : 'text');
  if (!(FORMATS as readonly string[]).includes(format)) return { exitCode: 2, stdout: w0.badFormat(format) + '\n' };
  if (format === 'xlsx' && options.out === undefined) return { exitCode: 2, stdout: w0.xlsxNeedsOut + '\n' };
  if (format !== 'xlsx' && options.out !== undefined) return { exitCode: 2, stdout: w0.outNeedsXlsx + '\n' };
  const opened = openEngagements(options, ROI_STRINGS[fallback].usage);
  if (!opened.ok) return opened.result;
  const reports: RoiReport[] = [];
  const categories = categoryTitles(opened.content.frameworks.values());
  for (const engagement of opened.engagements) {
    const finance = engagement.finance;
    if (!finance) return { exitCode: 2, stdout: ROI_STRINGS[fallback].noFinance(engagement.id) + '\n' };
    // The loader has already rejected input the engines refuse, so these do not throw here.
    const { analysis, simulation } = roiView(finance);
    reports.push({ engagement, finance, analysis, simulation, lang: reportLanguage(options, engagement), categories });
  }
  if (format === 'xlsx') {
    const [report, ...more] = reports;
    if (!report || more.length > 0) return { exitCode: 2, stdout: w0.oneEngagement(reports.length) + '\n' };
    return workbookResult(report, opened.content, options.out ?? '', options);
  }
  if (format === 'json') {
    const json = reports.map(({ engagement, analysis, simulation }) => ({
      engagement: engagement.id,
      currency: engagement.client.currency,
      base: figuresJson(analysis.base),
      riskAdjusted: analysis.riskAdjusted && figuresJson(analysis.riskAdjusted),
      scenarios: Object.fromEntries(SCENARIOS.map((id) => [id, figuresJson(analysis.scenarios[id])])),
      simulation,
    }));
    return { exitCode: 0, stdout: jsonText(json), document: true };
  }
  return { exitCode: 0, stdout: reports.map(toText).join('\n\n') + '\n' };
}

/** The workbook is produced asynchronously: main.ts's runAsync writes it and reports the outcome. */
function workbookResult(report: RoiReport, content: ContentSet, out: string, options: RoiOptions): CommandResult {
  const layout = engagementWorkbook(report.engagement, report.finance, content, report.lang);
  return pendingFile(options.cwd, out, options.lang ?? 'en', () => workbookBytes(layout));
}

function figuresJson(f: FinanceFigures): unknown {
  const { table, ...headline } = f;
  return { ...headline, periodRate: table.periodRate, rows: table.rows, lines: table.lines };
}

function toText({ engagement, finance, analysis, simulation, lang, categories }: RoiReport): string {
  const w = ROI_STRINGS[lang];
  const currency = engagement.client.currency;
  const money = (v: number): string => formatMoney(v, currency, lang);
  // The page's words for periods, so the CLI and the ROI page say a payback the same way.
  const page = ROI_PAGE[lang];
  const periods = (n: number | undefined): string =>
    n === undefined ? page.notReached : page.periods(formatNumber(n, lang), finance.periodUnit);
  const out = [
    `${engagement.title} — ${w.title(currencyUnit(currency, lang), finance.periodUnit, finance.horizon, formatPercent(finance.discountRate, lang, 2))}`,
    '',
  ];
  const rows = analysis.base.table.rows.map((r) =>
    [r.period, r.costs, r.benefits, r.net, r.cumulative, r.discountedCumulative].map((v, i) =>
      i === 0 ? String(v) : formatNumber(v, lang, 0),
    ),
  );
  // Columns are padded by display width: a Chinese heading takes two terminal cells per character.
  const widths = w.columns.map((c, i) => Math.max(displayWidth(c), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => padCells(c, widths[i] ?? 0, i === 0 ? 'left' : 'right')).join('  ');
  out.push(line(w.columns), ...rows.map(line), '');
  if (analysis.base.empty) return [...out, w.empty].join('\n');

  const headline = (f: FinanceFigures, indent: string): string[] => {
    const irr =
      f.irr.value === undefined
        ? w.irrNone[f.irr.note === 'no-sign-change' ? 'no-sign-change' : 'no-root']
        : f.irr.note === 'several'
          ? w.irrSeveral(formatPercent(f.irr.value, lang), f.irr.all.map((r) => formatPercent(r, lang)).join(', '))
          : w.irr(formatPercent(f.irr.value, lang));
    return [
      w.npv(formatMoney(f.npv, currency, lang, 2), money(f.presentBenefits), money(f.presentCosts)),
      irr,
      w.payback(periods(f.payback), periods(f.discountedPayback)),
      w.roi(
        f.roiPercent === undefined ? '–' : formatPercent(f.roiPercent / 100, lang),
        f.presentRoiPercent === undefined ? '–' : formatPercent(f.presentRoiPercent / 100, lang),
        f.benefitCostRatio === undefined ? '–' : formatNumber(f.benefitCostRatio, lang),
      ),
    ].map((text) => indent + text);
  };
  out.push(...headline(analysis.base, ''));
  if (analysis.riskAdjusted && finance.riskAdjustment) {
    const { benefitReduction, costIncrease } = finance.riskAdjustment;
    out.push('', w.riskAdjusted(formatChange(-(benefitReduction ?? 0), lang), formatChange(costIncrease ?? 0, lang)));
    out.push(...headline(analysis.riskAdjusted, '  '));
  }
  out.push('', w.scenarios);
  for (const id of SCENARIOS) {
    const f = analysis.scenarios[id];
    out.push(w.scenarioLine(w.scenario[id], money(f.npv), periods(f.payback)));
  }
  out.push('', w.monteCarlo(formatNumber(simulation.runs, lang, 0), simulation.seed));
  out.push(
    w.percentiles(
      money(simulation.p10),
      money(simulation.p50),
      money(simulation.p90),
      formatPercent(simulation.probabilityPositive, lang, 2),
    ),
  );
  const words = lineWords(finance, categories, lang);
  const entries = new Map([...(finance.costs ?? []), ...(finance.benefits ?? [])].map((l) => [l.id, l]));
  const nameOf = (id: string): string => {
    const entry = entries.get(id);
    return entry ? words.name(entry) : id;
  };
  const assumed = simulation.lines.filter((l) => l.assumed).map((l) => nameOf(l.id));
  if (assumed.length > 0) out.push(w.assumed(assumed.join(lang === 'zh' ? '、' : ', ')));
  out.push('', w.lines);
  for (const l of analysis.base.table.lines) {
    const entry = entries.get(l.id);
    out.push(
      w.line(
        nameOf(l.id),
        w.kind[l.kind],
        words.category(l.category),
        entry ? words.entered(entry) : '',
        formatNumber(l.total, lang, 0),
        formatNumber(l.presentValue, lang, 0),
      ),
    );
  }
  return out.join('\n');
}
