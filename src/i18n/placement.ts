/** Where and when a generated task sits, as sentences: the words of plan/placement notes, in both languages. */
import type { Language, Stage } from '../schemas/generated/types.ts';
import { bilingual } from './lib/bilingual.ts';

export const STAGE_WORDS: Record<Stage, Record<Language, string>> = {
  strategy: { en: 'strategy', zh: '战略' },
  selection: { en: 'selection', zh: '选型' },
  build: { en: 'build', zh: '建设' },
  migration: { en: 'migration', zh: '数据迁移' },
  training: { en: 'training', zh: '培训' },
  'go-live': { en: 'go-live', zh: '上线' },
  operation: { en: 'operation', zh: '运行' },
};

export const PLACEMENT_WORDS = bilingual({
  en: {
    list: (items: string[]) => items.map((i) => `“${i}”`).join(', '),
    after: (list: string) => `Starts after ${list}`,
    before: (list: string) => `Finishes before ${list} starts`,
    'no-anchor': (name: string) => `No task in this plan covers ${name}, so it starts when its phase starts`,
    'later-phase': (name: string, from: string, to: string) =>
      `Placed in “${to}” rather than “${from}”, because ${name} happens there`,
    'earlier-phase': (name: string, from: string, to: string) =>
      `Placed in “${to}” rather than “${from}”, because ${name} waits for it there`,
    'before-unmet': (name: string) => `Should finish before ${name}, but the work it waits for comes later`,
    cycle: (task: string) => `Not linked to “${task}”: that would make the two wait for each other`,
    'no-stage-phase': (stage: string) =>
      `The template has no phase for the ${stage} stage, so it goes in the phase of the stage before`,
    'by-workstream': (stage: string) =>
      `Its framework does not say where it goes: placed in ${stage} by its workstream`,
    lengthened: (from: number, to: number) =>
      `Lengthened from ${from} to ${to} days: the same work was also asked for with a longer estimate`,
    merged: (title: string) => `Also covers the recommended “${title}”`,
    leftOutTitle: (n: number) => `Left out for this client’s growth stage (${n})`,
    leftOut: (title: string, stage: string, suits: string) => `${title}: suits ${suits}, the client is at ${stage}`,
  },
  zh: {
    list: (items: string[]) => items.map((i) => `“${i}”`).join('、'),
    after: (list: string) => `在${list}完成后开始`,
    before: (list: string) => `须在${list}开始前完成`,
    'no-anchor': (name: string) => `本计划中没有负责${name}的任务，因此在本阶段开始时开始`,
    'later-phase': (name: string, from: string, to: string) => `安排在“${to}”而不是“${from}”，因为${name}在该阶段进行`,
    'earlier-phase': (name: string, from: string, to: string) =>
      `安排在“${to}”而不是“${from}”，因为${name}在该阶段等待它完成`,
    'before-unmet': (name: string) => `本应在${name}之前完成，但它所依赖的工作更晚`,
    cycle: (task: string) => `未与“${task}”关联：否则两者会互相等待`,
    'no-stage-phase': (stage: string) => `模板中没有${stage}阶段，因此放入前一个阶段所在的阶段`,
    'by-workstream': (stage: string) => `所属框架未说明其位置：按工作流放入${stage}阶段`,
    lengthened: (from: number, to: number) => `工期由 ${from} 天延长到 ${to} 天：同一项工作也有更长的估算`,
    merged: (title: string) => `同时完成建议的“${title}”`,
    leftOutTitle: (n: number) => `因客户所处成长阶段而未列入计划（${n} 项）`,
    leftOut: (title: string, stage: string, suits: string) => `${title}：适用于${suits}，客户处于${stage}`,
  },
});
