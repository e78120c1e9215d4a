/**
 * Where and when a generated task sits, as sentences beside the reasons it is in the plan:
 * what it waits for, what waits for it, and every place the generator had to fall back
 * (no task covers an anchor, no phase for a stage …) or merged work into it. The plan page,
 * the CLI, the Markdown report and the CSV all show these after the task's traces.
 */
import type { Language, Stage } from '../schemas/generated/types.ts';
import { VOCABULARY } from '../i18n/ui.ts';
import { INTENT_NAMES } from '../i18n/intents.ts';
import { pick } from '../core/plan/plan-text.ts';
import type { Plan, PlacementNote, PlanTask } from '../core/plan/types.ts';

const STAGE_WORDS: Record<Stage, Record<Language, string>> = {
  strategy: { en: 'strategy', zh: '战略' },
  selection: { en: 'selection', zh: '选型' },
  build: { en: 'build', zh: '建设' },
  migration: { en: 'migration', zh: '数据迁移' },
  training: { en: 'training', zh: '培训' },
  'go-live': { en: 'go-live', zh: '上线' },
  operation: { en: 'operation', zh: '运行' },
};

const WORDS = {
  en: {
    list: (items: string[]) => items.map((i) => `“${i}”`).join(', '),
    after: (list: string) => `Starts after ${list}`,
    before: (list: string) => `Finishes before ${list} starts`,
    'no-anchor': (name: string) => `No task in this plan covers ${name}, so it starts when its phase starts`,
    'later-phase': (name: string, from: string, to: string) =>
      `Placed in “${to}” rather than “${from}”, because ${name} happens there`,
    'earlier-phase': (name: string, from: string, to: string) =>
      `Placed in “${to}” rather than “${from}”, because ${name} waits for it there`,
    'before-unmet': (name: string) => `Should finish before ${name}, but the work it waits for comes later`,
    cycle: (task: string) => `Not linked to “${task}”: that would make the two wait for each other`,
    'no-stage-phase': (stage: string) =>
      `The template has no phase for the ${stage} stage, so it goes in the phase of the stage before`,
    'by-workstream': (stage: string) =>
      `Its framework does not say where it goes: placed in ${stage} by its workstream`,
    lengthened: (from: number, to: number) =>
      `Lengthened from ${from} to ${to} days: the same work was also asked for with a longer estimate`,
    merged: (title: string) => `Also covers the recommended “${title}”`,
    leftOutTitle: (n: number) => `Left out for this client’s growth stage (${n})`,
    leftOut: (title: string, stage: string, suits: string) => `${title}: suits ${suits}, the client is at ${stage}`,
  },
  zh: {
    list: (items: string[]) => items.map((i) => `“${i}”`).join('、'),
    after: (list: string) => `在${list}完成后开始`,
    before: (list: string) => `须在${list}开始前完成`,
    'no-anchor': (name: string) => `本计划中没有负责${name}的任务，因此在本阶段开始时开始`,
    'later-phase': (name: string, from: string, to: string) => `安排在“${to}”而不是“${from}”，因为${name}在该阶段进行`,
    'earlier-phase': (name: string, from: string, to: string) =>
      `安排在“${to}”而不是“${from}”，因为${name}在该阶段等待它完成`,
    'before-unmet': (name: string) => `本应在${name}之前完成，但它所依赖的工作更晚`,
    cycle: (task: string) => `未与“${task}”关联：否则两者会互相等待`,
    'no-stage-phase': (stage: string) => `模板中没有${stage}阶段，因此放入前一个阶段所在的阶段`,
    'by-workstream': (stage: string) => `所属框架未说明其位置：按工作流放入${stage}阶段`,
    lengthened: (from: number, to: number) => `工期由 ${from} 天延长到 ${to} 天：同一项工作也有更长的估算`,
    merged: (title: string) => `同时完成建议的“${title}”`,
    leftOutTitle: (n: number) => `因客户所处成长阶段而未列入计划（${n} 项）`,
    leftOut: (title: string, stage: string, suits: string) => `${title}：适用于${suits}，客户处于${stage}`,
  },
} as const;

/** The placement sentences of one task (none for a template task nothing was merged into). */
export function placementExplainer(plan: Plan, lang: Language): (task: PlanTask) => string[] {
  const w = WORDS[lang];
  const titles = new Map(plan.tasks.map((t) => [t.id, pick(t.title, lang)]));
  const phaseOf = new Map(plan.tasks.map((t) => [t.id, t.phase]));
  const phases = new Map(plan.phases.map((p) => [p.id, p.title[lang]]));
  const name = (intent: keyof typeof INTENT_NAMES) => INTENT_NAMES[intent][lang];
  const note = (n: PlacementNote): string => {
    switch (n.code) {
      case 'no-anchor':
        return w['no-anchor'](name(n.intent));
      case 'later-phase':
        return w['later-phase'](name(n.intent), phases.get(n.from) ?? n.from, phases.get(n.to) ?? n.to);
      case 'earlier-phase':
        return w['earlier-phase'](name(n.intent), phases.get(n.from) ?? n.from, phases.get(n.to) ?? n.to);
      case 'before-unmet':
        return w['before-unmet'](name(n.intent));
      case 'cycle':
        return w.cycle(titles.get(n.task) ?? n.task);
      case 'no-stage-phase':
        return w['no-stage-phase'](STAGE_WORDS[n.stage][lang]);
      case 'by-workstream':
        return w['by-workstream'](STAGE_WORDS[n.stage][lang]);
      case 'lengthened':
        return w.lengthened(n.from, n.to);
      case 'merged':
        return w.merged(pick(n.title, lang));
    }
  };
  return (task) => {
    const placement = task.placement;
    if (!placement) return [];
    const out: string[] = [];
    // Only anchors in the task's own phase: across phases the gate between them is what it waits for.
    const named = (uses: typeof placement.after) => [
      ...new Set(
        uses.flatMap((u) => (u.task && phaseOf.get(u.task) === task.phase ? [titles.get(u.task) ?? u.task] : [])),
      ),
    ];
    const after = named(placement.after);
    const before = named(placement.before);
    if (after.length > 0) out.push(w.after(w.list(after)));
    if (before.length > 0) out.push(w.before(w.list(before)));
    return [...out, ...placement.notes.map(note)];
  };
}

/** The heading and one line per piece of work the plan left out for the client's growth stage. */
export function leftOutWords(plan: Plan, lang: Language): { title: string; items: string[] } | undefined {
  if (plan.leftOut.length === 0) return undefined;
  const w = WORDS[lang];
  const stage = (id: string) => VOCABULARY[id]?.[lang] ?? id;
  const join = (items: readonly string[]) => items.map(stage).join(lang === 'zh' ? '、' : ', ');
  return {
    title: w.leftOutTitle(plan.leftOut.length),
    items: plan.leftOut.map((l) => w.leftOut(pick(l.title, lang), stage(l.growthStage), join(l.suits))),
  };
}

/** Every sentence of a task's reason: why it is in the plan, then where it sits. */
export function taskReasons(
  task: PlanTask,
  why: (trace: PlanTask['traces'][number]) => string,
  where: (task: PlanTask) => string[],
): string[] {
  return [...task.traces.map(why), ...where(task)];
}
