/**
 * Engine benchmarks: each case is timed at growing sizes (median of repeated runs after a
 * warm-up) and the growth exponent k in time ∝ sizeᵏ is fitted between the smallest and
 * largest size, so a slide from linear (k ≈ 1) to quadratic (k ≈ 2) shows.
 */
import { assessEngagement } from '../src/core/assess/assess-engagement.ts';
import { ahp, type Matrix } from '../src/core/decide/ahp.ts';
import { vendorDecision } from '../src/core/decide/vendor-decision.ts';
import { analyseFinance } from '../src/core/finance/analyse.ts';
import { simulateNpv } from '../src/core/finance/simulate.ts';
import { planEngagement } from '../src/core/plan/engagement-plan.ts';
import { schedule, type TaskInput } from '../src/core/plan/schedule.ts';
import type { ContentSet } from '../src/core/check/load-content.ts';
import type { Engagement } from '../src/schemas/generated/types.ts';
import { planAndSchedule, syntheticEngagement, syntheticTemplate } from './synthetic-plan.ts';

export interface Timing {
  size: number;
  /** Median milliseconds per call. */
  ms: number;
}

export interface EngineCase {
  name: string;
  unit: string;
  timings: Timing[];
  /** Fitted k in time ∝ sizeᵏ; absent with a single size. */
  exponent?: number;
}

/** Median time of `fn` in ms: run until both `minRuns` runs and `minMs` milliseconds are spent. */
export function timeIt(fn: () => unknown, minRuns = 5, minMs = 200): number {
  fn(); // warm-up: JIT and caches
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || performance.now() - started < minMs) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
    if (times.length >= 1000) break;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export function growthExponent(timings: readonly Timing[]): number | undefined {
  const first = timings[0];
  const last = timings[timings.length - 1];
  if (!first || !last || first === last || first.ms <= 0) return undefined;
  return Math.log(last.ms / first.ms) / Math.log(last.size / first.size);
}

function series(
  name: string,
  unit: string,
  sizes: readonly number[],
  run: (size: number) => () => unknown,
): EngineCase {
  const timings = sizes.map((size) => ({ size, ms: timeIt(run(size)) }));
  const exponent = growthExponent(timings);
  return { name, unit, timings, ...(exponent === undefined ? {} : { exponent }) };
}

/** A consistent n×n matrix from random weights, with ±1 Saaty-step noise so the iteration has work to do. */
function pairwise(n: number, seed: number): Matrix {
  let state = seed;
  const random = (): number => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const w = Array.from({ length: n }, () => 0.1 + random());
  const m: Matrix = Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const ratio = Math.min(9, Math.max(1 / 9, ((w[i] ?? 1) / (w[j] ?? 1)) * (random() < 0.5 ? 1 : 1.5)));
      (m[i] ?? [])[j] = ratio;
      (m[j] ?? [])[i] = 1 / ratio;
    }
  }
  return m;
}

/** n tasks in chains of 10 with cross-links to the previous chain: a plan-shaped graph, not a list. */
function tasks(n: number): TaskInput[] {
  return Array.from({ length: n }, (_, i) => {
    const dependsOn = [];
    if (i % 10 !== 0) dependsOn.push({ task: `t${i - 1}`, lag: 0 });
    if (i >= 10) dependsOn.push({ task: `t${i - 10}`, lag: i % 3 });
    return { id: `t${i}`, duration: 1 + (i % 7), dependsOn };
  });
}

/** Engagements with `copies` × the sample's finance lines, for scaling the finance engine. */
function widerFinance(engagement: Engagement, copies: number): Engagement {
  const finance = engagement.finance;
  if (!finance) return engagement;
  const copy = <T extends { id: string }>(lines: readonly T[] = []): T[] =>
    Array.from({ length: copies }, (_, k) => lines.map((l) => ({ ...l, id: `${l.id}-${k}` }))).flat();
  return {
    ...engagement,
    finance: {
      ...finance,
      costs: copy(finance.costs),
      benefits: copy(finance.benefits),
      simulation: { ...finance.simulation, ranges: [] },
    },
  };
}

export function engineCases(content: ContentSet, sample: Engagement): EngineCase[] {
  const frameworks = [...content.frameworks.values()];
  const finance = sample.finance;
  if (!finance) throw new Error(`${sample.id} has no finance section`);
  return [
    series(
      'Monte Carlo NPV (sample, 13 lines)',
      'runs',
      [1_000, 10_000, 100_000],
      (runs) => () => simulateNpv(finance, { runs, seed: 1 }),
    ),
    series('AHP priorities and consistency', 'criteria', [5, 10, 15], (n) => {
      const matrix = pairwise(n, n);
      return () => ahp(matrix);
    }),
    series('Finance analysis (NPV, IRR, paybacks, scenarios)', 'lines', [13, 130, 1_300], (lines) => {
      const wide = widerFinance(sample, lines / 13).finance ?? finance;
      return () => analyseFinance(wide);
    }),
    series('Schedule (critical path, working-day calendar)', 'tasks', [100, 1_000, 10_000], (n) => {
      const list = tasks(n);
      return () => schedule(list, '2026-01-05');
    }),
    series('Plan generation + schedule (synthetic template, 5 phases)', 'tasks', [100, 1_000, 10_000], (n) => {
      const template = syntheticTemplate(n);
      const engagement = syntheticEngagement(template);
      return () => planAndSchedule(engagement, template);
    }),
    series(
      'Scoring every assessment of the sample',
      'engagements',
      [1],
      () => () => assessEngagement(frameworks, sample),
    ),
    series(
      'Vendor decision with sensitivity (sample)',
      'engagements',
      [1],
      () => () => vendorDecision(sample, frameworks),
    ),
    series(
      'Plan generation and scheduling (sample)',
      'engagements',
      [1],
      () => () => planEngagement(sample, content.frameworks, content.templates),
    ),
  ];
}
