/**
 * What each phase makes better: the template names the dimensions a phase works on and the
 * score (0–100) each should reach by the phase's end. The plan states them from the baseline
 * (the last measurement before the plan starts), and tracking sets every dated measurement,
 * from the engagement's snapshots and its current answers, against them.
 */
import { dimensionTitle } from '../assess/explain.ts';
import { scoreFramework } from '../assess/score.ts';
import type { Engagement, Framework, FrameworkAnswers, Language, Template } from '../../schemas/generated/types.ts';
import type { Schedule } from './schedule.ts';
import type { PhaseTarget, Plan } from './types.ts';
import { own } from '../shared/own.ts';

export interface Measurement {
  date: string;
  /** The snapshot's label; none for the current answers. */
  label?: string;
  score: number;
  /** True for the engagement's current answers rather than a snapshot. */
  current?: boolean;
}

/** The dimension's score from one set of answers, when enough of it is answered to show a number. */
function elementScore(framework: Framework, element: string, answers: FrameworkAnswers | undefined) {
  if (!answers) return undefined;
  return scoreFramework(framework, answers).elements.find((e) => e.element === element)?.score;
}

/**
 * Every dated score of one dimension, oldest first: each snapshot that measures it, then the
 * current answers, dated by the engagement's last update (or `today` when it has none).
 */
export function measurements(
  engagement: Engagement,
  framework: Framework,
  element: string,
  today?: string,
): Measurement[] {
  const out: Measurement[] = [];
  for (const snapshot of [...(engagement.snapshots ?? [])].sort((a, b) => a.date.localeCompare(b.date))) {
    const score = elementScore(framework, element, own(snapshot.answers, framework.id));
    if (score !== undefined)
      out.push({ date: snapshot.date, ...(snapshot.label ? { label: snapshot.label } : {}), score });
  }
  const current = elementScore(framework, element, own(engagement.answers, framework.id));
  const date = engagement.updated ?? today;
  if (current !== undefined && date !== undefined) out.push({ date, score: current, current: true });
  return out;
}

/** The measurement a plan starting on `start` improves on: the last one on or before it, else the first. */
export function baselineOf(series: readonly Measurement[], start: string | undefined): Measurement | undefined {
  const before = start ? series.filter((m) => m.date <= start) : [];
  return before.at(-1) ?? series[0];
}

/** The template's targets for one phase, each with its baseline score where the engagement has one. */
export function phaseTargets(
  phase: Template['phases'][number],
  engagement: Engagement,
  frameworks: ReadonlyMap<string, Framework>,
): PhaseTarget[] {
  return (phase.targets ?? []).map((target) => {
    const framework = frameworks.get(target.framework);
    const series = framework ? measurements(engagement, framework, target.element) : [];
    const from = baselineOf(series, engagement.plan?.startDate)?.score;
    return {
      framework: target.framework,
      element: target.element,
      ...(from !== undefined ? { from } : {}),
      to: target.score,
    };
  });
}

export type TargetState = 'met' | 'missed' | 'open';

export interface TargetPoint {
  phase: string;
  /** The phase's planned finish: when the score is due. */
  due: string;
  score: number;
  /** Met once a measurement reaches it; missed when its phase is due and none has. */
  state: TargetState;
}

export interface DimensionProgress {
  framework: string;
  element: string;
  baseline?: number;
  measured: Measurement[];
  targets: TargetPoint[];
}

/** Each dimension some phase aims at, its measurements to date and its targets phase by phase. */
export function targetProgress(
  plan: Plan,
  schedule: Schedule,
  engagement: Engagement,
  frameworks: ReadonlyMap<string, Framework>,
  asOf: string,
): DimensionProgress[] {
  const dimensions = new Map<string, DimensionProgress>();
  for (const phase of plan.phases) {
    const due = phase.tasks.reduce((last, id) => {
      const finish = schedule.byId.get(id)?.finish ?? '';
      return finish > last ? finish : last;
    }, '');
    for (const target of phase.targets) {
      const key = `${target.framework}/${target.element}`;
      let dimension = dimensions.get(key);
      if (!dimension) {
        const framework = frameworks.get(target.framework);
        const measured = framework
          ? measurements(engagement, framework, target.element, asOf).filter((m) => m.date <= asOf)
          : [];
        dimension = {
          framework: target.framework,
          element: target.element,
          ...(target.from !== undefined ? { baseline: target.from } : {}),
          measured,
          targets: [],
        };
        dimensions.set(key, dimension);
      }
      const reached = dimension.measured.some((m) => m.score >= target.to);
      const state: TargetState = reached ? 'met' : due < asOf ? 'missed' : 'open';
      dimension.targets.push({ phase: phase.id, due, score: target.to, state });
    }
  }
  return [...dimensions.values()];
}

/** A dimension's progress with its title in the reader's language, for the tracking views and charts. */
export interface NamedDimension extends DimensionProgress {
  name: string;
}

/** targetProgress with each dimension's title in `lang`. */
export function namedTargetProgress(
  plan: Plan,
  schedule: Schedule,
  engagement: Engagement,
  frameworks: ReadonlyMap<string, Framework>,
  asOf: string,
  lang: Language,
): NamedDimension[] {
  return targetProgress(plan, schedule, engagement, frameworks, asOf).map((d) => ({
    ...d,
    name: dimensionTitle(frameworks.get(d.framework), d.element, lang),
  }));
}
