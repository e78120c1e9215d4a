/**
 * AHP pairwise comparisons in the live room: each pair of vendor criteria is one question the
 * facilitator paces like any other (open, reveal, close, second round), and each participant
 * who judged every pair becomes one assessor of the engagement's multi-assessor AHP, combined
 * by the geometric mean with the group's consistency, agreement and consensus (decide/).
 *
 * A pair's scale is the classic questionnaire's row, read left to right: position −4 means
 * `a` is extremely more important (9), −3 very strongly (7), −2 strongly (5), −1 moderately
 * (3), 0 equal (1), and 1 … 4 the same for `b`. Odd intensities only: nine choices a phone
 * shows in large type; a file may still hold the even ones. Pure.
 */
import type { AhpAssessor, AhpJudgement, Engagement, Framework } from '../../schemas/generated/types.ts';
import { criterionWeights, type CriterionWeights } from '../decide/weights.ts';
import { DEFAULT_VENDOR_FRAMEWORK } from '../decide/selection-framework.ts';
import type { CriterionPair, LiveQuestion, LiveRoom, LiveVote, QuestionWords } from './state.ts';

export const PAIR_POSITIONS: readonly number[] = [-4, -3, -2, -1, 0, 1, 2, 3, 4];

/** Saaty's intensity of a position: 9, 7, 5, 3, 1, 3, 5, 7, 9. */
export function pairIntensity(position: number): number {
  return 2 * Math.abs(position) + 1;
}

/** A position as the file's judgement: the criterion judged more important first. */
export function pairJudgement(pair: CriterionPair, position: number): AhpJudgement {
  return position > 0
    ? { a: pair.b, b: pair.a, value: pairIntensity(position) }
    : { a: pair.a, b: pair.b, value: pairIntensity(position) };
}

export type PairElement = Framework['elements'][number];

/** The words of one pair for the phones, from the page's dictionary (the engine has none). */
export type PairWording = (a: PairElement, b: PairElement) => QuestionWords;

export type PairQuestion = Pick<LiveQuestion, 'id' | 'element' | 'scale' | 'words' | 'pair'>;

/** Every pair of the framework's criteria in framework order (n criteria, n(n−1)/2 questions). */
export function pairQuestions(framework: Framework, wording: PairWording): PairQuestion[] {
  const elements = framework.elements;
  return elements.flatMap((a, i) =>
    elements.slice(i + 1).map((b, k) => ({
      id: `pair-${i + 1}-${i + k + 2}`,
      element: a.id,
      scale: [...PAIR_POSITIONS],
      words: wording(a, b),
      pair: { a: a.id, b: b.id },
    })),
  );
}

/** Whether the room weighs criteria two at a time rather than asking framework questions. */
export function isPairRoom(room: LiveRoom): boolean {
  return room.questions.length > 0 && room.questions.every((q) => q.pair !== undefined);
}

/** A participant's standing answer to a pair: their second-round vote when they gave one, else their first. */
function standingVote(votes: readonly LiveVote[], participant: string, question: LiveQuestion): LiveVote | undefined {
  const mine = votes.filter((v) => v.participant === participant && v.question === question.id && v.value !== 'na');
  return mine.find((v) => v.round === 2 && question.round === 2) ?? mine.find((v) => v.round === 1);
}

export interface LiveAssessors {
  /** One per participant who judged every pair, in the order they joined. */
  complete: AhpAssessor[];
  /** Participants who judged some pairs but not all: left out of the weights. */
  incomplete: { participant: string; name?: string; judged: number }[];
  /** Pairs in the room. */
  pairs: number;
}

/** The room's pairwise votes as assessors; a participant is named only in a room that is not anonymous. */
export function liveAssessors(room: LiveRoom): LiveAssessors {
  const pairs = room.questions.filter((q): q is LiveQuestion & { pair: CriterionPair } => q.pair !== undefined);
  const complete: AhpAssessor[] = [];
  const incomplete: LiveAssessors['incomplete'] = [];
  for (const participant of room.participants) {
    const judgements = pairs.flatMap((q) => {
      const vote = standingVote(room.votes, participant.id, q);
      return vote && typeof vote.value === 'number' ? [pairJudgement(q.pair, vote.value)] : [];
    });
    const name = room.anonymous ? undefined : participant.name;
    const [first, ...rest] = judgements;
    if (first && judgements.length === pairs.length) {
      complete.push({ ...(name === undefined ? {} : { name }), judgements: [first, ...rest] });
    } else if (judgements.length > 0) {
      incomplete.push({
        participant: participant.id,
        ...(name === undefined ? {} : { name }),
        judged: judgements.length,
      });
    }
  }
  return { complete, incomplete, pairs: pairs.length };
}

/** The weights the room's judgements give now: combined, per assessor, agreement and consensus. */
export function liveWeights(framework: Framework, room: LiveRoom): CriterionWeights {
  return criterionWeights(framework, { weighting: 'ahp', assessors: liveAssessors(room).complete });
}

export type WeightsRefusal = 'other-framework' | 'not-pairs' | 'still-open' | 'no-assessor';

/**
 * The room's judgements recorded as the engagement's AHP weighting: the assessors are the
 * participants who judged every pair (they replace the assessors the file had, which the
 * workshop's undo brings back), and the weighting becomes `ahp`. Refused while a pair is open.
 */
export function recordLiveWeights(
  engagement: Engagement,
  framework: Framework,
  room: LiveRoom,
  today: string,
): { ok: true; engagement: Engagement; assessors: number } | { ok: false; reason: WeightsRefusal } {
  if (framework.id !== room.framework) return { ok: false, reason: 'other-framework' };
  if (!isPairRoom(room)) return { ok: false, reason: 'not-pairs' };
  if (room.questions.some((q) => q.phase === 'open')) return { ok: false, reason: 'still-open' };
  const { complete } = liveAssessors(room);
  if (complete.length === 0) return { ok: false, reason: 'no-assessor' };
  const previous = engagement.vendorSelection ?? {};
  const selection = {
    ...previous,
    ...(framework.id === DEFAULT_VENDOR_FRAMEWORK && previous.framework === undefined
      ? {}
      : { framework: framework.id }),
    weighting: 'ahp' as const,
    assessors: complete,
  };
  return {
    ok: true,
    engagement: { ...engagement, vendorSelection: selection, updated: today },
    assessors: complete.length,
  };
}
