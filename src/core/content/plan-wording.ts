/**
 * The words of the work a framework adds to a plan (a risk's mitigation, a benefit's
 * measuring milestone, the vendor's contract) are content, in the framework's `planWording`,
 * like every other task title: the engine only fills in the names. A phrase may use the
 * names listed for it here, in braces; `{name|lower}` writes the name in lower case.
 */
import type { Framework, Language, LocalizedText, PlanWording } from '../../schemas/generated/types.ts';

export type WordingKey = keyof PlanWording;

/** The names each phrase may use. */
export const WORDING_NAMES: Readonly<Record<WordingKey, readonly string[]>> = {
  done: ['recommendation'],
  riskTask: ['risk'],
  riskReduced: ['risk'],
  benefitBaseline: [],
  benefitBaselineDescription: [],
  benefitMeasured: ['benefit'],
  vendorStep: ['step', 'vendor'],
  vendorGapEvidence: ['question', 'evidence'],
  vendorGapsInContract: ['criterion', 'vendor'],
  vendorGaps: ['criterion', 'vendor'],
  vendorContracted: ['vendor'],
  vendorRankedFirst: ['vendor'],
  vendorContract: ['vendor'],
  vendorChoose: ['vendor'],
};

/** A name as written in a phrase: `{risk}` or `{criterion|lower}`. */
export const WORDING_NAME = /\{([a-z]+)(\|lower)?\}/g;

/** A name's value: the same in both languages (a risk's title) or one per language (a framework's element). */
export type WordingValue = string | LocalizedText;

const LANGUAGES: readonly Language[] = ['en', 'zh'];

const valueIn = (value: WordingValue | undefined, lang: Language): string =>
  value === undefined ? '' : typeof value === 'string' ? value : value[lang];

/** One language of a phrase with its names filled in. */
export function fillPhrase(phrase: string, names: Readonly<Record<string, WordingValue>>, lang: Language): string {
  return phrase.replace(WORDING_NAME, (_, name: string, lower: string | undefined) => {
    const value = valueIn(names[name], lang);
    return lower ? value.toLowerCase() : value;
  });
}

/**
 * The phrase of a framework with its names filled in, in both languages. A framework that
 * leaves the phrase out (reported as a warning when it is checked) gets the names alone,
 * joined by " · ", or the phrase's key when it has none: never words the content did not give.
 */
export function planPhrase(
  framework: Pick<Framework, 'planWording'> | undefined,
  key: WordingKey,
  names: Readonly<Record<string, WordingValue>> = {},
): LocalizedText {
  const phrase = framework?.planWording?.[key];
  const text = (lang: Language): string =>
    phrase
      ? fillPhrase(phrase[lang], names, lang)
      : WORDING_NAMES[key].map((name) => valueIn(names[name], lang)).join(' · ') || key;
  const [en, zh] = LANGUAGES.map(text) as [string, string];
  return { en, zh };
}
