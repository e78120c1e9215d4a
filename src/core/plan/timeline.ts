/**
 * The phases of a scheduled plan on a time line, as an executive reads them: planned and
 * forecast dates, the share done, and each closing gate's checklist readiness and decision.
 * The executive summary, the plan page and the workshop's progress section draw it with the
 * same static chart (render/svg-charts.ts).
 */
import type { Engagement, LocalizedText } from '../../schemas/generated/types.ts';
import { gateReadiness } from './gates.ts';
import type { Schedule } from './schedule.ts';
import type { Tracking } from './tracking.ts';
import type { Plan } from './types.ts';

export interface PhaseLine {
  id: string;
  title: LocalizedText;
  /** Baseline (planned) dates. */
  start: string;
  finish: string;
  /** Forecast dates: finished work at its actual dates, the rest re-scheduled from the status date. */
  forecastStart: string;
  forecastFinish: string;
  percent: number;
  gate: { id: string; title: LocalizedText; checked: number; total: number; decision?: 'go' | 'no-go' };
}

export interface PhaseTimeline {
  start: string;
  end: string;
  forecastEnd: string;
  /** The status date: the dashed line on the chart. */
  asOf: string;
  percent: number;
  slip: number;
  phases: PhaseLine[];
}

/** The timeline of `plan` as `tracking` (from trackPlan on the same plan and schedule) sees it. */
export function phaseTimeline(
  plan: Plan,
  schedule: Pick<Schedule, 'start' | 'end'>,
  engagement: Pick<Engagement, 'gates'>,
  tracking: Tracking,
): PhaseTimeline {
  const gates = gateReadiness(plan, engagement);
  const startOf = new Map<string, string>();
  const forecastStartOf = new Map<string, string>();
  const earliest = (map: Map<string, string>, phase: string, date: string) => {
    const current = map.get(phase);
    if (current === undefined || date < current) map.set(phase, date);
  };
  for (const t of tracking.tasks) {
    earliest(startOf, t.phase, t.planned.start);
    earliest(forecastStartOf, t.phase, t.forecast.start);
  }
  return {
    start: schedule.start,
    end: schedule.end,
    forecastEnd: tracking.forecastEnd,
    asOf: tracking.asOf,
    percent: tracking.percent,
    slip: tracking.slip,
    phases: plan.phases.map((phase, i) => {
      const progress = tracking.phases[i];
      const gate = gates[i];
      return {
        id: phase.id,
        title: phase.title,
        start: startOf.get(phase.id) ?? schedule.start,
        finish: progress?.plannedFinish ?? schedule.end,
        forecastStart: forecastStartOf.get(phase.id) ?? startOf.get(phase.id) ?? schedule.start,
        forecastFinish: progress?.forecastFinish ?? schedule.end,
        percent: progress?.percent ?? 0,
        gate: {
          id: phase.gate.id,
          title: phase.gate.title,
          checked: gate?.checked.length ?? 0,
          total: gate?.total ?? 0,
          ...(gate?.decision ? { decision: gate.decision } : {}),
        },
      };
    }),
  };
}
