/** The names of the workshop's plan and summary sections in its navigation (in the initial load; the rest loads with the editors). */
import type { Language } from '../schemas/generated/types.ts';

export const PLAN_NAV: Record<Language, { plan: string; planCount: (set: number) => string; summary: string }> = {
  en: { plan: 'Plan', planCount: (set) => (set > 0 ? 'set up' : 'not set up'), summary: 'Executive summary' },
  zh: { plan: '实施计划', planCount: (set) => (set > 0 ? '已设定' : '未设定'), summary: '执行摘要' },
};
