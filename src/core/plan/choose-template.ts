/**
 * The template an engagement's plan is built from: the one `plan.template` names, or,
 * when it names none, the best fitting one (recommend.ts), else the nearest one, with the
 * whole ranking so every output can say which was used and why.
 */
import { assessEngagement } from '../assess/assess-engagement.ts';
import type { Engagement, Framework, Template } from '../../schemas/generated/types.ts';
import { clientFit, nearestTemplate, rankTemplates, type TemplateRanking } from './recommend.ts';

export interface TemplateChoice {
  template?: Template;
  /**
   * `engagement`: plan.template names it; `recommended`: the best fit, plan.template left out;
   * `nearest`: none fits, this one shares the most of the client's profile (see `nearestTemplate`).
   */
  source?: 'engagement' | 'recommended' | 'nearest';
  ranking: TemplateRanking;
}

export function chooseTemplate(
  engagement: Engagement,
  frameworks: Iterable<Framework>,
  templates: Iterable<Template>,
): TemplateChoice {
  const all = [...templates];
  const classifications = assessEngagement(frameworks, engagement).flatMap((r) => r.classifications ?? []);
  const ranking = rankTemplates(all, clientFit(engagement, classifications));
  const named = engagement.plan?.template;
  if (named !== undefined) {
    const template = all.find((t) => t.id === named);
    return template ? { template, source: 'engagement', ranking } : { ranking };
  }
  const best = ranking.ranked[0]?.template;
  if (best) return { template: best, source: 'recommended', ranking };
  const near = nearestTemplate(ranking)?.template;
  return near ? { template: near, source: 'nearest', ranking } : { ranking };
}
