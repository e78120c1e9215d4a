/**
 * How ready each phase gate is: the share of its readiness checklist the engagement has ticked
 * off, with the go/no-go decision once taken. Items a finding or risk added to the checklist
 * count like the template's own.
 */
import type { Engagement } from '../../schemas/generated/types.ts';
import type { Plan } from './types.ts';
import { own } from '../shared/own.ts';

export interface GateReadiness {
  gate: string;
  phase: string;
  /** Checklist item ids ticked off, in checklist order. */
  checked: string[];
  total: number;
  /** Percent of the checklist ticked off; undefined when the gate has no checklist. */
  percent?: number;
  decision?: 'go' | 'no-go';
  decided?: string;
}

export function gateReadiness(plan: Plan, engagement: Pick<Engagement, 'gates'>): GateReadiness[] {
  return plan.phases.map((phase) => {
    const status = own(engagement.gates, phase.gate.id);
    const ticked = new Set(status?.checked ?? []);
    const checked = phase.gate.checklist.filter((c) => ticked.has(c.id)).map((c) => c.id);
    const total = phase.gate.checklist.length;
    return {
      gate: phase.gate.id,
      phase: phase.id,
      checked,
      total,
      ...(total > 0 ? { percent: (100 * checked.length) / total } : {}),
      ...(status?.decision ? { decision: status.decision } : {}),
      ...(status?.decided ? { decided: status.decided } : {}),
    };
  });
}
