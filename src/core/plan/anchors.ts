/**
 * What the content says about the task behind a trace: the work it is (its intents) and the
 * work it waits for (`after`) or must finish before (`before`). Recommendations say it in
 * their `plan`; template tasks in `covers`; the work the contributors write themselves
 * (vendor gaps, risk mitigations, the benefit baseline and milestones) has fixed anchors
 * here. The generator places tasks by it and the plan check audits a plan against it, so
 * both read the same rule.
 */
import type { Framework, Intent, Stage, Template, Workstream } from '../../schemas/generated/types.ts';
import type { Trace } from './types.ts';

export interface Anchors {
  intents: Intent[];
  after: Intent[];
  before: Intent[];
}

/** Where a recommendation's work usually happens when its framework does not say: by its workstream. */
export const STAGE_BY_WORKSTREAM: Record<Workstream, Stage> = {
  organisation: 'strategy',
  process: 'build',
  technology: 'build',
  facilities: 'build',
  data: 'migration',
};

/** Anchors of the work the contributors write themselves. */
export const FIXED_ANCHORS = {
  /** Closing a vendor's weak areas needs the system chosen. */
  vendorGap: { intents: [], after: ['system-selection'], before: [] },
  /** Choosing (or contracting) the vendor is the selection itself. */
  vendorDecision: { intents: ['system-selection'], after: ['requirements'], before: [] },
  /** Someone must own a mitigation: the project team. */
  risk: { intents: [], after: ['project-team'], before: [] },
  benefitBaseline: { intents: ['benefit-baseline'], after: ['project-team'], before: [] },
  /** A benefit is measured once the system is in use and its tracking runs. */
  benefitMeasured: { intents: [], after: ['go-live', 'benefit-tracking'], before: [] },
} as const satisfies Record<string, Anchors>;

const NONE: Anchors = { intents: [], after: [], before: [] };

export interface AnchorContext {
  template: Template;
  frameworks: ReadonlyMap<string, Framework>;
}

function recommendation(frameworks: AnchorContext['frameworks'], framework: string, id: string) {
  return frameworks.get(framework)?.recommendations?.find((r) => r.id === id);
}

/** The anchors a recommendation declares; undefined when its framework gives it no `plan`. */
export function recommendationAnchors(
  frameworks: AnchorContext['frameworks'],
  framework: string,
  id: string,
): Anchors | undefined {
  const plan = recommendation(frameworks, framework, id)?.plan;
  if (!plan) return undefined;
  return { intents: plan.intent ? [plan.intent] : [], after: [...plan.after], before: [...(plan.before ?? [])] };
}

export function anchorsOfTrace(trace: Trace, context: AnchorContext): Anchors {
  switch (trace.kind) {
    case 'template': {
      const task = context.template.phases.flatMap((p) => p.tasks).find((t) => t.id === trace.task);
      return { intents: [...(task?.covers ?? [])], after: [], before: [] };
    }
    case 'finding':
      return recommendationAnchors(context.frameworks, trace.framework, trace.recommendation) ?? NONE;
    case 'vendor':
      if (trace.criterion) return FIXED_ANCHORS.vendorGap;
      if (trace.framework && trace.recommendation) {
        return recommendationAnchors(context.frameworks, trace.framework, trace.recommendation) ?? NONE;
      }
      return FIXED_ANCHORS.vendorDecision;
    case 'risk':
      return FIXED_ANCHORS.risk;
    case 'benefit':
      return trace.baseline ? FIXED_ANCHORS.benefitBaseline : FIXED_ANCHORS.benefitMeasured;
    case 'gate':
      return NONE;
  }
}

/** Every intent a task is, over all its traces (a template task with merged findings is all of them). */
export function intentsOfTask(traces: readonly Trace[], context: AnchorContext): Intent[] {
  return [...new Set(traces.flatMap((t) => anchorsOfTrace(t, context).intents))];
}
