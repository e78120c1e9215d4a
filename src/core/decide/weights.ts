/**
 * Where the criterion weights of a vendor selection come from: the framework's default split,
 * weights typed in directly (fractions that must sum to 1), or AHP over the assessors' pairwise
 * comparisons combined by the geometric mean.
 */
import type { Framework, VendorSelection } from '../../schemas/generated/types.ts';
import type { RawProblem } from '../load/problem.ts';
import {
  ahp,
  geometricMeanMatrix,
  groupAgreement,
  missingPairs,
  pairwiseMatrix,
  type AhpResult,
  type GroupAgreement,
} from './ahp.ts';
import { ahpConsensus, type AhpConsensus } from './ahp-consensus.ts';
import { own } from '../shared/own.ts';

export type Weighting = NonNullable<VendorSelection['weighting']>;
export const WEIGHT_SUM_TOLERANCE = 1e-6;

export interface AssessorAhp {
  name?: string;
  result: AhpResult;
}

export interface CriterionWeights {
  weighting: Weighting;
  /** Criterion ids in framework order. */
  criteria: string[];
  /** Fractions summing to 1, in the order of `criteria`; absent when the inputs are not usable. */
  weights?: number[];
  /**
   * The combined AHP result and each assessor's own, when weighting is `ahp`; with two or more
   * assessors, how far they agree (the combined result alone can hide a contradiction).
   */
  ahp?: { combined: AhpResult; assessors: AssessorAhp[]; agreement?: GroupAgreement; consensus?: AhpConsensus };
  problems: RawProblem[];
}

/** Problems with direct weights: a criterion without a weight, a non-finite weight, or a sum other than 1. */
export function directWeightProblems(
  weights: Readonly<Record<string, number>> | undefined,
  criteria: readonly string[],
  at = '/vendorSelection/weights',
): RawProblem[] {
  const problems: RawProblem[] = [];
  const given = weights ?? {};
  for (const criterion of criteria) {
    const value = own(given, criterion);
    if (value === undefined) problems.push({ pointer: at, code: 'weight-missing', params: { criterion } });
    else if (!Number.isFinite(value) || value < 0) {
      problems.push({ pointer: `${at}/${criterion}`, code: 'not-a-number', params: { value: String(value) } });
    }
  }
  const values = criteria
    .map((c) => own(given, c))
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const sum = values.reduce((total, v) => total + v, 0);
  if (problems.length === 0 && Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    problems.push({ pointer: at, code: 'weights-sum', params: { sum: Number(sum.toFixed(6)) } });
  }
  return problems;
}

export function criterionWeights(framework: Framework, selection: VendorSelection | undefined): CriterionWeights {
  const criteria = framework.elements.map((e) => e.id);
  const weighting: Weighting = selection?.weighting ?? 'framework';
  if (weighting === 'direct') {
    const problems = directWeightProblems(selection?.weights, criteria);
    if (problems.length > 0) return { weighting, criteria, problems };
    return { weighting, criteria, weights: criteria.map((c) => own(selection?.weights, c) ?? 0), problems };
  }
  if (weighting === 'ahp') {
    const assessors = selection?.assessors ?? [];
    const problems: RawProblem[] = [];
    if (assessors.length === 0) problems.push({ pointer: '/vendorSelection/weighting', code: 'comparisons-missing' });
    assessors.forEach((assessor, i) => {
      const missing = missingPairs(criteria, assessor.judgements);
      if (missing.length > 0) {
        problems.push({
          pointer: `/vendorSelection/assessors/${i}/judgements`,
          code: 'comparisons-incomplete',
          params: { missing: missing.map(([a, b]) => `${a} / ${b}`).join(', ') },
        });
      }
    });
    if (problems.length > 0) return { weighting, criteria, problems };
    const matrices = assessors.map((assessor) => pairwiseMatrix(criteria, assessor.judgements));
    const combined = ahp(geometricMeanMatrix(matrices));
    const results = matrices.map((m) => ahp(m));
    const consensus = ahpConsensus(results.map((r) => r.priorities));
    return {
      weighting,
      criteria,
      weights: combined.priorities,
      ahp: {
        combined,
        assessors: assessors.map((assessor, i) => ({
          ...(assessor.name === undefined ? {} : { name: assessor.name }),
          result: results[i] ?? ahp([]),
        })),
        ...(matrices.length > 1 ? { agreement: groupAgreement(matrices, combined.priorities) } : {}),
        ...(consensus ? { consensus } : {}),
      },
      problems,
    };
  }
  const raw = framework.elements.map((e) => e.weight ?? 1);
  const total = raw.reduce((sum, w) => sum + w, 0);
  return { weighting, criteria, weights: raw.map((w) => (total > 0 ? w / total : 1 / raw.length)), problems: [] };
}

/** What is still to do before AHP weights can be computed, in the terms a workshop shows. */
export type WeightGap =
  | { kind: 'no-assessor' }
  | { kind: 'pairs'; assessor: number; name?: string; missing: [string, string][]; total: number };

/**
 * Why `criterionWeights` has no AHP weights yet, as steps to take rather than file problems:
 * nobody has compared the criteria, or an assessor has pairs left (criterion ids, in
 * framework order). Empty when the weighting is not AHP or nothing is missing.
 */
export function weightGaps(framework: Framework, selection: VendorSelection | undefined): WeightGap[] {
  if ((selection?.weighting ?? 'framework') !== 'ahp') return [];
  const criteria = framework.elements.map((e) => e.id);
  const assessors = selection?.assessors ?? [];
  if (assessors.length === 0) return [{ kind: 'no-assessor' }];
  const total = (criteria.length * (criteria.length - 1)) / 2;
  return assessors.flatMap((assessor, i): WeightGap[] => {
    const missing = missingPairs(criteria, assessor.judgements);
    if (missing.length === 0) return [];
    return [
      { kind: 'pairs', assessor: i, ...(assessor.name === undefined ? {} : { name: assessor.name }), missing, total },
    ];
  });
}
