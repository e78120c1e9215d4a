/**
 * The vendor contributor: the chosen vendor (or, until there is one, the one ranked first)
 * brings its band's next steps into selection, each weak criterion becomes work in the stage
 * where that criterion is dealt with, and the selection gate checks the contract or the choice.
 */
import { describe, expect, it } from 'vitest';
import { vendorDecision } from '../../src/core/decide/vendor-decision.ts';
import { generatePlan } from '../../src/core/plan/generate.ts';
import { phaseForStage } from '../../src/core/plan/stages.ts';
import { traceExplainer } from '../../src/render/trace-words.ts';
import { vendorContributor } from '../../src/core/plan/vendor-contributor.ts';
import type { Engagement, Vendor } from '../../src/schemas/generated/types.ts';
import { fixturePlanTemplate, shipped, shippedFramework } from './assess-helpers.ts';

const template = fixturePlanTemplate();
const criteria = shippedFramework('vendor-selection');
const questions = criteria.elements.flatMap((e) => (e.questions ?? []).map((q) => q.id));

/** Every sub-criterion at `value`, with exceptions. */
function vendor(id: string, name: string, value: number, except: Record<string, number> = {}): Vendor {
  return {
    id,
    name,
    scores: Object.fromEntries(
      questions.map((q) => [q, { value: except[q] ?? value, ...(q in except ? { evidence: `${q} is weak` } : {}) }]),
    ),
  };
}

const base: Engagement = {
  kind: 'engagement',
  schemaVersion: 1,
  id: 'vendor-plan',
  title: 'Vendor plan',
  client: { name: 'A', industry: 'B', size: 'small', currency: 'EUR' },
  plan: { template: 'fx-plan', startDate: '2026-03-02' },
  vendors: [
    // Strong (4 = 75) except one weak functional sub-criterion (2 = 25) and one failed integration one (1 = 0).
    vendor('alpha', 'Alpha CRM', 4, { 'marketing-automation-support': 2, 'data-consistency': 1 }),
    vendor('beta', 'Beta CRM', 3),
  ],
  vendorSelection: { weighting: 'framework' },
};
const input = (engagement: Engagement) => ({ engagement, template, frameworks: shipped.frameworks, findings: [] });

describe('the vendor contributor', () => {
  it('adds nothing without vendors', () => {
    expect(vendorContributor.contribute(input({ ...base, vendors: [] }))).toEqual([]);
  });

  it('plans with the vendor ranked first until one is chosen', () => {
    const decision = vendorDecision(base, shipped.frameworks.values());
    const alpha = decision?.evaluation.vendors.find((v) => v.id === 'alpha');
    expect(decision?.evaluation.winner).toBe('alpha');
    // 60 ≤ total < 80: "good fit", whose next steps are a proof of concept and reference checks.
    expect(alpha?.total).toBeGreaterThanOrEqual(60);
    expect(alpha?.total).toBeLessThan(80);

    const out = vendorContributor.contribute(input(base));
    expect(out.map((c) => [c.id, c.place, c.durationDays])).toEqual([
      ['vendor-proof-of-concept', { stage: 'selection' }, 15],
      ['vendor-reference-due-diligence', { stage: 'selection' }, 5],
      // Functional fit is process work, done in build; integration is data work, done in migration.
      ['vendor-gaps-functional-fit', { stage: 'build' }, 5],
      ['vendor-gaps-integration', { stage: 'migration' }, 5],
    ]);
    expect(out[0]?.trace).toEqual({
      kind: 'vendor',
      vendor: 'alpha',
      framework: 'vendor-selection',
      recommendation: 'proof-of-concept',
      chosen: false,
      total: alpha?.total,
      band: 'good-fit',
    });
    expect(out[2]?.trace).toMatchObject({ criterion: 'functional-fit', weak: ['marketing-automation-support'] });
    // Named by the sub-criterion's question, then the evidence the team wrote.
    expect(out[2]?.description).toEqual({
      en: 'How well does the product support marketing automation (campaign planning, targeted lists, multi-channel execution, response and conversion tracking)? — marketing-automation-support is weak',
      zh: '产品对营销自动化的支持程度如何（营销活动策划、目标名单、多渠道执行、响应与转化跟踪）？——marketing-automation-support is weak',
    });
    expect(out[0]?.gateItem?.text.en).toBe('Vendor chosen (Alpha CRM is ranked first)');
  });

  it('plans no work for the gaps of a criterion the client weighs at under half an equal share', () => {
    // Five criteria: half an equal share is 0.5 / 5 = 0.1. Functional fit at 0.05 is below it, so its weak
    // sub-criterion gets no task; integration at 0.3 keeps its gap task.
    const weights = {
      'functional-fit': 0.05,
      'technical-architecture': 0.25,
      'vendor-credentials': 0.2,
      'cost-benefit': 0.2,
      integration: 0.3,
    };
    const out = vendorContributor.contribute(input({ ...base, vendorSelection: { weighting: 'direct', weights } }));
    const ids = out.map((c) => c.id);
    expect(ids).not.toContain('vendor-gaps-functional-fit');
    expect(ids).toContain('vendor-gaps-integration');
  });

  it('plans with the chosen vendor even when it is not ranked first', () => {
    const out = vendorContributor.contribute(
      input({ ...base, vendorSelection: { weighting: 'framework', chosen: 'beta' } }),
    );
    // Beta: 3 everywhere = 50, "partial fit": ask for a revised proposal (dropping it is not a plan task).
    expect(out.map((c) => c.id)).toEqual(['vendor-request-revised-proposal']);
    expect(out[0]?.title).toEqual({
      en: 'Ask for a revised proposal on the gaps: Beta CRM',
      zh: '要求供应商就差距提交修订方案：Beta CRM',
    });
    expect(out[0]?.gateItem).toEqual({
      id: 'vendor-contract',
      // Checked on the gate of the phase where the contract (or the selection) is done.
      at: ['vendor-contract', 'system-selection'],
      text: { en: 'Contract with Beta CRM signed', zh: '已与Beta CRM签订合同' },
    });
  });

  it('places the work in the generated plan and explains it', () => {
    const plan = generatePlan(input(base));
    const task = (id: string) => plan.tasks.find((t) => t.id === id);
    expect(task('vendor-proof-of-concept')?.phase).toBe(phaseForStage(template, 'selection'));
    expect(task('vendor-gaps-integration')?.phase).toBe(phaseForStage(template, 'migration'));
    const gate = plan.phases.find((p) => p.id === phaseForStage(template, 'selection'))?.gate;
    expect(gate?.checklist.map((c) => c.id)).toContain('vendor-contract');
    const why = traceExplainer({ engagement: base, frameworks: shipped.frameworks, findings: [] }, 'en');
    expect(why(task('vendor-gaps-integration')?.traces[0] ?? { kind: 'gate', gate: '' })).toBe(
      'Alpha CRM (ranked first) scored weak on 1 sub-criterion of “Integration”',
    );
  });
});
