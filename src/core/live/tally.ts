/**
 * What the room's votes say per question and round: the distribution, mean, median, spread
 * and the Tastle–Wierman consensus; what participants are shown (never who voted what, and
 * the distribution only once revealed); and a closed question's votes as the engagement's
 * `room` evidence, the same record the file-based room writes.
 */
import type { Engagement, Framework, Scale } from '../../schemas/generated/types.ts';
import { consensus } from '../shared/consensus.ts';
import { mean, median, questionRoom, recordAgreed, type QuestionRoom, type RoomParticipant } from '../workshop/room.ts';
import type { LiveQuestion, LiveRoom, LiveValue, LiveVote, Round } from './state.ts';

export interface Tally {
  /** Votes cast, "not applicable" included. */
  votes: number;
  na: number;
  /** Count per scale point, lowest first, zeros included. */
  counts: { value: number; count: number }[];
  mean?: number;
  median?: number;
  /** Highest vote minus lowest, `na` left out. */
  spread?: number;
  /** Tastle & Wierman (2007), from 0 (split between the ends) to 1 (all the same); `na` left out. */
  consensus?: number;
}

export function votesOf(room: LiveRoom, question: string, round: Round): LiveVote[] {
  return room.votes.filter((v) => v.question === question && v.round === round);
}

export function tally(scale: readonly number[], values: readonly LiveValue[]): Tally {
  const numbers = values.flatMap((v) => (v === 'na' ? [] : [v]));
  const low = Math.min(...scale);
  const high = Math.max(...scale);
  const m = mean(numbers);
  const md = median(numbers);
  const c = numbers.length === 0 || scale.length === 0 ? undefined : consensus(numbers, low, high);
  return {
    votes: values.length,
    na: values.length - numbers.length,
    counts: scale.map((value) => ({ value, count: numbers.filter((n) => n === value).length })),
    ...(m === undefined ? {} : { mean: m }),
    ...(md === undefined ? {} : { median: md }),
    ...(numbers.length === 0 ? {} : { spread: Math.max(...numbers) - Math.min(...numbers) }),
    ...(c === undefined ? {} : { consensus: c }),
  };
}

/** The tally of one question in one round. */
export function questionTally(room: LiveRoom, question: LiveQuestion, round: Round): Tally {
  return tally(
    question.scale,
    votesOf(room, question.id, round).map((v) => v.value),
  );
}

/** Per question: each round's tally, and how far the second round moved the consensus. */
export interface Convergence {
  question: string;
  first: Tally;
  second?: Tally;
  /** Second round's consensus minus the first's: above 0, the room converged. */
  change?: number;
}

export function convergence(room: LiveRoom, question: LiveQuestion): Convergence {
  const first = questionTally(room, question, 1);
  if (question.round === 1) return { question: question.id, first };
  const second = questionTally(room, question, 2);
  const change =
    first.consensus === undefined || second.consensus === undefined ? undefined : second.consensus - first.consensus;
  return { question: question.id, first, second, ...(change === undefined ? {} : { change }) };
}

/** Questions by disagreement: lowest consensus of their latest round first; unvoted last, in room order. */
export function byDisagreement(room: LiveRoom): LiveQuestion[] {
  const score = (q: LiveQuestion) => questionTally(room, q, q.round).consensus ?? Number.POSITIVE_INFINITY;
  return room.questions
    .map((q, i) => ({ q, i, s: score(q) }))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .map(({ q }) => q);
}

/** What a participant's page is shown of one question: its pacing, and no one's vote. */
export interface QuestionView extends LiveQuestion {
  /** How many have answered the current round (not what). */
  answered: number;
  /** The current round's distribution, once the facilitator revealed it. */
  result?: Tally;
  /** In a second round, the first round's distribution (Delphi: seen before revising). */
  firstRound?: Tally;
}

export interface ParticipantView {
  anonymous: boolean;
  current?: string;
  joined: number;
  questions: QuestionView[];
}

