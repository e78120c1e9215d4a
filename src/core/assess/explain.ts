/**
 * What the findings' sentences are made of: scores and amounts in the reader's locale, the
 * titles of a framework's parts, a finding's recommendations. The sentences themselves are
 * words, in i18n/findings.ts, put together in render/finding-words.ts.
 */
import type { Framework, Language, LocalizedText, Recommendation } from '../../schemas/generated/types.ts';
import { languageTag } from '../shared/text.ts';
import type { Finding } from './types.ts';

/** A 0–100 score (or any figure) with at most one decimal, in the reader's locale. */
export function formatScore(value: number, lang: Language): string {
  return new Intl.NumberFormat(languageTag(lang), { signDisplay: 'negative', maximumFractionDigits: 1 }).format(value);
}

/** A money or count figure with thousands separators, no decimals. */
export function formatAmount(value: number, lang: Language): string {
  return new Intl.NumberFormat(languageTag(lang), { signDisplay: 'negative', maximumFractionDigits: 0 }).format(value);
}

/** Finds the titles of a framework's parts by id, falling back to the id itself. */
export function frameworkLabels(framework: Framework, lang: Language) {
  const pick = (text: LocalizedText | undefined, id: string): string => (text ? text[lang] : id);
  const elements = new Map(framework.elements.map((e) => [e.id, e.title]));
  const questions = new Map(framework.elements.flatMap((e) => (e.questions ?? []).map((q) => [q.id, q.text] as const)));
  const bands = new Map((framework.bands ?? []).map((b) => [b.id, b.label]));
  const quadrants = new Map((framework.portfolio?.quadrants ?? []).map((q) => [q.id, q.title]));
  const classifications = new Map((framework.classifications ?? []).map((c) => [c.id, c]));
  return {
    element: (id: string) => pick(elements.get(id), id),
    question: (id: string) => pick(questions.get(id), id),
    band: (id: string) => pick(bands.get(id), id),
    quadrant: (id: string) => pick(quadrants.get(id), id),
    classification: (id: string) => pick(classifications.get(id)?.title, id),
    option: (classification: string, id: string) =>
      pick(classifications.get(classification)?.options.find((o) => o.id === id)?.title, id),
  };
}

/** "Framework · element" in the reader's language, for a dimension a plan target names. */
export type Labels = ReturnType<typeof frameworkLabels>;

export function dimensionTitle(framework: Framework | undefined, element: string, lang: Language): string {
  return framework ? `${framework.title[lang]} · ${frameworkLabels(framework, lang).element(element)}` : element;
}

export function recommendationsOf(framework: Framework, finding: Finding): Recommendation[] {
  const byId = new Map((framework.recommendations ?? []).map((r) => [r.id, r]));
  return finding.recommendations.flatMap((id) => {
    const found = byId.get(id);
    return found ? [found] : [];
  });
}
