/** Picking the right language out of bilingual content. */
import { eastAsianWidth } from 'get-east-asian-width';
import type { Language, LocalizedText } from '../../schemas/generated/types.ts';

export const LANGUAGES = ['en', 'zh'] as const satisfies readonly Language[];

export function localized(text: LocalizedText, lang: Language): string {
  return text[lang];
}

/** BCP 47 tag for HTML `lang` and Intl: Simplified Chinese is zh-CN. */
export function languageTag(lang: Language): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/**
 * The language a BCP 47 tag asks for: `en`, `en-US`, `en-GB` … read as English; `zh`, `zh-CN`,
 * `zh-Hans`, `zh-Hans-SG` … as (simplified) Chinese, the only Chinese the content holds.
 * Undefined for a malformed tag or another language. Case does not matter (`ZH-cn`).
 */
export function languageFromTag(tag: string): Language | undefined {
  let language: string;
  try {
    language = new Intl.Locale(tag.replaceAll('_', '-')).language;
  } catch {
    return undefined;
  }
  return LANGUAGES.find((l) => l === language);
}

/**
 * Characters a terminal or a monospaced column draws two cells wide: CJK ideographs and
 * punctuation, kana, Hangul and the full-width forms (East Asian Width W and F).
 */
/** Marks drawn on the character before them, taking no cell of their own. */
const MARK = /^[\p{Mn}\p{Me}]$/u;
const zeroWidth = (ch: string): boolean => {
  const code = ch.codePointAt(0) ?? 0;
  // Zero-width space and joiners, and the variation selectors.
  return MARK.test(ch) || (code >= 0x200b && code <= 0x200d) || (code >= 0xfe00 && code <= 0xfe0f);
};

/** Wide or fullwidth in Unicode's East Asian Width (UAX #11), as terminals draw it: CJK, kana, hangul, emoji. */
export function isWide(ch: string): boolean {
  return eastAsianWidth(ch.codePointAt(0) ?? 0) === 2;
}

/** Cells a text takes in a terminal: 2 for each wide character, 0 for combining marks, else 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += zeroWidth(ch) ? 0 : isWide(ch) ? 2 : 1;
  return width;
}

/** `text` padded with spaces to `width` cells, at the end (left-aligned) or the start (right-aligned). */
export function padCells(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/**
 * Characters XML 1.0 does not allow (§2.2 Char): C0 controls other than tab, LF and CR,
 * lone surrogates, U+FFFE and U+FFFF; and DEL and the C1 controls, which it allows but
 * discourages (§2.2) and which no project tool shows, while a terminal runs them.
 */
export const NOT_XML_TEXT =
  // eslint-disable-next-line no-control-regex -- the control characters XML forbids are what this finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with its first letter in upper case, for a name that starts a sentence. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
