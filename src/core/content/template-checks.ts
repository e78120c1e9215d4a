/**
 * Checks inside one plan template: unique ids, dependencies that name real tasks,
 * no circular dependencies (each cycle reported once, naming its tasks), and phase
 * targets that name a dimension of a known framework, once per phase.
 */
import { findCycles } from '../shared/graph.ts';
import type { Framework, Template, TaskDependency } from '../../schemas/generated/types.ts';
import type { RawProblem } from '../load/problem.ts';
import { checkReference, collector, indexIds, withPointers, type Collector } from '../load/check-tools.ts';

export function dependencyTarget(dependency: TaskDependency): string {
  return typeof dependency === 'string' ? dependency : dependency.task;
}

export function checkTemplate(template: Template, frameworks?: ReadonlyMap<string, Framework>): RawProblem[] {
  const out = collector();
  if (frameworks) checkTargets(out, template, frameworks);
  indexIds(out, 'phase', withPointers(template.phases, '/phases'));
  const tasks = new Map<string, string>();
  const gates = new Map<string, string>();
  template.phases.forEach((phase, p) => {
    indexIds(out, 'task', withPointers(phase.tasks, `/phases/${p}/tasks`), tasks);
    indexIds(out, 'gate', [{ id: phase.gate.id, pointer: `/phases/${p}/gate` }], gates);
    const checkItems = new Map<string, string>();
    indexIds(out, 'check-item', withPointers(phase.gate.criteria, `/phases/${p}/gate/criteria`), checkItems);
    indexIds(out, 'check-item', withPointers(phase.gate.checklist, `/phases/${p}/gate/checklist`), checkItems);
  });

  const stageAt = new Map<string, string>();
  template.phases.forEach((phase, p) =>
    (phase.stages ?? []).forEach((stage, i) => {
      const at = `/phases/${p}/stages/${i}`;
      const first = stageAt.get(stage);
      if (first) out.add({ pointer: at, code: 'stage-twice', params: { stage, firstAt: first } });
      else stageAt.set(stage, at);
    }),
  );

  // One task per intent, so merging and anchors always find the same task.
  const intentAt = new Map<string, string>();
  template.phases.forEach((phase, p) =>
    phase.tasks.forEach((task, t) =>
      (task.covers ?? []).forEach((intent, i) => {
        const at = `/phases/${p}/tasks/${t}/covers/${i}`;
        const first = intentAt.get(intent);
        if (first) out.add({ pointer: at, code: 'intent-twice', params: { intent, firstAt: first } });
        else intentAt.set(intent, at);
      }),
    ),
  );

  const graph = new Map<string, { pointer: string; dependsOn: string[] }>();
  template.phases.forEach((phase, p) =>
    phase.tasks.forEach((task, t) => {
      const at = `/phases/${p}/tasks/${t}`;
      const targets: string[] = [];
      (task.dependsOn ?? []).forEach((dependency, d) => {
        const target = dependencyTarget(dependency);
        const pointer = typeof dependency === 'string' ? `${at}/dependsOn/${d}` : `${at}/dependsOn/${d}/task`;
        if (checkReference(out, pointer, 'task', target, tasks)) targets.push(target);
      });
      if (!graph.has(task.id)) graph.set(task.id, { pointer: at, dependsOn: targets });
    }),
  );
  for (const cycle of findCycles(graph)) {
    const start = cycle[0] ?? '';
    out.add({
      pointer: `${graph.get(start)?.pointer ?? ''}/dependsOn`,
      code: 'dependency-cycle',
      params: { cycle: [...cycle, start].join(' → ') },
    });
  }
  return out.problems;
}

function checkTargets(out: Collector, template: Template, frameworks: ReadonlyMap<string, Framework>): void {
  template.phases.forEach((phase, p) => {
    const seen = new Map<string, string>();
    (phase.targets ?? []).forEach((target, i) => {
      const at = `/phases/${p}/targets/${i}`;
      if (!checkReference(out, `${at}/framework`, 'framework', target.framework, frameworks)) return;
      const elements = (frameworks.get(target.framework)?.elements ?? []).map((e) => e.id);
      if (!checkReference(out, `${at}/element`, 'element', target.element, elements, target.framework)) return;
      const key = `${target.framework}/${target.element}`;
      const first = seen.get(key);
      if (first) out.add({ pointer: at, code: 'target-twice', params: { target: key, firstAt: first } });
      else seen.set(key, at);
    });
  });
}
