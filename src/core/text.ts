/** Picking the right language out of bilingual content. */
import type { Language, LocalizedText } from '../schemas/generated/types.ts';

export const LANGUAGES = ['en', 'zh'] as const satisfies readonly Language[];

export function localized(text: LocalizedText, lang: Language): string {
  return text[lang];
}

/** BCP 47 tag for HTML `lang` and Intl: Simplified Chinese is zh-CN. */
export function languageTag(lang: Language): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
