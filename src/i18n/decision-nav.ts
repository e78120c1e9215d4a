/**
 * The names and counts of the workshop's decision sections in its navigation: in the initial
 * load, while the rest of each editor's words (risks.ts, vendors.ts, roi.ts, tracking.ts) loads with the editor.
 */
import { bilingual } from './lib/bilingual.ts';

export const DECISION_NAV = bilingual({
  en: {
    risks: {
      section: 'Decisions',
      nav: 'Risk register',
      count: (n: number) => `${n} risk${n === 1 ? '' : 's'}`,
    },
    vendors: {
      nav: 'Vendor selection',
      count: (n: number) => `${n} vendor${n === 1 ? '' : 's'}`,
    },
    progress: {
      nav: 'Progress',
      count: (done: number) => `${done} tasks done`,
    },
    finance: {
      nav: 'ROI case',
      count: (n: number) => (n === 0 ? 'not started' : `${n} lines`),
    },
  },
  zh: {
    risks: {
      section: '决策',
      nav: '风险登记册',
      count: (n: number) => `${n} 项风险`,
    },
    vendors: {
      nav: '供应商选型',
      count: (n: number) => `${n} 家供应商`,
    },
    progress: {
      nav: '进度',
      count: (done: number) => `已完成 ${done} 项任务`,
    },
    finance: {
      nav: '投资回报测算',
      count: (n: number) => (n === 0 ? '尚未开始' : `${n} 项`),
    },
  },
});
