/**
 * How findings become plan work. Each kind of finding (assessment, risk, ROI, vendor)
 * plugs in through one small interface: given the engagement and what the engines made
 * of it, a contributor proposes tasks for a stage or a phase, each with its trace, and
 * optionally a gate checklist item. The generator places, merges and links them.
 */
import type { Finding } from '../assess/types.ts';
import { recommendationsOf } from '../assess/explain.ts';
import { catalogFramework } from '../content/framework-parts.ts';
import { planPhrase } from '../content/plan-wording.ts';
import { riskFramework, riskRegister } from '../risk/register.ts';
import type {
  Engagement,
  Framework,
  GrowthStage,
  Intent,
  LocalizedText,
  Role,
  Stage,
  Template,
  Workstream,
} from '../../schemas/generated/types.ts';
import { FIXED_ANCHORS, recommendationAnchors, STAGE_BY_WORKSTREAM, type Anchors } from './anchors.ts';
import type { PlanText, Trace } from './types.ts';

export interface PlanInput {
  engagement: Engagement;
  template: Template;
  frameworks: ReadonlyMap<string, Framework>;
  /** Assessment findings, from assessEngagement. */
  findings: readonly Finding[];
}

export interface Contribution {
  /** Same key, same task: a recommendation several findings trigger becomes one task with several traces. */
  key: string;
  /** Where the task goes: a phase of the template, or a generic stage mapped to one. */
  place: { phase: string } | { stage: Stage };
  id: string;
  title: PlanText;
  description?: PlanText;
  workstream: Workstream;
  owner: Role;
  durationDays: number;
  deliverables?: PlanText[];
  trace: Trace;
  /**
   * Something the phase gate should check before the plan moves on: the gate of the task's
   * phase, or of the phase where the first of `at` is done (a contract is checked where the
   * system is chosen, wherever the vendor's next steps sit).
   */
  gateItem?: { id: string; text: LocalizedText; at?: readonly Intent[] };
  /** The work it is and the work it waits for (anchors.ts): how it is merged, placed and ordered. */
  anchors: Anchors;
  /** Set when the content gives no placement and the stage came from the workstream. */
  byWorkstream?: Stage;
  /** The growth stages the work suits; for a client at another stage it is left out of the plan. */
  suits?: readonly GrowthStage[];
}

/** The client's growth stage: the one the assessment decided, else the one the profile states. */
export function clientGrowthStage(input: Pick<PlanInput, 'engagement' | 'findings'>): GrowthStage | undefined {
  for (const f of input.findings) {
    if (f.rule.kind === 'classification' && f.rule.classification === 'growth-stage')
      return f.rule.option as GrowthStage;
  }
  return input.engagement.client.growthStage;
}

export interface PlanContributor {
  kind: Trace['kind'];
  contribute(input: PlanInput): Contribution[];
}

export const DEFAULT_EFFORT_DAYS = 5;

/** Assessment findings → the recommendations they trigger, one task per recommendation. */
export const assessmentContributor: PlanContributor = {
  kind: 'finding',
  contribute({ findings, frameworks }) {
    return findings.flatMap((finding) => {
      const framework = frameworks.get(finding.framework);
      if (!framework) return [];
      return recommendationsOf(framework, finding).map((rec): Contribution => {
        const workstream = rec.workstream ?? 'organisation';
        const declared = recommendationAnchors(frameworks, framework.id, rec.id);
        const stage = rec.plan?.stage ?? STAGE_BY_WORKSTREAM[workstream];
        const contribution: Contribution = {
          key: `finding:${framework.id}:${rec.id}`,
          place: { stage },
          anchors: declared ?? { intents: [], after: [], before: [] },
          ...(declared ? {} : { byWorkstream: stage }),
          ...(rec.plan?.growthStages ? { suits: rec.plan.growthStages } : {}),
          id: `${framework.id}-${rec.id}`.slice(0, 64).replace(/-+$/, ''),
          title: rec.title,
          description: rec.description,
          workstream,
          owner: rec.owner ?? 'external-consultant',
          durationDays: rec.effortDays ?? DEFAULT_EFFORT_DAYS,
          trace: { kind: 'finding', framework: framework.id, finding: finding.id, recommendation: rec.id },
        };
        // Readiness triggers (success factors, common problems) must be dealt with before go-live.
        if (finding.rule.kind === 'trigger' && finding.rule.question) {
          contribution.gateItem = {
            id: `check-${rec.id}`.slice(0, 64),
            text: planPhrase(framework, 'done', { recommendation: rec.title }),
          };
        }
        return contribution;
      });
    });
  },
};

