/**
 * Checks of the progress an engagement records: task status and gate checklists, against the
 * plan generated from the same file.
 *
 * A re-assessment is the normal life of a programme: when the client improves, a finding
 * goes away and so does the task it asked for, but the work reported on it happened. So
 * progress on an id the plan does not have is judged by its shape:
 * - the plan has it: fine;
 * - it has the shape of something the generator adds (a task `<framework id>-…`, `risk-…`,
 *   `vendor-…`, `benefit-…`; a checklist item `check-…`, `risk-…`, `vendor-…`, `benefit-…` or
 *   `<framework id>-…`): a warning, "no longer required by the findings (work done kept)",
 *   with a "did you mean" when a generated id of the plan is one or two edits away;
 * - anything else (a template's own task, a typo of one): an error with a "did you mean".
 * While the file has errors elsewhere, the plan is generated from input those errors
 * misread (an answer under a misspelt question id counts as unanswered and changes the
 * findings), so the generated-looking ids it lacks are follow-on problems and left out.
 */
import type { Engagement, Template } from '../../schemas/generated/types.ts';
import { closest } from '../load/schema-errors.ts';
import type { Plan } from '../plan/types.ts';
import { own } from '../shared/own.ts';
import { checkDate, checkReference, type Collector } from '../load/check-tools.ts';

const TASK_PREFIXES = ['risk-', 'vendor-', 'benefit-'];
const CHECK_ITEM_PREFIXES = ['check-', 'risk-', 'vendor-', 'benefit-'];

export interface ProgressContext {
  engagement: Engagement;
  template: Template | undefined;
  /** The plan generated from this file; undefined when it could not be generated. */
  plan: Plan | undefined;
  /** Ids of the frameworks a finding can come from: a generated task starts with one of them. */
  frameworks: readonly string[];
  /** True when the file has errors outside its progress, so the plan may not be the one it means. */
  followOn: boolean;
}

/** True for a task id the plan generator could have added (a finding's, risk's, vendor's or benefit's task). */
export function isGeneratedTaskShape(id: string, frameworks: readonly string[]): boolean {
  return hasPrefix(id, TASK_PREFIXES, frameworks);
}

/** True for a gate checklist item the plan generator could have added. */
export function isGeneratedCheckItemShape(id: string, frameworks: readonly string[]): boolean {
  return hasPrefix(id, CHECK_ITEM_PREFIXES, frameworks);
}

function hasPrefix(id: string, fixed: readonly string[], frameworks: readonly string[]): boolean {
  return fixed.some((p) => id.startsWith(p)) || frameworks.some((f) => id.startsWith(`${f}-`));
}

/** A generated id of the plan that nothing reports on yet, one or two edits from `id`. */
function suggestion(id: string, candidates: readonly string[]): { suggestion?: string } {
  const near = closest(id, candidates);
  return near ? { suggestion: near } : {};
}

export function checkTasks(out: Collector, context: ProgressContext): void {
  const { engagement, template, plan } = context;
  const { frameworks } = context;
  const entries = Object.entries(engagement.tasks ?? {});
  if (!engagement.plan && entries.length > 0) out.add({ pointer: '/tasks', at: 'key', code: 'tasks-without-plan' });
  const templateTasks = template?.phases.flatMap((p) => p.tasks.map((t) => t.id)) ?? [];
  const known = plan ? plan.tasks.map((t) => t.id) : templateTasks;
  const knownSet = new Set(known);
  const unreported = known.filter((id) => !own(engagement.tasks, id) && isGeneratedTaskShape(id, frameworks));
  for (const [taskId, status] of entries) {
    const at = `/tasks/${taskId}`;
    if (template && !knownSet.has(taskId)) {
      if (!isGeneratedTaskShape(taskId, frameworks)) checkReference(out, at, 'task', taskId, known, template.id, 'key');
      else if (plan && !context.followOn) {
        out.add({
          pointer: at,
          at: 'key',
          severity: 'warning',
          code: 'task-not-required',
          params: { id: taskId, ...suggestion(taskId, unreported) },
        });
      }
    }
    checkDate(out, `${at}/actualStart`, status.actualStart);
    checkDate(out, `${at}/actualFinish`, status.actualFinish);
    if (status.actualStart && status.actualFinish && status.actualFinish < status.actualStart) {
      out.add({
        pointer: `${at}/actualFinish`,
        code: 'date-order',
        params: {
          later: 'actualFinish',
          laterDate: status.actualFinish,
          earlier: 'actualStart',
          earlierDate: status.actualStart,
        },
      });
    }
  }
}

/** Gate status names a gate of the plan and ticks off items of that gate's readiness checklist. */
export function checkGates(out: Collector, context: ProgressContext): void {
  const { engagement, template, plan } = context;
  const { frameworks } = context;
  const entries = Object.entries(engagement.gates ?? {});
  if (!engagement.plan && entries.length > 0) out.add({ pointer: '/gates', at: 'key', code: 'gates-without-plan' });
  if (!template) return;
  const gates = new Map(
    (plan?.phases ?? template.phases).map((p) => [p.gate.id, (p.gate.checklist ?? []).map((c) => c.id)]),
  );
  for (const [gateId, status] of entries) {
    const at = `/gates/${gateId}`;
    if (!checkReference(out, at, 'gate', gateId, gates, template.id, 'key')) continue;
    checkDate(out, `${at}/decided`, status.decided);
    const items = gates.get(gateId) ?? [];
    const itemSet = new Set(items);
    const ticked = new Set(status.checked ?? []);
    const unticked = items.filter((id) => !ticked.has(id) && isGeneratedCheckItemShape(id, frameworks));
    (status.checked ?? []).forEach((item, i) => {
      if (itemSet.has(item)) return;
      const itemAt = `${at}/checked/${i}`;
      if (!isGeneratedCheckItemShape(item, frameworks)) checkReference(out, itemAt, 'check-item', item, items, gateId);
      else if (plan && !context.followOn) {
        out.add({
          pointer: itemAt,
          severity: 'warning',
          code: 'check-item-not-required',
          params: { id: item, gate: gateId, ...suggestion(item, unticked) },
        });
      }
    });
  }
}
