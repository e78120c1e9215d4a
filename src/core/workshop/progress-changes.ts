/**
 * What the progress report changed since the engagement was last exported: per task the
 * status, percent, actual dates and notes that differ, per gate the checklist items ticked
 * or unticked and the decision. Pure: the workshop passes the exported copy and the draft.
 */
import type { Engagement, GateStatus, TaskStatus } from '../../schemas/generated/types.ts';
import { reportedPercent } from '../plan/tracking.ts';
import { own } from '../shared/own.ts';

export interface TaskChange {
  kind: 'task';
  id: string;
  /** Fields that differ, in a fixed order. */
  fields: ('status' | 'percent' | 'actualStart' | 'actualFinish' | 'notes')[];
  before?: TaskStatus;
  after?: TaskStatus;
}

export interface GateChange {
  kind: 'gate';
  id: string;
  ticked: string[];
  unticked: string[];
  decision?: { before?: GateStatus['decision']; after?: GateStatus['decision'] };
}

export type ProgressChange = TaskChange | GateChange;

const TASK_FIELDS = ['status', 'percent', 'actualStart', 'actualFinish', 'notes'] as const;

function taskFields(before: TaskStatus | undefined, after: TaskStatus | undefined): TaskChange['fields'] {
  return TASK_FIELDS.filter((field) => {
    if (field === 'status') return (before?.status ?? 'not-started') !== (after?.status ?? 'not-started');
    if (field === 'percent') return reportedPercent(before) !== reportedPercent(after);
    return (before?.[field] ?? '') !== (after?.[field] ?? '');
  });
}

/** Every task and gate whose reported progress differs, tasks first, each in id order. */
export function progressChanges(
  before: Pick<Engagement, 'tasks' | 'gates'>,
  after: Pick<Engagement, 'tasks' | 'gates'>,
): ProgressChange[] {
  const out: ProgressChange[] = [];
  const taskIds = new Set([...Object.keys(before.tasks ?? {}), ...Object.keys(after.tasks ?? {})]);
  for (const id of [...taskIds].sort()) {
    const was = own(before.tasks, id);
    const now = own(after.tasks, id);
    const fields = taskFields(was, now);
    if (fields.length > 0)
      out.push({ kind: 'task', id, fields, ...(was ? { before: was } : {}), ...(now ? { after: now } : {}) });
  }
  const gateIds = new Set([...Object.keys(before.gates ?? {}), ...Object.keys(after.gates ?? {})]);
  for (const id of [...gateIds].sort()) {
    const was = own(before.gates, id);
    const now = own(after.gates, id);
    const had = new Set(was?.checked ?? []);
    const has = new Set(now?.checked ?? []);
    const ticked = [...has].filter((c) => !had.has(c));
    const unticked = [...had].filter((c) => !has.has(c));
    const decided = (was?.decision ?? '') !== (now?.decision ?? '');
    if (ticked.length === 0 && unticked.length === 0 && !decided) continue;
    out.push({
      kind: 'gate',
      id,
      ticked,
      unticked,
      ...(decided
        ? {
            decision: {
              ...(was?.decision ? { before: was.decision } : {}),
              ...(now?.decision ? { after: now.decision } : {}),
            },
          }
        : {}),
    });
  }
  return out;
}
