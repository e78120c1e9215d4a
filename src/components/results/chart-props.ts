/**
 * The props of the two result charts, built in one place for the static results pages
 * and the workshop so their wording and data cannot drift apart.
 */
import { elementSeries, portfolioScatter } from '../../core/assess/chart-data.ts';
import type { AssessmentResult } from '../../core/assess/assess-engagement.ts';
import type { PortfolioResult } from '../../core/assess/portfolio.ts';
import { RESULTS } from '../../i18n/results.ts';
import { withCurrency } from '../../i18n/units.ts';
import type { Framework, Language } from '../../schemas/generated/types.ts';

/** Radar for frameworks with an alignment view (7-S), bars for the others. */
export function scoreChartProps(framework: Framework, result: AssessmentResult, lang: Language) {
  const r = RESULTS[lang];
  return {
    kind: framework.alignment ? ('radar' as const) : ('bar' as const),
    label: r.chartAlt(framework.title[lang]),
    series: elementSeries(framework, result.score, lang),
    currentLabel: r.chartCurrent,
    targetLabel: r.chartTarget,
  };
}

export function portfolioChartProps(framework: Framework, portfolio: PortfolioResult, lang: Language) {
  const r = RESULTS[lang];
  const inUnit = (title: string) => withCurrency(title, portfolio.currency, lang);
  return {
    kind: 'scatter' as const,
    label: r.scatterAlt,
    scatter: portfolioScatter(framework, portfolio, lang),
    currentLabel: r.segment,
    targetLabel: r.segment,
    xLabel: inUnit(framework.portfolio?.x.title[lang] ?? ''),
    yLabel: inUnit(framework.portfolio?.y.title[lang] ?? ''),
    lang,
  };
}
