/**
 * The live room's state as plain data: the questions the facilitator paces (waiting, open,
 * closed; first or second round; distribution hidden or revealed), the participants who
 * joined, and every participant's vote per question and round. What the sync engine holds
 * (room-doc.ts) reads into this shape; everything here is pure.
 */

import type { LocalizedText } from '../../schemas/generated/types.ts';

export type Round = 1 | 2;
export type Phase = 'waiting' | 'open' | 'closed';
export type LiveValue = number | 'na';

export interface LiveQuestion {
  id: string;
  /** The framework element the question belongs to (for the record and the page's heading). */
  element: string;
  /** The values of the question's scale, lowest first. */
  scale: number[];
  phase: Phase;
  round: Round;
  /** Whether participants see the distribution of the current round. */
  revealed: boolean;
  /** What a phone shows: the question and its scale's anchored labels (the phones have no framework). */
  words?: QuestionWords;
  /**
   * An AHP pairwise comparison of two criteria instead of a framework question: the scale's
   * values are positions from −4 (`b` extremely more important) through 0 (equal) to 4 (`a`
   * extremely more important); see pairwise.ts.
   */
  pair?: CriterionPair;
}

export interface CriterionPair {
  a: string;
  b: string;
}

/** The question's words in both languages, as the facilitator's framework has them. */
export interface QuestionWords {
  /** The element's title, over the question. */
  element: LocalizedText;
  text: LocalizedText;
  /** One label per scale point, lowest first; `number` is what the point shows instead of its value. */
  points: { value: number; label: LocalizedText; number?: string }[];
  /** Whether the scale offers "not applicable". */
  na: boolean;
}

export interface LiveParticipant {
  id: string;
  /** Set only when the participant gave a name and the room is not anonymous. */
  name?: string;
}

export interface LiveVote {
  participant: string;
  question: string;
  round: Round;
  value: LiveValue;
  /** The client's id for this vote: a resend of the same vote carries the same id. */
  id: string;
  /** The participant's own counter: a later vote has a higher one, so an old resend never wins. */
  seq: number;
}

export interface LiveRoom {
  /** Empty until the facilitator has set the room up. */
  framework: string;
  anonymous: boolean;
  /** The question on screen, when one is. */
  current?: string;
  /** In the facilitator's order. */
  questions: LiveQuestion[];
  participants: LiveParticipant[];
  votes: LiveVote[];
}

export const ROUNDS: readonly Round[] = [1, 2];

/** One vote per participant, question and round: this key names its slot. */
export function voteSlot(participant: string, question: string, round: Round): string {
  return `${participant}|${question}|${round}`;
}

export type ApplyResult = 'applied' | 'duplicate' | 'stale';

/**
 * Whether a vote that passed validation changes its slot: the same id again (a resend after
 * a reconnect) is a duplicate and changes nothing; an older vote arriving late is stale; a
 * newer one replaces the slot. So a vote is counted once however often it is sent.
 */
export function applyDecision(existing: LiveVote | undefined, vote: LiveVote): ApplyResult {
  if (existing === undefined) return 'applied';
  if (existing.id === vote.id) return 'duplicate';
  return vote.seq > existing.seq ? 'applied' : 'stale';
}

export function emptyRoom(): LiveRoom {
  return { framework: '', anonymous: false, questions: [], participants: [], votes: [] };
}

/** What a scale point shows as its number: its own `number` (a pair's 9 … 1 … 9), else its value. */
export function pointNumber(words: QuestionWords | undefined, value: number): string {
  return words?.points.find((p) => p.value === value)?.number ?? String(value);
}
