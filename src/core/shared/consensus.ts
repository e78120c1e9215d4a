/**
 * How far a group agrees on an ordinal scale (Likert-type answers), as one number.
 *
 * Tastle, W. J. & Wierman, M. J. (2007). "Consensus and dissention: A measure of ordinal
 * dispersion". International Journal of Approximate Reasoning 45(3), 531–545.
 *
 *   Cns(X) = 1 + Σᵢ pᵢ · log₂(1 − |Xᵢ − μₓ| / dₓ)
 *
 * over the scale's categories Xᵢ, with pᵢ the share of votes on Xᵢ, μₓ the mean of the
 * votes and dₓ = X_max − X_min the width of the scale (of the scale itself, not of the
 * votes cast). Cns is 1 when everyone gives the same answer and 0 when the votes are split
 * evenly between the two ends of the scale; it lies between them otherwise. A category
 * nobody chose adds nothing (pᵢ · log₂(…) = 0 when pᵢ = 0), so only the chosen ones are
 * summed; a chosen one is never a full dₓ from the mean (the mean would have to sit on the
 * other end, where then every vote lies). No crmkit concepts: numbers in, numbers out.
 */

/**
 * The consensus of `votes` on a scale running from `low` to `high` (inclusive). Undefined
 * with no votes. A scale with one point (no width) has nothing to disagree on: 1. A vote
 * outside the scale is the caller's mistake (the measure is not defined there): RangeError.
 */
export function consensus(votes: readonly number[], low: number, high: number): number | undefined {
  if (votes.length === 0) return undefined;
  const width = high - low;
  if (!(width > 0)) return 1;
  const counts = new Map<number, number>();
  for (const v of votes) {
    if (!(v >= low && v <= high)) throw new RangeError(`vote ${v} is outside the scale ${low}–${high}`);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const mu = votes.reduce((sum, v) => sum + v, 0) / votes.length;
  let sum = 0;
  // Summed in scale order, so the same votes in any order give the same number to the last bit.
  for (const [value, count] of [...counts].sort(([a], [b]) => a - b)) {
    sum += (count / votes.length) * Math.log2(1 - Math.abs(value - mu) / width);
  }
  // Rounding can leave −1e-16 or 1 + 1e-16: the measure itself is within [0, 1].
  return Math.min(1, Math.max(0, 1 + sum));
}
