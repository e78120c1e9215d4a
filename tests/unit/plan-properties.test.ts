/**
 * Properties of generated plans over random answer sets, for the shipped frameworks and
 * every shipped template: generated work starts after what it waits for and inside its
 * phase, the same work never stands twice in a phase, and merging keeps every reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessEngagement } from '../../src/core/assess/assess-engagement.ts';
import { DEFAULT_CONTRIBUTORS, generatePlan } from '../../src/core/plan/generate.ts';
import { checkPlan } from '../../src/core/plan/plan-check.ts';
import { schedule } from '../../src/core/plan/schedule.ts';
import type { Engagement, FrameworkAnswers } from '../../src/schemas/generated/types.ts';
import { sample, shipped } from './assess-helpers.ts';

const assessments = [...shipped.frameworks.values()].filter((f) => f.use === 'assessment');

/** Every question of every assessment framework: unanswered, not applicable, or a point of its scale. */
const answersArb = fc.record(
  Object.fromEntries(
    assessments.map((framework) => {
      const questions = framework.elements.flatMap((e) => e.questions ?? []);
      const entries = questions.map((q) => {
        const points = framework.scales?.find((s) => s.id === q.scale)?.points.map((p) => p.value) ?? [1];
        return [
          q.id,
          fc.oneof(fc.constant(undefined), fc.constant('na' as const), fc.constantFrom(...points)),
        ] as const;
      });
      return [framework.id, fc.record(Object.fromEntries(entries))];
    }),
  ),
);

function withAnswers(
  base: Engagement,
  template: string,
  drawn: Record<string, Record<string, number | 'na' | undefined>>,
) {
  const answers: Record<string, FrameworkAnswers> = {};
  for (const [framework, values] of Object.entries(drawn)) {
    answers[framework] = Object.fromEntries(
      Object.entries(values).flatMap(([q, v]) => (v === undefined ? [] : [[q, { value: v }]])),
    );
  }
  // Progress refers to the sample's own plan; these properties are about the plan alone.
  const engagement: Engagement = { ...base, answers, plan: { template, startDate: '2026-03-02' } };
  delete engagement.tasks;
  delete engagement.gates;
  return engagement;
}

const templates = [...shipped.templates.values()];
const bases = [
  sample('sony-china-after-sales'),
  sample('industrial-equipment-growth'),
  sample('singapore-tea-shop-loyalty'),
];

describe.each(templates.map((t) => [t.id, t] as const))('plans from %s', (_id, template) => {
  it('generated work waits for its anchors, stays in its phase, is never doubled and keeps every reason', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(0, 1, 2), (drawn, which) => {
        const base = bases[which] ?? sample('sony-china-after-sales');
        const engagement = withAnswers(base, template.id, drawn);
        const findings = assessEngagement(shipped.frameworks.values(), engagement).flatMap((r) => r.findings);
        const input = { engagement, template, frameworks: shipped.frameworks, findings };
        const plan = generatePlan(input);
        const placed = schedule(
          plan.tasks.map((t) => ({ id: t.id, duration: t.durationDays, dependsOn: t.dependsOn })),
          '2026-03-02',
        );
        expect(placed.ok).toBe(true);
        if (!placed.ok) return;
        const check = checkPlan(plan, placed, template, shipped.frameworks);
        const faults = check.beforeAnchor.map((f) => ({
          ...f,
          notes: plan.tasks.find((t) => t.id === f.task)?.placement?.notes,
        }));
        expect(faults).toEqual([]);
        expect(check.duplicateIntents).toEqual([]);
        expect(check.vendorBeforeSelection).toEqual([]);

        // Inside its phase: not before the previous gate, not after its own.
        plan.phases.forEach((phase, p) => {
          const previous = plan.phases[p - 1];
          const opens = previous ? (placed.byId.get(`gate-${previous.gate.id}`)?.earlyFinish ?? 0) : 0;
          const closes = placed.byId.get(`gate-${phase.gate.id}`)?.earlyStart ?? Infinity;
          for (const id of phase.tasks) {
            const s = placed.byId.get(id);
            expect(s && s.earlyStart >= opens && s.earlyFinish <= closes).toBe(true);
          }
        });

        // Merging never loses a reason: every proposal's trace is on a task, or on the work the plan left out
        // for the client's growth stage.
        const traces = [...plan.tasks, ...plan.leftOut].flatMap((t) => t.traces.map((x) => JSON.stringify(x)));
        for (const c of DEFAULT_CONTRIBUTORS.flatMap((k) => k.contribute(input))) {
          expect(traces.filter((x) => x === JSON.stringify(c.trace)).length).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 40 },
    );
  });
});
