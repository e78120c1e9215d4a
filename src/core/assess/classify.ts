/**
 * Classification (growth stage, application mode, business-application mode) from the
 * answers. Each option lists weighted indicators (an answer between min and max); the
 * option whose matched indicators weigh most wins. Ties go to the option with the higher
 * share of its own weight matched, then to the one listed first in the framework.
 * Undecided when nothing matched or fewer than half of the indicator questions are answered.
 */
import type {
  Classification,
  Framework,
  FrameworkAnswers,
  Id,
  Indicator,
  LocalizedText,
} from '../../schemas/generated/types.ts';
import type { AnswerTrace, Finding } from './types.ts';

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
  matched: number;
  possible: number;
  /** matched ÷ possible, 0–1. */
  fit: number;
  reasons: IndicatorCheck[];
  misses: IndicatorCheck[];
}

export interface ClassificationResult {
  classification: Id;
  status: 'decided' | 'undecided' | 'not-applicable';
  winner?: Id;
  options: OptionResult[];
  missingQuestions: Id[];
  finding?: Finding;
}

const PROFILE_FIELD: Record<string, 'growthStage' | 'applicationMode' | 'businessMode'> = {
  'growth-stage': 'growthStage',
  'application-mode': 'applicationMode',
  'business-mode': 'businessMode',
};

function check(
  indicator: Indicator,
  answers: FrameworkAnswers | undefined,
): { matched: boolean; detail: IndicatorCheck } {
  const raw = answers?.[indicator.question]?.value;
  const value = typeof raw === 'number' ? raw : undefined;
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

function classifyOne(
  framework: Framework,
  classification: Classification,
  answers: FrameworkAnswers | undefined,
): ClassificationResult {
  const options: OptionResult[] = classification.options.map((option) => {
    const checks = option.indicators.map((indicator) => check(indicator, answers));
    const reasons = checks.filter((c) => c.matched).map((c) => c.detail);
    const misses = checks.filter((c) => !c.matched).map((c) => c.detail);
    const matched = reasons.reduce((sum, c) => sum + c.weight, 0);
    const possible = checks.reduce((sum, c) => sum + c.detail.weight, 0);
    return { option: option.id, matched, possible, fit: possible > 0 ? matched / possible : 0, reasons, misses };
  });
  const questions = [...new Set(classification.options.flatMap((o) => o.indicators.map((i) => i.question)))];
  const missingQuestions = questions.filter((q) => typeof answers?.[q]?.value !== 'number');
  const base = { classification: classification.id, options, missingQuestions };
  const best = options.reduce<OptionResult | undefined>(
    (top, o) => (!top || o.matched > top.matched || (o.matched === top.matched && o.fit > top.fit) ? o : top),
    undefined,
  );
  if (!best || best.matched === 0 || missingQuestions.length * 2 > questions.length)
    return { ...base, status: 'undecided' };
  const answerTraces: AnswerTrace[] = best.reasons.map((r) => ({ question: r.question, value: r.value ?? 'na' }));
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
    priority: best.fit * 100,
  };
  return { ...base, status: 'decided', winner: best.option, finding };
}

export function classify(framework: Framework, answers: FrameworkAnswers | undefined): ClassificationResult[] {
  const results: ClassificationResult[] = [];
  for (const classification of framework.classifications ?? []) {
    const when = classification.when;
    if (when) {
      const other = results.find((r) => r.classification === when.classification);
      if (other?.winner !== when.option) {
        results.push({
          classification: classification.id,
          status: 'not-applicable',
          options: [],
          missingQuestions: [],
        });
        continue;
      }
    }
    results.push(classifyOne(framework, classification, answers));
  }
  return results;
}

/** Where the client profile and the answers disagree, for "the profile says X, the answers point to Y". */
export function compareWithProfile(
  results: readonly ClassificationResult[],
  client: { growthStage?: string; applicationMode?: string; businessMode?: string },
): { classification: Id; stated: string; derived: Id }[] {
  return results.flatMap((r) => {
    const field = PROFILE_FIELD[r.classification];
    const stated = field ? client[field] : undefined;
    return stated !== undefined && r.winner !== undefined && stated !== r.winner
      ? [{ classification: r.classification, stated, derived: r.winner }]
      : [];
  });
}
