/**
 * Generated ids never swallow each other: a benefit line whose id is "baseline", two risk
 * ids that differ only after the cut at 64 characters, and a framework whose ids look like
 * gates each keep their own task, milestone and gate item.
 */
import { describe, expect, test } from 'vitest';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { sample, shipped } from './assess-helpers.ts';

function plan(engagement: Engagement) {
  const result = planEngagement(engagement, shipped.frameworks, shipped.templates);
  if (!result.ok) throw new Error(`no plan: ${result.reason}`);
  return result.plan;
}

describe('generated ids', () => {
  test('a benefit line with id "baseline" keeps its milestone beside the baseline task', () => {
    const pump = sample('industrial-equipment-growth');
    const finance = pump.finance;
    if (!finance) throw new Error('the pump sample has an ROI case');
    const benefits = finance.benefits ?? [];
    const benefitTraces = (e: Engagement) =>
      plan(e)
        .tasks.flatMap((t) => t.traces)
        .flatMap((x) => (x.kind === 'benefit' ? [`${x.line}${x.baseline ? ' (baseline)' : ''}`] : []))
        .sort();
    const first = benefits[0]?.id ?? '';
    const renamed: Engagement = {
      ...pump,
      finance: { ...finance, benefits: benefits.map((b, i) => (i === 0 ? { ...b, id: 'baseline' } : b)) },
    };
    // Before the fix the line "baseline" was taken for the baseline task and its milestone vanished.
    const expected = benefitTraces(pump).map((t) =>
      t.endsWith('(baseline)') ? t.replace(first, 'baseline') : t === first ? 'baseline' : t,
    );
    expect(benefitTraces(renamed)).toEqual(expected.sort());
    expect(benefitTraces(renamed).filter((t) => t === 'baseline')).toHaveLength(1);
    // …and the milestone is its own task, not folded into the baseline task.
    const tasks = plan(renamed).tasks;
    const baselineTask = tasks.find((t) => t.traces.some((x) => x.kind === 'benefit' && x.baseline));
    const milestone = tasks.find((t) =>
      t.traces.some((x) => x.kind === 'benefit' && x.line === 'baseline' && !x.baseline),
    );
    expect(milestone).toBeDefined();
    expect(milestone?.id).not.toBe(baselineTask?.id);
  });

  test('two risks whose ids differ only after the 54th character keep a task and a gate item each', () => {
    const pump = sample('industrial-equipment-growth');
    const risk = pump.risks?.[0];
    if (!risk) throw new Error('the pump sample has risks');
    const long = 'a'.repeat(54);
    const risks = [
      { ...risk, id: `${long}-first`, title: 'First long risk', likelihood: 5, impact: 5 },
      { ...risk, id: `${long}-second`, title: 'Second long risk', likelihood: 5, impact: 5 },
    ];
    const result = plan({ ...pump, risks });
    const riskTasks = result.tasks.filter((t) => t.traces.some((x) => x.kind === 'risk'));
    expect(riskTasks.map((t) => (typeof t.title === 'string' ? t.title : t.title.en)).sort()).toEqual([
      'Mitigate: First long risk',
      'Mitigate: Second long risk',
    ]);
    const items = result.phases.flatMap((p) => p.gate.checklist).filter((i) => i.id.startsWith('risk-down-'));
    expect(items.map((i) => i.text.en).sort()).toEqual([
      'Risk “First long risk” reduced to medium or lower',
      'Risk “Second long risk” reduced to medium or lower',
    ]);
    expect(new Set(items.map((i) => i.id)).size).toBe(2);
    expect(items.every((i) => i.id.length <= 64)).toBe(true);
  });

  test('no generated task takes a gate id', () => {
    const result = plan(sample('sony-china-after-sales'));
    const ids = result.tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
