/**
 * The chosen vendor shapes the plan. The vendor the team chose (or, until it has, the one
 * ranked first) brings its band's next steps into selection (proof of concept, reference
 * checks, contract), and every criterion where it scored weak becomes work where that
 * criterion is dealt with: functional gaps in configuration, architecture and integration gaps
 * in build, data gaps in migration, weak credentials or cost in the contract. The selection
 * gate checks that a vendor is chosen, and why when it is not the one ranked first.
 */
import { bandFor } from '../assess/score.ts';
import { planPhrase } from '../content/plan-wording.ts';
import { selectionFramework } from '../decide/selection-framework.ts';
import { evaluateVendors } from '../decide/vendors.ts';
import type { Stage } from '../../schemas/generated/types.ts';
import { FIXED_ANCHORS, recommendationAnchors, STAGE_BY_WORKSTREAM } from './anchors.ts';
import { DEFAULT_EFFORT_DAYS, type Contribution, type PlanContributor } from './contributors.ts';
import type { PlanText } from './types.ts';

/** A sub-criterion scored below the middle of its scale (Weak or Not met on 1–5) is a gap to close. */
export const WEAK_BELOW = 50;
/** Days per weak sub-criterion when closing a criterion's gaps. */
const DAYS_PER_GAP = 5;

export const vendorContributor: PlanContributor = {
  kind: 'vendor',
  contribute({ engagement, frameworks }) {
    if ((engagement.vendors ?? []).length === 0) return [];
    // The evaluation alone: the weight sensitivity the vendor page shows is not needed here.
    const framework = selectionFramework(engagement, [...frameworks.values()]);
    if (!framework) return [];
    const evaluation = evaluateVendors(engagement, framework);
    const chosenId = evaluation.chosen ?? evaluation.winner;
    const vendor = evaluation.vendors.find((v) => v.id === chosenId);
    if (!vendor) return [];
    const name = vendor.name;
    const decided = evaluation.chosen !== undefined;
    const out: Contribution[] = [];

    // The band's recommendations are the next steps in selection: drop-vendor and the like
    // only make sense for a vendor nobody would plan with, so they are left to the vendor page.
    const band = vendor.total === undefined ? undefined : bandFor(vendor.total, framework.bands);
    for (const id of band?.recommendations ?? []) {
      const rec = framework.recommendations?.find((r) => r.id === id);
      if (!rec || id === 'drop-vendor' || id === 'revisit-requirements') continue;
      out.push({
        key: `vendor:${rec.id}`,
        place: { stage: rec.plan?.stage ?? 'selection' },
        anchors: recommendationAnchors(frameworks, framework.id, rec.id) ?? FIXED_ANCHORS.vendorDecision,
        ...(rec.plan?.growthStages ? { suits: rec.plan.growthStages } : {}),
        id: `vendor-${rec.id}`.slice(0, 64),
        title: planPhrase(framework, 'vendorStep', { step: rec.title, vendor: name }),
        ...(rec.description ? { description: rec.description } : {}),
        workstream: rec.workstream ?? 'technology',
        owner: rec.owner ?? 'it',
        durationDays: rec.effortDays ?? DEFAULT_EFFORT_DAYS,
        trace: {
          kind: 'vendor',
          vendor: vendor.id,
          framework: framework.id,
          recommendation: rec.id,
          chosen: decided,
          ...(band && vendor.total !== undefined ? { total: vendor.total, band: band.id } : {}),
        },
      });
    }

    // A criterion the client weighs at less than half an equal share does not matter enough to plan
    // work for its gaps (a tea shop that weighs sales functions at 4% needs no task to close them).
    const minor = 0.5 / Math.max(1, vendor.criteria.length);
    for (const criterion of vendor.criteria) {
      if (criterion.weight < minor) continue;
      const weak = criterion.subs.filter((s) => s.score !== undefined && s.score < WEAK_BELOW);
      if (weak.length === 0) continue;
      const element = framework.elements.find((e) => e.id === criterion.criterion);
      if (!element) continue;
      const stage: Stage = element.workstream ? STAGE_BY_WORKSTREAM[element.workstream] : 'selection';
      // Named by the sub-criterion's question, not its id: the description is read by the client.
      const text = (id: string) => element.questions?.find((q) => q.id === id)?.text ?? { en: id, zh: id };
      const lines = weak.map((s) =>
        s.evidence
          ? planPhrase(framework, 'vendorGapEvidence', { question: text(s.question), evidence: s.evidence })
          : text(s.question),
      );
      const evidence: PlanText = {
        en: lines.map((l) => l.en).join('\n'),
        zh: lines.map((l) => l.zh).join('\n'),
      };
      out.push({
        key: `vendor-gap:${criterion.criterion}`,
        place: { stage },
        anchors: FIXED_ANCHORS.vendorGap,
        id: `vendor-gaps-${criterion.criterion}`.slice(0, 64),
        title: planPhrase(framework, stage === 'selection' ? 'vendorGapsInContract' : 'vendorGaps', {
          criterion: element.title,
          vendor: name,
        }),
        description: evidence,
        workstream: element.workstream ?? 'organisation',
        owner: element.workstream === 'process' ? 'marketing-service' : stage === 'selection' ? 'finance' : 'it',
        durationDays: DAYS_PER_GAP * weak.length,
        trace: {
          kind: 'vendor',
          vendor: vendor.id,
          chosen: decided,
          criterion: criterion.criterion,
          weak: weak.map((s) => s.question),
        },
      });
    }

    const chosenItem = planPhrase(framework, decided ? 'vendorContracted' : 'vendorRankedFirst', { vendor: name });
    const gate: Contribution['gateItem'] = {
      id: 'vendor-contract',
      text: chosenItem,
      at: ['vendor-contract', 'system-selection'],
    };
    const first = out[0];
    if (first) first.gateItem = gate;
    else {
      out.push({
        key: 'vendor:decide',
        place: { stage: 'selection' },
        anchors: FIXED_ANCHORS.vendorDecision,
        id: 'vendor-decide',
        title: planPhrase(framework, decided ? 'vendorContract' : 'vendorChoose', { vendor: name }),
        workstream: 'organisation',
        owner: 'executive-sponsor',
        durationDays: DEFAULT_EFFORT_DAYS,
        trace: { kind: 'vendor', vendor: vendor.id, chosen: decided },
        gateItem: gate,
      });
    }
    return out;
  },
};
