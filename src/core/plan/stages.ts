/** Where a generic rollout stage (strategy, build, go-live …) falls in a template's own phases. */
import type { Stage, Template } from '../../schemas/generated/types.ts';

/** The phase of the template that covers the stage, if the template says. */
export function phaseForStage(template: Template, stage: Stage): string | undefined {
  return template.phases.find((phase) => phase.stages?.includes(stage))?.id;
}
