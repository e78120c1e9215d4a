/**
 * Classification (growth stage, application mode, business-application mode) from the
 * answers. Each option lists weighted indicators (an answer between min and max, both
 * inclusive, on the question's raw scale value); the option whose matched indicators weigh
 * most wins. Ties go to the option with the higher share of its own weight matched (fit),
 * then to the one listed first in the framework.
 *
 * A classification is undecided when no indicator matched at all, or when fewer than half
 * of the distinct questions its options' indicators use are answered with a number; the
 * result then lists the missing questions instead of a guess. A classification with `when`
 * is only evaluated when the named classification's winner is the named option; otherwise
 * it is not applicable.
 *
 * Pure: no I/O, so the CLI, the static pages and the browser share it.
 */
import type {
  Classification,
  ClassificationOption,
  Framework,
  FrameworkAnswers,
  Id,
  Indicator,
  LocalizedText,
} from '../../schemas/generated/types.ts';
import type { AnswerTrace, Finding } from './types.ts';
import { own } from '../shared/own.ts';

/** Below this share of a classification's indicator questions answered, it stays undecided. */
export const MIN_CLASSIFICATION_COVERAGE = 0.5;

/** One indicator checked against the answers; `value` is absent when the question has no numeric answer. */
export interface IndicatorCheck {
  question: Id;
  value?: number;
  min?: number;
  max?: number;
  weight: number;
  reason: LocalizedText;
}

export interface OptionResult {
  option: Id;
  /** Sum of the weights of the indicators that matched. */
  matched: number;
  /** Sum of the weights of all the option's indicators. */
  possible: number;
  /** Sum of the weights of the indicators whose question has a numeric answer. */
  answeredPossible: number;
  /** matched ÷ possible, 0–1. */
  fit: number;
  /** The indicators that matched, in framework order. */
  reasons: IndicatorCheck[];
  /** The indicators that did not match (out of range or unanswered), in framework order. */
  misses: IndicatorCheck[];
}

export type ClassificationStatus = 'decided' | 'undecided' | 'not-applicable';

export interface ClassificationResult {
  classification: Id;
  status: ClassificationStatus;
  /** Only when decided. */
  winner?: Id;
  /** Empty when not applicable. */
  options: OptionResult[];
  /** Indicator questions without a numeric answer, in first-use order. Empty when not applicable. */
  missingQuestions: Id[];
  /** Only when decided. */
  finding?: Finding;
}

/** Profile fields a classification can be compared with. */
export interface ClassificationProfile {
  growthStage?: string | undefined;
  applicationMode?: string | undefined;
  businessMode?: string | undefined;
}

export interface ProfileDisagreement {
  classification: Id;
  /** What the client profile says. */
  stated: string;
  /** What the answers point to. */
  derived: Id;
}

const PROFILE_FIELD: Readonly<Record<string, keyof ClassificationProfile>> = {
  'growth-stage': 'growthStage',
  'application-mode': 'applicationMode',
  'business-mode': 'businessMode',
};

function numericAnswer(answers: FrameworkAnswers | undefined, question: Id): number | undefined {
  const raw = own(answers, question)?.value;
  return typeof raw === 'number' ? raw : undefined;
}

function check(
  indicator: Indicator,
  answers: FrameworkAnswers | undefined,
): { matched: boolean; detail: IndicatorCheck } {
  const value = numericAnswer(answers, indicator.question);
  const detail: IndicatorCheck = {
    question: indicator.question,
    ...(value === undefined ? {} : { value }),
    ...(indicator.min === undefined ? {} : { min: indicator.min }),
    ...(indicator.max === undefined ? {} : { max: indicator.max }),
    weight: indicator.weight ?? 1,
    reason: indicator.reason,
  };
  const matched =
    value !== undefined &&
    (indicator.min === undefined || value >= indicator.min) &&
    (indicator.max === undefined || value <= indicator.max);
  return { matched, detail };
}

