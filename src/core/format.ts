/** Numbers, money and percentages formatted for the reader's locale, the same on pages and in the CLI. */
import type { Language } from '../schemas/generated/types.ts';
import { languageTag } from './text.ts';

/** An amount in its currency; `digits` 2 shows cents, 0 whole units. */
export function formatMoney(value: number, currency: string, lang: Language, digits = 0): string {
  return new Intl.NumberFormat(languageTag(lang), {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A fraction as a percentage: 0.284 → "28.4%". */
export function formatPercent(fraction: number, lang: Language, digits = 1): string {
  return new Intl.NumberFormat(languageTag(lang), { style: 'percent', maximumFractionDigits: digits }).format(fraction);
}

/** A plain number with grouping and at most `digits` decimals. */
export function formatNumber(value: number, lang: Language, digits = 2): string {
  return new Intl.NumberFormat(languageTag(lang), { maximumFractionDigits: digits }).format(value);
}

/** A large amount in short form for headlines: CNY 17.5M in English, CNY 1,752.5万 in Chinese. */
export function formatMoneyShort(value: number, currency: string, lang: Language): string {
  return new Intl.NumberFormat(languageTag(lang), {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}

/** An ISO day (YYYY-MM-DD) as the reader writes dates: Mar 2, 2026 or 2026年3月2日. */
export function formatDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(languageTag(lang), {
    year: 'numeric',
    month: lang === 'zh' ? 'long' : 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** When something was saved (an ISO timestamp) in the reader's local date and time; '' when it does not read. */
export function formatSavedAt(iso: string, lang: Language): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? '' : time.toLocaleString(languageTag(lang));
}
