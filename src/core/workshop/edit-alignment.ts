/**
 * Rating the pairs of a framework's `alignment` (the McKinsey 7-S fit) in the workshop:
 * pure functions from one engagement to the next. A rating is stored under the framework's
 * id in the pair's own order (`a`, `b` as the framework lists them), once per pair, and
 * only with a value that is a point of the framework's fit scale; anything else is refused
 * and the engagement comes back as it was.
 */
import { assessFramework } from '../assess/assess-engagement.ts';
import type { PairFit } from '../assess/seven-s.ts';
import { questionSteps } from '../content/framework-parts.ts';
import { own } from '../shared/own.ts';
import type { Engagement, Framework, FrameworkElement, Id, PairRating, Scale } from '../../schemas/generated/types.ts';

/** What the engagement schema allows for a rating, whatever the scale says. */
const SCHEMA_MIN = 0;
const SCHEMA_MAX = 10;

/** Why a rating was not stored. */
export type RatingRefusal = 'not-a-pair' | 'not-on-scale' | 'no-scale' | 'not-rated' | 'too-long';

/** The longest comment the engagement schema stores. */
export const COMMENT_MAX = 20000;

export type RatingEdit = { ok: true; engagement: Engagement } | { ok: false; reason: RatingRefusal };

/** The framework's fit scale, when it has an alignment and the scale is there. */
export function fitScale(framework: Framework): Scale | undefined {
  const id = framework.alignment?.scale;
  return id === undefined ? undefined : framework.scales?.find((s) => s.id === id);
}

/** The framework's pair of `x` and `y` in either order, in its own order; undefined when it has none. */
export function canonicalPair(framework: Framework, x: Id, y: Id): { a: Id; b: Id } | undefined {
  const pair = framework.alignment?.pairs.find((p) => (p.a === x && p.b === y) || (p.a === y && p.b === x));
  return pair ? { a: pair.a, b: pair.b } : undefined;
}

/** The stored rating of a pair (either order), if any. */
export function ratingOf(engagement: Engagement, framework: Framework, x: Id, y: Id): PairRating | undefined {
  return own(engagement.alignment, framework.id)?.find((r) => (r.a === x && r.b === y) || (r.a === y && r.b === x));
}

/** A value the pair may be given: an integer point of the fit scale, within what the schema allows. */
export function isRatingValue(framework: Framework, value: number): boolean {
  const scale = fitScale(framework);
  return (
    scale !== undefined &&
    Number.isInteger(value) &&
    value >= SCHEMA_MIN &&
    value <= SCHEMA_MAX &&
    scale.points.some((p) => p.value === value)
  );
}

/**
 * The ratings with one pair replaced (or removed for `rating` undefined): kept in the
 * framework's pair order, pairs the framework does not list kept after them as they were.
 */
function withRating(
  engagement: Engagement,
  framework: Framework,
  pair: { a: Id; b: Id },
  rating: PairRating | undefined,
  today: string,
): Engagement {
  const same = (r: { a: Id; b: Id }) => (r.a === pair.a && r.b === pair.b) || (r.a === pair.b && r.b === pair.a);
  const before = own(engagement.alignment, framework.id) ?? [];
  const rest = before.filter((r) => !same(r));
  const list = rating ? [...rest, rating] : rest;
  const order = new Map((framework.alignment?.pairs ?? []).map((p, i) => [`${p.a}+${p.b}`, i]));
  const rank = (r: PairRating) => order.get(`${r.a}+${r.b}`) ?? Number.MAX_SAFE_INTEGER;
  const sorted = list.map((r, i) => ({ r, i })).sort((x, y) => rank(x.r) - rank(y.r) || x.i - y.i);
  const alignment: Record<string, PairRating[]> = Object.fromEntries(
    Object.entries(engagement.alignment ?? {}).filter(([id]) => id !== framework.id),
  );
  if (sorted.length > 0) alignment[framework.id] = sorted.map((s) => s.r);
  const next: Engagement = { ...engagement, updated: today };
  if (Object.keys(alignment).length > 0) next.alignment = alignment;
  else delete next.alignment;
  return next;
}

/**
 * Rates a pair (either order given; stored in the framework's order). The value must be a
 * point of the fit scale; a comment already there is kept. Rating a pair with the value it
 * has returns the engagement unchanged.
 */
