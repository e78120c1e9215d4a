/**
 * Weight sensitivity: for each criterion, how far its weight must move (the others rescaled in
 * proportion so the weights still sum to 1) before another vendor takes first place. A criterion
 * whose weight can swing from 0 to 1 without changing the winner does not decide the choice.
 */
import { isRankable, totalFor, type VendorEvaluation } from './vendors.ts';

export interface WeightShift {
  /** The weight at which the winner changes. */
  weight: number;
  /** weight − current weight. */
  delta: number;
  /** Who wins beyond that point. */
  newWinner: string;
}

export interface CriterionSensitivity {
  criterion: string;
  weight: number;
  down?: WeightShift;
  up?: WeightShift;
}

/** The weights with criterion `c` set to `x` and the others scaled to share 1 − x in their current proportions. */
export function shiftWeights(weights: readonly number[], c: number, x: number): number[] {
  // The others' actual sum, not 1 − weight: with tiny shares rounding would otherwise let the total drift.
  const rest = weights.reduce((sum, w, i) => (i === c ? sum : sum + w), 0);
  const others = weights.length - 1;
  return weights.map((w, i) => (i === c ? x : rest > 1e-12 ? (w * (1 - x)) / rest : others > 0 ? (1 - x) / others : 0));
}

const SCAN_STEPS = 1000;

export function weightSensitivity(evaluation: VendorEvaluation): CriterionSensitivity[] {
  const weights = evaluation.weights.weights;
  const contenders = evaluation.vendors.filter(isRankable);
  const winner = evaluation.winner;
  if (!weights || contenders.length < 2 || winner === undefined) return [];
  const leaderAt = (shifted: readonly number[]): string => {
    let best = winner;
    let bestTotal = Number.NEGATIVE_INFINITY;
    for (const vendor of contenders) {
      const total =
        totalFor(
          vendor.criteria.map((c) => c.score),
          shifted,
        ) ?? Number.NEGATIVE_INFINITY;
      // Ties keep the current winner: a change needs another vendor strictly ahead.
      if (total > bestTotal + 1e-9 || (Math.abs(total - bestTotal) <= 1e-9 && vendor.id === winner)) {
        best = vendor.id;
        bestTotal = total;
      }
    }
    return best;
  };
  return evaluation.weights.criteria.map((criterion, c) => {
    const current = weights[c] ?? 0;
    const find = (target: number): WeightShift | undefined => {
      // Scan from the current weight towards 0 or 1, then bisect the first step where the leader changes.
      let previous = current;
      for (let step = 1; step <= SCAN_STEPS; step += 1) {
        const x = current + ((target - current) * step) / SCAN_STEPS;
        const leader = leaderAt(shiftWeights(weights, c, x));
        if (leader !== winner) {
          let inside = previous;
          let outside = x;
          for (let i = 0; i < 60; i += 1) {
            const mid = (inside + outside) / 2;
            if (leaderAt(shiftWeights(weights, c, mid)) === winner) inside = mid;
            else outside = mid;
          }
          return { weight: outside, delta: outside - current, newWinner: leaderAt(shiftWeights(weights, c, outside)) };
        }
        previous = x;
      }
      return undefined;
    };
    const down = current > 0 ? find(0) : undefined;
    const up = current < 1 ? find(1) : undefined;
    return { criterion, weight: current, ...(down ? { down } : {}), ...(up ? { up } : {}) };
  });
}
