/**
 * The rollout plan the generator builds: the template's phases and tasks, adapted by
 * findings, each task carrying why it is there. Titles are bilingual when they come
 * from shared content and plain text when they come from the user (a risk's title).
 */
import type { GrowthStage, Intent, LocalizedText, Role, Stage, Workstream } from '../../schemas/generated/types.ts';
import type { Dependency } from './schedule.ts';

/** Text that is either shared content (both languages) or the user's own words. */
export type PlanText = LocalizedText | string;

/** Why a task is in the plan. */
export type Trace =
  | { kind: 'template'; template: string; task: string }
  | { kind: 'finding'; framework: string; finding: string; recommendation: string }
  | { kind: 'risk'; risk: string }
  | { kind: 'benefit'; line: string; /** The baseline task, before any benefit is measured. */ baseline?: true }
  | {
      kind: 'vendor';
      vendor: string;
      /** The selection framework's recommendation behind a next step (proof of concept, contract …). */
      framework?: string;
      recommendation?: string;
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
  /** The rollout work this task is: its template `covers`, or the intent of what it was made from. */
  intents?: Intent[];
  /** How the generator placed, ordered or merged work into this task (for its reasons). */
  placement?: TaskPlacement;
}

/** An anchor and the task of the plan that covers it (none: no task does). */
export interface AnchorUse {
  intent: Intent;
  task?: string;
}

export interface TaskPlacement {
  /** Work it waits for. */
  after: AnchorUse[];
  /** Work that waits for it. */
  before: AnchorUse[];
  notes: PlacementNote[];
}

/** What the generator could not do as declared, or did besides: each becomes a sentence of the task's reason. */
export type PlacementNote =
  /** No task of the plan covers the anchor, so the task starts when its phase starts. */
  | { code: 'no-anchor'; intent: Intent }
  /** Moved from the phase of its stage to a later one, where the work it waits for is. */
  | { code: 'later-phase'; intent: Intent; from: string; to: string }
  /** Moved from the phase of its stage to an earlier one, where the work waiting for it is. */
  | { code: 'earlier-phase'; intent: Intent; from: string; to: string }
  /** It should finish before the work covering `intent`, but what it waits for comes later. */
  | { code: 'before-unmet'; intent: Intent }
  /** Waiting for (or before) `task` would make a loop, so that link is left out. */
  | { code: 'cycle'; intent: Intent; task: string }
  /** The template has no phase for the stage: the nearest earlier stage's phase (else the first) is used. */
  | { code: 'no-stage-phase'; stage: Stage }
  /** The framework gives the recommendation no placement: its stage follows its workstream. */
  | { code: 'by-workstream'; stage: Stage }
  /** Merged work needs more days than the task had. */
  | { code: 'lengthened'; from: number; to: number }
  /** Work merged into this task, named by its own title. */
  | { code: 'merged'; title: PlanText };

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
  /** Work a finding asks for that does not suit the client's growth stage, so the plan leaves it out. */
  leftOut: LeftOutWork[];
}

export interface LeftOutWork {
  title: PlanText;
  traces: Trace[];
  /** The client's growth stage, and the stages the work suits. */
  growthStage: GrowthStage;
  suits: readonly GrowthStage[];
}

/** A score a phase aims to reach for one element of a framework. */
export interface PhaseTarget {
  framework: string;
  element: string;
  /** Score at the baseline, when the dimension was measured. */
  from?: number;
  /** Score the phase aims for by its end. */
  to: number;
}
