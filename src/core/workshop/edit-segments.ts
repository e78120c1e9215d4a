/**
 * Editing the customer segments of the portfolio analysis in the workshop: pure functions
 * from one engagement to the next. Values arrive as typed text; each edit follows the
 * engagement schema's rules for the field (a name of 1–200 characters, values of 0 or more,
 * a whole number of customers, needs of 1–2000 characters that are push or pull), and a value
 * the schema would refuse is refused with a reason, the engagement keeping its last good value.
 */
import type { CustomerSegment, Engagement, SegmentNeed } from '../../schemas/generated/types.ts';
import { parseAmount } from './edit-finance.ts';
import { without } from './edit.ts';
import { uniqueId } from '../shared/ids.ts';

/**
 * The schema's ceilings (common.schema.json `amount`, engagement.schema.json segment
 * `customers`; a unit test keeps them equal), checked here so a value the file would refuse
 * is refused while typing with its own reason instead of failing validation on save.
 */
export const MAX_AMOUNT = 1e15;
export const MAX_CUSTOMERS = 1e10;

export type SegmentField = 'name' | 'customers' | 'historicalValue' | 'potentialValue';
export type NeedDirection = SegmentNeed['direction'];
export const DIRECTIONS: readonly NeedDirection[] = ['push', 'pull'];

/** Why a value was refused, in terms the island words for the consultant. */
export type SegmentRefusal =
  | { kind: 'empty' }
  | { kind: 'too-long'; max: number }
  | { kind: 'not-a-number' }
  | { kind: 'negative' }
  | { kind: 'not-whole' }
  | { kind: 'too-large'; max: number }
  | { kind: 'not-a-choice' }
  | { kind: 'not-found' };

export type SegmentEdit = { ok: true; engagement: Engagement } | { ok: false; refusal: SegmentRefusal };

/** The schema's limits on a segment's name and a need's text. */
export const MAX_NAME = 200;
export const MAX_NEED = 2000;

const refuse = (refusal: SegmentRefusal): SegmentEdit => ({ ok: false, refusal });

function withSegments(engagement: Engagement, segments: CustomerSegment[], today: string): Engagement {
  return { ...engagement, segments, updated: today };
}

function cleanText(value: string, max: number): string | SegmentRefusal {
  const clean = value.trim();
  if (clean === '') return { kind: 'empty' };
  // The schema counts characters as code points, so one Chinese character or emoji is one.
  if ([...clean].length > max) return { kind: 'too-long', max };
  return clean;
}

/** A typed value of 0 or more (grouping commas and spaces allowed); a whole one when `whole`. */
export function parseValue(text: string, whole = false): number | SegmentRefusal {
  if (text.trim() === '') return { kind: 'empty' };
  const value = parseAmount(text);
  if (value === undefined) return { kind: 'not-a-number' };
  if (value < 0) return { kind: 'negative' };
  if (whole && !Number.isSafeInteger(value)) return { kind: 'not-whole' };
  const max = whole ? MAX_CUSTOMERS : MAX_AMOUNT;
  if (value > max) return { kind: 'too-large', max };
  // -0 is stored as 0, so the file reads back as typed.
  return value === 0 ? 0 : value;
}

/**
 * Adds a segment named `name` (the consultant renames it in place), with both values at 0
 * and no needs, under an id not yet used. Returns the new engagement and the segment's id.
 */
export function addSegment(
  engagement: Engagement,
  name: string,
  today: string,
): { engagement: Engagement; id: string } {
  const segments = engagement.segments ?? [];
  const clean = cleanText(name, MAX_NAME);
  const label = typeof clean === 'string' ? clean : 'Segment';
  // A name without Latin letters (a Chinese name) gives `segment`, `segment-2`: readable ids in the file.
  const id = uniqueId(/[a-z]/i.test(label) ? label : 'segment', new Set(segments.map((s) => s.id)));
  const segment: CustomerSegment = { id, name: label, historicalValue: 0, potentialValue: 0, needs: [] };
  return { engagement: withSegments(engagement, [...segments, segment], today), id };
}

