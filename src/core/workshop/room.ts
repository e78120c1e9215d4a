/**
 * A workshop with several participants: each answers the same assessment (on their own
 * laptop, exported as a file, or in turns on one shared screen), the facilitator sees per
 * question how the room answered and where it disagrees, and records the agreed answer
 * with the votes kept as evidence. Pure: no storage, no DOM.
 */
import type { Answer, Engagement, Framework, RoomEvidence, RoomVote, Scale } from '../../schemas/generated/types.ts';
import { setAnswer } from './edit.ts';
import { own } from '../shared/own.ts';

/** One participant's answers. `name` is set only when the participant chose to be named. */
export interface RoomParticipant {
  name?: string;
  /** Where the answers came from: a file name, or empty for a turn on the shared screen. */
  source: string;
  answers: NonNullable<Engagement['answers']>;
}

export type Value = number | 'na';

export interface QuestionVote {
  /** Position of the participant in the room (0-based), for "Participant n" when unnamed. */
  participant: number;
  name?: string;
  value: Value;
}

export interface QuestionRoom {
  element: string;
  question: string;
  scale: Scale | undefined;
  /** Only the participants who answered this question. */
  votes: QuestionVote[];
  /** Count per scale point, in scale order (every point listed, zeros included). */
  distribution: { value: number; count: number }[];
  /** Votes of "not applicable", counted apart from the scale. */
  na: number;
  /** Participants who left the question unanswered. */
  unanswered: number;
  /** Over the votes on the scale; undefined when there are none. */
  mean?: number;
  median?: number;
  spread?: number;
  /** The spread from which the room is said to disagree on this question's scale. */
  threshold: number;
  disagree: boolean;
}

/**
 * Disagreement starts at half the scale's range, rounded up: 2 points on a 1–5 scale (the
 * brief's rule), 3 on 1–7, 5 on 0–10, 1 on 1–3. Never below 1.
 */
export function disagreementThreshold(scale: Scale | undefined): number {
  const values = (scale?.points ?? []).map((p) => p.value);
  if (values.length < 2) return 1;
  return Math.max(1, Math.ceil((Math.max(...values) - Math.min(...values)) / 2));
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** How the room answered one question. */
export function questionRoom(
  element: string,
  question: string,
  scale: Scale | undefined,
  frameworkId: string,
  participants: readonly RoomParticipant[],
): QuestionRoom {
  const votes: QuestionVote[] = [];
  participants.forEach((p, i) => {
    const answer = own(own(p.answers, frameworkId), question);
    if (answer === undefined) return;
    votes.push({ participant: i, ...(p.name === undefined ? {} : { name: p.name }), value: answer.value });
  });
  const numbers = votes.flatMap((v) => (v.value === 'na' ? [] : [v.value]));
  const points = (scale?.points ?? []).map((p) => p.value);
  // A value the scale does not list (a file checked against another scale) still counts.
  for (const n of numbers) if (!points.includes(n)) points.push(n);
  points.sort((a, b) => a - b);
  const distribution = points.map((value) => ({ value, count: numbers.filter((n) => n === value).length }));
  const threshold = disagreementThreshold(scale);
  const spread = numbers.length === 0 ? undefined : Math.max(...numbers) - Math.min(...numbers);
  const m = mean(numbers);
  const md = median(numbers);
  return {
    element,
    question,
    scale,
    votes,
    distribution,
    na: votes.length - numbers.length,
    unanswered: participants.length - votes.length,
    ...(m === undefined ? {} : { mean: m }),
    ...(md === undefined ? {} : { median: md }),
    ...(spread === undefined ? {} : { spread }),
    threshold,
    disagree: spread !== undefined && spread >= threshold,
  };
}

/** Every question of a framework, in element order. */
export function frameworkRoom(framework: Framework, participants: readonly RoomParticipant[]): QuestionRoom[] {
  const scales = new Map((framework.scales ?? []).map((s) => [s.id, s]));
  return framework.elements.flatMap((element) =>
    (element.questions ?? []).map((q) =>
      questionRoom(element.id, q.id, scales.get(q.scale), framework.id, participants),
    ),
  );
}

/** Discussion prompts first (largest spread first), then the rest in framework order. */
export function discussionOrder(questions: readonly QuestionRoom[]): QuestionRoom[] {
  const prompts = questions.filter((q) => q.disagree).sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0));
  return [...prompts, ...questions.filter((q) => !q.disagree)];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** What is kept with the agreed answer: every vote (named only when the participant was), mean, median, spread. */
export function roomEvidence(room: QuestionRoom, date: string): RoomEvidence | undefined {
  const [first, ...rest] = room.votes.map((v): RoomVote =>
    v.name === undefined ? { value: v.value } : { participant: v.name, value: v.value },
  );
  if (!first) return undefined;
  return {
    date,
    votes: [first, ...rest],
    ...(room.mean === undefined ? {} : { mean: round2(room.mean) }),
    ...(room.median === undefined ? {} : { median: room.median }),
    ...(room.spread === undefined ? {} : { spread: room.spread }),
  };
}

/**
 * The agreed answer becomes the engagement's answer; the target and comment already there
 * are kept, and the room's votes are attached as evidence (when anyone voted).
 */
export function recordAgreed(
  engagement: Engagement,
  frameworkId: string,
  room: QuestionRoom,
  value: Value,
  today: string,
): Engagement {
  const previous = own(own(engagement.answers, frameworkId), room.question);
  const evidence = roomEvidence(room, today);
  const answer: Answer = { value };
  if (previous?.target !== undefined) answer.target = previous.target;
  if (previous?.comment !== undefined) answer.comment = previous.comment;
  if (previous?.by !== undefined) answer.by = previous.by;
  if (evidence) answer.room = evidence;
  return setAnswer(engagement, frameworkId, room.question, answer, today);
}

export type ParticipantRefusal = 'other-engagement' | 'duplicate';

/**
 * A participant file belongs to the room when it is a copy of the same engagement (same id)
 * or of one for the same client (same client name, ignoring case and outer spaces: a
 * participant who started from a sample has a copy with its own id). Anything else is
 * refused, so a stray file never mixes into the room's answers.
 */
export function refuseParticipant(
  facilitator: Engagement,
  file: Engagement,
  fileName: string,
  present: readonly RoomParticipant[],
): ParticipantRefusal | undefined {
  const client = (e: Engagement) => e.client.name.trim().toLowerCase();
  if (file.id !== facilitator.id && client(file) !== client(facilitator)) return 'other-engagement';
  if (present.some((p) => p.source === fileName)) return 'duplicate';
  return undefined;
}

/** A participant from an imported engagement file: named only by its `participant` field. */
export function participantFromFile(file: Engagement, fileName: string): RoomParticipant {
  const name = file.participant?.trim();
  return { ...(name ? { name } : {}), source: fileName, answers: file.answers ?? {} };
}
