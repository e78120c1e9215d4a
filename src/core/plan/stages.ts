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
