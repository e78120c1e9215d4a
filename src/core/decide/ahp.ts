/**
 * Analytic hierarchy process (Saaty): weights from pairwise comparisons on the 1–9 scale.
 *
 * priorities  the principal right eigenvector of the comparison matrix, normalised to sum to 1
 *             (power iteration; a positive reciprocal matrix has a unique positive one, Perron–Frobenius)
 * λmax        the principal eigenvalue, the mean of (A·w)ᵢ / wᵢ
 * CI          (λmax − n) / (n − 1)
 * CR          CI / RI(n), with Saaty's random index; above 0.10 the judgements should be revisited
 */
import { InputError, type RawProblem } from '../load/problem.ts';

export type Matrix = number[][];

/** Saaty's random consistency index for n = 1 … 15 (Saaty 1980; the extension to 15 from Saaty 2012). */
export const RANDOM_INDEX = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];
export const CONSISTENCY_LIMIT = 0.1;

export function randomIndex(n: number): number {
  return RANDOM_INDEX[Math.min(n, RANDOM_INDEX.length) - 1] ?? 0;
}

export interface Judgement {
  a: string;
  b: string;
  /** `a` matters `value` times as much as `b`. */
  value: number;
}

/** The n×n reciprocal matrix from judgements over `ids`; pairs not judged stay at 1 (see `missingPairs`). */
export function pairwiseMatrix(ids: readonly string[], judgements: readonly Judgement[]): Matrix {
  const index = new Map(ids.map((id, i) => [id, i]));
  const matrix = ids.map(() => ids.map(() => 1));
  for (const { a, b, value } of judgements) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    const row = matrix[i];
    const mirror = matrix[j];
    if (row) row[j] = value;
    if (mirror) mirror[i] = 1 / value;
  }
  return matrix;
}

/** Element-wise geometric mean of several assessors' matrices: the aggregation that keeps reciprocity (Aczél & Saaty 1983). */
export function geometricMeanMatrix(matrices: readonly Matrix[]): Matrix {
  const [first] = matrices;
  if (!first) return [];
  return first.map((row, i) =>
    row.map((_, j) => Math.exp(matrices.reduce((sum, m) => sum + Math.log(m[i]?.[j] ?? 1), 0) / matrices.length)),
  );
}

/** Entries that are not positive finite numbers, or that break reciprocity (aᵢⱼ · aⱼᵢ = 1). */
export function matrixProblems(matrix: Matrix, pointer = ''): RawProblem[] {
  const problems: RawProblem[] = [];
  matrix.forEach((row, i) =>
    row.forEach((value, j) => {
      const at = `${pointer}/${i}/${j}`;
      if (!Number.isFinite(value) || value <= 0) {
        problems.push({
          pointer: at,
          code: 'matrix-entry',
          params: { row: i + 1, column: j + 1, value: String(value) },
        });
        return;
      }
      const mirror = matrix[j]?.[i];
      if (
        j > i &&
        mirror !== undefined &&
        Number.isFinite(mirror) &&
        mirror > 0 &&
        Math.abs(value * mirror - 1) > 1e-9
      ) {
        problems.push({
          pointer: at,
          code: 'matrix-reciprocal',
          params: { row: i + 1, column: j + 1, value, expected: 1 / mirror },
        });
      }
    }),
  );
  return problems;
}

export interface Inconsistency {
  /** Zero-based row and column of the judgement in the matrix. */
  row: number;
  column: number;
  /** The judgement as given, aᵢⱼ. */
  given: number;
  /** What the priorities imply, wᵢ / wⱼ. */
  implied: number;
}

export interface AhpResult {
  priorities: number[];
  lambdaMax: number;
  consistencyIndex: number;
  consistencyRatio: number;
  randomIndex: number;
  consistent: boolean;
  /** The judgement furthest from what the priorities imply (largest |ln(aᵢⱼ·wⱼ/wᵢ)|); absent for n < 3. */
  mostInconsistent?: Inconsistency;
  iterations: number;
}

function multiply(matrix: Matrix, vector: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((sum, value, j) => sum + value * (vector[j] ?? 0), 0));
}

