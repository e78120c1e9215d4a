/**
 * Which template a plan uses and why, in words: the recommended template with what it
 * matches, a tie and how it was broken, and what keeps each other template out. The CLI
 * (`assess`, `plan`), the plan page and the workshop's template chooser share it.
 */
import type { Language } from '../schemas/generated/types.ts';
import { VOCABULARY } from '../i18n/ui.ts';
import type { TemplateChoice } from '../core/plan/choose-template.ts';
import { FIT_DIMENSIONS, type TemplateMismatch, type TemplateRecommendation } from '../core/plan/recommend.ts';

import { FIT_DIMENSION, TEMPLATE_CHOICE } from '../i18n/template-choice.ts';

const word = (value: string, lang: Language) => VOCABULARY[value]?.[lang] ?? value;

export interface TemplateChoiceWords {
  /** Why one fitting template is where it is in the ranking (`ranked`: the whole ranking, for ties). */
  why(r: TemplateRecommendation, ranked?: readonly TemplateRecommendation[]): string;
  /** What keeps a template out. */
  whyNot(m: TemplateMismatch): string;
  /** What a template that does not fit shares with the client and where it differs: the nearest's reasons. */
  near(m: TemplateMismatch): string;
  /**
   * Which template the plan uses and how it was chosen, plus a better fit if there is one,
   * then each profile value the answers contradict.
   */
  summary(choice: TemplateChoice): string[];
  /** One sentence per profile value the answers contradict. */
  disagreements(choice: TemplateChoice): string[];
}

export function templateChoiceWords(lang: Language): TemplateChoiceWords {
  const w = TEMPLATE_CHOICE[lang];
  const why = (r: TemplateRecommendation, ranked: readonly TemplateRecommendation[] = []): string => {
    const parts = [r.matched.length > 0 ? w.matches(w.list(r.matched.map((m) => word(m.value, lang)))) : w.generic];
    if (r.tiedWith.length > 0) {
      const titles = r.tiedWith.map((id) => ranked.find((o) => o.template.id === id)?.template.title[lang] ?? id);
      parts.push(w.tie(w.list(titles.map((t) => `“${t}”`))));
    } else {
      const looser = ranked.find((o) => o !== r && o.score === r.score && o.combinations > r.combinations);
      if (looser) parts.push(w.narrower(`“${looser.template.title[lang]}”`));
    }
    return parts.join(lang === 'zh' ? '；' : '; ');
  };
  const whyNot = (m: TemplateMismatch): string =>
    m.differs.length === 0
      ? w.none
      : w.list(
          m.differs.map((d) =>
            w.differs(FIT_DIMENSION[d.dimension][lang], word(d.wanted, lang), d.client && word(d.client, lang)),
          ),
        );
  const near = (m: TemplateMismatch): string =>
    [
      ...(m.shared.length > 0 ? [w.shares(w.list(m.shared.map((s) => word(s.value, lang))))] : []),
      ...(m.differs.length > 0 ? [whyNot(m)] : []),
    ].join(lang === 'zh' ? '；' : '; ');
  const disagreements = (choice: TemplateChoice): string[] =>
    choice.disagreements.flatMap((d) => {
      const dimension = FIT_DIMENSIONS.find((f) => f.classification === d.classification)?.dimension;
      return dimension
        ? [w.disagrees(FIT_DIMENSION[dimension][lang], word(d.stated, lang), word(d.derived, lang))]
        : [];
    });
  const chosen = (choice: TemplateChoice): string[] => {
    const ranked = choice.ranking.ranked;
    const best = ranked[0];
    if (!choice.template) return [w.nothing];
    const title = choice.template.title[lang];
    const sep = lang === 'zh' ? '：' : ': ';
    if (choice.source === 'nearest') {
      const id = choice.template.id;
      const m = choice.ranking.others.find((o) => o.template.id === id);
      return [`${w.nearest(title)}${m ? `${sep}${near(m)}` : ''}`];
    }
    if (choice.source === 'recommended' && best) return [`${w.recommended(title)}${sep}${why(best, ranked)}`];
    if (!best) return [w.used(title)];
    if (best.template.id === choice.template.id)
      return [`${w.used(title)}${lang === 'zh' ? '；' : '; '}${w.same}${sep}${why(best, ranked)}`];
    return [w.used(title), `${w.better(`“${best.template.title[lang]}”`)}${sep}${why(best, ranked)}`];
  };
  return { why, whyNot, near, disagreements, summary: (choice) => [...chosen(choice), ...disagreements(choice)] };
}
