/** Why a plan template fits a client, and how the others rank: the words, in both languages. */
import type { FitDimension } from '../core/plan/recommend.ts';
import type { Language } from '../schemas/generated/types.ts';
import { bilingual } from './lib/bilingual.ts';

export const FIT_DIMENSION: Record<FitDimension, Record<Language, string>> = {
  growthStage: { en: 'growth stage', zh: '成长阶段' },
  applicationMode: { en: 'application mode', zh: '应用模式' },
  businessMode: { en: 'business mode', zh: '业务类型' },
};

export const TEMPLATE_CHOICE = bilingual({
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
});
