/** The note beside a name that looks the same as another one in the list, in both languages. */
import type { Language } from '../schemas/generated/types.ts';

export const CONFUSABLE_NOTE = {
  en: (other: string, chars: string) =>
    `Looks the same as “${other}”, already on the list, but differs in ${chars}: readers will take them for one. Use one spelling, or make the difference visible.`,
  zh: (other: string, chars: string) =>
    `看起来与列表中已有的 “${other}” 相同，但有字符不同：${chars}。读者会把两者当成同一个，请统一写法，或让差别一目了然。`,
} as const satisfies Record<Language, (other: string, chars: string) => string>;
