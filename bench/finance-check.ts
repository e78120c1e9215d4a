/**
 * crmkit's NPV and IRR side by side with the Excel formula library (@formulajs/formulajs, the
 * library the workbook tests evaluate `crmkit roi --format xlsx` with) on the same net flows: the
 * sample engagements as entered and risk-adjusted, and a long monthly case. The spreadsheet NPV is
 * net₀ + NPV(rate, net₁…netₙ) and IRR is IRR(net₀…netₙ, rate per period), as the workbook writes them.
 */
import * as formulajs from '@formulajs/formulajs';
import { analyseFinance } from '../src/core/finance/analyse.ts';
import { irr, npv } from '../src/core/finance/metrics.ts';
import type { Engagement, Finance } from '../src/schemas/generated/types.ts';
import { timeIt } from './engine.ts';

export interface FinanceCheckRow {
  name: string;
  periods: number;
  npvDifference: number;
  /** Undefined when crmkit finds no single IRR (nothing to compare). */
  irrDifference?: number;
  /** Median time per call in ms. */
  npvMs: { crmkit: number; formulajs: number };
  irrMs: { crmkit: number; formulajs: number };
}

/** Monthly over ten years: a one-time cost, a recurring cost and a benefit ramping up over a year. */
export const LONG_MONTHLY: Finance = {
  periodUnit: 'month',
  horizon: 120,
  discountRate: 0.09,
  costs: [{ id: 'build', category: 'implementation', oneTime: 1_800_000, recurring: 25_000 }],
  benefits: [
    {
      id: 'revenue',
      category: 'revenue-growth',
      annual: 1_500_000,
      rampUp: Array.from({ length: 12 }, (_, i) => (i + 1) / 12),
    },
  ],
};

/** Many calls per timed run, so that a run is long enough for the clock. */
const CALLS = 200;

function row(name: string, flows: readonly number[], rate: number): FinanceCheckRow {
  const excelNpv = (): number => (flows[0] ?? 0) + (formulajs.NPV(rate, ...flows.slice(1)) as number);
  const excelIrr = (): number => formulajs.IRR([...flows], rate) as number;
  const ours = irr(flows, rate);
  const perCall = (fn: () => unknown): number =>
    timeIt(() => {
      for (let i = 0; i < CALLS; i += 1) fn();
    }) / CALLS;
  return {
    name,
    periods: flows.length - 1,
    npvDifference: Math.abs(npv(rate, flows) - excelNpv()),
    ...(ours.value !== undefined && ours.note !== 'several'
      ? { irrDifference: Math.abs(ours.value - excelIrr()) }
      : {}),
    npvMs: { crmkit: perCall(() => npv(rate, flows)), formulajs: perCall(excelNpv) },
    irrMs: { crmkit: perCall(() => irr(flows, rate)), formulajs: perCall(excelIrr) },
  };
}

export function financeCheck(engagements: readonly Engagement[]): FinanceCheckRow[] {
  const rows: FinanceCheckRow[] = [];
  const add = (name: string, finance: Finance): void => {
    const analysis = analyseFinance(finance);
    rows.push(row(name, analysis.base.table.net, analysis.base.table.periodRate));
    if (analysis.riskAdjusted) {
      rows.push(row(`${name}, risk-adjusted`, analysis.riskAdjusted.table.net, analysis.riskAdjusted.table.periodRate));
    }
  };
  for (const engagement of engagements) if (engagement.finance) add(engagement.id, engagement.finance);
  add('synthetic monthly, 10 years', LONG_MONTHLY);
  return rows;
}