export function setPairRating(
  engagement: Engagement,
  framework: Framework,
  x: Id,
  y: Id,
  value: number,
  today: string,
): RatingEdit {
  const pair = canonicalPair(framework, x, y);
  if (!pair) return { ok: false, reason: 'not-a-pair' };
  if (!fitScale(framework)) return { ok: false, reason: 'no-scale' };
  if (!isRatingValue(framework, value)) return { ok: false, reason: 'not-on-scale' };
  const before = ratingOf(engagement, framework, x, y);
  if (before && before.value === value && before.a === pair.a) return { ok: true, engagement };
  const rating: PairRating = { ...pair, value, ...(before?.comment === undefined ? {} : { comment: before.comment }) };
  return { ok: true, engagement: withRating(engagement, framework, pair, rating, today) };
}

/** Clears a pair's rating (and its comment): the pair is derived again. Unchanged when it had none. */
export function clearPairRating(engagement: Engagement, framework: Framework, x: Id, y: Id, today: string): Engagement {
  const pair = canonicalPair(framework, x, y);
  if (!pair || !ratingOf(engagement, framework, x, y)) return engagement;
  return withRating(engagement, framework, pair, undefined, today);
}

/**
 * The comment of a rated pair (a comment needs a rating to sit on); an empty or blank one
 * removes it. Longer than the schema allows is refused.
 */
export function setPairComment(
  engagement: Engagement,
  framework: Framework,
  x: Id,
  y: Id,
  text: string,
  today: string,
): RatingEdit {
  const pair = canonicalPair(framework, x, y);
  if (!pair) return { ok: false, reason: 'not-a-pair' };
  const before = ratingOf(engagement, framework, x, y);
  if (!before) return { ok: false, reason: 'not-rated' };
  if (text.length > COMMENT_MAX) return { ok: false, reason: 'too-long' };
  const comment = text.trim() === '' ? undefined : text;
  if (comment === before.comment) return { ok: true, engagement };
  const rating: PairRating = { ...pair, value: before.value, ...(comment === undefined ? {} : { comment }) };
  return { ok: true, engagement: withRating(engagement, framework, pair, rating, today) };
}

/**
 * The next point up (`+1`) or down (`-1`) the fit scale from `value`: from no rating, up
 * starts at the lowest point and down at the highest; at either end it stays there.
 */
export function stepRating(framework: Framework, value: number | undefined, direction: 1 | -1): number | undefined {
  const points = (fitScale(framework)?.points ?? []).map((p) => p.value).sort((a, b) => a - b);
  if (points.length === 0) return undefined;
  if (value === undefined) return direction > 0 ? points[0] : points[points.length - 1];
  const at = points.indexOf(value);
  if (at < 0) return direction > 0 ? points.find((p) => p > value) : [...points].reverse().find((p) => p < value);
  return points[Math.max(0, Math.min(points.length - 1, at + direction))];
}

/** One cell of the compact matrix: a pair of the framework, or nothing (the triangle's other side). */
export interface PairCell {
  row: FrameworkElement;
  column: FrameworkElement;
  pair?: { a: Id; b: Id };
}

/**
 * The compact pair matrix: the elements that take part in a pair, in the framework's order;
 * rows from the second element on and columns up to the one before last, so each pair has
 * one cell below the diagonal and the empty half is not drawn.
 */
export function pairMatrix(framework: Framework): {
  rows: FrameworkElement[];
  columns: FrameworkElement[];
  cells: PairCell[][];
} {
  const pairs = framework.alignment?.pairs ?? [];
  const used = new Set(pairs.flatMap((p) => [p.a, p.b]));
  const elements = questionSteps(framework).filter((e) => used.has(e.id));
  const rows = elements.slice(1);
  const columns = elements.slice(0, -1);
  const cells = rows.map((row, r) =>
    columns.map((column, c) => {
      const pair = c <= r ? canonicalPair(framework, column.id, row.id) : undefined;
      return pair ? { row, column, pair } : { row, column };
    }),
  );
  return { rows, columns, cells };
}

/** What the matrix shows beside it, from the engine's own fit computation. */
export interface PairOverview {
  rated: number;
  total: number;
  /** Pairs not rated whose fit comes from the two element scores. */
  derived: PairFit[];
  /** Pairs neither rated nor derivable yet (an element has no score). */
  open: PairFit[];
  /** Below `misfitBelow`, weakest first, as the results show them. */
  misfits: PairFit[];
  misfitBelow: number;
  pairs: PairFit[];
}

export function pairOverview(framework: Framework, engagement: Engagement): PairOverview | undefined {
  const fit = assessFramework(framework, engagement).fit;
  if (!fit || !framework.alignment) return undefined;
  return {
    rated: fit.pairs.filter((p) => p.rated).length,
    total: fit.pairs.length,
    derived: fit.pairs.filter((p) => !p.rated && p.fit !== undefined),
    open: fit.pairs.filter((p) => !p.rated && p.fit === undefined),
    misfits: fit.misfits,
    misfitBelow: fit.misfitBelow,
    pairs: fit.pairs,
  };
}
