/**
 * Discounted-cash-flow measures on a list of per-period net flows, where flow[0] is
 * "now" (period 0, never discounted) and flow[t] falls at the end of period t.
 *
 * The definitions match what a finance director does in a spreadsheet:
 *   npv(r, flows)      = flows[0] + NPV(r, flows[1..])          (Excel NPV discounts its first value)
 *   irr(flows)         = IRR(flows)                             (the rate that makes npv zero)
 *   payback            = the last period with a negative cumulative + the share of the next period's
 *                        flow needed to bring it back to zero (linear within the period)
 */

/** Present value factor of period `t` at rate `r` per period. */
export function discountFactor(rate: number, period: number): number {
  return 1 / (1 + rate) ** period;
}

/** Net present value; period 0 is not discounted. */
export function npv(rate: number, flows: readonly number[]): number {
  let total = 0;
  flows.forEach((flow, t) => (total += flow * discountFactor(rate, t)));
  return total;
}

/** Running totals. */
export function cumulative(flows: readonly number[]): number[] {
  let sum = 0;
  return flows.map((flow) => (sum += flow));
}

/** Flows discounted to period 0. */
export function discounted(rate: number, flows: readonly number[]): number[] {
  return flows.map((flow, t) => flow * discountFactor(rate, t));
}

export interface IrrResult {
  /** The rate that makes NPV zero; with several, the one nearest the discount rate. Undefined when there is none. */
  value?: number;
  /** Every rate above −100% (and up to 1,000% per period) where NPV crosses zero, ascending. */
  all: number[];
  /** Why there is no single answer: no sign change in the flows, or several rates. */
  note?: 'no-sign-change' | 'no-root' | 'several';
}

const IRR_LOW = -0.999_999;
const IRR_HIGH = 10;
const IRR_SCAN_STEPS = 2_000;

function signChanges(flows: readonly number[]): number {
  let changes = 0;
  let last = 0;
  for (const flow of flows) {
    if (flow === 0) continue;
    const sign = Math.sign(flow);
    if (last !== 0 && sign !== last) changes += 1;
    last = sign;
  }
  return changes;
}

/** Bisection to 1e-12 on a bracket where f changes sign: slow to write about, impossible to diverge. */
function bisect(f: (r: number) => number, low: number, high: number): number {
  let fLow = f(low);
  for (let i = 0; i < 200 && high - low > 1e-12; i += 1) {
    const mid = (low + high) / 2;
    const fMid = f(mid);
    if (fMid === 0) return mid;
    if (Math.sign(fMid) === Math.sign(fLow)) {
      low = mid;
      fLow = fMid;
    } else high = mid;
  }
  return (low + high) / 2;
}

/**
 * Internal rate of return, robust where Newton's method (and a spreadsheet's guess) is not:
 * the NPV curve is scanned on a grid that is dense near zero, every sign change is bracketed and
 * bisected, so no root is missed and no answer is invented. Descartes' rule of signs says flows
 * with one sign change have exactly one IRR above −100%.
 */
export function irr(flows: readonly number[], discountRate = 0.1): IrrResult {
  if (signChanges(flows) === 0) return { all: [], note: 'no-sign-change' };
  const f = (r: number): number => npv(r, flows);
  // Map an even grid on [0, 1] to rates so that steps are fine near 0 and coarse towards 1,000%.
  const rateAt = (x: number): number => IRR_LOW + (IRR_HIGH - IRR_LOW) * x ** 3;
  const roots: number[] = [];
  let previousRate = rateAt(0);
  let previousValue = f(previousRate);
  for (let i = 1; i <= IRR_SCAN_STEPS; i += 1) {
    const rate = rateAt(i / IRR_SCAN_STEPS);
    const value = f(rate);
    // Near −100% long horizons overflow to ±Infinity or NaN: no bracket can start there.
    if (!Number.isFinite(value)) {
      previousRate = rate;
      previousValue = Number.NaN;
      continue;
    }
    if (value === 0) roots.push(rate);
    else if (Number.isFinite(previousValue) && previousValue !== 0 && Math.sign(value) !== Math.sign(previousValue)) {
      roots.push(bisect(f, previousRate, rate));
    }
    previousRate = rate;
    previousValue = value;
  }
  const [first] = roots;
  if (first === undefined) return { all: [], note: 'no-root' };
  if (roots.length === 1) return { value: first, all: roots };
  const nearest = roots.reduce(
    (best, root) => (Math.abs(root - discountRate) < Math.abs(best - discountRate) ? root : best),
    first,
  );
  return { value: nearest, all: roots, note: 'several' };
}

/**
 * Payback period from cumulative flows, in periods with a fraction: the moment the cumulative total
 * crosses from negative to zero or above for the last time and stays there, interpolated linearly
 * within that period. So a case that spends nothing in period 0 but runs into a loss later (a
 * subscription whose benefits ramp up) pays back when that loss is recovered, not at 0, and a
 * cumulative that recovers, dips below zero again and recovers once more pays back at the second
 * recovery. 0 when the cumulative is never negative (nothing to recover); undefined when it is still
 * negative at the end of the horizon. Totals within rounding of zero (1e-9 of the largest flow)
 * count as zero, so 0.1 + 0.2 − 0.3 never reads as a loss.
 */
export function payback(flows: readonly number[]): number | undefined {
  if (flows.length === 0) return undefined;
  const totals = cumulative(flows);
  const tolerance = 1e-9 * Math.max(...flows.map(Math.abs));
  const lastNegative = totals.findLastIndex((total) => total < -tolerance);
  if (lastNegative === -1) return 0;
  if (lastNegative === totals.length - 1) return undefined;
  // The next period's flow is positive: it takes the cumulative from below zero to zero or above.
  const needed = -(totals[lastNegative] ?? 0);
  const flow = flows[lastNegative + 1] ?? 0;
  return lastNegative + Math.min(1, needed / flow);
}
