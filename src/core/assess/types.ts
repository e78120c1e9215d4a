/**
 * What the assessment engine produces. Every number keeps enough detail to show how it
 * was reached, and every finding carries its trace (framework, answers, rule) so the
 * results page can explain it and the plan generator can cite it.
 */
import type { Id, InterpretationBand } from '../../schemas/generated/types.ts';

/** One answered question as it entered a calculation. */
export interface AnswerTrace {
  question: Id;
  value: number | 'na';
  target?: number;
}

/** Why a finding exists, as data; the UI turns it into a sentence in either language. */
export type Rule =
  | { kind: 'band'; element?: Id; band: Id; score: number }
  | { kind: 'trigger'; element: Id; question?: Id; score: number; below: number }
  | { kind: 'gap'; element: Id; question: Id; gap: number; importance: number; priority: number }
  | { kind: 'misfit'; a: Id; b: Id; fit: number; misfitBelow: number; rated: boolean }
  | {
      kind: 'quadrant';
      segment: Id;
      /** The segment's name, so the reason names it rather than its id. */
      name: string;
      quadrant: Id;
      historicalValue: number;
      potentialValue: number;
      /** The engagement's currency, the unit of both values. */
      currency?: string;
    }
  | { kind: 'classification'; classification: Id; option: Id; matched: number; possible: number };

export type FindingKind = Rule['kind'];

export interface Finding {
  /** Stable across runs: the same answers give the same ids. */
  id: string;
  framework: Id;
  rule: Rule;
  /** Ids of the framework recommendations this finding triggers. */
  recommendations: Id[];
  /** The answers behind it. */
  answers: AnswerTrace[];
  /** Larger is more urgent; comparable within one kind. */
  priority: number;
}

export interface QuestionScore {
  question: Id;
  element: Id;
  /** Question weight within its element. */
  weight: number;
  answer?: AnswerTrace;
  /** 0–100 after `reverse`; undefined when unanswered or not applicable. */
  score?: number;
  target?: number;
  /** target − score on 0–100, when both exist. */
  gap?: number;
}

export interface Coverage {
  /** Questions with any answer, "not applicable" included. */
  answered: number;
  /** Of those, answered "not applicable". */
  notApplicable: number;
  total: number;
}

export interface ElementScore {
  element: Id;
  weight: number;
  questions: QuestionScore[];
  coverage: Coverage;
  /** False when too few applicable questions are answered to show a number. */
  sufficient: boolean;
  /** Weighted mean of the answered question scores, when sufficient. */
  score?: number;
  band?: InterpretationBand;
  /** Weighted mean of the targets, over the questions that have one. */
  target?: number;
  /** Current score over the same questions as `target` (so the two compare like with like). */
  currentOnTarget?: number;
  /** `currentOnTarget` as a percentage of `target`. */
  percentToTarget?: number;
}

export interface FrameworkScore {
  framework: Id;
  elements: ElementScore[];
  coverage: Coverage;
  /** Share of the scoring element weight (0–1) whose elements have a score. */
  weightCovered: number;
  sufficient: boolean;
  score?: number;
  band?: InterpretationBand;
  target?: number;
  percentToTarget?: number;
  findings: Finding[];
}
