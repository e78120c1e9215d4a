/** The sentences that say why a finding exists, one per kind of rule, in both languages. */
import type { Labels } from '../core/assess/explain.ts';
import type { Rule } from '../core/assess/types.ts';
import type { Language } from '../schemas/generated/types.ts';

/** One sentence per kind of rule: the rule's figures, the framework's titles, a number format. */
export type FindingSentences = {
  [K in Rule['kind']]: (rule: Extract<Rule, { kind: K }>, l: Labels, n: (v: number) => string) => string;
};

export const FINDING_SENTENCES: Record<Language, FindingSentences> = {
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
