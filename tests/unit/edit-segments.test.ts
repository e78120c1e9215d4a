/** Editing the customer segments: the portfolio they make, what is refused, and that every result validates. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assessFramework } from '../../src/core/assess/assess-engagement.ts';
import { checkEngagement } from '../../src/core/check/engagement-checks.ts';
import {
  addNeed,
  addSegment,
  editNeed,
  editSegment,
  fieldText,
  MAX_AMOUNT,
  MAX_CUSTOMERS,
  parseValue,
  removeNeed,
  removeSegment,
  type SegmentEdit,
  type SegmentField,
} from '../../src/core/workshop/edit-segments.ts';
import { blankEngagement } from '../../src/core/workshop/edit.ts';
import { portfolioFramework } from '../../src/core/workshop/sections.ts';
import commonSchema from '../../src/schemas/common.schema.json' with { type: 'json' };
import engagementSchema from '../../src/schemas/engagement.schema.json' with { type: 'json' };
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { validateEngagement } from '../../src/schemas/generated/validators.js';
import { shipped } from './assess-helpers.ts';

const TODAY = '2026-12-06';
const context = { frameworks: shipped.frameworks, templates: shipped.templates };
const framework = portfolioFramework([...shipped.frameworks.values()]);
if (!framework) throw new Error('no framework with a portfolio');
const blank = blankEngagement(
  { clientName: 'Acme', industry: 'Retail', size: 'small', currency: 'EUR', language: 'en' },
  '2026-11-01',
  new Set(),
);

function ok(edit: SegmentEdit): Engagement {
  if (!edit.ok) throw new Error(`refused: ${edit.refusal.kind}`);
  return edit.engagement;
}

/** Key accounts 900/800 (10 customers), Growth 100/600 (40), Small shops 200/100 (50). */
function threeSegments(): Engagement {
  let e = blank;
  const rows: [string, string, string, string][] = [
    ['Key accounts', '10', '900', '800'],
    ['Growth', '40', '100', '600'],
    ['Small shops', '50', '200', '100'],
  ];
  for (const [name, customers, historical, potential] of rows) {
    const added = addSegment(e, 'Segment', TODAY);
    e = ok(editSegment(added.engagement, added.id, 'name', name, TODAY));
    e = ok(editSegment(e, added.id, 'customers', customers, TODAY));
    e = ok(editSegment(e, added.id, 'historicalValue', historical, TODAY));
    e = ok(editSegment(e, added.id, 'potentialValue', potential, TODAY));
  }
  return e;
}

