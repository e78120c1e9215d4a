/** Where a generic rollout stage (strategy, build, go-live …) falls in a template's own phases. */
import type { Stage, Template } from '../../schemas/generated/types.ts';

export const STAGES: readonly Stage[] = [
  'strategy',
  'selection',
  'build',
  'migration',
  'training',
  'go-live',
  'operation',
];

/**
 * The phase of the template that covers the stage. A template that names no stages at
 * all has its phases spread evenly over the seven stages, in order; one that names some
 * gives no phase for a stage it leaves out.
 */
export function phaseForStage(template: Template, stage: Stage): string | undefined {
  const declared = template.phases.some((phase) => (phase.stages ?? []).length > 0);
  if (declared) return template.phases.find((phase) => phase.stages?.includes(stage))?.id;
  const position = Math.floor((STAGES.indexOf(stage) * template.phases.length) / STAGES.length);
  return template.phases[position]?.id;
}

/**
 * The phase index for a stage, never missing: the phase that covers the stage, else the
 * phase of the nearest earlier stage that has one, else the first phase (`fallback` then).
 */
export function phaseIndexForStage(template: Template, stage: Stage): { index: number; fallback: boolean } {
  const at = (s: Stage) => template.phases.findIndex((p) => p.id === phaseForStage(template, s));
  const own = at(stage);
  if (own >= 0) return { index: own, fallback: false };
  for (let i = STAGES.indexOf(stage) - 1; i >= 0; i--) {
    const earlier = at(STAGES[i] ?? stage);
    if (earlier >= 0) return { index: earlier, fallback: true };
  }
  return { index: 0, fallback: true };
}
