/** Words of the customer segments editor in the workshop (loaded with its editor), in both languages. */
import { IN_UNIT } from './units.ts';
import { bilingual } from './lib/bilingual.ts';

/** The menu's words are apart (segment-nav.ts): they load with the workshop, these with the editor. */
export { SEGMENT_NAV } from './segment-nav.ts';

export const SEGMENT_EDITOR = bilingual({
  en: {
    title: 'Customer segments',
    intro:
      'The segments that make up the customer portfolio: what each has brought so far, what it may still bring, and what it needs. Each segment lands in one of the portfolio’s four actions as you type; changes are saved as you type.',
    empty: 'No segments yet. Add the first one, then give it its name and values.',
    yourSegments: (count: string) => `Your segments (${count})`,
    addSegment: 'Add a segment',
    newSegment: (n: number) => `Segment ${n}`,
    remove: 'Remove segment',
    removed: (name: string) => `Segment “${name}” removed.`,
    fields: {
      name: 'Segment name',
      customers: 'Number of customers',
      historicalValue: 'Historical value',
      potentialValue: 'Potential lifetime value',
    },
    optional: (what: string) => `${what} (optional)`,
    inUnit: IN_UNIT.en,
    customersHint: 'Needed for the top-20 % share; leave empty when not known.',
    lands: 'Portfolio action: ',
    needs: 'Needs',
    noNeeds: 'No needs recorded yet.',
    need: (n: number) => `Need ${n}`,
    direction: 'Who takes the initiative',
    directions: {
      push: 'Push (the company initiates)',
      pull: 'Pull (the customer asks)',
    },
    newNeed: 'New need',
    addNeed: 'Add need',
    removeNeed: 'Remove need',
    needRemoved: (text: string) => `Need “${text}” removed.`,
    overview: 'Portfolio now',
    shareNeedsCustomers:
      'Enter the number of customers of the segments to see how much of the value the top 20 % of customers hold.',
    cannotBeEmpty: 'it cannot be empty',
    tooLong: (max: number) => `it can be at most ${max} characters`,
    notANumber: 'it must be a number, such as 1200000 or 1,200,000',
    negative: 'it cannot be below 0',
    notWhole: 'it must be a whole number',
    tooLarge: (max: string) => `it can be at most ${max}`,
    notAChoice: 'it must be one of the choices offered',
    refused: (field: string, reason: string, kept: string) =>
      `${field}: not saved, ${reason}. ${kept ? `The last good value “${kept}” is kept.` : 'Nothing is kept instead.'}`,
  },
  zh: {
    title: '客户群',
    intro:
      '构成客户组合的各个客户群：迄今带来的价值、未来还可能带来的价值，以及各自的需求。随着输入，每个客户群即时归入组合分析的四种策略之一；修改随输入保存。',
    empty: '还没有客户群。先添加一个，再填写名称和价值。',
    yourSegments: (count: string) => `已有客户群（${count}）`,
    addSegment: '添加客户群',
    newSegment: (n: number) => `客户群 ${n}`,
    remove: '删除客户群',
    removed: (name: string) => `已删除客户群“${name}”。`,
    fields: {
      name: '客户群名称',
      customers: '客户数',
      historicalValue: '历史价值',
      potentialValue: '潜在生命周期价值',
    },
    optional: (what: string) => `${what}（可选）`,
    inUnit: IN_UNIT.zh,
    customersHint: '计算前 20% 客户的价值占比时需要；不清楚可留空。',
    lands: '组合策略：',
    needs: '需求',
    noNeeds: '尚未记录需求。',
    need: (n: number) => `需求 ${n}`,
    direction: '由谁主动',
    directions: {
      push: '推式（企业主动）',
      pull: '拉式（客户主动）',
    },
    newNeed: '新需求',
    addNeed: '添加需求',
    removeNeed: '删除需求',
    needRemoved: (text: string) => `已删除需求“${text}”。`,
    overview: '当前客户组合',
    shareNeedsCustomers: '填写各客户群的客户数后，即可看到前 20% 的客户贡献了多少价值。',
    cannotBeEmpty: '不能为空',
    tooLong: (max: number) => `最多 ${max} 个字符`,
    notANumber: '必须是数字，如 1200000 或 1,200,000',
    negative: '不能小于 0',
    notWhole: '必须是整数',
    tooLarge: (max: string) => `不能超过 ${max}`,
    notAChoice: '必须是所列选项之一',
    refused: (field: string, reason: string, kept: string) =>
      `${field}：未保存，${reason}。${kept ? `已保留上一个有效值“${kept}”。` : '没有可保留的值。'}`,
  },
});
