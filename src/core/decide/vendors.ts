/**
 * Vendor scoring: each vendor's sub-criterion scores averaged within a criterion by the question
 * weights, criteria combined by the criterion weights, on 0–100 (100 = every sub-criterion at the
 * top of its scale). Must-haves knock a vendor out whatever its total; a vendor with sub-criteria
 * left unscored gets no total and no rank until it is complete.
 */
import type { Engagement, Framework, Scale, Vendor } from '../../schemas/generated/types.ts';
import { placeOnScale, weightedMean } from '../assess/score.ts';
import type { RawProblem } from '../load/problem.ts';
import { criterionWeights, type CriterionWeights } from './weights.ts';
import { own } from '../shared/own.ts';

export interface SubScore {
  question: string;
  weight: number;
  /** The score as given, `na` when not assessed, undefined when missing. */
  value?: number | 'na';
  /** On 0–100. */
  score?: number;
  evidence?: string;
}

export interface CriterionScore {
  criterion: string;
  weight: number;
  /** Weighted mean of the assessed sub-criteria on 0–100; undefined when none was assessed. */
  score?: number;
  subs: SubScore[];
}

export interface KnockOut {
  question: string;
  minimum: number;
  value?: number | 'na';
}

export interface VendorResult {
  id: string;
  name: string;
  criteria: CriterionScore[];
  /** 0–100; undefined when the weights are unusable or sub-criteria are missing. */
  total?: number;
  /** Sub-criteria with no score at all (not even `na`). */
  missing: string[];
  knockOuts: KnockOut[];
  /** Why there is no total: scores missing, no usable weights, or every sub-criterion `na`. */
  unranked?: 'missing' | 'no-weights' | 'all-na';
  /** 1 = best among complete vendors that pass every must-have. */
  rank?: number;
}

export interface VendorEvaluation {
  framework: string;
  weights: CriterionWeights;
  /** Ranked vendors first, then knocked-out and incomplete ones in file order. */
  vendors: VendorResult[];
  winner?: string;
  chosen?: string;
  problems: RawProblem[];
}

function scaleOf(framework: Framework, id: string): Scale | undefined {
  return framework.scales?.find((s) => s.id === id);
}

/** The default must-have minimum: the middle point of the scale (3 on 1–5). */
export function defaultMinimum(scale: Scale | undefined): number {
  const values = (scale?.points ?? []).map((p) => p.value);
  if (values.length === 0) return 0;
  return values[Math.floor((values.length - 1) / 2)] ?? 0;
}

function scoreVendor(
  vendor: Vendor,
  framework: Framework,
  weights: readonly number[] | undefined,
  mustHaves: readonly { criterion: string; minimum?: number }[],
): VendorResult {
  const missing: string[] = [];
  const criteria: CriterionScore[] = framework.elements.map((element, c) => {
    const subs: SubScore[] = (element.questions ?? []).map((question) => {
      const given = own(vendor.scores, question.id);
      const scale = scaleOf(framework, question.scale);
      if (!given) missing.push(question.id);
      const sub: SubScore = { question: question.id, weight: question.weight ?? 1 };
      if (given) {
        sub.value = given.value;
        if (given.value !== 'na' && scale) sub.score = placeOnScale(given.value, scale);
        if (given.evidence !== undefined) sub.evidence = given.evidence;
      }
      return sub;
    });
    const score = weightedMean(subs.flatMap((s) => (s.score === undefined ? [] : [[s.score, s.weight] as const])));
    return { criterion: element.id, weight: weights?.[c] ?? 0, ...(score === undefined ? {} : { score }), subs };
  });
  const knockOuts: KnockOut[] = [];
  for (const must of mustHaves) {
    const question = framework.elements.flatMap((e) => e.questions ?? []).find((q) => q.id === must.criterion);
    const minimum = must.minimum ?? defaultMinimum(question ? scaleOf(framework, question.scale) : undefined);
    const given = own(vendor.scores, must.criterion)?.value;
    if (given === undefined || given === 'na' || given < minimum) {
      knockOuts.push({ question: must.criterion, minimum, ...(given === undefined ? {} : { value: given }) });
    }
  }
  const total =
    weights && missing.length === 0
      ? totalFor(
          criteria.map((c) => c.score),
          weights,
        )
      : undefined;
  const unranked = total !== undefined ? undefined : missing.length > 0 ? 'missing' : weights ? 'all-na' : 'no-weights';
  return {
    id: vendor.id,
    name: vendor.name,
    criteria,
    ...(total === undefined ? {} : { total }),
    missing,
    knockOuts,
    ...(unranked ? { unranked } : {}),
  };
}

/** Weighted total of criterion scores; criteria with no assessed sub-criterion drop out and the rest reweigh. */
export function totalFor(scores: readonly (number | undefined)[], weights: readonly number[]): number | undefined {
  return weightedMean(scores.flatMap((score, i) => (score === undefined ? [] : [[score, weights[i] ?? 0] as const])));
}

export function isRankable(vendor: VendorResult): boolean {
  return vendor.total !== undefined && vendor.knockOuts.length === 0;
}

export function evaluateVendors(engagement: Engagement, framework: Framework): VendorEvaluation {
  const selection = engagement.vendorSelection;
  const weights = criterionWeights(framework, selection);
  const results = (engagement.vendors ?? []).map((vendor) =>
    scoreVendor(vendor, framework, weights.weights, selection?.mustHaves ?? []),
  );
  const ranked = results.filter(isRankable).sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
  ranked.forEach((vendor, i) => (vendor.rank = i + 1));
  const problems = [...weights.problems];
  (engagement.vendors ?? []).forEach((vendor, v) => {
    const missing = results[v]?.missing ?? [];
    if (missing.length > 0) {
      problems.push({
        pointer: `/vendors/${v}/scores`,
        code: 'vendor-scores-missing',
        params: { vendor: vendor.id, missing: missing.join(', ') },
      });
    }
  });
  return {
    framework: framework.id,
    weights,
    vendors: [...ranked, ...results.filter((r) => !isRankable(r))],
    ...(ranked[0] ? { winner: ranked[0].id } : {}),
    ...(selection?.chosen === undefined ? {} : { chosen: selection.chosen }),
    problems,
  };
}