describe('customer segment edits', () => {
  test('the ceilings are the schema’s', () => {
    expect(MAX_AMOUNT).toBe(commonSchema.$defs.amount.maximum);
    expect(MAX_CUSTOMERS).toBe(engagementSchema.$defs.segment.properties.customers.maximum);
  });

  test('three segments land in the quadrants the median split gives, with the top-20 % share', () => {
    const e = threeSegments();
    expect(e.segments?.map((s) => [s.id, s.name, s.customers, s.historicalValue, s.potentialValue])).toEqual([
      ['segment', 'Key accounts', 10, 900, 800],
      ['segment-2', 'Growth', 40, 100, 600],
      ['segment-3', 'Small shops', 50, 200, 100],
    ]);
    expect(e.updated).toBe(TODAY);
    expect(validateEngagement(e)).toBe(true);
    expect(checkEngagement(e, context)).toEqual([]);
    const portfolio = assessFramework(framework, e).portfolio;
    // Medians: historical of 100, 200, 900 is 200; potential of 100, 600, 800 is 600 (at or above is high).
    expect(portfolio?.thresholds).toEqual({ x: 200, y: 600 });
    expect(portfolio?.segments.map((s) => [s.segment, s.x, s.y, s.quadrant])).toEqual([
      ['segment', 'high', 'high', 'invest'],
      ['segment-2', 'low', 'high', 'nurture'],
      ['segment-3', 'high', 'low', 'restructure'],
    ]);
    // 100 customers, the top 20 by value per customer: Key accounts' 10 (90 each, 900) and 10 of
    // Small shops' 50 (4 each, 40) hold 940 of 1,200.
    expect(portfolio?.topShare?.segments).toEqual(['segment', 'segment-3']);
    expect(portfolio?.topShare?.valueShare).toBeCloseTo(940 / 1200, 12);
  });

  test('low on both axes is abandon; values change where a segment lands', () => {
    const e = ok(editSegment(threeSegments(), 'segment-3', 'historicalValue', '50', TODAY));
    // Historical 50, 100, 900: the median is 100; Small shops at 50 is low, its potential 100 low.
    const portfolio = assessFramework(framework, e).portfolio;
    expect(portfolio?.segments.find((s) => s.segment === 'segment-3')?.quadrant).toBe('abandon');
    expect(portfolio?.segments.find((s) => s.segment === 'segment-2')?.quadrant).toBe('invest');
  });

  test('typed values: grouping commas and spaces are read, decimals kept, 0 allowed', () => {
    const e = threeSegments();
    const next = ok(editSegment(e, 'segment', 'historicalValue', ' 1,250,000.5 ', TODAY));
    expect(next.segments?.[0]?.historicalValue).toBe(1250000.5);
    expect(ok(editSegment(e, 'segment', 'potentialValue', '0', TODAY)).segments?.[0]?.potentialValue).toBe(0);
    expect(ok(editSegment(e, 'segment', 'potentialValue', '-0', TODAY)).segments?.[0]?.potentialValue).toBe(0);
    expect(
      fieldText(next.segments?.[0] ?? { id: 'x', name: 'x', historicalValue: 0, potentialValue: 0 }, 'customers'),
    ).toBe('10');
  });

  test('negative, non-numeric, empty and fractional values are refused and the engagement is kept', () => {
    const e = threeSegments();
    const cases: [SegmentField, string, string][] = [
      ['historicalValue', '-5', 'negative'],
      ['potentialValue', '-0.01', 'negative'],
      ['historicalValue', 'abc', 'not-a-number'],
      ['potentialValue', '12x', 'not-a-number'],
      ['historicalValue', '1e999', 'not-a-number'],
      ['historicalValue', '', 'empty'],
      ['potentialValue', '   ', 'empty'],
      ['customers', '2.5', 'not-whole'],
      ['customers', '-1', 'negative'],
      ['customers', 'ten', 'not-a-number'],
      ['name', '  ', 'empty'],
      ['name', 'x'.repeat(201), 'too-long'],
    ];
    for (const [field, text, kind] of cases) {
      const edit = editSegment(e, 'segment', field, text, TODAY);
      expect(edit, `${field} "${text}"`).toEqual({
        ok: false,
        refusal: kind === 'too-long' ? { kind, max: 200 } : { kind },
      });
    }
    expect(editSegment(e, 'no-such', 'name', 'A', TODAY)).toEqual({ ok: false, refusal: { kind: 'not-found' } });
    // Past the schema's ceilings (found by the property below: 1000000000000000.1 was saved and failed validation).
    expect(editSegment(e, 'segment', 'historicalValue', '1000000000000000.1', TODAY)).toEqual({
      ok: false,
      refusal: { kind: 'too-large', max: 1e15 },
    });
    expect(editSegment(e, 'segment', 'customers', '10000000001', TODAY)).toEqual({
      ok: false,
      refusal: { kind: 'too-large', max: 1e10 },
    });
    expect(ok(editSegment(e, 'segment', 'potentialValue', '1e15', TODAY)).segments?.[0]?.potentialValue).toBe(1e15);
    expect(parseValue('7', true)).toBe(7);
  });

  test('an empty number of customers removes it (it is optional); 200 Chinese characters are a valid name', () => {
    const e = threeSegments();
    const cleared = ok(editSegment(e, 'segment-2', 'customers', '', TODAY));
    expect(cleared.segments?.[1]).not.toHaveProperty('customers');
    expect(checkEngagement(cleared, context)).toEqual([]);
    const long = ok(editSegment(e, 'segment', 'name', '客'.repeat(200), TODAY));
    expect(long.segments?.[0]?.name).toHaveLength(200);
  });

  test('ids stay unique and readable: from the name, a fallback for Chinese names, -2 for repeats', () => {
    let e = blank;
    const ids: string[] = [];
    for (const name of ['Key accounts', 'Key accounts', '大客户', '大客户', '']) {
      const added = addSegment(e, name, TODAY);
      e = added.engagement;
      ids.push(added.id);
    }
    expect(ids).toEqual(['key-accounts', 'key-accounts-2', 'segment', 'segment-2', 'segment-3']);
    expect(e.segments?.map((s) => s.name)).toEqual(['Key accounts', 'Key accounts', '大客户', '大客户', 'Segment']);
    // A removed id is free again.
    const after = addSegment(removeSegment(e, 'segment-2', TODAY), 'x', TODAY);
    expect(after.id).toBe('x');
    expect(checkEngagement(e, context)).toEqual([]);
  });

  test('needs: added push or pull, edited, refused when empty or neither, removed', () => {
    const e = threeSegments();
    let next = ok(addNeed(e, 'segment', ' Maintenance reminders ', 'push', TODAY));
    next = ok(addNeed(next, 'segment', 'Spare parts enquiries', 'pull', TODAY));
    expect(next.segments?.[0]?.needs).toEqual([
      { text: 'Maintenance reminders', direction: 'push' },
      { text: 'Spare parts enquiries', direction: 'pull' },
    ]);
    expect(addNeed(next, 'segment', '  ', 'push', TODAY)).toEqual({ ok: false, refusal: { kind: 'empty' } });
    expect(addNeed(next, 'segment', 'x', 'sideways', TODAY)).toEqual({ ok: false, refusal: { kind: 'not-a-choice' } });
    expect(addNeed(next, 'segment', 'x'.repeat(2001), 'push', TODAY)).toEqual({
      ok: false,
      refusal: { kind: 'too-long', max: 2000 },
    });
    next = ok(editNeed(next, 'segment', 0, { direction: 'pull' }, TODAY));
    next = ok(editNeed(next, 'segment', 1, { text: 'Quotes' }, TODAY));
    expect(next.segments?.[0]?.needs).toEqual([
      { text: 'Maintenance reminders', direction: 'pull' },
      { text: 'Quotes', direction: 'pull' },
    ]);
    expect(editNeed(next, 'segment', 0, { text: '' }, TODAY)).toEqual({ ok: false, refusal: { kind: 'empty' } });
    expect(editNeed(next, 'segment', 5, { text: 'a' }, TODAY)).toEqual({ ok: false, refusal: { kind: 'not-found' } });
    const removed = removeNeed(next, 'segment', 0, TODAY);
    expect(removed.segments?.[0]?.needs).toEqual([{ text: 'Quotes', direction: 'pull' }]);
    expect(removeNeed(removed, 'segment', 4, TODAY)).toBe(removed);
    expect(checkEngagement(removed, context)).toEqual([]);
  });

  test('removing a segment keeps the others in order; an unknown id changes nothing', () => {
    const e = threeSegments();
    expect(removeSegment(e, 'segment-2', TODAY).segments?.map((s) => s.id)).toEqual(['segment', 'segment-3']);
    expect(removeSegment(e, 'nope', TODAY)).toBe(e);
  });

  test('any sequence of edits keeps the engagement schema-valid, ids unique', () => {
    // The schema does refuse a segment without a name or with a value below 0.
    const bad = { ...blank, segments: [{ id: 'a', name: '', historicalValue: -1, potentialValue: 0 }] };
    expect(validateEngagement(bad)).toBe(false);
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', ' ', '-1', '0', '12', '1,200', '2.5', '1e400', 'abc', '客户', 'x'.repeat(201)),
      fc.double({ noNaN: false }).map(String),
      fc.integer({ min: -5, max: 1_000_000 }).map(String),
    );
    const field = fc.constantFrom<SegmentField>('name', 'customers', 'historicalValue', 'potentialValue');
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), text }),
      fc.record({ kind: fc.constant('edit' as const), at: fc.nat(5), field, text }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat(5) }),
      fc.record({
        kind: fc.constant('need' as const),
        at: fc.nat(5),
        text,
        direction: fc.constantFrom('push', 'pull', 'x'),
      }),
      fc.record({ kind: fc.constant('edit-need' as const), at: fc.nat(5), index: fc.nat(3), text }),
      fc.record({ kind: fc.constant('drop-need' as const), at: fc.nat(5), index: fc.nat(3) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 15 }), (ops) => {
        let e = blank;
        for (const o of ops) {
          const id = o.kind === 'add' ? '' : (e.segments?.[o.at]?.id ?? 'missing');
          let edit: SegmentEdit | undefined;
          if (o.kind === 'add') e = addSegment(e, o.text, TODAY).engagement;
          else if (o.kind === 'remove') e = removeSegment(e, id, TODAY);
          else if (o.kind === 'drop-need') e = removeNeed(e, id, o.index, TODAY);
          else if (o.kind === 'edit') edit = editSegment(e, id, o.field, o.text, TODAY);
          else if (o.kind === 'need') edit = addNeed(e, id, o.text, o.direction, TODAY);
          else edit = editNeed(e, id, o.index, { text: o.text }, TODAY);
          if (edit?.ok) e = edit.engagement;
          expect(validateEngagement(e), JSON.stringify(validateEngagement.errors)).toBe(true);
          expect(checkEngagement(e, context)).toEqual([]);
          expect(new Set(e.segments?.map((s) => s.id)).size).toBe(e.segments?.length ?? 0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
