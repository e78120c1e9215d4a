/**
 * Progress the plan no longer has a place for: after a re-assessment removes a finding, the
 * task it asked for leaves the plan, but the work reported on it happened. These are the
 * task status entries and ticked checklist items the generated plan does not list, kept and
 * shown apart ("no longer required by the findings, work done kept"); they count towards no
 * phase and no gate.
 *
 * Each is named the way the plan named it when it was still there: the plan generated from
 * the engagement's earlier assessments (its snapshots, newest first) is asked for the title;
 * failing that, the recommendation, risk or benefit its id refers to; the id itself only
 * when nothing names it.
 */
import { assessEngagement } from '../assess/assess-engagement.ts';
import { catalogFramework } from '../content/framework-parts.ts';
import { planPhrase } from '../content/plan-wording.ts';
import { riskFramework } from '../risk/register.ts';
import type { Engagement, Framework, LocalizedText, TaskStatus, Template } from '../../schemas/generated/types.ts';
import { own } from '../shared/own.ts';
import { generatePlan } from './generate.ts';
import type { Plan, PlanText } from './types.ts';

export interface KeptTask {
  id: string;
  /** Undefined when nothing names it any more. */
  title?: PlanText;
  status: TaskStatus;
}

export interface KeptCheckItem {
  gate: string;
  /** The gate's title, from the plan. */
  gateTitle?: LocalizedText;
  id: string;
  text?: LocalizedText;
}

export interface KeptProgress {
  tasks: KeptTask[];
  checks: KeptCheckItem[];
}

export interface KeptProgressInput {
  engagement: Engagement;
  plan: Plan;
  template: Template;
  frameworks: ReadonlyMap<string, Framework>;
}

export function keptProgress(input: KeptProgressInput): KeptProgress {
  const { engagement, plan } = input;
  const planTasks = new Set(plan.tasks.map((t) => t.id));
  const gates = new Map(plan.phases.map((p) => [p.gate.id, p.gate]));
  const taskIds = Object.keys(engagement.tasks ?? {}).filter((id) => !planTasks.has(id));
  const checks = Object.entries(engagement.gates ?? {}).flatMap(([gate, status]) => {
    const listed = gates.get(gate);
    if (!listed) return [];
    const items = new Set(listed.checklist.map((c) => c.id));
    return (status.checked ?? []).filter((id) => !items.has(id)).map((id) => ({ gate, id }));
  });
  if (taskIds.length === 0 && checks.length === 0) return { tasks: [], checks: [] };

  const earlier = earlierPlans(input);
  const titleOf = (id: string): PlanText | undefined => {
    for (const p of earlier()) {
      const task = p.tasks.find((t) => t.id === id);
      if (task) return task.title;
    }
    return namedBy(id, input);
  };
  const textOf = (gate: string, id: string): LocalizedText | undefined => {
    for (const p of earlier()) {
      const item = p.phases.find((x) => x.gate.id === gate)?.gate.checklist.find((c) => c.id === id);
      if (item) return item.text;
    }
    return undefined;
  };
  return {
    tasks: taskIds.flatMap((id) => {
      const status = own(engagement.tasks, id);
      if (!status) return [];
      const title = titleOf(id);
      return [{ id, status, ...(title !== undefined ? { title } : {}) }];
    }),
    checks: checks.map(({ gate, id }) => {
      const text = textOf(gate, id);
      const gateTitle = gates.get(gate)?.title;
      return { gate, id, ...(gateTitle ? { gateTitle } : {}), ...(text ? { text } : {}) };
    }),
  };
}

/** The plans of the earlier assessments, newest first, generated once and only when asked for. */
function earlierPlans({ engagement, template, frameworks }: KeptProgressInput): () => Plan[] {
  let plans: Plan[] | undefined;
  return () => {
    plans ??= [...(engagement.snapshots ?? [])]
      .sort((a, b) => b.date.localeCompare(a.date))
      .flatMap((snapshot) => {
        const then: Engagement = { ...engagement, answers: snapshot.answers };
        try {
          const findings = assessEngagement(frameworks.values(), then).flatMap((r) => r.findings);
          return [generatePlan({ engagement: then, template, frameworks, findings })];
        } catch {
          return [];
        }
      });
    return plans;
  };
}

/** A title from what the id names: a framework's recommendation, a risk, a benefit line. */
function namedBy(id: string, { engagement, frameworks }: KeptProgressInput): PlanText | undefined {
  for (const framework of frameworks.values()) {
    if (!id.startsWith(`${framework.id}-`)) continue;
    const rest = id.slice(framework.id.length + 1);
    const recommendation = framework.recommendations?.find((r) => r.id === rest);
    if (recommendation) return recommendation.title;
  }
  const risk = engagement.risks?.find((r) => id === `risk-${r.id}`);
  if (risk) return planPhrase(riskFramework(frameworks.values()), 'riskTask', { risk: risk.title });
  const benefit = engagement.finance?.benefits?.find((b) => id === `benefit-${b.id}`);
  if (benefit?.label)
    return planPhrase(catalogFramework(frameworks.values(), 'benefit'), 'benefitMeasured', { benefit: benefit.label });
  return undefined;
}
