/**
 * The plan generator: the engagement's template, its tasks kept with their template
 * trace, plus what the contributors propose, closed phase by phase by a gate milestone.
 *
 * Proposed work is merged, placed and ordered by what the content declares (anchors.ts):
 * - **merged**: work whose intent a task already covers (a template task, or work proposed
 *   earlier) adds its trace to that task instead of becoming a second task; two proposals of
 *   the same work take the longer estimate, a template task keeps its own duration; the same
 *   recommendation from several findings is one task with each trace;
 * - **placed**: in the phase of its stage, or later when what it waits for is later, but not
 *   after the phase of work that waits for it;
 * - **ordered**: after the task covering each intent it waits for, and before the task
 *   covering each intent that waits for it, when that task is in the same phase (across
 *   phases the gates already order them). A link that would make a loop is left out.
 * What the generator could not honour is noted on the task (`placement.notes`), so its
 * reason can say so.
 */
import { dependencyTarget } from '../content/template-checks.ts';
import type { Intent, Template } from '../../schemas/generated/types.ts';
import {
  assessmentContributor,
  benefitContributor,
  clientGrowthStage,
  riskContributor,
  type Contribution,
  type PlanContributor,
  type PlanInput,
} from './contributors.ts';
import { dependsOnTransitively } from '../shared/graph.ts';
import type { Dependency } from './schedule.ts';
import { phaseIndexForStage } from './stages.ts';
import { phaseTargets } from './targets.ts';
import { vendorContributor } from './vendor-contributor.ts';
import type { AnchorUse, LeftOutWork, Plan, PlacementNote, PlanPhase, PlanTask } from './types.ts';

export const GATE_PREFIX = 'gate-';
const gateIdOf = (gate: string) => `${GATE_PREFIX}${gate}`.slice(0, 64);

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
      intents: [...(task.covers ?? [])],
    })),
  );
}

/** What a task waits for and what waits for it, gathered from everything merged into it. */
interface Waits {
  task: PlanTask;
  generated: boolean;
  /** Phase index from the task's own stage (generated tasks only). */
  home: number;
  after: Set<Intent>;
  before: Set<Intent>;
  notes: PlacementNote[];
}

const union = <T>(into: Set<T>, items: readonly T[], except: readonly T[]): void => {
  for (const item of items) if (!except.includes(item)) into.add(item);
};

