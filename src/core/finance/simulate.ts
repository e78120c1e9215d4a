/**
 * Monte Carlo simulation of the NPV: each run draws one multiplier per cost and benefit line from
 * its triangular range and recomputes the NPV. A seeded generator (xoroshiro128+, from pure-rand)
 * makes a run reproducible: the same file and seed give the same percentiles on every machine.
 *
 * NPV is linear in the line multipliers (NPV = Σ f·PV(benefit) − Σ f·PV(cost)), so each run costs
 * one multiply-add per line however long the horizon is.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Finance } from '../../schemas/generated/types.ts';
import { cashFlows, type LineKind } from './cash-flows.ts';
import { assertFinanceInput } from './input.ts';
import { defaultRange, rangeFor, triangular, type Range } from './ranges.ts';

export const DEFAULT_RUNS = 10_000;
export const DEFAULT_SEED = 20_260_101;
const HISTOGRAM_BINS = 20;

export interface SimulatedLine {
  id: string;
  kind: LineKind;
  range: Range;
  /** No range was given for this line, so the default range was used. */
  assumed: boolean;
}

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

export interface Simulation {
  runs: number;
  seed: number;
  lines: SimulatedLine[];
  mean: number;
  min: number;
  max: number;
  p10: number;
  p50: number;
  p90: number;
  /** Share of runs with NPV above zero, 0–1. */
  probabilityPositive: number;
  histogram: HistogramBin[];
}

/** Percentile of sorted values with linear interpolation, as spreadsheet PERCENTILE.INC computes it. */
export function percentile(sorted: Float64Array | readonly number[], p: number): number {
  const rank = p * (sorted.length - 1);
  const low = sorted[Math.floor(rank)];
  const high = sorted[Math.min(Math.floor(rank) + 1, sorted.length - 1)];
  if (low === undefined || high === undefined) return Number.NaN;
  return low + (high - low) * (rank - Math.floor(rank));
}

function histogram(sorted: Float64Array, bins: number): HistogramBin[] {
  const low = sorted[0] ?? 0;
  const high = sorted[sorted.length - 1] ?? 0;
  if (high === low) return [{ from: low, to: high, count: sorted.length }];
  const width = (high - low) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const value of sorted) {
    const bin = Math.min(bins - 1, Math.floor((value - low) / width));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ from: low + i * width, to: low + (i + 1) * width, count }));
}

export function simulateNpv(finance: Finance, options: { runs?: number; seed?: number } = {}): Simulation {
  assertFinanceInput(finance);
  const runs = options.runs ?? finance.simulation?.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? finance.simulation?.seed ?? DEFAULT_SEED;
  const table = cashFlows(finance);
  const lines: SimulatedLine[] = table.lines.map((line) => {
    const own = rangeFor(finance, line.id);
    return { id: line.id, kind: line.kind, range: own ?? defaultRange(line.kind), assumed: own === undefined };
  });
  const signedPresentValue = table.lines.map((line) => (line.kind === 'cost' ? -1 : 1) * line.presentValue);
  const rng = xoroshiro128plus(seed | 0);
  const results = new Float64Array(runs);
  let positive = 0;
  let sum = 0;
  for (let run = 0; run < runs; run += 1) {
    let value = 0;
    lines.forEach((line, i) => {
      value += triangular(line.range, uniformFloat64(rng)) * (signedPresentValue[i] ?? 0);
    });
    results[run] = value;
    sum += value;
    if (value > 0) positive += 1;
  }
  results.sort();
  return {
    runs,
    seed,
    lines,
    mean: sum / runs,
    min: results[0] ?? 0,
    max: results[runs - 1] ?? 0,
    p10: percentile(results, 0.1),
    p50: percentile(results, 0.5),
    p90: percentile(results, 0.9),
    probabilityPositive: positive / runs,
    histogram: histogram(results, HISTOGRAM_BINS),
  };
}
