/**
 * Progress as every shell shows it (the tracking page, the workshop's Progress section): the
 * plan tracked as of a status date, with the gates' readiness, the targets per dimension, the
 * progress kept on work the plan no longer has and the roadmap drawn as of that date.
 */
import type { Engagement, Framework, Language, Template } from '../../schemas/generated/types.ts';
import { planEngagement, type EngagementPlan, type EngagementPlanResult } from '../plan/engagement-plan.ts';
import { gateReadiness, type GateReadiness } from '../plan/gates.ts';
import { keptProgress, type KeptProgress } from '../plan/kept-progress.ts';
import { planRoadmap, type Roadmap } from '../plan/roadmap.ts';
import { namedTargetProgress, type NamedDimension } from '../plan/targets.ts';
import { trackPlan, type Tracking } from '../plan/tracking.ts';

export interface ReadyTrackingView extends EngagementPlan {
  ok: true;
  tracking: Tracking;
  gates: GateReadiness[];
  /** Each dimension a phase targets: its measurements against the targets, named in `lang`. */
  dimensions: NamedDimension[];
  kept: KeptProgress;
  /** The roadmap chart as of the status date. */
  roadmap: Roadmap;
}

export type TrackingView = Exclude<EngagementPlanResult, { ok: true }> | ReadyTrackingView;

/**
 * The engagement's progress as of `asOf`: the site passes the day the file was last updated
 * (it shows the file, not today), the workshop passes today. Without one: the plan's first day.
 */
export function trackingView(
  engagement: Engagement,
  frameworks: ReadonlyMap<string, Framework>,
  templates: ReadonlyMap<string, Template>,
  asOf: string | undefined,
  lang: Language,
): TrackingView {
  const result = planEngagement(engagement, frameworks, templates);
  if (!result.ok) return result;
  const { plan, schedule, template } = result;
  const tracking = trackPlan(plan, schedule, engagement, asOf ?? schedule.start);
  return {
    ...result,
    tracking,
    gates: gateReadiness(plan, engagement),
    dimensions: namedTargetProgress(plan, schedule, engagement, frameworks, tracking.asOf, lang),
    kept: keptProgress({ engagement, plan, template, frameworks }),
    roadmap: planRoadmap(plan, schedule, engagement, lang, tracking),
  };
}
