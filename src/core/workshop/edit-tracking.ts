/**
 * Reporting task status in the workshop: pure functions from one engagement to the next.
 * Status changes fill in what a project office would (starting a task dates its start,
 * finishing it dates its finish and sets 100%); a percent or date that is not one is refused.
 */
import type { Engagement, GateStatus, TaskStatus } from '../../schemas/generated/types.ts';
import { isSupportedDate } from '../shared/dates.ts';
import { without } from './edit.ts';
import { own } from '../shared/own.ts';

function withTask(engagement: Engagement, id: string, status: TaskStatus | undefined, today: string): Engagement {
  const tasks = { ...engagement.tasks };
  const next = status === undefined ? without(tasks, id) : { ...tasks, [id]: status };
  return { ...engagement, tasks: next, updated: today };
}

export function setStatus(engagement: Engagement, id: string, status: TaskStatus['status'], today: string): Engagement {
  const current = own(engagement.tasks, id);
  if (status === 'not-started') {
    // Keep the notes; dates and percent of work not started would contradict the status.
    return withTask(engagement, id, { status, ...(current?.notes ? { notes: current.notes } : {}) }, today);
  }
  const start = current?.actualStart ?? today;
  if (status === 'done') {
    const finish = current?.actualFinish ?? (today < start ? start : today);
    return withTask(
      engagement,
      id,
      { ...current, status, percent: 100, actualStart: start, actualFinish: finish },
      today,
    );
  }
  // Started or blocked: reopened work loses its finish date, and a percent only survives if it was not 100.
  const open = without(without(current ?? { status }, 'actualFinish'), 'percent');
  const percent = current?.status === 'done' ? undefined : current?.percent;
  return withTask(
    engagement,
    id,
    { ...open, status, actualStart: start, ...(percent === undefined ? {} : { percent }) },
    today,
  );
}

/** Percent complete typed as text; refused unless a number from 0 to 100. */
export function setPercent(engagement: Engagement, id: string, text: string, today: string): Engagement {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) return engagement;
  if (value === 100) return setStatus(engagement, id, 'done', today);
  const current = own(engagement.tasks, id);
  const notStarted = !current || current.status === 'not-started';
  // Typing 0 on work not started does not start it; anything else reopens or starts the task.
  const base =
    notStarted && value === 0
      ? engagement
      : current?.status === 'done' || notStarted
        ? setStatus(engagement, id, 'in-progress', today)
        : engagement;
  const task = own(base.tasks, id) ?? { status: 'not-started' as const };
  return withTask(base, id, { ...task, percent: value }, today);
}

/** An actual start or finish date; empty clears it, a date that is not real, outside 1900–9999 or out of order is refused. */
export function setActualDate(
  engagement: Engagement,
  id: string,
  field: 'actualStart' | 'actualFinish',
  text: string,
  today: string,
): Engagement {
  const current = own(engagement.tasks, id);
  if (!current) return engagement;
  const value = text.trim();
  if (value === '') return withTask(engagement, id, without(current, field), today);
  if (!isSupportedDate(value)) return engagement;
  const next = { ...current, [field]: value };
  if (next.actualStart && next.actualFinish && next.actualFinish < next.actualStart) return engagement;
  return withTask(engagement, id, next, today);
}

function withGate(engagement: Engagement, id: string, gate: GateStatus, today: string): Engagement {
  const gates = { ...engagement.gates };
  const empty = (gate.checked ?? []).length === 0 && !gate.decision && !gate.notes;
  return { ...engagement, gates: empty ? without(gates, id) : { ...gates, [id]: gate }, updated: today };
}

/** Ticks a gate's readiness checklist item off, or back on; the order of `checked` follows the ticks. */
export function setGateItem(
  engagement: Engagement,
  gateId: string,
  itemId: string,
  checked: boolean,
  today: string,
): Engagement {
  const current = own(engagement.gates, gateId) ?? {};
  const list = (current.checked ?? []).filter((c) => c !== itemId);
  const next = checked ? [...list, itemId] : list;
  const rest = without(current, 'checked');
  return withGate(engagement, gateId, next.length > 0 ? { ...rest, checked: next } : rest, today);
}

/** Records the go/no-go decision (dated today), or clears it with ''. */
export function setGateDecision(
  engagement: Engagement,
  gateId: string,
  decision: 'go' | 'no-go' | '',
  today: string,
): Engagement {
  const current = without(without(own(engagement.gates, gateId) ?? {}, 'decision'), 'decided');
  return withGate(engagement, gateId, decision === '' ? current : { ...current, decision, decided: today }, today);
}
