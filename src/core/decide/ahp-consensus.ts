/**
 * How far a group's AHP priorities agree, as one number from 0 (no consensus) to 1 (everyone
 * the same): Goepel's AHP consensus indicator, built on Shannon entropy partitioned into
 * alpha (within each assessor) and beta (between assessors) diversity.
 *
 * For K assessors with priority vectors w₁ … w_K over n criteria (each summing to 1):
 *   H(w)   = −Σᵢ wᵢ ln wᵢ                     Shannon entropy
 *   Hα     = (1/K) Σₖ H(wₖ)                   mean entropy of the assessors
 *   Hγ     = H(w̄), w̄ = (1/K) Σₖ wₖ           entropy of the pooled priorities
 *   Dα = e^Hα, Dγ = e^Hγ, Dβ = Dγ / Dα         Hill numbers (true diversities)
 *   S*     = (1/Dβ − Dα,min/Dγ,max) / (1 − Dα,min/Dγ,max)
 * with Dγ,max = n and Dα,min the diversity of the most extreme priorities the 1–9 scale allows
 * (one criterion 9 times as important as each of the others: 9/(9+n−1) and 1/(9+n−1) each).
 *
 * Goepel, K. D. (2013), "Implementing the analytic hierarchy process as a standard method for
 * multi-criteria decision making in corporate enterprises", ISAHP 2013, Kuala Lumpur; with
 * Dγ,max = n as in the later AHP-OS software. The word scale is Goepel's, from 140 nodes of
 * 35 group projects (mean 64 %).
 */

export const AHP_SCALE_MAX = 9;

export type ConsensusBand = 'very-low' | 'low' | 'moderate' | 'high' | 'very-high';

/** Goepel's word scale: the lower bound of each band. */
export const CONSENSUS_BANDS: readonly { band: ConsensusBand; from: number }[] = [
  { band: 'very-high', from: 0.875 },
  { band: 'high', from: 0.75 },
  { band: 'moderate', from: 0.625 },
  { band: 'low', from: 0.5 },
  { band: 'very-low', from: 0 },
];

export interface AhpConsensus {
  /** S*, from 0 to 1. */
  value: number;
  band: ConsensusBand;
}

export function entropy(weights: readonly number[]): number {
  return -weights.reduce((sum, w) => (w > 0 ? sum + w * Math.log(w) : sum), 0);
}

/** The smallest alpha diversity the scale allows for n criteria (Goepel's Dα,min). */
export function minimumAlphaDiversity(n: number, scaleMax = AHP_SCALE_MAX): number {
  if (n < 2) return 1;
  const total = scaleMax + n - 1;
  return Math.exp(entropy([scaleMax / total, ...new Array<number>(n - 1).fill(1 / total)]));
}

export function consensusBand(value: number): ConsensusBand {
  return CONSENSUS_BANDS.find((b) => value >= b.from)?.band ?? 'very-low';
}

/**
 * The consensus of two or more assessors' priorities (same criteria, same order); undefined
 * for fewer than two assessors or fewer than two criteria, where it says nothing.
 */
export function ahpConsensus(
  priorities: readonly (readonly number[])[],
  scaleMax = AHP_SCALE_MAX,
): AhpConsensus | undefined {
  const k = priorities.length;
  const n = priorities[0]?.length ?? 0;
  if (k < 2 || n < 2) return undefined;
  const alpha = priorities.reduce((sum, w) => sum + entropy(w), 0) / k;
  const pooled = Array.from({ length: n }, (_, i) => priorities.reduce((sum, w) => sum + (w[i] ?? 0), 0) / k);
  const gamma = entropy(pooled);
  const homogeneity = Math.exp(alpha - gamma); // 1 / Dβ
  const floor = minimumAlphaDiversity(n, scaleMax) / n;
  const value = Math.min(1, Math.max(0, (homogeneity - floor) / (1 - floor)));
  return { value, band: consensusBand(value) };
}
