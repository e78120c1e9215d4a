/**
 * Scoring driven by the framework file: question → element → overall, each on 0–100.
 *
 * - A question's score places its answer on its scale: (value − lowest point) ÷ (highest −
 *   lowest) × 100, mirrored when the question is `reverse`. Targets are placed the same way.
 * - An element's score is the weighted mean (question weights) of its answered questions.
 *   Unanswered and "not applicable" questions are left out, never counted as zero. When fewer
 *   than half of the applicable questions are answered the element reports its coverage
 *   instead of a number.
 * - The overall score is the weighted mean (element weights) of the elements that have a
 *   score, shown only when they carry at least half of the element weight.
 * - An element of weight 0 (a descriptive profile) gets coverage but no score.
 * - Percent-to-target compares the current and target scores over the same questions.
 */
import type {
  Answer,
  Framework,
  FrameworkAnswers,
  FrameworkElement,
  Id,
  InterpretationBand,
  Question,
  Scale,
} from '../../schemas/generated/types.ts';
import { scoreFindings } from './score-findings.ts';
import { questionSteps } from '../content/framework-parts.ts';
import type { AnswerTrace, Coverage, ElementScore, FrameworkScore, QuestionScore } from './types.ts';
import { own } from '../shared/own.ts';

/** Below this share of applicable questions answered, an element shows coverage, not a score. */
export const MIN_ELEMENT_COVERAGE = 0.5;
/** Below this share of element weight scored, there is no overall score. */
export const MIN_OVERALL_WEIGHT = 0.5;

/** Where `value` sits on `scale`, on 0–100 (mirrored when `reverse`). */
export function placeOnScale(value: number, scale: Scale, reverse = false): number {
  const low = scale.points[0].value;
  const high = scale.points[scale.points.length - 1]?.value ?? low;
  const clamped = Math.min(high, Math.max(low, value));
  const score = high === low ? 100 : ((clamped - low) / (high - low)) * 100;
  return reverse ? 100 - score : score;
}

/** The band a 0–100 score falls in: `min` inclusive, `max` exclusive, except that 100 belongs to the top band. */
export function bandFor(
  score: number,
  bands: readonly InterpretationBand[] | undefined,
): InterpretationBand | undefined {
  const list = bands ?? [];
  return (
    list.find((band) => score >= band.min && score < band.max) ??
    list.find((band) => score === band.max && band.max === 100)
  );
}

/** Weighted mean of [value, weight] pairs; undefined when the weights sum to zero. */
export function weightedMean(pairs: readonly (readonly [number, number])[]): number | undefined {
  const totalWeight = pairs.reduce((sum, [, weight]) => sum + weight, 0);
  if (totalWeight <= 0) return undefined;
  return pairs.reduce((sum, [value, weight]) => sum + value * weight, 0) / totalWeight;
}

export function scoreQuestion(
  question: Question,
  element: Id,
  scale: Scale | undefined,
  answer: Answer | undefined,
): QuestionScore {
  const result: QuestionScore = { question: question.id, element, weight: question.weight ?? 1 };
  if (!answer) return result;
  const trace: AnswerTrace = { question: question.id, value: answer.value };
  if (answer.target !== undefined) trace.target = answer.target;
  result.answer = trace;
  if (answer.value === 'na' || !scale) return result;
  result.score = placeOnScale(answer.value, scale, question.reverse);
  if (answer.target !== undefined) {
    result.target = placeOnScale(answer.target, scale, question.reverse);
    result.gap = result.target - result.score;
  }
  return result;
}

export function scoreElement(
  framework: Framework,
  element: FrameworkElement,
  answers: FrameworkAnswers | undefined,
): ElementScore {
  const scales = new Map((framework.scales ?? []).map((scale) => [scale.id, scale]));
  const questions = (element.questions ?? []).map((question) =>
    scoreQuestion(question, element.id, scales.get(question.scale), own(answers, question.id)),
  );
  const coverage = coverageOf(questions);
  const scored = questions.filter((q) => q.score !== undefined);
  const applicable = coverage.total - coverage.notApplicable;
  const mean = weightedMean(scored.map((q) => [q.score ?? 0, q.weight]));
  const sufficient = applicable > 0 && scored.length / applicable >= MIN_ELEMENT_COVERAGE && mean !== undefined;
  const weight = element.weight ?? 1;
  const result: ElementScore = { element: element.id, weight, questions, coverage, sufficient };
  // A weight-0 element describes the client (size, industry) rather than measuring maturity: no score.
  if (weight === 0 || !sufficient || mean === undefined) return result;
  result.score = mean;
  const band = bandFor(mean, framework.bands);
  if (band) result.band = band;
  const targeted = scored.filter((q) => q.target !== undefined);
  const target = weightedMean(targeted.map((q) => [q.target ?? 0, q.weight]));
  const currentOnTarget = weightedMean(targeted.map((q) => [q.score ?? 0, q.weight]));
  if (target !== undefined && currentOnTarget !== undefined) {
    result.target = target;
    result.currentOnTarget = currentOnTarget;
    if (target > 0) result.percentToTarget = (currentOnTarget / target) * 100;
  }
  return result;
}

export function scoreFramework(framework: Framework, answers: FrameworkAnswers | undefined): FrameworkScore {
  const elements = questionSteps(framework).map((element) => scoreElement(framework, element, answers));
  const coverage = sumCoverage(elements.map((e) => e.coverage));
  const counting = elements.filter((e) => e.weight > 0);
  const totalWeight = counting.reduce((sum, e) => sum + e.weight, 0);
  const scoredElements = counting.filter((e) => e.score !== undefined);
  const scoredWeight = scoredElements.reduce((sum, e) => sum + e.weight, 0);
  const weightCovered = totalWeight > 0 ? scoredWeight / totalWeight : 0;
  const sufficient = scoredWeight > 0 && weightCovered >= MIN_OVERALL_WEIGHT;
  const result: FrameworkScore = {
    framework: framework.id,
    elements,
    coverage,
    weightCovered,
    sufficient,
    findings: [],
  };
  if (sufficient) {
    const score = weightedMean(scoredElements.map((e) => [e.score ?? 0, e.weight]));
    if (score !== undefined) result.score = score;
    const band = score === undefined ? undefined : bandFor(score, framework.bands);
    if (band) result.band = band;
    const targeted = scoredElements.filter((e) => e.target !== undefined);
    const target = weightedMean(targeted.map((e) => [e.target ?? 0, e.weight]));
    const current = weightedMean(targeted.map((e) => [e.currentOnTarget ?? 0, e.weight]));
    if (target !== undefined) result.target = target;
    if (target !== undefined && current !== undefined && target > 0) result.percentToTarget = (current / target) * 100;
  }
  result.findings = scoreFindings(framework, result);
  return result;
}

function coverageOf(questions: readonly QuestionScore[]): Coverage {
  return {
    answered: questions.filter((q) => q.answer !== undefined).length,
    notApplicable: questions.filter((q) => q.answer?.value === 'na').length,
    total: questions.length,
  };
}

function sumCoverage(list: readonly Coverage[]): Coverage {
  return list.reduce(
    (sum, c) => ({
      answered: sum.answered + c.answered,
      notApplicable: sum.notApplicable + c.notApplicable,
      total: sum.total + c.total,
    }),
    { answered: 0, notApplicable: 0, total: 0 },
  );
}
