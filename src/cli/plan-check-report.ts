/** `crmkit plan FILE --check` as text: the plan check's counts, then each fault by task title. */
import type { EngagementPlan } from '../core/plan/engagement-plan.ts';
import { INTENTS } from '../core/plan/intents.ts';
import { pick } from '../core/plan/plan-text.ts';
import type { PlanCheck } from '../core/plan/plan-check.ts';
import type { Engagement, Language } from '../schemas/generated/types.ts';
import { terminalText } from './terminal-text.ts';

const WORDS = {
  en: {
    title: (engagement: string, template: string) => `Plan check: ${engagement} — ${template}`,
    tasks: (n: number, generated: number) =>
      `tasks: ${n} (${generated} from findings, risks, the vendor and the ROI case)`,
    firstDay: (n: number, generated: number) => `start on the plan's first day: ${n} (${generated} of them generated)`,
    duplicates: (n: number) => `the same work twice in a phase: ${n}`,
    duplicate: (phase: string, work: string, tasks: string) => `${phase}: ${work} — ${tasks}`,
    beforeAnchor: (n: number) => `placed before the work they wait for: ${n}`,
    after: (task: string, anchor: string) => `“${task}” starts before “${anchor}” is finished`,
    before: (task: string, anchor: string) => `“${task}” finishes after “${anchor}” starts`,
    vendor: (n: number) => `vendor work before the needs are known or the system is chosen: ${n}`,
    vendorItem: (task: string, anchor: string) => `“${task}” starts before “${anchor}” is finished`,
    verdict: (faults: number) => (faults === 0 ? 'no faults' : `${faults} fault${faults === 1 ? '' : 's'}`),
  },
  zh: {
    title: (engagement: string, template: string) => `计划检查：${engagement} — ${template}`,
    tasks: (n: number, generated: number) =>
      `任务：${n} 项（其中 ${generated} 项来自评估发现、风险、供应商和 ROI 测算）`,
    firstDay: (n: number, generated: number) => `在计划第一天开始：${n} 项（其中 ${generated} 项为生成任务）`,
    duplicates: (n: number) => `同一阶段内重复的工作：${n} 处`,
    duplicate: (phase: string, work: string, tasks: string) => `${phase}：${work} — ${tasks}`,
    beforeAnchor: (n: number) => `排在所依赖工作之前：${n} 处`,
    after: (task: string, anchor: string) => `“${task}”在“${anchor}”完成前就开始`,
    before: (task: string, anchor: string) => `“${task}”在“${anchor}”开始后才完成`,
    vendor: (n: number) => `需求明确或系统选定之前的供应商工作：${n} 处`,
    vendorItem: (task: string, anchor: string) => `“${task}”在“${anchor}”完成前就开始`,
    verdict: (faults: number) => (faults === 0 ? '没有问题' : `共 ${faults} 处问题`),
  },
} as const;

/** Faults a plan must not have; tasks on the first day are reported, not counted. */
export function planFaults(check: PlanCheck): number {
  return check.duplicateIntents.length + check.beforeAnchor.length + check.vendorBeforeSelection.length;
}

export function planCheckText(
  engagement: Engagement,
  result: EngagementPlan,
  check: PlanCheck,
  lang: Language,
): string {
  const w = WORDS[lang];
  const tasks = new Map(result.plan.tasks.map((t) => [t.id, t]));
  const title = (id: string) => pick(tasks.get(id)?.title ?? id, lang);
  const phase = (id: string) => result.plan.phases.find((p) => p.id === id)?.title[lang] ?? id;
  const lines = [
    w.title(engagement.title, result.template.title[lang]),
    w.tasks(check.tasks, check.generated),
    w.firstDay(check.firstDay.total, check.firstDay.generated.length),
    w.duplicates(check.duplicateIntents.length),
    ...check.duplicateIntents.map(
      (d) => `  - ${w.duplicate(phase(d.phase), INTENTS[d.intent].name[lang], d.tasks.map(title).join(' · '))}`,
    ),
    w.beforeAnchor(check.beforeAnchor.length),
    ...check.beforeAnchor.map(
      (f) => `  - ${(f.rule === 'after' ? w.after : w.before)(title(f.task), title(f.anchor))}`,
    ),
    w.vendor(check.vendorBeforeSelection.length),
    ...check.vendorBeforeSelection.map((f) => `  - ${w.vendorItem(title(f.task), title(f.anchor))}`),
    w.verdict(planFaults(check)),
  ];
  return lines.map(terminalText).join('\n') + '\n';
}
