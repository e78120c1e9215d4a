/**
 * The plan check: an audit of a scheduled plan against what the content declares, for
 * `crmkit plan --check`. It does not trust the generator's own bookkeeping: the work each
 * task is and waits for is read again from its traces (anchors.ts), and the dates from the
 * schedule. It counts the faults a PMO would reject a plan for: work piled on the first
 * day, the same work twice in a phase, work before what it needs, vendor work before the
 * needs are known or the system chosen.
 */
import type { Framework, Intent, Template } from '../../schemas/generated/types.ts';
import { anchorsOfTrace, intentsOfTask, type AnchorContext } from './anchors.ts';
import type { Schedule } from './schedule.ts';
import type { Plan, PlanTask } from './types.ts';

export interface AnchorFault {
  task: string;
  intent: Intent;
  /** The task that covers the intent. */
  anchor: string;
  /** `after`: the task starts before its anchor finishes; `before`: it ends after its anchor starts. */
  rule: 'after' | 'before';
}

export interface PlanCheck {
  /** Tasks other than gates. */
  tasks: number;
  /** Tasks the template does not have (from findings, risks, the vendor and the ROI case). */
  generated: number;
  /** Tasks that start on the plan's first day: all of them, and the generated ones by id. */
  firstDay: { total: number; generated: string[] };
  /** Two or more tasks of one phase doing the same work. */
  duplicateIntents: { phase: string; intent: Intent; tasks: string[] }[];
  /** Tasks placed before the work they wait for (or after the work that waits for them). */
  beforeAnchor: AnchorFault[];
  /** Vendor work that starts before the requirements are known (next steps) or the system is chosen (gaps). */
  vendorBeforeSelection: { task: string; waitsFor: Intent; anchor: string }[];
}

const isTemplateTask = (task: PlanTask): boolean => task.traces.some((t) => t.kind === 'template');

export function checkPlan(
  plan: Plan,
  schedule: Schedule,
  template: Template,
  frameworks: ReadonlyMap<string, Framework>,
): PlanCheck {
  const context: AnchorContext = { template, frameworks };
  const work = plan.tasks.filter((t) => !t.gate);
  const intents = new Map(work.map((t) => [t.id, intentsOfTask(t.traces, context)]));
  const covering = (intent: Intent, except: string): PlanTask[] =>
    work.filter((t) => t.id !== except && (intents.get(t.id) ?? []).includes(intent));
  const at = (id: string) => schedule.byId.get(id);

  const firstDay = work.filter((t) => at(t.id)?.earlyStart === 0);

  const duplicateIntents: PlanCheck['duplicateIntents'] = [];
  for (const phase of plan.phases) {
    const byIntent = new Map<Intent, string[]>();
    for (const task of work.filter((t) => t.phase === phase.id)) {
      for (const intent of intents.get(task.id) ?? []) byIntent.set(intent, [...(byIntent.get(intent) ?? []), task.id]);
    }
    for (const [intent, tasks] of byIntent)
      if (tasks.length > 1) duplicateIntents.push({ phase: phase.id, intent, tasks });
  }

  const beforeAnchor: AnchorFault[] = [];
  const vendorBeforeSelection: PlanCheck['vendorBeforeSelection'] = [];
  for (const task of work) {
    const own = at(task.id);
    if (!own) continue;
    // A template task keeps the order its author gave it, whatever was merged into it.
    if (isTemplateTask(task)) continue;
    // Several findings asking for the same work share their anchors: each fault counts once.
    const generated = task.traces.map((t) => anchorsOfTrace(t, context));
    const after = new Set(generated.flatMap((a) => a.after));
    const before = new Set(generated.flatMap((a) => a.before));
    for (const intent of after) {
      for (const anchor of covering(intent, task.id)) {
        const other = at(anchor.id);
        if (other && own.earlyStart < other.earlyFinish) {
          beforeAnchor.push({ task: task.id, intent, anchor: anchor.id, rule: 'after' });
        }
      }
    }
    for (const intent of before) {
      for (const anchor of covering(intent, task.id)) {
        const other = at(anchor.id);
        if (other && own.earlyFinish > other.earlyStart) {
          beforeAnchor.push({ task: task.id, intent, anchor: anchor.id, rule: 'before' });
        }
      }
    }
    const vendor = task.traces.find((t) => t.kind === 'vendor');
    if (vendor && !(intents.get(task.id) ?? []).includes('system-selection')) {
      const waitsFor: Intent = vendor.criterion ? 'system-selection' : 'requirements';
      for (const anchor of covering(waitsFor, task.id)) {
        const other = at(anchor.id);
        if (other && own.earlyStart < other.earlyFinish) {
          vendorBeforeSelection.push({ task: task.id, waitsFor, anchor: anchor.id });
        }
      }
    }
  }

  return {
    tasks: work.length,
    generated: work.filter((t) => !isTemplateTask(t)).length,
    firstDay: { total: firstDay.length, generated: firstDay.filter((t) => !isTemplateTask(t)).map((t) => t.id) },
    duplicateIntents,
    beforeAnchor,
    vendorBeforeSelection,
  };
}
