/**
 * "Heading (unit)" in both languages, apart from the page dictionaries so the results,
 * segments and ROI views share one rule without loading each other's words.
 */
import { currencyUnit } from './lib/format.ts';
import type { Language } from '../schemas/generated/types.ts';

export const IN_UNIT = {
  en: (what: string, unit: string) => `${what} (${unit})`,
  zh: (what: string, unit: string) => `${what}（${unit}）`,
} as const satisfies Record<Language, (what: string, unit: string) => string>;

/** A heading with the currency's unit (元, 美元 … in Chinese); the heading alone when there is no currency. */
export function withCurrency(heading: string, currency: string | undefined, lang: Language): string {
  return currency ? IN_UNIT[lang](heading, currencyUnit(currency, lang)) : heading;
}
