/**
 * A synthetic plan template of any size, built in memory for the plan benchmarks: five
 * phases, each with its share of the tasks in chains of 10 that cross-link to the previous
 * chain, some tasks also waiting on work of the previous phase, and a gate per phase. The
 * engagement is a bare one (no answers, vendors, risks or finances), so no contributor adds
 * work and the plan holds exactly the template's tasks plus one gate per phase.
 */
import { generatePlan } from '../src/core/plan/generate.ts';
import { schedule, type Schedule } from '../src/core/plan/schedule.ts';
import type { Plan } from '../src/core/plan/types.ts';
import type {
  Engagement,
  Phase,
  Role,
  TaskDependency,
  Template,
  TemplateTask,
  Workstream,
} from '../src/schemas/generated/types.ts';

export const PHASES = 5;
const START = '2026-01-05';
const WORKSTREAMS: readonly Workstream[] = ['process', 'organisation', 'facilities', 'data', 'technology'];
const OWNERS: readonly Role[] = ['executive-sponsor', 'marketing-service', 'it', 'finance', 'end-user-rep'];

const taskId = (phase: number, j: number): string => `p${phase + 1}-t${j + 1}`;

function phaseTasks(phase: number, count: number): [TemplateTask, ...TemplateTask[]] {
  const tasks = Array.from({ length: count }, (_, j): TemplateTask => {
    const dependsOn: TaskDependency[] = [];
    if (j % 10 !== 0) dependsOn.push(taskId(phase, j - 1));
    if (j >= 10) dependsOn.push({ task: taskId(phase, j - 10), lagDays: j % 3 });
    // A cross-phase link: the same position in the previous phase must be done too.
    if (phase > 0 && j % 10 === 5) dependsOn.push(taskId(phase - 1, j));
    return {
      id: taskId(phase, j),
      title: { en: `Synthetic task ${j + 1} of phase ${phase + 1}`, zh: `合成任务 ${phase + 1}-${j + 1}` },
      workstream: WORKSTREAMS[j % WORKSTREAMS.length] ?? 'process',
      owner: OWNERS[j % OWNERS.length] ?? 'it',
      durationDays: 1 + ((phase * count + j) % 7),
      ...(dependsOn.length > 0 ? { dependsOn } : {}),
    };
  });
  const [first, ...rest] = tasks;
  if (!first) throw new Error('a phase needs at least one task');
  return [first, ...rest];
}

/** A template of `n` tasks (n / 5 per phase, at least one each) in five gated phases. */
export function syntheticTemplate(n: number): Template {
  const perPhase = Math.max(1, Math.round(n / PHASES));
  const phases = Array.from({ length: PHASES }, (_, p): Phase => {
    const name = `Phase ${p + 1}`;
    return {
      id: `phase-${p + 1}`,
      title: { en: name, zh: `阶段 ${p + 1}` },
      goal: { en: `Finish the work of ${name.toLowerCase()}`, zh: `完成阶段 ${p + 1} 的工作` },
      tasks: phaseTasks(p, perPhase),
      gate: {
        id: `review-${p + 1}`,
        title: { en: `Gate ${p + 1}`, zh: `关口 ${p + 1}` },
        criteria: [{ id: 'work-done', text: { en: 'Every task of the phase is done', zh: '本阶段所有任务均已完成' } }],
      },
    };
  });
  const [first, ...rest] = phases;
  if (!first) throw new Error('no phases');
  return {
    kind: 'template',
    schemaVersion: 1,
    id: `synthetic-${n}`,
    version: '1.0.0',
    title: { en: `Synthetic plan of ${n} tasks`, zh: `${n} 个任务的合成计划` },
    summary: { en: 'Generated for the benchmark.', zh: '为基准测试生成。' },
    sources: [{ file: 'bench/synthetic-plan.ts', section: 'syntheticTemplate' }],
    phases: [first, ...rest],
  };
}

/** A bare engagement that chose the template: nothing in it adds tasks to the plan. */
export function syntheticEngagement(template: Template): Engagement {
  return {
    kind: 'engagement',
    schemaVersion: 1,
    id: 'synthetic',
    title: 'Synthetic engagement',
    client: { name: 'Synthetic client', industry: 'benchmark', size: 'medium', currency: 'CNY' },
    plan: { template: template.id, startDate: START },
  };
}

/** The plan and its schedule, the way planEngagement makes them (without the assessment). */
export function planAndSchedule(engagement: Engagement, template: Template): { plan: Plan; schedule: Schedule } {
  const plan = generatePlan({ engagement, template, frameworks: new Map(), findings: [] });
  const placed = schedule(
    plan.tasks.map((t) => ({ id: t.id, duration: t.durationDays, dependsOn: t.dependsOn })),
    engagement.plan?.startDate ?? START,
    engagement.plan?.holidays ?? [],
  );
  if (!placed.ok) throw new Error(`synthetic plan does not schedule: ${JSON.stringify(placed.errors.slice(0, 3))}`);
  return { plan, schedule: placed };
}

/** A synthetic plan of `n` template tasks (plus a gate per phase), scheduled. */
export function syntheticPlan(n: number): { plan: Plan; schedule: Schedule } {
  const template = syntheticTemplate(n);
  return planAndSchedule(syntheticEngagement(template), template);
}
