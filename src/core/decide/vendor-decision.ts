/** The whole vendor decision of an engagement: which framework it weighs, the scored vendors, and how sensitive the winner is. */
import type { Engagement, Framework } from '../../schemas/generated/types.ts';
import { selectionFramework } from './selection-framework.ts';
import { weightSensitivity, type CriterionSensitivity } from './sensitivity.ts';
import { evaluateVendors, type VendorEvaluation } from './vendors.ts';

export interface VendorDecision {
  framework: Framework;
  evaluation: VendorEvaluation;
  sensitivity: CriterionSensitivity[];
}

/** Undefined when the engagement has no vendors or no vendor-criteria framework applies. */
export function vendorDecision(engagement: Engagement, frameworks: Iterable<Framework>): VendorDecision | undefined {
  if ((engagement.vendors ?? []).length === 0) return undefined;
  const framework = selectionFramework(engagement, [...frameworks]);
  if (!framework) return undefined;
  const evaluation = evaluateVendors(engagement, framework);
  return { framework, evaluation, sensitivity: weightSensitivity(evaluation) };
}
