/** Why a task is in the plan, as the sentences of its traces, in both languages. */
import { capitalise } from '../core/shared/text.ts';
import { bilingual } from './lib/bilingual.ts';

export const TRACE_WORDS = bilingual({
  en: {
    template: (title: string | undefined) =>
      title === undefined ? 'From the plan template' : `From the plan template “${title}”`,
    finding: (why: string) => `Recommended: ${why}`,
    risk: (title: string) => `Mitigates the risk “${title}”`,
    benefit: 'Tracks the ROI case',
    gate: 'Closes the phase',
    vendor: (name: string, chosen: boolean) => (chosen ? `the chosen vendor ${name}` : `${name} (ranked first)`),
    band: (who: string, total: string, band: string) => `Next step for ${who}: total ${total}, band “${band}”`,
    weak: (who: string, n: number, criterion: string) =>
      `${capitalise(who)} scored weak on ${n} sub-criteri${n === 1 ? 'on' : 'a'} of “${criterion}”`,
  },
  zh: {
    template: (title: string | undefined) => (title === undefined ? '来自实施计划模板' : `来自实施计划模板“${title}”`),
    finding: (why: string) => `建议依据：${why}`,
    risk: (title: string) => `应对风险“${title}”`,
    benefit: '跟踪 ROI 测算',
    gate: '结束本阶段',
    vendor: (name: string, chosen: boolean) => (chosen ? `选定的供应商${name}` : `排名第一的${name}`),
    band: (who: string, total: string, band: string) => `${who}的下一步：总分 ${total}，属于“${band}”`,
    weak: (who: string, n: number, criterion: string) => `${who}在“${criterion}”的 ${n} 个子项上得分偏低`,
  },
});
