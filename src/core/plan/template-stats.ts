/** Size of a plan template at a glance: phases, tasks and the sum of task durations. */
import type { Template } from '../../schemas/generated/types.ts';

export interface TemplateStats {
  phases: number;
  tasks: number;
  /** Sum of all task durations in working days (effort, not calendar length). */
  workDays: number;
}

export function templateStats(template: Template): TemplateStats {
  const tasks = template.phases.flatMap((p) => p.tasks);
  return {
    phases: template.phases.length,
    tasks: tasks.length,
    workDays: tasks.reduce((sum, t) => sum + t.durationDays, 0),
  };
}
