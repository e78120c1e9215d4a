/** Rating the 7-S pairs in the workshop: one rating per pair, in the framework's order, on its scale. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkEngagement } from '../../src/core/check/engagement-checks.ts';
import {
  clearPairRating,
  pairMatrix,
  pairOverview,
  setPairComment,
  setPairRating,
  stepRating,
} from '../../src/core/workshop/edit-alignment.ts';
import { blankEngagement, setAnswer } from '../../src/core/workshop/edit.ts';
import { resolvePlace } from '../../src/core/workshop/sections.ts';
import { PAIR_MATRIX } from '../../src/i18n/pair-matrix.ts';
import { PAIR_STEP } from '../../src/i18n/pair-step.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { validateEngagement } from '../../src/schemas/generated/validators.js';
import { shipped, shippedFramework } from './assess-helpers.ts';

const framework = shippedFramework('mckinsey-7s');
const context = { frameworks: shipped.frameworks, templates: shipped.templates };
const TODAY = '2026-12-06';
const blank = blankEngagement(
  { clientName: 'Acme', industry: 'Retail', size: 'small', currency: 'EUR', language: 'en' },
  '2026-11-01',
  new Set(),
);
const pairs = framework.alignment?.pairs ?? [];

function set(e: Engagement, a: string, b: string, value: number): Engagement {
  const edit = setPairRating(e, framework, a, b, value, TODAY);
  if (!edit.ok) throw new Error(edit.reason);
  return edit.engagement;
}

describe('pair ratings', () => {
  test('a rating is stored in the framework’s order whichever order it is given in', () => {
    const next = set(blank, 'structure', 'strategy', 4);
    expect(next.alignment).toEqual({ 'mckinsey-7s': [{ a: 'strategy', b: 'structure', value: 4 }] });
    expect(next.updated).toBe(TODAY);
    expect(checkEngagement(next, context)).toEqual([]);
  });

  test('rating a pair again replaces it; the list follows the framework’s pair order', () => {
    let e = set(blank, 'skills', 'shared-values', 2); // pair 21
    e = set(e, 'strategy', 'systems', 5); // pair 2
    e = set(e, 'strategy', 'structure', 1); // pair 1
    e = set(e, 'skills', 'shared-values', 3);
    expect(e.alignment?.['mckinsey-7s']).toEqual([
      { a: 'strategy', b: 'structure', value: 1 },
      { a: 'strategy', b: 'systems', value: 5 },
      { a: 'skills', b: 'shared-values', value: 3 },
    ]);
  });

  test('a value off the fit scale (1 to 5) or not an element pair is refused', () => {
    expect(setPairRating(blank, framework, 'strategy', 'structure', 0, TODAY)).toEqual({
      ok: false,
      reason: 'not-on-scale',
    });
    expect(setPairRating(blank, framework, 'strategy', 'structure', 7, TODAY)).toMatchObject({ ok: false });
    expect(setPairRating(blank, framework, 'strategy', 'structure', 2.5, TODAY)).toMatchObject({ ok: false });
    expect(setPairRating(blank, framework, 'strategy', 'strategy', 3, TODAY)).toEqual({
      ok: false,
      reason: 'not-a-pair',
    });
    expect(setPairRating(blank, framework, 'strategy', 'nobody', 3, TODAY)).toMatchObject({ reason: 'not-a-pair' });
  });

  test('the same value again changes nothing; a pair stored the other way round is put right', () => {
    const e = set(blank, 'strategy', 'style', 3);
    expect(setPairRating(e, framework, 'style', 'strategy', 3, TODAY)).toEqual({ ok: true, engagement: e });
    const reversed: Engagement = { ...blank, alignment: { 'mckinsey-7s': [{ a: 'style', b: 'strategy', value: 3 }] } };
    const fixed = set(reversed, 'strategy', 'style', 3);
    expect(fixed.alignment?.['mckinsey-7s']).toEqual([{ a: 'strategy', b: 'style', value: 3 }]);
  });

  test('clearing removes the pair, and the framework key and the alignment when they empty', () => {
    const e = set(set(blank, 'strategy', 'style', 3), 'staff', 'skills', 4);
    const one = clearPairRating(e, framework, 'style', 'strategy', TODAY);
    expect(one.alignment).toEqual({ 'mckinsey-7s': [{ a: 'staff', b: 'skills', value: 4 }] });
    const none = clearPairRating(one, framework, 'staff', 'skills', TODAY);
    expect(none).not.toHaveProperty('alignment');
    expect(clearPairRating(none, framework, 'staff', 'skills', TODAY)).toBe(none);
  });

  test('a comment sits on a rated pair, survives a new value and goes with the rating', () => {
    expect(setPairComment(blank, framework, 'strategy', 'style', 'x', TODAY)).toEqual({
      ok: false,
      reason: 'not-rated',
    });
    const rated = set(blank, 'strategy', 'style', 3);
    const commented = setPairComment(rated, framework, 'style', 'strategy', 'Leaders talk, do not act', TODAY);
    if (!commented.ok) throw new Error('refused');
    const moved = set(commented.engagement, 'strategy', 'style', 2);
    expect(moved.alignment?.['mckinsey-7s']).toEqual([
      { a: 'strategy', b: 'style', value: 2, comment: 'Leaders talk, do not act' },
    ]);
    const blanked = setPairComment(moved, framework, 'strategy', 'style', '  ', TODAY);
    expect(blanked.ok && blanked.engagement.alignment?.['mckinsey-7s']).toEqual([
      { a: 'strategy', b: 'style', value: 2 },
    ]);
    expect(setPairComment(moved, framework, 'strategy', 'style', 'x'.repeat(20001), TODAY)).toMatchObject({
      reason: 'too-long',
    });
  });

  test('+ and − walk the scale 1…5, starting at an end and stopping there', () => {
    expect(stepRating(framework, undefined, 1)).toBe(1);
    expect(stepRating(framework, undefined, -1)).toBe(5);
    expect(stepRating(framework, 3, 1)).toBe(4);
    expect(stepRating(framework, 3, -1)).toBe(2);
    expect(stepRating(framework, 5, 1)).toBe(5);
    expect(stepRating(framework, 1, -1)).toBe(1);
    // A value off the scale (from an old file) steps to the nearest point in that direction.
    expect(stepRating(framework, 0, 1)).toBe(1);
    expect(stepRating(framework, 8, -1)).toBe(5);
  });
});

describe('the compact matrix', () => {
  test('6 rows (structure…shared values) by 6 columns (strategy…skills), 21 pair cells below the diagonal', () => {
    const m = pairMatrix(framework);
    expect(m.rows.map((e) => e.id)).toEqual(['structure', 'systems', 'style', 'staff', 'skills', 'shared-values']);
    expect(m.columns.map((e) => e.id)).toEqual(['strategy', 'structure', 'systems', 'style', 'staff', 'skills']);
    const cells = m.cells.flat().filter((c) => c.pair);
    expect(cells).toHaveLength(21);
    expect(m.cells[0]?.[0]?.pair).toEqual({ a: 'strategy', b: 'structure' });
    expect(m.cells[0]?.[1]?.pair).toBeUndefined();
    expect(m.cells[5]?.[5]?.pair).toEqual({ a: 'skills', b: 'shared-values' });
    expect(m.cells[5]?.[2]?.pair).toEqual({ a: 'systems', b: 'shared-values' });
  });
});

describe('the overview beside the matrix', () => {
  test('rated, derived and misfits come from the engine’s fit (balance: 100 − gap)', () => {
    // Strategy: all four questions at 5 → 100; structure all at 1 → 0; others unanswered.
    let e = blank;
    for (const q of framework.elements.find((x) => x.id === 'strategy')?.questions ?? [])
      e = setAnswer(e, framework.id, q.id, { value: 5 }, TODAY);
    for (const q of framework.elements.find((x) => x.id === 'structure')?.questions ?? [])
      e = setAnswer(e, framework.id, q.id, { value: 1 }, TODAY);
    e = set(e, 'strategy', 'systems', 2); // (2 − 1) / 4 × 100 = 25: a rated misfit
    e = set(e, 'style', 'staff', 4); // 75
    const o = pairOverview(framework, e);
    expect(o?.total).toBe(21);
    expect(o?.rated).toBe(2);
    // Only strategy × structure can be derived: 100 − |100 − 0| = 0.
    expect(o?.derived.map((p) => [p.a, p.b, p.fit])).toEqual([['strategy', 'structure', 0]]);
    expect(o?.open).toHaveLength(18);
    expect(o?.misfits.map((p) => [p.a, p.b, p.fit, p.rated])).toEqual([
      ['strategy', 'structure', 0, false],
      ['strategy', 'systems', 25, true],
    ]);
    expect(o?.misfitBelow).toBe(50);
  });
});

describe('any sequence of edits', () => {
  const ids = framework.elements.map((e) => e.id);
  const edit = fc.record({
    x: fc.constantFrom(...ids),
    y: fc.constantFrom(...ids),
    value: fc.option(fc.integer({ min: -2, max: 12 }), { nil: undefined }),
  });
  test('keeps the engagement schema-valid and the pairs canonical: framework order, no duplicates', () => {
    const canonical = new Set(pairs.map((p) => `${p.a}+${p.b}`));
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        let e = blank;
        for (const { x, y, value } of edits) {
          if (value === undefined) e = clearPairRating(e, framework, x, y, TODAY);
          else {
            const r = setPairRating(e, framework, x, y, value, TODAY);
            if (r.ok) e = r.engagement;
            else expect(r.reason === 'not-a-pair' || value < 1 || value > 5).toBe(true);
          }
        }
        expect(validateEngagement(e) ? [] : validateEngagement.errors).toEqual([]);
        expect(checkEngagement(e, context)).toEqual([]);
        const list = e.alignment?.['mckinsey-7s'] ?? [];
        const keys = list.map((r) => `${r.a}+${r.b}`);
        expect(keys.every((k) => canonical.has(k))).toBe(true);
        expect(new Set(keys).size).toBe(keys.length);
        const order = pairs.map((p) => `${p.a}+${p.b}`).filter((k) => keys.includes(k));
        expect(keys).toEqual(order);
        if (e.alignment) expect(list.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the pairs step', () => {
  const assessments = [...shipped.frameworks.values()].filter((f) => f.use === 'assessment');
  test('a saved place on the pairs is kept for a framework with an alignment, and falls back elsewhere', () => {
    expect(resolvePlace({ framework: 'mckinsey-7s', step: 6, view: 'pairs' }, assessments)).toEqual({
      framework: 'mckinsey-7s',
      step: 6,
      view: 'pairs',
    });
    expect(resolvePlace({ framework: 'value-chain', step: 0, view: 'pairs' }, assessments).view).toBe('wizard');
    expect(resolvePlace({ framework: '@risks', view: 'pairs' }, assessments).view).toBe('wizard');
  });
});

describe('the words', () => {
  const shape = (value: unknown): unknown =>
    typeof value === 'function'
      ? `fn${value.length}`
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
        : typeof value;
  test('English and Chinese have the same keys, and the same arguments', () => {
    expect(shape(PAIR_MATRIX.zh)).toEqual(shape(PAIR_MATRIX.en));
    expect(shape(PAIR_STEP.zh)).toEqual(shape(PAIR_STEP.en));
  });
  test('a cell’s name reads as the brief asks', () => {
    expect(PAIR_MATRIX.en.cellName('Strategy', 'Structure', 4, 5)).toBe('Strategy × Structure: 4 of 5');
    expect(PAIR_MATRIX.zh.cellName('战略', '结构', 4, 5)).toBe('战略 × 结构：4 分（满分 5）');
  });
});
