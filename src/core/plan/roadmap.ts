/**
 * What the roadmap chart draws for a scheduled plan: its task rows and its phases on the time
 * line, as of a status date. The plan page, the workshop's plan and its progress section ask
 * here, so the three charts cannot drift apart.
 */
import type { Engagement, Language } from '../../schemas/generated/types.ts';
import { ganttData, type GanttData } from './gantt-data.ts';
import type { Schedule } from './schedule.ts';
import { phaseTimeline, type PhaseTimeline } from './timeline.ts';
import { trackPlan, type Tracking } from './tracking.ts';
import type { Plan } from './types.ts';

export interface Roadmap {
  data: GanttData;
  timeline: PhaseTimeline;
}

/**
 * The roadmap of a plan. Without a tracking, the status date is the day the engagement was
 * last updated (else the plan's start), as on the tracking page.
 */
export function planRoadmap(
  plan: Plan,
  schedule: Schedule,
  engagement: Engagement,
  lang: Language,
  tracking: Tracking = trackPlan(plan, schedule, engagement, engagement.updated ?? schedule.start),
): Roadmap {
  return {
    data: ganttData(plan, schedule, lang, engagement),
    timeline: phaseTimeline(plan, schedule, engagement, tracking),
  };
}