/** Priorities and consistency of a positive reciprocal matrix. Throws `InputError` on a zero, NaN or non-reciprocal entry. */
export function ahp(matrix: Matrix): AhpResult {
  const problems = matrixProblems(matrix);
  const n = matrix.length;
  if (matrix.some((row) => row.length !== n)) {
    problems.push({ pointer: '', code: 'matrix-entry', params: { row: 0, column: 0, value: 'not square' } });
  }
  if (problems.length > 0) throw new InputError('pairwise matrix', problems);
  if (n === 0) {
    return {
      priorities: [],
      lambdaMax: 0,
      consistencyIndex: 0,
      consistencyRatio: 0,
      randomIndex: 0,
      consistent: true,
      iterations: 0,
    };
  }
  let w = new Array<number>(n).fill(1 / n);
  let iterations = 0;
  for (; iterations < 1000; iterations += 1) {
    const next = multiply(matrix, w);
    const total = next.reduce((sum, x) => sum + x, 0);
    const normalised = next.map((x) => x / total);
    const change = normalised.reduce((max, x, i) => Math.max(max, Math.abs(x - (w[i] ?? 0))), 0);
    w = normalised;
    if (change < 1e-15) break;
  }
  const aw = multiply(matrix, w);
  const lambdaMax = aw.reduce((sum, x, i) => sum + x / (w[i] ?? 1), 0) / n;
  const consistencyIndex = n > 2 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = randomIndex(n);
  const consistencyRatio = ri > 0 ? consistencyIndex / ri : 0;
  let mostInconsistent: Inconsistency | undefined;
  let worst = 1e-9;
  if (n > 2) {
    matrix.forEach((row, i) =>
      row.forEach((given, j) => {
        if (j <= i) return;
        const implied = (w[i] ?? 0) / (w[j] ?? 1);
        const deviation = Math.abs(Math.log(given / implied));
        if (deviation > worst) {
          worst = deviation;
          mostInconsistent = { row: i, column: j, given, implied };
        }
      }),
    );
  }
  return {
    priorities: w,
    lambdaMax,
    consistencyIndex,
    consistencyRatio,
    randomIndex: ri,
    consistent: consistencyRatio <= CONSISTENCY_LIMIT,
    ...(mostInconsistent ? { mostInconsistent } : {}),
    iterations,
  };
}

/** The nearest point of Saaty's scale (1/9 … 1 … 9) to a ratio, as a judgement the team could give instead. */
export function nearestSaaty(ratio: number): { value: number; inverted: boolean } {
  const inverted = ratio < 1;
  const magnitude = inverted ? 1 / ratio : ratio;
  return { value: Math.min(9, Math.max(1, Math.round(magnitude))), inverted };
}

/** Every unordered pair of ids that no judgement covers. */
export function missingPairs(ids: readonly string[], judgements: readonly Judgement[]): [string, string][] {
  const seen = new Set(judgements.map((j) => [j.a, j.b].sort().join('\u0000')));
  const missing: [string, string][] = [];
  ids.forEach((a, i) =>
    ids.slice(i + 1).forEach((b) => {
      if (!seen.has([a, b].sort().join('\u0000'))) missing.push([a, b]);
    }),
  );
  return missing;
}

/**
 * How far a group of assessors agree, beside the geometric mean that combines them: the mean
 * hides a contradiction (one says a matters 7 times as much as b, another the reverse: the
 * mean is 1, and looks perfectly consistent), so the ranking must say it rather than average
 * it away.
 *
 * compatibility  Saaty's compatibility index of each assessor's matrix A with the combined
 *                priorities w: S = (1/n²) Σᵢⱼ aᵢⱼ · wⱼ/wᵢ. 1 when the assessor's judgements
 *                are exactly the ratios of the combined weights, more the further they are;
 *                above 1.1 the assessor is not compatible with the combined weights (Saaty 1994).
 * contradictions the pairs on which one assessor favours one criterion strongly (5 or more on
 *                Saaty's scale) and another favours the other one strongly: the most extreme two.
 */
export const COMPATIBILITY_LIMIT = 1.1;
/** "Strongly more important" on Saaty's scale: a contradiction is two such judgements the opposite way. */
export const STRONG_JUDGEMENT = 5;

export interface Contradiction {
  row: number;
  column: number;
  /** Indexes of the two assessors: the first favours `row`, the second `column`. */
  assessors: [number, number];
  /** Their judgements of row over column (≥ 5 and ≤ 1/5). */
  values: [number, number];
}

export interface GroupAgreement {
  compatibility: number[];
  contradictions: Contradiction[];
  /** No contradiction, and every assessor compatible with the combined weights. */
  agreed: boolean;
}

/** The agreement of two or more assessors' matrices with each other and with the combined `priorities`. */
export function groupAgreement(matrices: readonly Matrix[], priorities: readonly number[]): GroupAgreement {
  const n = priorities.length;
  const compatibility = matrices.map((m) => {
    let sum = 0;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) sum += (m[i]?.[j] ?? 1) * ((priorities[j] ?? 0) / (priorities[i] ?? 1));
    return n > 0 ? sum / (n * n) : 1;
  });
  const contradictions: Contradiction[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const values = matrices.map((m) => m[i]?.[j] ?? 1);
      const high = values.indexOf(Math.max(...values));
      const low = values.indexOf(Math.min(...values));
      const most = values[high] ?? 1;
      const least = values[low] ?? 1;
      if (most >= STRONG_JUDGEMENT && least <= 1 / STRONG_JUDGEMENT) {
        contradictions.push({ row: i, column: j, assessors: [high, low], values: [most, least] });
      }
    }
  }
  const agreed = contradictions.length === 0 && compatibility.every((s) => s <= COMPATIBILITY_LIMIT + 1e-12);
  return { compatibility, contradictions, agreed };
}