export function generatePlan(input: PlanInput, contributors: readonly PlanContributor[] = DEFAULT_CONTRIBUTORS): Plan {
  const { template } = input;
  const phaseIds = template.phases.map((p) => p.id);
  const tasks = templateTasks(template);
  // Gate ids too: a generated id must never take the id of a gate made below.
  const taken = new Set([...tasks.map((t) => t.id), ...template.phases.map((p) => gateIdOf(p.gate.id))]);
  const byKey = new Map<string, PlanTask>();
  const owner = new Map<Intent, PlanTask>();
  for (const task of tasks) for (const intent of task.intents ?? []) if (!owner.has(intent)) owner.set(intent, task);
  const waits = new Map<PlanTask, Waits>();
  const gateItems: { task?: PlanTask; item: NonNullable<Contribution['gateItem']> }[] = [];

  const waitsOf = (task: PlanTask, generated: boolean, home: number): Waits => {
    const known = waits.get(task);
    if (known) return known;
    const fresh: Waits = { task, generated, home, after: new Set(), before: new Set(), notes: [] };
    waits.set(task, fresh);
    return fresh;
  };

  const growthStage = clientGrowthStage(input);
  const leftOut = new Map<string, LeftOutWork>();
  for (const contribution of contributors.flatMap((c) => c.contribute(input))) {
    const { anchors } = contribution;
    if (growthStage && contribution.suits && !contribution.suits.includes(growthStage)) {
      const known = leftOut.get(contribution.key);
      if (known) known.traces.push(contribution.trace);
      else {
        const { title, trace, suits } = contribution;
        leftOut.set(contribution.key, { title, traces: [trace], growthStage, suits });
      }
      // A check about other work (the contract) stays, on the gate of where that work is done.
      if (contribution.gateItem?.at) gateItems.push({ item: contribution.gateItem });
      continue;
    }
    const seen = byKey.get(contribution.key);
    const host = seen ?? anchors.intents.map((i) => owner.get(i)).find((t) => t !== undefined);
    if (host) {
      // The same work again: one task, every reason kept.
      host.traces.push(contribution.trace);
      byKey.set(contribution.key, host);
      const own = waitsOf(host, !host.traces.some((t) => t.kind === 'template'), 0);
      union(own.after, anchors.after, host.intents ?? []);
      union(own.before, anchors.before, host.intents ?? []);
      // Work proposed twice takes the longer estimate; a template task keeps the duration its author gave it.
      if (!seen && own.generated && contribution.durationDays > host.durationDays) {
        own.notes.push({ code: 'lengthened', from: host.durationDays, to: contribution.durationDays });
        host.durationDays = contribution.durationDays;
      }
      if (!seen && JSON.stringify(host.title) !== JSON.stringify(contribution.title))
        own.notes.push({ code: 'merged', title: contribution.title });
      if (contribution.gateItem) gateItems.push({ task: host, item: contribution.gateItem });
      continue;
    }
    let id = contribution.id;
    for (let n = 2; taken.has(id); n++) id = `${contribution.id.slice(0, 60)}-${n}`;
    taken.add(id);
    const placed = homePhase(template, contribution.place);
    const task: PlanTask = {
      id,
      phase: phaseIds[placed.index] ?? '',
      title: contribution.title,
      ...(contribution.description !== undefined ? { description: contribution.description } : {}),
      workstream: contribution.workstream,
      owner: contribution.owner,
      durationDays: contribution.durationDays,
      dependsOn: [],
      deliverables: contribution.deliverables ?? [],
      traces: [contribution.trace],
      intents: [...anchors.intents],
    };
    byKey.set(contribution.key, task);
    tasks.push(task);
    for (const intent of anchors.intents) if (!owner.has(intent)) owner.set(intent, task);
    const own = waitsOf(task, true, placed.index);
    union(own.after, anchors.after, anchors.intents);
    union(own.before, anchors.before, anchors.intents);
    if (placed.note) own.notes.push(placed.note);
    if (contribution.byWorkstream) own.notes.push({ code: 'by-workstream', stage: contribution.byWorkstream });
    if (contribution.gateItem) gateItems.push({ task, item: contribution.gateItem });
  }

  placeInPhases(waits, owner, phaseIds);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  // A template task keeps the order its author gave it: only generated work is linked to anchors.
  for (const w of waits.values()) if (w.generated) linkAnchors(w, owner, byId);
  for (const w of waits.values())
    if (!w.generated && w.notes.length > 0) w.task.placement = { after: [], before: [], notes: w.notes };

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
    const gateId = gateIdOf(phase.gate.id);
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
    const checklist = [...(phase.gate.checklist ?? [])];
    for (const { task, item } of gateItems) {
      const where = (item.at ?? []).map((i) => owner.get(i)).find((t) => t !== undefined) ?? task;
      if (where?.phase !== phase.id) continue;
      // The same item asked twice is one item; two items whose cut ids meet keep both, the second numbered.
      if (checklist.some((i) => i.id === item.id && JSON.stringify(i.text) === JSON.stringify(item.text))) continue;
      let id = item.id;
      for (let n = 2; checklist.some((i) => i.id === id); n++) id = `${item.id.slice(0, 60)}-${n}`;
      checklist.push({ id, text: item.text });
    }
    phases.push({
      id: phase.id,
      title: phase.title,
      goal: phase.goal,
      gate: { id: phase.gate.id, title: phase.gate.title, criteria: phase.gate.criteria, checklist },
      targets: phaseTargets(phase, input.engagement, input.frameworks),
      tasks: [...own.map((t) => t.id), gateId],
    });
    previousGate = gateId;
  }
  return { template: template.id, phases, tasks: ordered, leftOut: [...leftOut.values()] };
}

