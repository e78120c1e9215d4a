/**
 * Where and when a generated task sits, as sentences beside the reasons it is in the plan:
 * what it waits for, what waits for it, and every place the generator had to fall back
 * (no task covers an anchor, no phase for a stage …) or merged work into it. The plan page,
 * the CLI, the Markdown report and the CSV all show these after the task's traces.
 */
import type { Language } from '../schemas/generated/types.ts';
import { PLACEMENT_WORDS, STAGE_WORDS } from '../i18n/placement.ts';
import { VOCABULARY } from '../i18n/ui.ts';
import { INTENT_NAMES } from '../i18n/intents.ts';
import { pick } from '../core/plan/plan-text.ts';
import type { Plan, PlacementNote, PlanTask } from '../core/plan/types.ts';

/** The placement sentences of one task (none for a template task nothing was merged into). */
export function placementExplainer(plan: Plan, lang: Language): (task: PlanTask) => string[] {
  const w = PLACEMENT_WORDS[lang];
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
  const w = PLACEMENT_WORDS[lang];
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
