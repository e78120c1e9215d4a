/**
 * The props the workshop hands its sections, written once: the islands extend these rather
 * than each spelling out the same fields and callbacks again.
 */
import type { Engagement, Framework, Language, Template } from '../schemas/generated/types.ts';
import type { ApplyOptions } from './workshop-session.svelte.ts';

/** A section that reads the whole engagement with every framework and plan template. */
export interface EngagementSectionProps {
  lang: Language;
  engagement: Engagement;
  frameworks: Framework[];
  templates: Template[];
  /** The day edits are dated with. */
  today: string;
}

/** How an editor hands back a change: saved at once, with an optional status and Undo. */
export interface ChangeProps {
  onchange: (next: Engagement, options?: ApplyOptions) => void;
}

/** An editor with typed fields: a change saved at once, or one saved once the typing pauses. */
export interface TypingProps extends ChangeProps {
  /** An edit made while typing, saved once the typing pauses; computed from the engagement as it is then. */
  ontype: (group: string, edit: (current: Engagement) => Engagement | null) => void;
}
