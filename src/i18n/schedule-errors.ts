/**
 * Why a plan cannot be scheduled, as a sentence: the CLI, the plan page and the workshop
 * say it the same way, never as the engine's raw error object.
 */
import type { ScheduleError } from '../core/plan/schedule.ts';
import type { Language } from '../schemas/generated/types.ts';

const list = (ids: readonly string[], lang: Language) =>
  ids.map((id) => (lang === 'zh' ? `“${id}”` : `"${id}"`)).join(lang === 'zh' ? '、' : ', ');

export const SCHEDULE_ERRORS: Record<Language, (e: ScheduleError) => string> = {
  en: (e) => {
    switch (e.code) {
      case 'cycle':
        return `these tasks wait for each other in a loop, so none can start: ${list(e.tasks, 'en')}`;
      case 'missing-predecessor':
        return `task "${e.task}" waits for "${e.missing}", which is not in the plan`;
      case 'duplicate-task':
        return `two tasks have the id "${e.task}"`;
      case 'invalid-date':
        return `these dates are not real calendar dates: ${list(e.dates, 'en')}`;
    }
  },
  zh: (e) => {
    switch (e.code) {
      case 'cycle':
        return `以下任务互相等待、形成循环，因此都无法开始：${list(e.tasks, 'zh')}`;
      case 'missing-predecessor':
        return `任务“${e.task}”要等待“${e.missing}”，但计划中没有这项任务`;
      case 'duplicate-task':
        return `有两项任务的编号都是“${e.task}”`;
      case 'invalid-date':
        return `以下日期不是真实存在的日期：${list(e.dates, 'zh')}`;
    }
  },
};