/** Risks above the lowest band with a mitigation → a mitigation task in the risk's phase. */
export const riskContributor: PlanContributor = {
  kind: 'risk',
  contribute({ engagement, frameworks }) {
    const framework = riskFramework(frameworks.values());
    if (!framework) return [];
    const lowest = framework.bands?.[0]?.id;
    const register = riskRegister(engagement.risks ?? [], framework);
    return register.risks
      .filter((r) => r.risk.mitigation && r.current.band && r.current.band.id !== lowest)
      .map((r): Contribution => {
        const band = r.current.band;
        const effort = Math.max(
          DEFAULT_EFFORT_DAYS,
          ...(band?.recommendations ?? []).map(
            (id) => framework.recommendations?.find((x) => x.id === id)?.effortDays ?? 0,
          ),
        );
        const category = framework.elements.find((e) => e.id === r.risk.category);
        const severe = band?.id === framework.bands?.[framework.bands.length - 1]?.id;
        return {
          key: `risk:${r.risk.id}`,
          place: r.risk.phase ? { phase: r.risk.phase } : { stage: 'strategy' },
          anchors: FIXED_ANCHORS.risk,
          id: `risk-${r.risk.id}`.slice(0, 64),
          title: planPhrase(framework, 'riskTask', { risk: r.risk.title }),
          description: r.risk.mitigation ?? '',
          workstream: category?.workstream ?? 'organisation',
          owner: r.risk.owner ?? 'external-consultant',
          durationDays: effort,
          trace: { kind: 'risk', risk: r.risk.id },
          ...(severe || r.current.score >= 10
            ? {
                gateItem: {
                  id: `risk-down-${r.risk.id}`.slice(0, 64),
                  text: planPhrase(framework, 'riskReduced', { risk: r.risk.title }),
                },
              }
            : {}),
        };
      });
  },
};

/** The ROI case → a baseline task before the work starts and a measuring milestone per benefit. */
export const benefitContributor: PlanContributor = {
  kind: 'benefit',
  contribute({ engagement, frameworks }) {
    const benefits = engagement.finance?.benefits ?? [];
    if (benefits.length === 0) return [];
    const framework = catalogFramework(frameworks.values(), 'benefit');
    const baseline: Contribution = {
      key: 'benefits:baseline', // not 'benefit:' + an id, so a line with id "baseline" keeps its milestone
      place: { stage: 'strategy' },
      anchors: FIXED_ANCHORS.benefitBaseline,
      id: 'benefit-baseline',
      title: planPhrase(framework, 'benefitBaseline'),
      description: planPhrase(framework, 'benefitBaselineDescription'),
      workstream: 'process',
      owner: 'finance',
      durationDays: 3,
      trace: { kind: 'benefit', line: benefits.map((b) => b.id).join(','), baseline: true },
    };
    const milestones = benefits.map((line): Contribution => ({
      key: `benefit:${line.id}`,
      place: { stage: 'operation' },
      anchors: FIXED_ANCHORS.benefitMeasured,
      id: `benefit-${line.id}`.slice(0, 64),
      title: planPhrase(framework, 'benefitMeasured', { benefit: line.label ?? line.category }),
      workstream: 'process',
      owner: 'finance',
      durationDays: 0,
      trace: { kind: 'benefit', line: line.id },
    }));
    return [baseline, ...milestones];
  },
};
