/** Words of the client profile in the workshop (loaded with its editor), in both languages. */
import { bilingual } from './lib/bilingual.ts';

export const PROFILE_EDITOR = bilingual({
  en: {
    nav: 'Client profile',
    title: 'Client profile',
    intro:
      'The engagement and the client as the plan, the summary and the reports name them. Changes are saved as you type.',
    fields: {
      title: 'Engagement title',
      name: 'Client name',
      industry: 'Industry',
      size: 'Company size',
      growthStage: 'Growth stage',
      businessMode: 'Business mode',
      currency: 'Currency',
      language: 'Language of the engagement’s texts',
      statusDate: 'Status date',
    },
    notSet: 'not set',
    languages: { en: 'English', zh: 'Chinese (简体中文)' },
    currencyHint: 'Three capital letters (ISO 4217), such as CNY, USD or EUR.',
    statusDateHint:
      'The day progress is reported as of, on the summary and the tracking page. Any later change moves it to today, so set it last.',
    empty: 'it cannot be empty',
    tooLong: (max: number) => `it can be at most ${max} characters`,
    notACurrency: 'it must be a currency code of three letters, such as CNY, USD or EUR',
    notADate: 'it must be a real date',
    notAChoice: 'it must be one of the choices offered',
    refused: (field: string, reason: string, kept: string) =>
      `${field}: not saved, ${reason}. ${kept ? `The last good value “${kept}” is kept.` : 'Nothing is kept instead.'}`,
  },
  zh: {
    nav: '客户概况',
    title: '客户概况',
    intro: '计划、摘要和报告中对本项目和客户的称呼与描述。修改随输入保存。',
    fields: {
      title: '项目名称',
      name: '客户名称',
      industry: '行业',
      size: '企业规模',
      growthStage: '成长阶段',
      businessMode: '业务模式',
      currency: '币种',
      language: '项目文本的语言',
      statusDate: '状态日期',
    },
    notSet: '未设定',
    languages: { en: '英文（English）', zh: '简体中文' },
    currencyHint: '三个大写字母（ISO 4217），如 CNY、USD 或 EUR。',
    statusDateHint: '摘要和进度跟踪页报告进度所依据的日期。之后任何修改都会把它改为今天，所以请最后设定。',
    empty: '不能为空',
    tooLong: (max: number) => `最多 ${max} 个字符`,
    notACurrency: '必须是三个字母的币种代码，如 CNY、USD 或 EUR',
    notADate: '必须是真实存在的日期',
    notAChoice: '必须是所列选项之一',
    refused: (field: string, reason: string, kept: string) =>
      `${field}：未保存，${reason}。${kept ? `已保留上一个有效值“${kept}”。` : '没有可保留的值。'}`,
  },
});
