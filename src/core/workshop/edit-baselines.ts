/**
 * Freezing, choosing and removing named baselines in the workshop: pure functions from one
 * engagement to the next. A name that is empty, too long or already taken is refused (the
 * same engagement comes back), so a frozen baseline is never overwritten by mistake.
 */
import type { Engagement } from '../../schemas/generated/types.ts';
import { freezeBaseline } from '../plan/baselines.ts';
import type { Schedule } from '../plan/schedule.ts';
import { without } from './edit.ts';

export const BASELINE_NAME_MAX = 100;

export type BaselineRefusal = 'empty' | 'too-long' | 'taken';

/** Why a name cannot be a new baseline's name, if it cannot. */
export function baselineNameProblem(engagement: Engagement, name: string): BaselineRefusal | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > BASELINE_NAME_MAX) return 'too-long';
  if ((engagement.baselines ?? []).some((b) => b.name === trimmed)) return 'taken';
  return undefined;
}

/** The current schedule frozen under `name` and chosen for tracking, so slip is measured against it from now on. */
export function saveBaseline(
  engagement: Engagement,
  schedule: Pick<Schedule, 'tasks'>,
  name: string,
  today: string,
): Engagement {
  if (baselineNameProblem(engagement, name) !== undefined) return engagement;
  const baseline = freezeBaseline(schedule, name.trim(), today);
  return {
    ...engagement,
    baselines: [...(engagement.baselines ?? []), baseline],
    plan: { ...engagement.plan, baseline: baseline.name },
    updated: today,
  };
}

/** Measure against the named baseline, or against the schedule as computed today (`undefined`). */
export function chooseBaseline(engagement: Engagement, name: string | undefined, today: string): Engagement {
  if (name !== undefined && !(engagement.baselines ?? []).some((b) => b.name === name)) return engagement;
  if (engagement.plan?.baseline === name) return engagement;
  const plan = name === undefined ? without(engagement.plan ?? {}, 'baseline') : { ...engagement.plan, baseline: name };
  return { ...engagement, plan, updated: today };
}

/** The baseline taken out; when it was the chosen one, tracking goes back to today's schedule. */
export function removeBaseline(engagement: Engagement, name: string, today: string): Engagement {
  const kept = (engagement.baselines ?? []).filter((b) => b.name !== name);
  if (kept.length === (engagement.baselines ?? []).length) return engagement;
  const next = engagement.plan?.baseline === name ? chooseBaseline(engagement, undefined, today) : engagement;
  return { ...(kept.length > 0 ? { ...next, baselines: kept } : without(next, 'baselines')), updated: today };
}
