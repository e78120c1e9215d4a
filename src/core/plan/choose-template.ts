/**
 * The template an engagement's plan is built from: the one `plan.template` names, or,
 * when it names none, the best fitting one (recommend.ts), else the nearest one, with the
 * whole ranking so every output can say which was used and why.
 */
import { assessEngagement } from '../assess/assess-engagement.ts';
import type { Engagement, Framework, Template } from '../../schemas/generated/types.ts';
import { compareWithProfile, type ProfileDisagreement } from '../assess/classify.ts';
import { clientFit, FIT_DIMENSIONS, nearestTemplate, rankTemplates, type TemplateRanking } from './recommend.ts';

export interface TemplateChoice {
  template?: Template;
  /**
   * `engagement`: plan.template names it; `recommended`: the best fit, plan.template left out;
   * `nearest`: none fits, this one shares the most of the client's profile (see `nearestTemplate`).
   */
  source?: 'engagement' | 'recommended' | 'nearest';
  ranking: TemplateRanking;
  /** Profile values the answers contradict: the ranking follows the profile, and says so. */
  disagreements: ProfileDisagreement[];
}

export function chooseTemplate(
  engagement: Engagement,
  frameworks: Iterable<Framework>,
  templates: Iterable<Template>,
): TemplateChoice {
  const all = [...templates];
  const classifications = assessEngagement(frameworks, engagement).flatMap((r) => r.classifications ?? []);
  const ranking = rankTemplates(all, clientFit(engagement, classifications));
  const fitting = classifications.filter((c) => FIT_DIMENSIONS.some((d) => d.classification === c.classification));
  const base = { ranking, disagreements: compareWithProfile(fitting, engagement.client) };
  const named = engagement.plan?.template;
  if (named !== undefined) {
    const template = all.find((t) => t.id === named);
    return template ? { ...base, template, source: 'engagement' } : base;
  }
  const best = ranking.ranked[0]?.template;
  if (best) return { ...base, template: best, source: 'recommended' };
  const near = nearestTemplate(ranking)?.template;
  return near ? { ...base, template: near, source: 'nearest' } : base;
}

/**
 * The template the plan is built from, without the ranking: the one the plan names (no
 * assessment needed), else the best fit; none without a plan. What the risk register uses to
 * place a risk's phase.
 */
export function planTemplate(
  engagement: Engagement,
  frameworks: Iterable<Framework>,
  templates: Iterable<Template>,
): Template | undefined {
  if (!engagement.plan) return undefined;
  const named = engagement.plan.template;
  if (named !== undefined) return [...templates].find((t) => t.id === named);
  return chooseTemplate(engagement, frameworks, templates).template;
}