/** The room as participants see it: no names, no one's vote, distributions only when revealed. */
export function participantView(room: LiveRoom): ParticipantView {
  return {
    anonymous: room.anonymous,
    ...(room.current === undefined ? {} : { current: room.current }),
    joined: room.participants.length,
    questions: room.questions.map((q): QuestionView => {
      const current = votesOf(room, q.id, q.round);
      return {
        ...q,
        answered: current.length,
        ...(q.revealed
          ? {
              result: tally(
                q.scale,
                current.map((v) => v.value),
              ),
            }
          : {}),
        ...(q.round === 2 ? { firstRound: questionTally(room, q, 1) } : {}),
      };
    }),
  };
}

/**
 * One question's latest round as the file-based room's per-question summary, so the agreed
 * answer is recorded by the same code with the same evidence. A participant is named only
 * when the room is not anonymous and they gave a name.
 */
export function liveQuestionRoom(room: LiveRoom, framework: Framework, question: LiveQuestion): QuestionRoom {
  const names = new Map(room.participants.map((p) => [p.id, p.name]));
  const participants = votesOf(room, question.id, question.round).map((v): RoomParticipant => {
    const name = room.anonymous ? undefined : names.get(v.participant);
    return {
      ...(name === undefined ? {} : { name }),
      source: v.participant,
      answers: { [framework.id]: { [question.id]: { value: v.value } } },
    };
  });
  const element = framework.elements.find((e) => e.id === question.element);
  const scaleId = element?.questions?.find((q) => q.id === question.id)?.scale;
  const scale = (framework.scales ?? []).find((s) => s.id === scaleId) ?? wordsScale(question);
  return questionRoom(question.element, question.id, scale, framework.id, participants);
}

/** A question the framework does not ask (an AHP pair) takes its scale from the words the phones show. */
function wordsScale(question: LiveQuestion): Scale | undefined {
  const words = question.words;
  if (!words || words.points.length < 2) return undefined;
  return {
    id: question.id,
    allowNotApplicable: words.na,
    points: words.points.map((p) => ({ value: p.value, label: p.label })) as Scale['points'],
  };
}

export type RecordRefusal = 'unknown-question' | 'not-closed' | 'other-framework';

/**
 * The agreed answer of a closed question, with its latest round's votes as the `room`
 * evidence: the engagement then passes `crmkit validate` like any recorded answer.
 */
export function recordLive(
  engagement: Engagement,
  framework: Framework,
  room: LiveRoom,
  questionId: string,
  value: LiveValue,
  today: string,
): { ok: true; engagement: Engagement } | { ok: false; reason: RecordRefusal } {
  if (framework.id !== room.framework) return { ok: false, reason: 'other-framework' };
  const question = room.questions.find((q) => q.id === questionId);
  if (!question) return { ok: false, reason: 'unknown-question' };
  if (question.phase !== 'closed') return { ok: false, reason: 'not-closed' };
  return {
    ok: true,
    engagement: recordAgreed(engagement, framework.id, liveQuestionRoom(room, framework, question), value, today),
  };
}

/** The questions of a framework, in element order, as the facilitator sets up a room. */
export function frameworkQuestions(framework: Framework): Pick<LiveQuestion, 'id' | 'element' | 'scale' | 'words'>[] {
  const scales = new Map((framework.scales ?? []).map((s) => [s.id, s]));
  return framework.elements.flatMap((element) =>
    (element.questions ?? []).map((q) => {
      const scale = scales.get(q.scale);
      const points = [...(scale?.points ?? [])].sort((a, b) => a.value - b.value);
      return {
        id: q.id,
        element: element.id,
        scale: points.map((p) => p.value),
        words: {
          element: { en: element.title.en, zh: element.title.zh },
          text: { en: q.text.en, zh: q.text.zh },
          points: points.map((p) => ({ value: p.value, label: { en: p.label.en, zh: p.label.zh } })),
          na: scale?.allowNotApplicable !== false,
        },
      };
    }),
  );
}
