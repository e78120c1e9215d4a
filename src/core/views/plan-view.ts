/**
 * The plan as every shell shows it (the plan page, the workshop's plan, `crmkit plan`): the
 * engagement's scheduled plan with what the tables and charts draw from it, computed once, so
 * no shell recomputes phase dates, task numbers or gate readiness of its own.
 */
import type { Engagement, Framework, Language, Template } from '../../schemas/generated/types.ts';
import { planEngagement, type EngagementPlan, type EngagementPlanResult } from '../plan/engagement-plan.ts';
import { gateReadiness, type GateReadiness } from '../plan/gates.ts';
import { keptProgress, type KeptProgress } from '../plan/kept-progress.ts';
import { planRoadmap, type Roadmap } from '../plan/roadmap.ts';

export interface PlanPhaseRow {
  id: string;
  /** The earliest start and the latest finish of the phase's work, its gate included. */
  start: string;
  finish: string;
  /** The phase's tasks, its gate not counted. */
  tasks: number;
  gate: GateReadiness | undefined;
}

export interface ReadyPlanView extends EngagementPlan {
  ok: true;
  /** The roadmap chart's rows and time line, as of the engagement's status date. */
  roadmap: Roadmap;
  phases: PlanPhaseRow[];
  /** Task id → its number in the charts and the tables. */
  numbers: ReadonlyMap<string, number>;
  /** Progress recorded on work the plan no longer has. */
  kept: KeptProgress;
}

export type PlanView = Exclude<EngagementPlanResult, { ok: true }> | ReadyPlanView;

export function planView(
  engagement: Engagement,
  frameworks: ReadonlyMap<string, Framework>,
  templates: ReadonlyMap<string, Template>,
  lang: Language,
): PlanView {
  const result = planEngagement(engagement, frameworks, templates);
  if (!result.ok) return result;
  const roadmap = planRoadmap(result.plan, result.schedule, engagement, lang);
  const readiness = new Map(gateReadiness(result.plan, engagement).map((g) => [g.phase, g]));
  // The roadmap's time line already holds each phase's planned dates: the span of its work.
  const phases = result.plan.phases.map((phase, i) => {
    const line = roadmap.timeline.phases[i];
    return {
      id: phase.id,
      start: line?.start ?? result.schedule.start,
      finish: line?.finish ?? result.schedule.end,
      tasks: phase.tasks.length - 1,
      gate: readiness.get(phase.id),
    };
  });
  return {
    ...result,
    roadmap,
    phases,
    numbers: new Map(roadmap.data.rows.map((r) => [r.id, r.number])),
    kept: keptProgress({ engagement, plan: result.plan, template: result.template, frameworks }),
  };
}
