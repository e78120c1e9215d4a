/**
 * The ROI case's headline figures, as written in the roi-categories framework: NPV, IRR, simple and
 * discounted payback, ROI % and the benefit-cost ratio, for the case as entered, risk-adjusted and
 * under three scenarios.
 */
import type { Finance } from '../../schemas/generated/types.ts';
import { cashFlows, type CashFlowTable, type FlowOptions, type LineFactors } from './cash-flows.ts';
import { assertFinanceInput } from './input.ts';
import { irr, npv, payback, type IrrResult } from './metrics.ts';
import { defaultRange, rangeFor } from './ranges.ts';

export interface FinanceFigures {
  table: CashFlowTable;
  totalCosts: number;
  totalBenefits: number;
  presentCosts: number;
  presentBenefits: number;
  npv: number;
  irr: IrrResult;
  /**
   * Nothing to compute: every cost and benefit is zero (a case just started, or no lines). The
   * paybacks are then absent and views say there is nothing to compute instead of "0 years".
   */
  empty: boolean;
  /** Periods until the cumulative net flow reaches zero; undefined when not within the horizon (or `empty`). */
  payback?: number;
  discountedPayback?: number;
  /** (total benefits − total costs) / total costs × 100, undiscounted; undefined without costs. */
  roiPercent?: number;
  /**
   * ROI on present values, as total-economic-impact (TEI) studies report it: (PV of benefits − PV
   * of costs) / PV of costs × 100, i.e. (benefit-cost ratio − 1) × 100; undefined without costs.
   */
  presentRoiPercent?: number;
  /** PV of benefits / PV of costs; undefined without costs. */
  benefitCostRatio?: number;
}

export function figures(finance: Finance, options: FlowOptions = {}): FinanceFigures {
  const table = cashFlows(finance, options);
  const sum = (kind: 'cost' | 'benefit', key: 'total' | 'presentValue'): number =>
    table.lines.reduce((total, line) => (line.kind === kind ? total + line[key] : total), 0);
  const totalCosts = sum('cost', 'total');
  const totalBenefits = sum('benefit', 'total');
  const presentCosts = sum('cost', 'presentValue');
  const presentBenefits = sum('benefit', 'presentValue');
  const empty = totalCosts === 0 && totalBenefits === 0;
  const discountedPayback = empty ? undefined : payback(table.rows.map((row) => row.discountedNet));
  const simplePayback = empty ? undefined : payback(table.net);
  return {
    table,
    totalCosts,
    totalBenefits,
    presentCosts,
    presentBenefits,
    npv: npv(table.periodRate, table.net),
    irr: irr(table.net, table.periodRate),
    empty,
    ...(simplePayback === undefined ? {} : { payback: simplePayback }),
    ...(discountedPayback === undefined ? {} : { discountedPayback }),
    ...ratio('roiPercent', totalBenefits - totalCosts, totalCosts, 100),
    ...ratio('presentRoiPercent', presentBenefits - presentCosts, presentCosts, 100),
    ...ratio('benefitCostRatio', presentBenefits, presentCosts, 1),
  };
}

/**
 * A ratio over costs, left out when it has no finite value: with no costs, and with costs so
 * small beside the benefits (a cost of 5e-324 is a valid amount) that the quotient overflows.
 */
function ratio<K extends string>(key: K, over: number, costs: number, scale: number): Partial<Record<K, number>> {
  const value = costs > 0 ? (over / costs) * scale : Number.NaN;
  return Number.isFinite(value) ? ({ [key]: value } as Record<K, number>) : {};
}

export type ScenarioId = 'conservative' | 'expected' | 'optimistic';
export const SCENARIOS: readonly ScenarioId[] = ['conservative', 'expected', 'optimistic'];

/**
 * Line multipliers for a scenario: conservative takes every cost at the top of its range and every
 * benefit at the bottom, optimistic the reverse, expected the most likely value of each.
 */
export function scenarioFactors(finance: Finance, scenario: ScenarioId): LineFactors {
  const factors = new Map<string, number>();
  const pick = (id: string, kind: 'cost' | 'benefit'): void => {
    const range = rangeFor(finance, id) ?? defaultRange(kind);
    const worst = kind === 'cost' ? range.max : range.min;
    const best = kind === 'cost' ? range.min : range.max;
    factors.set(id, scenario === 'expected' ? range.mode : scenario === 'conservative' ? worst : best);
  };
  for (const cost of finance.costs ?? []) pick(cost.id, 'cost');
  for (const benefit of finance.benefits ?? []) pick(benefit.id, 'benefit');
  return factors;
}

export interface FinanceAnalysis {
  base: FinanceFigures;
  /** Benefits reduced and costs raised by the stated percentages; absent without a risk adjustment. */
  riskAdjusted?: FinanceFigures;
  scenarios: Record<ScenarioId, FinanceFigures>;
}

/** Every deterministic view of the case. Throws `InputError` rather than compute from bad input. */
export function analyseFinance(finance: Finance): FinanceAnalysis {
  assertFinanceInput(finance);
  const scenarios = Object.fromEntries(
    SCENARIOS.map((id) => [id, figures(finance, { factors: scenarioFactors(finance, id) })]),
  ) as Record<ScenarioId, FinanceFigures>;
  return {
    base: figures(finance),
    ...(finance.riskAdjustment ? { riskAdjusted: figures(finance, { riskAdjusted: true }) } : {}),
    scenarios,
  };
}