/** Changes one field of one segment; an empty number of customers removes it (it is optional). */
export function editSegment(
  engagement: Engagement,
  id: string,
  field: SegmentField,
  text: string,
  today: string,
): SegmentEdit {
  const segments = engagement.segments ?? [];
  const segment = segments.find((s) => s.id === id);
  if (!segment) return refuse({ kind: 'not-found' });
  let next: CustomerSegment;
  if (field === 'name') {
    const clean = cleanText(text, MAX_NAME);
    if (typeof clean !== 'string') return refuse(clean);
    next = { ...segment, name: clean };
  } else if (field === 'customers') {
    if (text.trim() === '') next = without(segment, 'customers');
    else {
      const value = parseValue(text, true);
      if (typeof value !== 'number') return refuse(value);
      next = { ...segment, customers: value };
    }
  } else {
    const value = parseValue(text);
    if (typeof value !== 'number') return refuse(value);
    next = { ...segment, [field]: value };
  }
  return {
    ok: true,
    engagement: withSegments(
      engagement,
      segments.map((s) => (s.id === id ? next : s)),
      today,
    ),
  };
}

export function removeSegment(engagement: Engagement, id: string, today: string): Engagement {
  const segments = engagement.segments ?? [];
  const rest = segments.filter((s) => s.id !== id);
  return rest.length === segments.length ? engagement : withSegments(engagement, rest, today);
}

function changeNeeds(
  engagement: Engagement,
  id: string,
  today: string,
  change: (needs: SegmentNeed[]) => SegmentNeed[] | SegmentRefusal,
): SegmentEdit {
  const segments = engagement.segments ?? [];
  const segment = segments.find((s) => s.id === id);
  if (!segment) return refuse({ kind: 'not-found' });
  const needs = change(segment.needs ?? []);
  if (!Array.isArray(needs)) return refuse(needs);
  return {
    ok: true,
    engagement: withSegments(
      engagement,
      segments.map((s) => (s.id === id ? { ...s, needs } : s)),
      today,
    ),
  };
}

const isDirection = (value: string): value is NeedDirection => (DIRECTIONS as readonly string[]).includes(value);

/** Adds a need to a segment; its text must not be empty. */
export function addNeed(
  engagement: Engagement,
  id: string,
  text: string,
  direction: string,
  today: string,
): SegmentEdit {
  const clean = cleanText(text, MAX_NEED);
  if (typeof clean !== 'string') return refuse(clean);
  if (!isDirection(direction)) return refuse({ kind: 'not-a-choice' });
  return changeNeeds(engagement, id, today, (needs) => [...needs, { text: clean, direction }]);
}

/** Changes the text or the direction (push or pull) of the need at `index`. */
export function editNeed(
  engagement: Engagement,
  id: string,
  index: number,
  patch: { text?: string; direction?: string },
  today: string,
): SegmentEdit {
  let text: string | undefined;
  if (patch.text !== undefined) {
    const clean = cleanText(patch.text, MAX_NEED);
    if (typeof clean !== 'string') return refuse(clean);
    text = clean;
  }
  const direction = patch.direction;
  if (direction !== undefined && !isDirection(direction)) return refuse({ kind: 'not-a-choice' });
  return changeNeeds(engagement, id, today, (needs) => {
    const need = needs[index];
    if (!need) return { kind: 'not-found' };
    const next: SegmentNeed = { text: text ?? need.text, direction: direction ?? need.direction };
    return needs.map((n, i) => (i === index ? next : n));
  });
}

export function removeNeed(engagement: Engagement, id: string, index: number, today: string): Engagement {
  const edit = changeNeeds(engagement, id, today, (needs) =>
    index >= 0 && index < needs.length ? needs.filter((_, i) => i !== index) : { kind: 'not-found' },
  );
  return edit.ok ? edit.engagement : engagement;
}

/** A stored value as its field shows it: the number as typed back, an absent count as empty. */
export function fieldText(segment: CustomerSegment, field: SegmentField): string {
  const value = segment[field];
  return value === undefined ? '' : String(value);
}
