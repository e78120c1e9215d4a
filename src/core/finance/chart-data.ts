/** What the ROI charts draw, as plain data: the same numbers as the tables beside them. */
import type { FinanceFigures } from './analyse.ts';
import type { Simulation } from './simulate.ts';

export interface CashFlowLine {
  periods: number[];
  cumulative: number[];
  discountedCumulative: number[];
  /** Where each line crosses zero (fractional period), when it does. */
  payback?: number;
  discountedPayback?: number;
}

export function cashFlowLine(figures: FinanceFigures): CashFlowLine {
  const rows = figures.table.rows;
  return {
    periods: rows.map((r) => r.period),
    cumulative: rows.map((r) => r.cumulative),
    discountedCumulative: rows.map((r) => r.discountedCumulative),
    ...(figures.payback === undefined ? {} : { payback: figures.payback }),
    ...(figures.discountedPayback === undefined ? {} : { discountedPayback: figures.discountedPayback }),
  };
}

export interface Histogram {
  /** Bin centres. */
  centres: number[];
  counts: number[];
  width: number;
  p10: number;
  p50: number;
  p90: number;
}

export function npvHistogram(simulation: Simulation): Histogram {
  const first = simulation.histogram[0];
  return {
    centres: simulation.histogram.map((b) => (b.from + b.to) / 2),
    counts: simulation.histogram.map((b) => b.count),
    width: first ? first.to - first.from : 0,
    p10: simulation.p10,
    p50: simulation.p50,
    p90: simulation.p90,
  };
}