export function evaluateOption(option: ClassificationOption, answers: FrameworkAnswers | undefined): OptionResult {
  const checks = option.indicators.map((indicator) => check(indicator, answers));
  const reasons = checks.filter((c) => c.matched).map((c) => c.detail);
  const misses = checks.filter((c) => !c.matched).map((c) => c.detail);
  const sum = (list: readonly IndicatorCheck[]): number => list.reduce((total, c) => total + c.weight, 0);
  const matched = sum(reasons);
  const possible = sum(checks.map((c) => c.detail));
  const answeredPossible = sum(checks.map((c) => c.detail).filter((c) => c.value !== undefined));
  return {
    option: option.id,
    matched,
    possible,
    answeredPossible,
    fit: possible > 0 ? matched / possible : 0,
    reasons,
    misses,
  };
}

/**
 * The winning option: the most matched weight; on a tie the higher fit; on a tie of both
 * the option listed first in the framework (the strict comparisons keep the earlier one).
 */
function pickWinner(options: readonly OptionResult[]): OptionResult | undefined {
  let best: OptionResult | undefined;
  for (const o of options) {
    if (!best || o.matched > best.matched || (o.matched === best.matched && o.fit > best.fit)) best = o;
  }
  return best;
}

function classifyOne(
  framework: Framework,
  classification: Classification,
  answers: FrameworkAnswers | undefined,
): ClassificationResult {
  const options = classification.options.map((option) => evaluateOption(option, answers));
  const questions = [...new Set(classification.options.flatMap((o) => o.indicators.map((i) => i.question)))];
  const missingQuestions = questions.filter((q) => numericAnswer(answers, q) === undefined);
  const answered = questions.length - missingQuestions.length;
  const base = { classification: classification.id, options, missingQuestions };
  const best = pickWinner(options);
  // Indicator weights are > 0 (schema), so matched 0 means no indicator matched at all.
  if (!best || best.matched === 0 || answered < questions.length * MIN_CLASSIFICATION_COVERAGE) {
    return { ...base, status: 'undecided' };
  }
  const answerTraces: AnswerTrace[] = best.reasons.flatMap((r) =>
    r.value === undefined ? [] : [{ question: r.question, value: r.value }],
  );
  const finding: Finding = {
    id: `${framework.id}:classification:${classification.id}`,
    framework: framework.id,
    rule: {
      kind: 'classification',
      classification: classification.id,
      option: best.option,
      matched: best.matched,
      possible: best.possible,
    },
    recommendations: [...(classification.options.find((o) => o.id === best.option)?.recommendations ?? [])],
    answers: answerTraces,
    priority: best.possible > 0 ? (best.matched / best.possible) * 100 : 0,
  };
  return { ...base, status: 'decided', winner: best.option, finding };
}

/** One result per classification of the framework, in framework order. */
export function classify(framework: Framework, answers: FrameworkAnswers | undefined): ClassificationResult[] {
  const list = framework.classifications ?? [];
  const byId = new Map(list.map((c) => [c.id, c]));
  const done = new Map<Id, ClassificationResult>();
  const inProgress = new Set<Id>();

  const resolve = (classification: Classification): ClassificationResult => {
    const known = done.get(classification.id);
    if (known) return known;
    inProgress.add(classification.id);
    let result: ClassificationResult;
    const when = classification.when;
    const parent = when ? byId.get(when.classification) : undefined;
    // A `when` naming an unknown classification, or a cycle of `when`s, never applies.
    const parentResult = parent && !inProgress.has(parent.id) ? resolve(parent) : undefined;
    if (when && parentResult?.winner !== when.option) {
      result = { classification: classification.id, status: 'not-applicable', options: [], missingQuestions: [] };
    } else {
      result = classifyOne(framework, classification, answers);
    }
    inProgress.delete(classification.id);
    done.set(classification.id, result);
    return result;
  };

  return list.map(resolve);
}

/**
 * Where the client profile and the answers disagree, for "the profile says X, the answers
 * point to Y". Only decided classifications with a stated profile value are compared.
 */
export function compareWithProfile(
  results: readonly ClassificationResult[],
  client: ClassificationProfile,
): ProfileDisagreement[] {
  return results.flatMap((r) => {
    const field = own(PROFILE_FIELD, r.classification);
    const stated = field ? client[field] : undefined;
    return stated !== undefined && r.winner !== undefined && stated !== r.winner
      ? [{ classification: r.classification, stated, derived: r.winner }]
      : [];
  });
}
