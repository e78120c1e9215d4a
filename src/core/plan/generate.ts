/**
 * The plan generator: the engagement's template, its tasks kept with their template
 * trace, plus what the contributors propose, placed in the phase of their stage, merged
 * when they are the same work, and closed phase by phase by a gate milestone.
 */
import { dependencyTarget } from '../check/template-checks.ts';
import type { Template } from '../../schemas/generated/types.ts';
import {
  assessmentContributor,
  benefitContributor,
  riskContributor,
  type Contribution,
  type PlanContributor,
  type PlanInput,
} from './contributors.ts';
import type { Dependency } from './schedule.ts';
import { phaseForStage } from './stages.ts';
import { phaseTargets } from './targets.ts';
import { vendorContributor } from './vendor-contributor.ts';
import type { Plan, PlanPhase, PlanTask } from './types.ts';

export const GATE_PREFIX = 'gate-';

/** Every kind of finding that shapes the plan, each through the one PlanContributor interface. */
export const DEFAULT_CONTRIBUTORS: readonly PlanContributor[] = [
  assessmentContributor,
  vendorContributor,
  riskContributor,
  benefitContributor,
];

function templateTasks(template: Template): PlanTask[] {
  return template.phases.flatMap((phase) =>
    phase.tasks.map((task): PlanTask => ({
      id: task.id,
      phase: phase.id,
      title: task.title,
      ...(task.description ? { description: task.description } : {}),
      workstream: task.workstream,
      owner: task.owner,
      durationDays: task.durationDays,
      dependsOn: (task.dependsOn ?? []).map((d) => ({
        task: dependencyTarget(d),
        lag: typeof d === 'string' ? 0 : (d.lagDays ?? 0),
      })),
      deliverables: task.deliverables ?? [],
      traces: [{ kind: 'template', template: template.id, task: task.id }],
    })),
  );
}

function phaseOf(template: Template, place: Contribution['place']): string {
  const first = template.phases[0]?.id ?? '';
  if ('phase' in place) return template.phases.some((p) => p.id === place.phase) ? place.phase : first;
  return phaseForStage(template, place.stage) ?? first;
}

export function generatePlan(input: PlanInput, contributors: readonly PlanContributor[] = DEFAULT_CONTRIBUTORS): Plan {
  const { template } = input;
  const tasks = templateTasks(template);
  const taken = new Set(tasks.map((t) => t.id));
  const byKey = new Map<string, PlanTask>();
  const gateItems = new Map<string, { id: string; text: PlanPhase['gate']['checklist'][number]['text'] }[]>();

  for (const contribution of contributors.flatMap((c) => c.contribute(input))) {
    const phase = phaseOf(template, contribution.place);
    const existing = byKey.get(contribution.key);
    if (existing) {
      existing.traces.push(contribution.trace);
      continue;
    }
    let id = contribution.id;
    for (let n = 2; taken.has(id); n++) id = `${contribution.id.slice(0, 60)}-${n}`;
    taken.add(id);
    const task: PlanTask = {
      id,
      phase,
      title: contribution.title,
      ...(contribution.description !== undefined ? { description: contribution.description } : {}),
      workstream: contribution.workstream,
      owner: contribution.owner,
      durationDays: contribution.durationDays,
      dependsOn: [],
      deliverables: contribution.deliverables ?? [],
      traces: [contribution.trace],
    };
    byKey.set(contribution.key, task);
    tasks.push(task);
    if (contribution.gateItem) {
      const items = gateItems.get(phase) ?? [];
      if (!items.some((i) => i.id === contribution.gateItem?.id)) items.push(contribution.gateItem);
      gateItems.set(phase, items);
    }
  }

  // Phases run in order: a task with no predecessor in its own phase waits for the
  // previous gate, and each gate waits for every task of its phase.
  const phases: PlanPhase[] = [];
  const ordered: PlanTask[] = [];
  let previousGate: string | undefined;
  for (const phase of template.phases) {
    const own = tasks.filter((t) => t.phase === phase.id);
    const ids = new Set(own.map((t) => t.id));
    for (const task of own) {
      const inPhase = task.dependsOn.some((d) => ids.has(d.task));
      if (previousGate && !inPhase) task.dependsOn.push({ task: previousGate, lag: 0 });
    }
    const gateId = `${GATE_PREFIX}${phase.gate.id}`.slice(0, 64);
    const gate: PlanTask = {
      id: gateId,
      phase: phase.id,
      title: phase.gate.title,
      workstream: 'organisation',
      owner: 'executive-sponsor',
      durationDays: 0,
      dependsOn: own.map((t): Dependency => ({ task: t.id, lag: 0 })),
      deliverables: [],
      traces: [{ kind: 'gate', gate: phase.gate.id }],
      gate: true,
    };
    ordered.push(...own, gate);
    phases.push({
      id: phase.id,
      title: phase.title,
      goal: phase.goal,
      gate: {
        id: phase.gate.id,
        title: phase.gate.title,
        criteria: phase.gate.criteria,
        checklist: [...(phase.gate.checklist ?? []), ...(gateItems.get(phase.id) ?? [])],
      },
      targets: phaseTargets(phase, input.engagement, input.frameworks),
      tasks: [...own.map((t) => t.id), gateId],
    });
    previousGate = gateId;
  }
  return { template: template.id, phases, tasks: ordered };
}
