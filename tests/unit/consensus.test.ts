/** Tastle & Wierman's (2007) consensus on an ordinal scale, by hand and as properties. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { consensus } from '../../src/core/shared/consensus.ts';

describe('consensus, computed by hand', () => {
  test('everyone gives the same answer: 1, wherever on the scale', () => {
    expect(consensus([3, 3, 3, 3], 1, 5)).toBe(1);
    expect(consensus([1], 1, 5)).toBe(1);
    expect(consensus([5, 5], 1, 5)).toBe(1);
  });

  test('half at each end of a 5-point scale: 0', () => {
    // μ = 3, |1 − 3| / 4 = |5 − 3| / 4 = 1/2, log₂(1/2) = −1: Cns = 1 + ½(−1) + ½(−1) = 0.
    expect(consensus([1, 1, 5, 5], 1, 5)).toBe(0);
    expect(consensus([0, 10], 0, 10)).toBe(0);
  });

  test('one step apart, half each, on 1–5: 1 + log₂(7/8)', () => {
    // μ = 3.5, each vote 0.5 from it: 1 − 0.5/4 = 7/8 for both halves.
    expect(consensus([3, 4], 1, 5)).toBeCloseTo(1 + Math.log2(7 / 8), 12);
    expect(consensus([3, 4], 1, 5)).toBeCloseTo(0.807355, 6);
  });

  test('three of 2 and one of 5 on 1–5', () => {
    // μ = 2.75: 2 is 0.75 away (1 − 0.1875 = 0.8125), 5 is 2.25 away (1 − 0.5625 = 0.4375);
    // 0.75 · log₂ 0.8125 = −0.22467, 0.25 · log₂ 0.4375 = −0.29816: Cns = 0.4772.
    const expected = 1 + 0.75 * Math.log2(0.8125) + 0.25 * Math.log2(0.4375);
    expect(consensus([2, 2, 2, 5], 1, 5)).toBeCloseTo(expected, 12);
    expect(consensus([2, 2, 2, 5], 1, 5)).toBeCloseTo(0.4772, 4);
  });

  test('the width is the scale’s, not the votes’: the same split counts for less on a wider scale', () => {
    const narrow = consensus([2, 4], 1, 5) ?? NaN;
    const wide = consensus([2, 4], 0, 10) ?? NaN;
    expect(narrow).toBeCloseTo(1 + Math.log2(1 - 1 / 4), 12);
    expect(wide).toBeCloseTo(1 + Math.log2(1 - 1 / 10), 12);
    expect(wide).toBeGreaterThan(narrow);
  });

  test('no votes: undefined; a scale of one point: 1; a vote off the scale: RangeError', () => {
    expect(consensus([], 1, 5)).toBeUndefined();
    expect(consensus([3, 3], 3, 3)).toBe(1);
    expect(() => consensus([0, 3], 1, 5)).toThrow(RangeError);
    expect(() => consensus([Number.NaN], 1, 5)).toThrow(RangeError);
  });
});

const scale = fc
  .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 10 }))
  .map(([low, width]) => ({ low, high: Math.min(10, low + width) }))
  .filter(({ low, high }) => high > low);
const room = scale.chain(({ low, high }) =>
  fc.record({
    low: fc.constant(low),
    high: fc.constant(high),
    votes: fc.array(fc.integer({ min: low, max: high }), { minLength: 1, maxLength: 60 }),
  }),
);

describe('consensus, properties', () => {
  test('always within [0, 1]', () => {
    fc.assert(
      fc.property(room, ({ low, high, votes }) => {
        const c = consensus(votes, low, high) ?? NaN;
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
      }),
    );
  });

  test('the same whatever the order of the voters', () => {
    fc.assert(
      fc.property(
        room.chain((r) =>
          fc.record({ r: fc.constant(r), order: fc.shuffledSubarray(r.votes, { minLength: r.votes.length }) }),
        ),
        ({ r, order }) => {
          expect(consensus(order, r.low, r.high)).toBeCloseTo(consensus(r.votes, r.low, r.high) ?? NaN, 12);
        },
      ),
    );
  });

  test('1 exactly when every vote is the same; the two-ends split is the minimum', () => {
    fc.assert(
      fc.property(room, ({ low, high, votes }) => {
        const c = consensus(votes, low, high) ?? NaN;
        expect(c === 1).toBe(new Set(votes).size === 1);
        expect(c).toBeGreaterThanOrEqual(consensus([low, high], low, high) ?? NaN);
      }),
    );
  });

  test('moving the whole room along the scale changes nothing', () => {
    fc.assert(
      fc.property(room, fc.integer({ min: -5, max: 5 }), ({ low, high, votes }, shift) => {
        const moved = consensus(
          votes.map((v) => v + shift),
          low + shift,
          high + shift,
        );
        expect(moved).toBeCloseTo(consensus(votes, low, high) ?? NaN, 12);
      }),
    );
  });
});
