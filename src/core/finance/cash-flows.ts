/**
 * The ROI case laid out over periods: one row per period with costs, benefits, net flow and the
 * running totals, and one row per cost or benefit line so every figure can be traced to an input.
 */
import type { Finance } from '../../schemas/generated/types.ts';
import { cumulative, discounted } from './metrics.ts';

export type LineKind = 'cost' | 'benefit';

/** A multiplier per line id: how a scenario or a simulation run scales the amounts as entered. */
export type LineFactors = ReadonlyMap<string, number>;

export interface LineFlows {
  id: string;
  kind: LineKind;
  category: string;
  label?: string;
  /** Amount per period, period 0 first; costs are positive here and subtracted in `net`. */
  amounts: number[];
  total: number;
  presentValue: number;
}

export interface PeriodRow {
  period: number;
  costs: number;
  benefits: number;
  net: number;
  cumulative: number;
  discountedNet: number;
  discountedCumulative: number;
}

export interface CashFlowTable {
  periodUnit: Finance['periodUnit'];
  /** Discount rate per period (the yearly rate turned into its monthly equivalent for months). */
  periodRate: number;
  lines: LineFlows[];
  rows: PeriodRow[];
  net: number[];
}

export const PERIODS_PER_YEAR = { year: 1, month: 12 } as const;

/** The yearly rate as a rate per period: (1 + r)^(1/12) − 1 for months, so twelve months compound to a year. */
export function periodRate(finance: Pick<Finance, 'discountRate' | 'periodUnit'>): number {
  const perYear = PERIODS_PER_YEAR[finance.periodUnit];
  return perYear === 1 ? finance.discountRate : (1 + finance.discountRate) ** (1 / perYear) - 1;
}

/** Share of the full benefit reached in `period` (1-based); the last share holds after the list ends. */
export function rampShare(rampUp: readonly number[] | undefined, period: number): number {
  if (!rampUp || rampUp.length === 0) return 1;
  return rampUp[Math.min(period, rampUp.length) - 1] ?? 1;
}

function costAmounts(
  line: NonNullable<Finance['costs']>[number],
  periods: number,
  factor: number,
  increase: number,
): number[] {
  const scale = factor * (1 + increase);
  return Array.from({ length: periods + 1 }, (_, t) => costInPeriod(line, t) * scale);
}

/** What a cost line asks for in period `t` as entered: one-time in period 0, then `byPeriod` in turn, then `recurring`. */
export function costInPeriod(line: NonNullable<Finance['costs']>[number], t: number): number {
  if (t === 0) return line.oneTime ?? 0;
  return line.byPeriod?.[t - 1] ?? line.recurring ?? 0;
}

function benefitAmounts(
  line: NonNullable<Finance['benefits']>[number],
  finance: Finance,
  factor: number,
  reduction: number,
): number[] {
  const perPeriod = line.annual / PERIODS_PER_YEAR[finance.periodUnit];
  const scale = factor * (1 - reduction);
  return Array.from({ length: finance.horizon + 1 }, (_, t) =>
    t === 0 ? 0 : perPeriod * rampShare(line.rampUp, t) * scale,
  );
}

export interface FlowOptions {
  /** Multiplier per line id (1 when absent). */
  factors?: LineFactors;
  /** Apply the engagement's risk adjustment (benefits reduced, costs raised). */
  riskAdjusted?: boolean;
}

/** Every line's amounts per period and the period totals. Assumes `finance` passed `financeInputProblems`. */
export function cashFlows(finance: Finance, options: FlowOptions = {}): CashFlowTable {
  const rate = periodRate(finance);
  const reduction = options.riskAdjusted ? (finance.riskAdjustment?.benefitReduction ?? 0) : 0;
  const increase = options.riskAdjusted ? (finance.riskAdjustment?.costIncrease ?? 0) : 0;
  const factor = (id: string): number => options.factors?.get(id) ?? 1;
  const line = (id: string, kind: LineKind, category: string, label: string | undefined, amounts: number[]) => ({
    id,
    kind,
    category,
    ...(label === undefined ? {} : { label }),
    amounts,
    total: amounts.reduce((sum, amount) => sum + amount, 0),
    presentValue: discounted(rate, amounts).reduce((sum, amount) => sum + amount, 0),
  });
  const lines: LineFlows[] = [
    ...(finance.costs ?? []).map((cost) =>
      line(cost.id, 'cost', cost.category, cost.label, costAmounts(cost, finance.horizon, factor(cost.id), increase)),
    ),
    ...(finance.benefits ?? []).map((benefit) =>
      line(
        benefit.id,
        'benefit',
        benefit.category,
        benefit.label,
        benefitAmounts(benefit, finance, factor(benefit.id), reduction),
      ),
    ),
  ];
  const sumOf = (kind: LineKind, t: number): number =>
    lines.reduce((sum, l) => (l.kind === kind ? sum + (l.amounts[t] ?? 0) : sum), 0);
  const costs = Array.from({ length: finance.horizon + 1 }, (_, t) => sumOf('cost', t));
  const benefits = Array.from({ length: finance.horizon + 1 }, (_, t) => sumOf('benefit', t));
  const net = benefits.map((benefit, t) => benefit - (costs[t] ?? 0));
  const running = cumulative(net);
  const discountedNet = discounted(rate, net);
  const discountedRunning = cumulative(discountedNet);
  return {
    periodUnit: finance.periodUnit,
    periodRate: rate,
    lines,
    net,
    rows: net.map((flow, t) => ({
      period: t,
      costs: costs[t] ?? 0,
      benefits: benefits[t] ?? 0,
      net: flow,
      cumulative: running[t] ?? 0,
      discountedNet: discountedNet[t] ?? 0,
      discountedCumulative: discountedRunning[t] ?? 0,
    })),
  };
}
