/**
 * The rollout plan the generator builds: the template's phases and tasks, adapted by
 * findings, each task carrying why it is there. Titles are bilingual when they come
 * from shared content and plain text when they come from the user (a risk's title).
 */
import type { LocalizedText, Role, Workstream } from '../../schemas/generated/types.ts';
import type { Dependency } from './schedule.ts';
import type { PhaseTarget } from './targets.ts';

/** Text that is either shared content (both languages) or the user's own words. */
export type PlanText = LocalizedText | string;

/** Why a task is in the plan. */
export type Trace =
  | { kind: 'template'; template: string; task: string }
  | { kind: 'finding'; framework: string; finding: string; recommendation: string }
  | { kind: 'risk'; risk: string }
  | { kind: 'benefit'; line: string }
  | {
      kind: 'vendor';
      vendor: string;
      /** True when the team chose the vendor, false while it is only ranked first. */
      chosen?: boolean;
      /** The vendor's total (0–100) and its band, for the band's next steps. */
      total?: number;
      band?: string;
      /** A criterion and the sub-criteria of it the vendor scored weak on. */
      criterion?: string;
      weak?: string[];
    }
  | { kind: 'gate'; gate: string };

export interface PlanTask {
  id: string;
  phase: string;
  title: PlanText;
  description?: PlanText;
  workstream: Workstream;
  owner: Role;
  durationDays: number;
  dependsOn: Dependency[];
  deliverables: PlanText[];
  /** One or more reasons: a recommendation triggered by several findings lists each. */
  traces: Trace[];
  /** A phase gate is a zero-day milestone that closes its phase. */
  gate?: boolean;
}

export interface PlanGate {
  id: string;
  title: LocalizedText;
  criteria: { id: string; text: LocalizedText }[];
  checklist: { id: string; text: LocalizedText }[];
}

export interface PlanPhase {
  id: string;
  title: LocalizedText;
  goal: LocalizedText;
  gate: PlanGate;
  /** Scores the phase aims to reach on the dimensions it works on. */
  targets: PhaseTarget[];
  /** Task ids in the order they appear. */
  tasks: string[];
}

export interface Plan {
  template: string;
  phases: PlanPhase[];
  /** Every task, phase by phase, gates last in their phase. */
  tasks: PlanTask[];
}
