/**
 * Findings and scores turned into sentences a workshop can follow, in English and
 * Simplified Chinese. The CLI and the results pages both use these, so the "why"
 * reads the same everywhere.
 */
import type { Framework, Language, LocalizedText, Recommendation } from '../../schemas/generated/types.ts';
import { formatMoneyShort } from '../shared/format.ts';
import { languageTag } from '../shared/text.ts';
import type { Finding, Rule } from './types.ts';

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

type Labels = ReturnType<typeof frameworkLabels>;

const SENTENCES: Record<
  Language,
  { [K in Rule['kind']]: (rule: Extract<Rule, { kind: K }>, l: Labels, n: (v: number) => string) => string }
> = {
  en: {
    band: (r, l, n) => `The overall score ${n(r.score)} falls in the band “${l.band(r.band)}”.`,
    trigger: (r, l, n) =>
      r.question
        ? `“${l.question(r.question)}” scores ${n(r.score)}, below ${n(r.below)}.`
        : `${l.element(r.element)} scores ${n(r.score)}, below ${n(r.below)}.`,
    gap: (r, l, n) =>
      `“${l.question(r.question)}” is ${n(r.gap)} points short of its target; × importance ${n(r.importance)} = priority ${n(r.priority)}.`,
    misfit: (r, l, n) =>
      `${l.element(r.a)} and ${l.element(r.b)} fit at ${n(r.fit)}, below ${n(r.misfitBelow)} (${r.rated ? 'rated in the workshop' : 'derived from the two element scores'}).`,
    quadrant: (r, l, n) =>
      `The segment “${r.name}”: historical value ${n(r.historicalValue)} and potential lifetime value ${n(r.potentialValue)} place it in “${l.quadrant(r.quadrant)}”.`,
    classification: (r, l, n) =>
      `“${l.option(r.classification, r.option)}” matches indicators weighing ${n(r.matched)} of ${n(r.possible)}, more than any other option of ${l.classification(r.classification)}.`,
  },
  zh: {
    band: (r, l, n) => `总分 ${n(r.score)} 落在“${l.band(r.band)}”区间。`,
    trigger: (r, l, n) =>
      r.question
        ? `“${l.question(r.question)}”得分 ${n(r.score)}，低于 ${n(r.below)}。`
        : `${l.element(r.element)}得分 ${n(r.score)}，低于 ${n(r.below)}。`,
    gap: (r, l, n) =>
      `“${l.question(r.question)}”距目标还差 ${n(r.gap)} 分；× 重要性 ${n(r.importance)} = 优先级 ${n(r.priority)}。`,
    misfit: (r, l, n) =>
      `${l.element(r.a)}与${l.element(r.b)}的匹配度为 ${n(r.fit)}，低于 ${n(r.misfitBelow)}（${r.rated ? '由研讨会评定' : '由两个要素的得分推算'}）。`,
    quadrant: (r, l, n) =>
      `客户群“${r.name}”的历史价值为 ${n(r.historicalValue)}，潜在生命周期价值为 ${n(r.potentialValue)}，因此落在“${l.quadrant(r.quadrant)}”象限。`,
    classification: (r, l, n) =>
      `“${l.option(r.classification, r.option)}”命中的指标权重为 ${n(r.matched)}/${n(r.possible)}，在“${l.classification(r.classification)}”的各选项中最高。`,
  },
};

/** One sentence saying why the finding exists. */
export function explainFinding(finding: Finding, framework: Framework, lang: Language): string {
  const labels = frameworkLabels(framework, lang);
  const { rule } = finding;
  // Segment values are money: in the engagement's currency (万元 in Chinese) when it is known.
  const number = (v: number) =>
    rule.kind !== 'quadrant'
      ? formatScore(v, lang)
      : rule.currency
        ? formatMoneyShort(v, rule.currency, lang)
        : formatAmount(v, lang);
  const sentence = SENTENCES[lang][finding.rule.kind] as (r: Rule, l: Labels, n: (v: number) => string) => string;
  return sentence(rule, labels, number);
}
