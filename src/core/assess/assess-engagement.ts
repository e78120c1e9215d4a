/**
 * Everything the engine says about one engagement: for each assessment framework its
 * scores, and where the framework carries them the 7-S fit, the customer portfolio and
 * the classifications, with all findings in one list for the plan generator.
 */
import type { Engagement, Framework } from '../../schemas/generated/types.ts';
import { classify, type ClassificationResult } from './classify.ts';
import { placeSegments, type PortfolioResult } from './portfolio.ts';
import { scoreFramework } from './score.ts';
import { sevenSFit, type SevenSFit } from './seven-s.ts';
import type { Finding, FrameworkScore } from './types.ts';
import { own } from '../shared/own.ts';

export interface AssessmentResult {
  framework: Framework;
  score: FrameworkScore;
  fit?: SevenSFit;
  portfolio?: PortfolioResult;
  classifications?: ClassificationResult[];
  /** All findings of this framework, most urgent first within each kind. */
  findings: Finding[];
}

export function assessFramework(framework: Framework, engagement: Engagement): AssessmentResult {
  const answers = own(engagement.answers, framework.id);
  const score = scoreFramework(framework, answers);
  const result: AssessmentResult = { framework, score, findings: [...score.findings] };
  if (framework.alignment) {
    result.fit = sevenSFit(framework, score, own(engagement.alignment, framework.id));
    result.findings.push(...result.fit.findings);
  }
  if (framework.portfolio) {
    result.portfolio = placeSegments(
      framework.portfolio,
      engagement.segments ?? [],
      framework.id,
      engagement.client.currency,
    );
    result.findings.push(...result.portfolio.findings);
  }
  if (framework.classifications?.length) {
    result.classifications = classify(framework, answers);
    result.findings.push(...result.classifications.flatMap((c) => (c.finding ? [c.finding] : [])));
  }
  return result;
}

/** Every assessment framework, in the framework's menu order. */
export function assessEngagement(frameworks: Iterable<Framework>, engagement: Engagement): AssessmentResult[] {
  return [...frameworks]
    .filter((f) => f.use === 'assessment')
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.id.localeCompare(b.id))
    .map((framework) => assessFramework(framework, engagement));
}
