/**
 * McKinsey 7-S fit: the hard and soft balance, and the fit of each pair of elements.
 * A pair rated in the workshop takes its rating placed on the alignment scale; an
 * unrated pair is derived from the two element scores by the framework's `derive` rule
 * (`min`: the weaker sets the fit, `mean`: the average, `balance`: 100 − |a − b|).
 * Pairs below `misfitBelow` are misfits, weakest first, each with its recommendation.
 */
import type { Framework, Id, LocalizedText, PairRating } from '../../schemas/generated/types.ts';
import { placeOnScale, weightedMean } from './score.ts';
import type { AnswerTrace, Finding, FrameworkScore } from './types.ts';

export interface GroupScore {
  group: Id;
  title: LocalizedText;
  elements: Id[];
  score?: number;
}

export interface PairFit {
  a: Id;
  b: Id;
  /** 0–100; undefined when the pair is unrated and an element has no score. */
  fit?: number;
  rated: boolean;
  rating?: number;
  comment?: string;
  recommendation: Id;
}

export interface SevenSFit {
  groups: GroupScore[];
  /** First group minus second (hard − soft), when both have a score. */
  balance?: number;
  pairs: PairFit[];
  misfits: PairFit[];
  misfitBelow: number;
  findings: Finding[];
}

const samePair = (x: { a: Id; b: Id }, y: { a: Id; b: Id }) =>
  (x.a === y.a && x.b === y.b) || (x.a === y.b && x.b === y.a);

/** The fit of a pair in either order; undefined when unknown. */
export function fitOf(pairs: readonly PairFit[], a: Id, b: Id): PairFit | undefined {
  return pairs.find((pair) => samePair(pair, { a, b }));
}

export function sevenSFit(
  framework: Framework,
  score: FrameworkScore,
  ratings: readonly PairRating[] | undefined,
): SevenSFit {
  const elementScore = new Map(score.elements.map((e) => [e.element, e]));
  const groups: GroupScore[] = (framework.groups ?? []).map((group) => {
    const members = framework.elements.filter((e) => e.group === group.id).map((e) => e.id);
    const mean = weightedMean(
      members.flatMap((id) => {
        const e = elementScore.get(id);
        return e?.score === undefined ? [] : [[e.score, e.weight] as const];
      }),
    );
    return { group: group.id, title: group.title, elements: members, ...(mean === undefined ? {} : { score: mean }) };
  });
  const [first, second] = groups;
  const balance = first?.score !== undefined && second?.score !== undefined ? first.score - second.score : undefined;

  const alignment = framework.alignment;
  if (!alignment)
    return {
      groups,
      ...(balance === undefined ? {} : { balance }),
      pairs: [],
      misfits: [],
      misfitBelow: 0,
      findings: [],
    };
  const scale = (framework.scales ?? []).find((s) => s.id === alignment.scale);
  const pairs: PairFit[] = alignment.pairs.map((pair) => {
    const rating = (ratings ?? []).find((r) => samePair(r, pair));
    const base = { a: pair.a, b: pair.b, recommendation: pair.recommendation };
    if (rating && scale) {
      return {
        ...base,
        fit: placeOnScale(rating.value, scale),
        rated: true,
        rating: rating.value,
        ...(rating.comment === undefined ? {} : { comment: rating.comment }),
      };
    }
    const a = elementScore.get(pair.a)?.score;
    const b = elementScore.get(pair.b)?.score;
    if (a === undefined || b === undefined) return { ...base, rated: false };
    const fit =
      alignment.derive === 'min' ? Math.min(a, b) : alignment.derive === 'mean' ? (a + b) / 2 : 100 - Math.abs(a - b);
    return { ...base, fit, rated: false };
  });
  const misfits = pairs
    .filter((p) => p.fit !== undefined && p.fit < alignment.misfitBelow)
    .sort((x, y) => (x.fit ?? 0) - (y.fit ?? 0) || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  const answersOf = (element: Id): AnswerTrace[] =>
    elementScore.get(element)?.questions.flatMap((q) => (q.answer ? [q.answer] : [])) ?? [];
  const findings: Finding[] = misfits.map((pair) => ({
    id: `${framework.id}:misfit:${pair.a}:${pair.b}`,
    framework: framework.id,
    rule: {
      kind: 'misfit',
      a: pair.a,
      b: pair.b,
      fit: pair.fit ?? 0,
      misfitBelow: alignment.misfitBelow,
      rated: pair.rated,
    },
    recommendations: [pair.recommendation],
    answers: [...answersOf(pair.a), ...answersOf(pair.b)],
    priority: alignment.misfitBelow - (pair.fit ?? 0),
  }));
  return {
    groups,
    ...(balance === undefined ? {} : { balance }),
    pairs,
    misfits,
    misfitBelow: alignment.misfitBelow,
    findings,
  };
}
