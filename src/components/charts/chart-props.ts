/**
 * The props of the vendor and ROI charts, built in one place for the static pages and the
 * workshop so their wording and data cannot drift apart.
 */
import { sensitivityTornado, vendorStack } from '../../core/decide/chart-data.ts';
import type { VendorDecision } from '../../core/decide/vendor-decision.ts';
import type { FinanceFigures } from '../../core/finance/analyse.ts';
import { cashFlowLine, npvHistogram } from '../../core/finance/chart-data.ts';
import type { Simulation } from '../../core/finance/simulate.ts';
import type { BurnUpPoint } from '../../core/plan/tracking.ts';
import { ROI_PAGE } from '../../i18n/roi.ts';
import { TRACKING_PAGE } from '../../i18n/tracking.ts';
import { VENDOR_PAGE } from '../../i18n/vendors.ts';
import { currencyUnit } from '../../i18n/lib/format.ts';
import type { Finance, Language } from '../../schemas/generated/types.ts';

export function vendorStackProps(decision: VendorDecision, lang: Language) {
  const v = VENDOR_PAGE[lang];
  const data = vendorStack(decision, lang, v.koLabel);
  return {
    lang,
    label: v.stackedAlt(data.labels.length),
    spec: { kind: 'stacked' as const, data },
    xLabel: v.stackedAxis,
  };
}

export function tornadoProps(decision: VendorDecision, lang: Language) {
  const v = VENDOR_PAGE[lang];
  return {
    lang,
    label: v.tornadoAlt,
    spec: {
      kind: 'tornado' as const,
      data: sensitivityTornado(decision, lang),
      rangeLabel: v.range,
      currentLabel: v.current,
    },
    xLabel: v.weightAxis,
  };
}

export function cashFlowProps(figures: FinanceFigures, finance: Finance, currency: string, lang: Language) {
  const r = ROI_PAGE[lang];
  return {
    lang,
    label: r.lineAlt,
    spec: {
      kind: 'cashflow' as const,
      data: cashFlowLine(figures),
      cumulativeLabel: r.cumulative,
      discountedLabel: r.discountedCumulative,
      paybackLabel: r.paybackMark,
    },
    xLabel: r.periodAxis(finance.periodUnit),
    yLabel: currencyUnit(currency, lang),
  };
}

export function histogramProps(simulation: Simulation, currency: string, lang: Language) {
  const r = ROI_PAGE[lang];
  return {
    lang,
    label: r.histogramAlt,
    spec: { kind: 'histogram' as const, data: npvHistogram(simulation), countLabel: r.runs },
    xLabel: r.npvAxis(currencyUnit(currency, lang)),
    yLabel: r.runs,
  };
}

export function burnUpProps(points: BurnUpPoint[], lang: Language) {
  const t = TRACKING_PAGE[lang];
  return {
    lang,
    label: t.burnUpAlt,
    spec: {
      kind: 'burnup' as const,
      data: points,
      plannedLabel: t.planned,
      actualLabel: t.actual,
      forecastLabel: t.forecast,
    },
    xLabel: t.date,
    yLabel: t.share,
  };
}
