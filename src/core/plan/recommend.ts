/**
 * Which plan template fits the client: the growth stage, CRM application mode and business
 * mode the assessment classified (or, where it could not decide, the client profile states),
 * matched against each template's `appliesTo`. A template that names a dimension and misses
 * it is out; one that does not name it neither gains nor loses.
 */
import type { Engagement, Template } from '../../schemas/generated/types.ts';
import type { ClassificationResult } from '../assess/classify.ts';

export interface ClientFit {
  growthStage?: string;
  applicationMode?: string;
  businessMode?: string;
}

export type FitDimension = keyof ClientFit;

export interface TemplateRecommendation {
  template: Template;
  /** Dimensions the template names and the client matches, most specific last. */
  matched: { dimension: FitDimension; value: string }[];
  score: number;
}

const DIMENSIONS: {
  dimension: FitDimension;
  classification: string;
  key: 'growthStages' | 'applicationModes' | 'businessModes';
  weight: number;
}[] = [
  { dimension: 'growthStage', classification: 'growth-stage', key: 'growthStages', weight: 1 },
  { dimension: 'applicationMode', classification: 'application-mode', key: 'applicationModes', weight: 2 },
  { dimension: 'businessMode', classification: 'business-mode', key: 'businessModes', weight: 4 },
];

/** The client's stage and modes: decided classifications first, the stated profile where none was decided. */
export function clientFit(engagement: Engagement, classifications: readonly ClassificationResult[]): ClientFit {
  const fit: ClientFit = {};
  for (const { dimension, classification } of DIMENSIONS) {
    const decided = classifications.find((c) => c.classification === classification)?.winner;
    const stated = engagement.client[dimension];
    const value = decided ?? (typeof stated === 'string' ? stated : undefined);
    if (value !== undefined) fit[dimension] = value;
  }
  return fit;
}

/** Templates that fit, best first (more specific matches score higher; ties keep the templates' order). */
export function recommendTemplates(templates: readonly Template[], fit: ClientFit): TemplateRecommendation[] {
  const ranked: TemplateRecommendation[] = [];
  for (const template of templates) {
    const applies = template.appliesTo;
    if (!applies) continue;
    const matched: TemplateRecommendation['matched'] = [];
    let score = 0;
    let excluded = false;
    for (const { dimension, key, weight } of DIMENSIONS) {
      const allowed = applies[key];
      if (!allowed) continue;
      const value = fit[dimension];
      if (value === undefined) continue;
      if (!(allowed as readonly string[]).includes(value)) excluded = true;
      else {
        matched.push({ dimension, value });
        score += weight;
      }
    }
    if (!excluded && score > 0) ranked.push({ template, matched, score });
  }
  return ranked.sort((a, b) => b.score - a.score);
}
