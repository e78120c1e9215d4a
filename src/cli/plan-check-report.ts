/** `crmkit plan FILE --check` as text: the plan check's counts, then each fault by task title. */
import type { EngagementPlan } from '../core/plan/engagement-plan.ts';
import { INTENT_NAMES } from '../i18n/intents.ts';
import { pick } from '../core/plan/plan-text.ts';
import type { PlanCheck } from '../core/plan/plan-check.ts';
import type { Engagement, Language } from '../schemas/generated/types.ts';
import { terminalText } from './terminal-text.ts';
import { PLAN_CHECK_CLI } from '../i18n/cli.ts';
import { coverageWarning } from '../i18n/calendars.ts';
import { severityLabel } from '../i18n/messages.ts';

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
  const w = PLAN_CHECK_CLI[lang];
  const tasks = new Map(result.plan.tasks.map((t) => [t.id, t]));
  const title = (id: string) => pick(tasks.get(id)?.title ?? id, lang);
  const phase = (id: string) => result.plan.phases.find((p) => p.id === id)?.title[lang] ?? id;
  const lines = [
    w.title(engagement.title, result.template.title[lang]),
    w.tasks(check.tasks, check.generated),
    w.firstDay(check.firstDay.total, check.firstDay.generated.length),
    w.duplicates(check.duplicateIntents.length),
    ...check.duplicateIntents.map(
      (d) => `  - ${w.duplicate(phase(d.phase), INTENT_NAMES[d.intent][lang], d.tasks.map(title).join(' · '))}`,
    ),
    w.beforeAnchor(check.beforeAnchor.length),
    ...check.beforeAnchor.map(
      (f) => `  - ${(f.rule === 'after' ? w.after : w.before)(title(f.task), title(f.anchor))}`,
    ),
    w.vendor(check.vendorBeforeSelection.length),
    ...check.vendorBeforeSelection.map((f) => `  - ${w.vendorItem(title(f.task), title(f.anchor))}`),
    w.verdict(planFaults(check)),
    // Not a fault of the plan: the calendar's data ends before the plan does.
    ...(result.calendar.coverage
      ? [severityLabel('warning', lang) + coverageWarning(result.calendar.coverage, lang)]
      : []),
  ];
  return lines.map(terminalText).join('\n') + '\n';
}
