/**
 * The whole path from an engagement to its scheduled plan, shared by the site, the CLI
 * and the workshop: assess it, generate the plan from its template, schedule it.
 */
import { assessEngagement } from '../assess/assess-engagement.ts';
import type { Finding } from '../assess/types.ts';
import type { Engagement, Framework, PlanChoice, Template } from '../../schemas/generated/types.ts';
import { chooseTemplate, type TemplateChoice } from './choose-template.ts';
import { generatePlan } from './generate.ts';
import { planCalendar, planDays, type PlanCalendar } from './calendars.ts';
import { schedule, type Schedule, type ScheduleError, type ScheduleResult } from './schedule.ts';
import type { Plan } from './types.ts';

export interface EngagementPlan {
  plan: Plan;
  schedule: Schedule;
  template: Template;
  /** How the template was chosen, and the ranking of every template for this client. */
  choice: TemplateChoice;
  findings: Finding[];
  /** The working calendar it is scheduled on, and the years from start to end its data does not cover. */
  calendar: PlanCalendar;
}

export type EngagementPlanResult =
  | ({ ok: true } & EngagementPlan)
  | { ok: false; reason: 'no-plan' | 'no-template' | 'no-start' }
  | { ok: false; reason: 'schedule'; errors: ScheduleError[] };

/** The plan's tasks scheduled from `start` on the engagement's calendar (its own days on top). */
export function schedulePlan(plan: Plan, choice: PlanChoice | undefined, start: string): ScheduleResult {
  const days = planDays(choice);
  return schedule(
    plan.tasks.map((t) => ({ id: t.id, duration: t.durationDays, dependsOn: t.dependsOn })),
    start,
    days.holidays,
    days.workdays,
  );
}

export function planEngagement(
  engagement: Engagement,
  frameworks: ReadonlyMap<string, Framework>,
  templates: ReadonlyMap<string, Template>,
): EngagementPlanResult {
  if (!engagement.plan) return { ok: false, reason: 'no-plan' };
  const choice = chooseTemplate(engagement, frameworks.values(), templates.values());
  const template = choice.template;
  if (!template) return { ok: false, reason: 'no-template' };
  if (!engagement.plan.startDate) return { ok: false, reason: 'no-start' };
  const findings = assessEngagement(frameworks.values(), engagement).flatMap((r) => r.findings);
  const plan = generatePlan({ engagement, template, frameworks, findings });
  const placed = schedulePlan(plan, engagement.plan, engagement.plan.startDate);
  if (!placed.ok) return { ok: false, reason: 'schedule', errors: placed.errors };
  const calendar = planCalendar(engagement.plan, placed.start, placed.end);
  return { ok: true, plan, schedule: placed, template, choice, findings, calendar };
}
