/**
 * Which template a plan uses and why, in words: the recommended template with what it
 * matches, a tie and how it was broken, and what keeps each other template out. The CLI
 * (`assess`, `plan`), the plan page and the workshop's template chooser share it.
 */
import type { Language } from '../schemas/generated/types.ts';
import { VOCABULARY } from '../i18n/ui.ts';
import type { TemplateChoice } from '../core/plan/choose-template.ts';
import {
  FIT_DIMENSIONS,
  type FitDimension,
  type TemplateMismatch,
  type TemplateRecommendation,
} from '../core/plan/recommend.ts';

const DIMENSION: Record<FitDimension, Record<Language, string>> = {
  growthStage: { en: 'growth stage', zh: '成长阶段' },
  applicationMode: { en: 'application mode', zh: '应用模式' },
  businessMode: { en: 'business mode', zh: '业务类型' },
};

const WORDS = {
  en: {
    list: (items: string[]) => items.join(', '),
    matches: (values: string) => `fits ${values}`,
    generic: 'fits any client (names no profile)',
    tie: (others: string) =>
      `fits exactly as well as ${others}: equally specific, so the first by id is shown; choose between them`,
    narrower: (other: string) => `preferred to ${other}, which fits as well but names more client profiles`,
    differs: (dimension: string, wanted: string, client: string | undefined) =>
      client === undefined
        ? `needs ${dimension} ${wanted}, not known yet`
        : `needs ${dimension} ${wanted}, not ${client}`,
    none: 'names no client profile',
    used: (title: string) => `Plan template: ${title}, chosen in the engagement`,
    recommended: (title: string) => `Plan template: ${title}, recommended (the engagement names none)`,
    better: (title: string) => `${title} fits this client better`,
    nearest: (title: string) =>
      `Plan template: ${title}, the nearest: no template is written for this client's profile, so review it with the client or choose another`,
    shares: (values: string) => `shares ${values}`,
    same: 'it is also the best fit',
    nothing:
      'No template fits this client yet: answer the growth-readiness profile questions, or name one in plan.template',
    disagrees: (dimension: string, stated: string, decided: string) =>
      `The answers point to ${dimension} ${decided}, while the client profile states ${stated}: the template recommendation follows the profile; confirm it with the client, or change the profile`,
  },
  zh: {
    list: (items: string[]) => items.join('、'),
    matches: (values: string) => `适合${values}`,
    generic: '适用于任何客户（未限定客户类型）',
    tie: (others: string) => `与${others}同样适合且同样具体，因此按编号先显示本模板；请在两者之间选择`,
    narrower: (other: string) => `优先于${other}：两者同样适合，但后者适用的客户类型更多`,
    differs: (dimension: string, wanted: string, client: string | undefined) =>
      client === undefined
        ? `要求${dimension}为${wanted}，目前尚不清楚`
        : `要求${dimension}为${wanted}，而不是${client}`,
    none: '未限定客户类型',
    used: (title: string) => `实施计划模板：${title}（在咨询项目中选定）`,
    recommended: (title: string) => `实施计划模板：${title}（推荐；咨询项目未指定模板）`,
    better: (title: string) => `${title}更适合该客户`,
    nearest: (title: string) =>
      `实施计划模板：${title}（最接近的模板：没有专为该客户类型编写的模板，请与客户一起审阅，或另选模板）`,
    shares: (values: string) => `相同之处：${values}`,
    same: '它也是最适合的模板',
    nothing: '目前没有适合该客户的模板：请回答成长就绪度中的企业概况问题，或在 plan.template 中指定模板',
    disagrees: (dimension: string, stated: string, decided: string) =>
      `问卷回答显示${dimension}为${decided}，而客户概况填写的是${stated}：模板推荐以客户概况为准；请与客户确认，或修改客户概况`,
  },
} as const;

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
  const w = WORDS[lang];
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
            w.differs(DIMENSION[d.dimension][lang], word(d.wanted, lang), d.client && word(d.client, lang)),
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
      return dimension ? [w.disagrees(DIMENSION[dimension][lang], word(d.stated, lang), word(d.derived, lang))] : [];
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
