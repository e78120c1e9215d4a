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
