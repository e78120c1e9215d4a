/**
 * The engagement's own particulars in the workshop: its title, the client profile, the
 * language and the status date, and the filter over the stored list.
 * Each edit follows the engagement schema's rules for the field; a value the schema would
 * refuse is refused here with a reason, and the engagement keeps its last good value.
 */
import type { BusinessMode, Engagement, GrowthStage, Language } from '../../schemas/generated/types.ts';
import { without } from './edit.ts';

export const SIZES = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
export const GROWTH_STAGES: readonly GrowthStage[] = ['initial-growth', 'growth', 'stable-regrowth'];
export const BUSINESS_MODES: readonly BusinessMode[] = [
  'customer-behaviour',
  'market-information',
  'sales-process',
  'maintenance-service',
];
export const LANGUAGES: readonly Language[] = ['en', 'zh'];
/** Offered in the workshop's lists; any three capital letters are accepted, as in the schema. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD'] as const;

export type ProfileField =
  'title' | 'name' | 'industry' | 'size' | 'growthStage' | 'businessMode' | 'currency' | 'language' | 'statusDate';

/** Why a value was refused, in terms the island words for the consultant. */
export type ProfileRefusal =
  | { kind: 'empty' }
  | { kind: 'too-long'; max: number }
  | { kind: 'not-a-currency' }
  | { kind: 'not-a-date' }
  | { kind: 'not-a-choice' };

export type ProfileEdit = { ok: true; engagement: Engagement } | { ok: false; refusal: ProfileRefusal };

/** The schema's limit on names and titles. */
const MAX_TEXT = 200;

function text(value: string): string | ProfileRefusal {
  const clean = value.trim();
  if (clean === '') return { kind: 'empty' };
  // Counted in characters (code points), as the schema validator counts them.
  if ([...clean].length > MAX_TEXT) return { kind: 'too-long', max: MAX_TEXT };
  return clean;
}

/** A real calendar day written YYYY-MM-DD (the schema's pattern, and no 31 February). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const choice = <T extends string>(options: readonly T[], value: string): value is T =>
  (options as readonly string[]).includes(value);

/**
 * Sets one field from what the consultant typed or picked. Growth stage and business mode
 * are optional: an empty choice removes them. The status date is the day the file's status
 * is reported as of (`updated`, which the summary and tracking read), so it is written as
 * given rather than as today.
 */
export function editProfile(engagement: Engagement, field: ProfileField, value: string, today: string): ProfileEdit {
  const ok = (next: Engagement): ProfileEdit => ({ ok: true, engagement: next });
  const client = engagement.client;
  switch (field) {
    case 'title':
    case 'name':
    case 'industry': {
      const clean = text(value);
      if (typeof clean !== 'string') return { ok: false, refusal: clean };
      if (field === 'title') return ok({ ...engagement, title: clean, updated: today });
      return ok({ ...engagement, client: { ...client, [field]: clean }, updated: today });
    }
    case 'size':
      if (!choice(SIZES, value)) return { ok: false, refusal: { kind: 'not-a-choice' } };
      return ok({ ...engagement, client: { ...client, size: value }, updated: today });
    case 'growthStage':
    case 'businessMode': {
      if (value === '') return ok({ ...engagement, client: without(client, field), updated: today });
      const options: readonly string[] = field === 'growthStage' ? GROWTH_STAGES : BUSINESS_MODES;
      if (!options.includes(value)) return { ok: false, refusal: { kind: 'not-a-choice' } };
      return ok({ ...engagement, client: { ...client, [field]: value }, updated: today });
    }
    case 'currency': {
      const code = value.trim().toUpperCase();
      if (!/^[A-Z]{3}$/.test(code)) return { ok: false, refusal: { kind: 'not-a-currency' } };
      return ok({ ...engagement, client: { ...client, currency: code }, updated: today });
    }
    case 'language':
      if (!choice(LANGUAGES, value)) return { ok: false, refusal: { kind: 'not-a-choice' } };
      return ok({ ...engagement, language: value, updated: today });
    case 'statusDate': {
      const day = value.trim();
      if (!isCalendarDate(day)) return { ok: false, refusal: { kind: 'not-a-date' } };
      return ok({ ...engagement, updated: day });
    }
  }
}

/**
 * The heading of an open engagement: its title, then the client only when the title does
 * not already name it (a blank engagement is titled after its client).
 */
export function engagementHeading(engagement: { title: string; client: { name: string } }): string[] {
  const title = engagement.title.trim();
  const client = engagement.client.name.trim();
  return title.toLowerCase().includes(client.toLowerCase()) ? [title] : [title, client];
}

/**
 * The stored engagements whose title, client or id contain every word of the query,
 * ignoring case; an empty query keeps them all, in their order.
 */
export function filterEngagements<T extends { id: string; title: string; client?: string }>(
  list: readonly T[],
  query: string,
): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...list];
  return list.filter((item) => {
    const haystack = `${item.title} ${item.client ?? ''} ${item.id}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
