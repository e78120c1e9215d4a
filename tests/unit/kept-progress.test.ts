/** Progress on what a re-assessment took out of the plan: kept, named as the plan named it, counted nowhere. */
import { describe, expect, test } from 'vitest';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import { keptProgress } from '../../src/core/plan/kept-progress.ts';
import { phaseProgress } from '../../src/core/plan/tracking.ts';
import { gateReadiness } from '../../src/core/plan/gates.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { reassessment } from '../fixtures/reassessment.ts';
import { sample, shipped } from './assess-helpers.ts';

function planned(engagement: Engagement) {
  const result = planEngagement(engagement, shipped.frameworks, shipped.templates);
  if (!result.ok) throw new Error('no plan');
  return result;
}
const kept = (engagement: Engagement) => {
  const { plan, template } = planned(engagement);
  return keptProgress({ engagement, plan, template, frameworks: shipped.frameworks });
};

describe('kept progress', () => {
  const sony = sample('sony-china-after-sales');
  const found = reassessment(sony, shipped);
  if (!found) throw new Error('no re-assessment drops a task of the Sony sample');
  const before = new Map(planned(sony).plan.tasks.map((t) => [t.id, t]));

  test('the shipped samples keep nothing: every task they report on is in their plan', () => {
    expect(kept(sony)).toEqual({ tasks: [], checks: [] });
    expect(kept(sample('industrial-equipment-growth'))).toEqual({ tasks: [], checks: [] });
  });

  test('each task a re-assessment dropped is kept with its status and the title it had', () => {
    const k = kept(found.changed);
    expect(k.tasks.map((t) => t.id)).toEqual(found.gone);
    for (const task of k.tasks) {
      expect(task.status).toEqual(found.changed.tasks?.[task.id]);
      expect(task.title).toEqual(before.get(task.id)?.title);
    }
  });

  test('without snapshots the title comes from the recommendation the id names', () => {
    const k = kept({ ...found.changed, snapshots: [] });
    for (const task of k.tasks) expect(task.title).toEqual(before.get(task.id)?.title);
  });

  test('an id nothing names keeps its status and no title; a risk’s task is named after the risk', () => {
    const changed: Engagement = structuredClone(found.changed);
    const risk = changed.risks?.[0];
    changed.risks = changed.risks?.slice(1).concat(risk ? [{ ...risk, id: 'renamed-risk' }] : []) ?? [];
    changed.tasks = {
      ...changed.tasks,
      'vendor-something-long-gone': { status: 'done' },
      ...(risk ? { [`risk-${risk.id}`]: { status: 'done' } } : {}),
    };
    const k = kept({ ...changed, snapshots: [] });
    expect(k.tasks.find((t) => t.id === 'vendor-something-long-gone')).toEqual({
      id: 'vendor-something-long-gone',
      status: { status: 'done' },
    });
    // The risk was renamed, so its task left the plan; the risk itself is still in the file.
    if (risk) {
      expect(k.tasks.find((t) => t.id === `risk-${risk.id}`)?.title).toBeUndefined();
      const named = kept({ ...changed, risks: [...(changed.risks ?? []), { ...risk, likelihood: 1, impact: 1 }] });
      expect(named.tasks.find((t) => t.id === `risk-${risk.id}`)?.title).toEqual({
        en: `Mitigate: ${risk.title}`,
        zh: `应对风险：${risk.title}`,
      });
    }
  });

  test('kept tasks count towards no phase; a ticked item the gate dropped counts towards no readiness', () => {
    const { plan } = planned(found.changed);
    const withoutKept = {
      ...found.changed,
      tasks: Object.fromEntries(Object.entries(found.changed.tasks ?? {}).filter(([id]) => !found.gone.includes(id))),
    };
    expect(phaseProgress(plan, found.changed)).toEqual(phaseProgress(plan, withoutKept));

    const gate = plan.phases[0]?.gate;
    if (!gate) throw new Error('no gate');
    const ticked: Engagement = {
      ...found.changed,
      gates: {
        ...found.changed.gates,
        [gate.id]: { checked: [...(found.changed.gates?.[gate.id]?.checked ?? []), 'check-gone'] },
      },
    };
    expect(gateReadiness(plan, ticked)).toEqual(
      gateReadiness(plan, { gates: { ...ticked.gates, [gate.id]: found.changed.gates?.[gate.id] ?? {} } }),
    );
    expect(kept(ticked).checks).toEqual([{ gate: gate.id, gateTitle: gate.title, id: 'check-gone' }]);
  });
});