/** The phase a contribution belongs to by its own stage (or named phase), and why when that needed a fallback. */
function homePhase(template: Template, place: Contribution['place']): { index: number; note?: PlacementNote } {
  if ('phase' in place) {
    const index = template.phases.findIndex((p) => p.id === place.phase);
    if (index >= 0) return { index };
  }
  const stage = 'stage' in place ? place.stage : 'strategy';
  const found = phaseIndexForStage(template, stage);
  return found.fallback ? { index: found.index, note: { code: 'no-stage-phase', stage } } : { index: found.index };
}

/**
 * Generated work moves to a later phase when what it waits for is later (its lower bound),
 * never past the phase of the work that waits for it (its upper bound) unless the lower
 * bound forces it, which is noted. Lower bounds only rise, so the loop ends.
 */
function placeInPhases(waits: ReadonlyMap<PlanTask, Waits>, owner: ReadonlyMap<Intent, PlanTask>, phaseIds: string[]) {
  const index = (task: PlanTask) => phaseIds.indexOf(task.phase);
  const generated = [...waits.values()].filter((w) => w.generated);
  for (let changed = true, rounds = 0; changed && rounds <= phaseIds.length * generated.length; rounds++) {
    changed = false;
    for (const w of generated) {
      let lower = 0;
      let because: Intent | undefined;
      for (const intent of w.after) {
        const anchor = owner.get(intent);
        if (anchor && anchor !== w.task && index(anchor) > lower) {
          lower = index(anchor);
          because = intent;
        }
      }
      const upperTasks = [...w.before].flatMap((i) => {
        const anchor = owner.get(i);
        return anchor && anchor !== w.task ? [{ intent: i, at: index(anchor) }] : [];
      });
      const upper = Math.min(phaseIds.length - 1, ...upperTasks.map((u) => u.at));
      const target = lower > upper ? lower : Math.max(lower, Math.min(w.home, upper));
      if (target !== index(w.task)) {
        w.task.phase = phaseIds[target] ?? w.task.phase;
        changed = true;
      }
      w.notes = w.notes.filter((n) => !['later-phase', 'earlier-phase', 'before-unmet'].includes(n.code));
      if (target > w.home && because && lower === target) {
        w.notes.push({ code: 'later-phase', intent: because, from: phaseIds[w.home] ?? '', to: w.task.phase });
      }
      const pulledBy = upperTasks.find((u) => u.at === target);
      if (target < w.home && pulledBy) {
        w.notes.push({
          code: 'earlier-phase',
          intent: pulledBy.intent,
          from: phaseIds[w.home] ?? '',
          to: w.task.phase,
        });
      }
      for (const u of upperTasks) if (u.at < target) w.notes.push({ code: 'before-unmet', intent: u.intent });
    }
  }
}

/**
 * Links a task to its anchors in its own phase, and records on it how each anchor was met.
 * `after`: the task waits for the anchor; `before`: the anchor waits for the task.
 */
function linkAnchors(w: Waits, owner: ReadonlyMap<Intent, PlanTask>, byId: ReadonlyMap<string, PlanTask>): void {
  const task = w.task;
  const link = (intents: ReadonlySet<Intent>, rule: 'after' | 'before'): AnchorUse[] =>
    [...intents].map((intent): AnchorUse => {
      const anchor = owner.get(intent);
      if (!anchor || anchor === task) {
        if (!anchor && rule === 'after') w.notes.push({ code: 'no-anchor', intent });
        return { intent };
      }
      const [waiting, first] = rule === 'after' ? [task, anchor] : [anchor, task];
      const ordered = dependsOnTransitively(waiting.id, first.id, byId);
      if (anchor.phase === task.phase && !ordered) {
        if (dependsOnTransitively(first.id, waiting.id, byId)) w.notes.push({ code: 'cycle', intent, task: anchor.id });
        else waiting.dependsOn.push({ task: first.id, lag: 0 });
      }
      return { intent, task: anchor.id };
    });
  const after = link(w.after, 'after');
  const before = link(w.before, 'before');
  task.placement = { after, before, notes: w.notes };
}
