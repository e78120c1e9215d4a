/**
 * The executive summary of one engagement as data: where the organisation stands, the
 * recommended application mode, the vendor, the ROI headline, the top risks, the phase
 * roadmap, the decisions needed and the next steps. Every figure comes from the same
 * engines as the detail pages and names the page it comes from (`source`), so the page and
 * the report can link each one back. Words and number formats are left to the renderer.
 */
import { assessEngagement, type AssessmentResult } from '../assess/assess-engagement.ts';
import { compareWithProfile } from '../assess/classify.ts';
import { vendorDecision } from '../decide/vendor-decision.ts';
import { subCriterionLabel } from '../decide/labels.ts';
import { analyseFinance } from '../finance/analyse.ts';
import { simulateNpv } from '../finance/simulate.ts';
import { planEngagement } from '../plan/engagement-plan.ts';
import { clientFit, recommendTemplates } from '../plan/recommend.ts';
import { phaseTimeline, type PhaseTimeline } from '../plan/timeline.ts';
import { trackPlan } from '../plan/tracking.ts';
import type { PlanText } from '../plan/types.ts';
import { riskFramework, riskRegister, type HeatCell } from '../risk/register.ts';
import type { Engagement, Framework, LocalizedText, Role, Template } from '../../schemas/generated/types.ts';

/** The detail page a figure comes from, below the engagement's own path. */
export type Source =
  | { page: 'framework'; framework: string }
  | { page: 'vendors' | 'roi' | 'risks' | 'plan' | 'tracking' }
  | { page: 'task'; task: string };

export interface ScoreLine {
  framework: string;
  title: LocalizedText;
  score?: number;
  target?: number;
  band?: LocalizedText;
  source: Source;
}

export interface Standing {
  /** Every assessment's overall score, in menu order. */
  scores: ScoreLine[];
  readiness?: ScoreLine & { weakest: { title: LocalizedText; score: number }[] };
  sevenS?: ScoreLine & {
    groups: { title: LocalizedText; score?: number }[];
    misfits: { a: LocalizedText; b: LocalizedText; fit: number }[];
  };
}

export interface ModeCall {
  classification: string;
  title: LocalizedText;
  /** The option the answers point to; absent while undecided. */
  option?: LocalizedText;
  reasons: LocalizedText[];
  /** What the client profile says, when it differs from the answers. */
  statedDiffers?: string;
  source: Source;
}

export interface VendorCall {
  name: string;
  total: number;
  chosen: boolean;
  /** Why the team chose this vendor, as recorded in the engagement (user text). */
  rationale?: string;
  /** The team chose a vendor that does not rank first. */
  chosenNotWinner?: { winner: string; winnerTotal: number };
  runnerUp?: { name: string; total: number };
  /** Criteria where the vendor gains most over the runner-up, weight × score difference. */
  strengths: { criterion: LocalizedText; score: number; other?: number }[];
  /** Must-haves the vendor fails (sub-criteria, named): it cannot be recommended as it stands. */
  knockedOut: LocalizedText[];
  /** No vendor passes every must-have with a full set of scores: there is no winner to test. */
  noneQualifies: boolean;
  /** Criteria whose weight, moved on its own, would hand the win to another vendor. */
  sensitive: number;
  /** AHP assessors who do not agree: how many pairs they contradict each other on (0: one is far from the combined weights). */
  weightsDisputed?: { pairs: number };
  criteria: number;
  source: Source;
}

export interface RoiHeadline {
  currency: string;
  years: number;
  /** Every cost and benefit is 0: nothing to compute, so no figure is shown. */
  empty: boolean;
  npv: number;
  irr?: number;
  payback?: number;
  /** ROI undiscounted and on present values (TEI), in percent; absent without costs. */
  roiPercent?: number;
  presentRoiPercent?: number;
  riskAdjusted?: { npv: number; irr?: number; payback?: number };
  range: { p10: number; p50: number; p90: number; probabilityPositive: number; runs: number };
  investment: number;
  /** Cumulative net cash flow per period from period 0. */
  cumulative: number[];
  source: Source;
}

export interface RiskLine {
  rank: number;
  id: string;
  title: string;
  score: number;
  band?: LocalizedText;
  bandId?: string;
  residual?: number;
  owner?: Role;
  source: Source;
}

export interface RiskSummary {
  count: number;
  top: RiskLine[];
  heatMap: HeatCell[][];
  /** Risks per band today, the most severe band first, empty bands left out. */
  bands: { band: LocalizedText; count: number }[];
  rankOf: Record<string, number>;
  exposure: { current: number; residual: number };
  source: Source;
}

/** The phase timeline, with the page it comes from. */
export interface Roadmap extends PhaseTimeline {
  source: Source;
}

export type Decision =
  | {
      kind: 'gate';
      gate: LocalizedText;
      phase: LocalizedText;
      due: string;
      checked: number;
      total: number;
      source: Source;
    }
  | { kind: 'vendor-confirm'; vendor: string; source: Source }
  | { kind: 'vendor-differs'; chosen: string; winner: string; source: Source }
  | { kind: 'template'; current: LocalizedText; recommended: LocalizedText; source: Source }
  | { kind: 'budget'; investment: number; currency: string; years: number; probabilityPositive: number; source: Source }
  | { kind: 'mode'; title: LocalizedText; stated: string; derived: LocalizedText; source: Source }
  | { kind: 'risk'; risk: string; score: number; source: Source }
  | { kind: 'blocked'; tasks: PlanText[]; source: Source };

export interface NextStep {
  id: string;
  title: PlanText;
  owner: Role;
  start: string;
  finish: string;
  status: 'not-started' | 'in-progress' | 'blocked';
  source: Source;
}

export interface ExecutiveSummary {
  engagement: { id: string; title: string; client: string; updated?: string; currency: string };
  standing: Standing;
  modes: ModeCall[];
  vendor?: VendorCall;
  roi?: RoiHeadline;
  risks?: RiskSummary;
  roadmap?: Roadmap;
  decisions: Decision[];
  nextSteps: NextStep[];
  /** Why there is no roadmap or next step: no plan chosen yet, or a plan that cannot be scheduled. */
  noPlan?: 'no-plan' | 'no-template' | 'no-start' | 'schedule';
}

export interface SummaryContent {
  frameworks: readonly Framework[];
  templates: readonly Template[];
}

const READINESS = 'growth-readiness';
const SEVEN_S = 'mckinsey-7s';
const MODE_CLASSIFICATIONS = ['application-mode', 'business-mode', 'growth-stage'];
const TOP_RISKS = 5;
/** Next steps shown besides the blocked tasks, which are always all shown. */
const NEXT_STEPS = 5;
/** Below this chance of a positive NPV the budget decision names its downside. */
export const CONFIDENT = 0.9;

const elementTitle = (framework: Framework, id: string): LocalizedText =>
  framework.elements.find((e) => e.id === id)?.title ?? { en: id, zh: id };

function scoreLine(result: AssessmentResult): ScoreLine {
  const { framework, score } = result;
  return {
    framework: framework.id,
    title: framework.title,
    ...(score.score !== undefined ? { score: score.score } : {}),
    ...(score.target !== undefined ? { target: score.target } : {}),
    ...(score.band ? { band: score.band.label } : {}),
    source: { page: 'framework', framework: framework.id },
  };
}

function standing(results: readonly AssessmentResult[]): Standing {
  const out: Standing = { scores: results.map(scoreLine) };
  const readiness = results.find((r) => r.framework.id === READINESS);
  if (readiness) {
    const weakest = readiness.score.elements
      .flatMap((e) =>
        e.score === undefined ? [] : [{ title: elementTitle(readiness.framework, e.element), score: e.score }],
      )
      .sort((a, b) => a.score - b.score)
      .slice(0, 3);
    out.readiness = { ...scoreLine(readiness), weakest };
  }
  const sevenS = results.find((r) => r.framework.id === SEVEN_S);
  if (sevenS?.fit) {
    const fw = sevenS.framework;
    out.sevenS = {
      ...scoreLine(sevenS),
      groups: sevenS.fit.groups.map((g) => ({ title: g.title, ...(g.score !== undefined ? { score: g.score } : {}) })),
      misfits: sevenS.fit.misfits
        .filter((m) => m.fit !== undefined)
        .slice(0, 3)
        .map((m) => ({ a: elementTitle(fw, m.a), b: elementTitle(fw, m.b), fit: m.fit ?? 0 })),
    };
  }
  return out;
}

function modeCalls(results: readonly AssessmentResult[], engagement: Engagement): ModeCall[] {
  return results.flatMap((result) => {
    const differs = compareWithProfile(result.classifications ?? [], engagement.client);
    return (result.classifications ?? [])
      .filter((c) => MODE_CLASSIFICATIONS.includes(c.classification) && c.status !== 'not-applicable')
      .sort((a, b) => MODE_CLASSIFICATIONS.indexOf(a.classification) - MODE_CLASSIFICATIONS.indexOf(b.classification))
      .map((c) => {
        const spec = result.framework.classifications?.find((x) => x.id === c.classification);
        const option = spec?.options.find((o) => o.id === c.winner);
        const winner = c.options.find((o) => o.option === c.winner);
        const stated = differs.find((d) => d.classification === c.classification)?.stated;
        return {
          classification: c.classification,
          title: spec?.title ?? { en: c.classification, zh: c.classification },
          ...(option ? { option: option.title } : {}),
          reasons: (winner?.reasons ?? []).slice(0, 3).map((r) => r.reason),
          ...(stated ? { statedDiffers: stated } : {}),
          source: { page: 'framework', framework: result.framework.id } as Source,
        };
      });
  });
}

function vendorCall(engagement: Engagement, frameworks: readonly Framework[]): VendorCall | undefined {
  const decision = vendorDecision(engagement, frameworks);
  if (!decision) return undefined;
  const { evaluation, framework } = decision;
  const ranked = evaluation.vendors.filter((v) => v.rank !== undefined && v.total !== undefined);
  const winner = ranked[0];
  const pickedId = evaluation.chosen ?? winner?.id;
  const picked = evaluation.vendors.find((v) => v.id === pickedId);
  if (!picked || picked.total === undefined) return undefined;
  const other = ranked.find((v) => v.id !== picked.id);
  const weights = evaluation.weights.weights ?? [];
  const strengths = picked.criteria
    .map((c, i) => {
      const theirs = other?.criteria[i]?.score;
      const gain = (weights[i] ?? 0) * ((c.score ?? 0) - (theirs ?? 0));
      return { c, theirs, gain };
    })
    .filter((x) => x.c.score !== undefined && (x.theirs === undefined || x.gain > 0))
    .sort((a, b) => b.gain - a.gain)
    .slice(0, 2)
    .map(({ c, theirs }) => ({
      criterion: elementTitle(framework, c.criterion),
      score: c.score ?? 0,
      ...(theirs !== undefined ? { other: theirs } : {}),
    }));
  const rationale = engagement.vendorSelection?.rationale?.trim();
  const agreement = evaluation.weights.ahp?.agreement;
  const label = { en: subCriterionLabel(framework, 'en'), zh: subCriterionLabel(framework, 'zh') };
  return {
    knockedOut: picked.knockOuts.map((k) => ({ en: label.en(k.question), zh: label.zh(k.question) })),
    noneQualifies: winner === undefined,
    name: picked.name,
    total: picked.total,
    chosen: evaluation.chosen === picked.id,
    ...(rationale ? { rationale } : {}),
    ...(winner && winner.id !== picked.id && winner.total !== undefined
      ? { chosenNotWinner: { winner: winner.name, winnerTotal: winner.total } }
      : {}),
    ...(other?.total !== undefined ? { runnerUp: { name: other.name, total: other.total } } : {}),
    strengths,
    sensitive: decision.sensitivity.filter((s) => s.up || s.down).length,
    ...(agreement && !agreement.agreed ? { weightsDisputed: { pairs: agreement.contradictions.length } } : {}),
    criteria: decision.sensitivity.length,
    source: { page: 'vendors' },
  };
}

function roiHeadline(engagement: Engagement): RoiHeadline | undefined {
  const finance = engagement.finance;
  if (!finance) return undefined;
  const analysis = analyseFinance(finance);
  const simulation = simulateNpv(finance);
  const { base, riskAdjusted } = analysis;
  const irrOf = (f: typeof base) => f.irr.value;
  const cumulative: number[] = [];
  base.table.net.reduce((sum, value) => {
    cumulative.push(sum + value);
    return sum + value;
  }, 0);
  const baseIrr = irrOf(base);
  return {
    currency: engagement.client.currency,
    years: base.table.net.length - 1,
    empty: base.empty,
    npv: base.npv,
    ...(baseIrr !== undefined ? { irr: baseIrr } : {}),
    ...(base.payback !== undefined ? { payback: base.payback } : {}),
    ...(base.roiPercent !== undefined ? { roiPercent: base.roiPercent } : {}),
    ...(base.presentRoiPercent !== undefined ? { presentRoiPercent: base.presentRoiPercent } : {}),
    ...(riskAdjusted
      ? {
          riskAdjusted: {
            npv: riskAdjusted.npv,
            ...(irrOf(riskAdjusted) !== undefined ? { irr: irrOf(riskAdjusted) } : {}),
            ...(riskAdjusted.payback !== undefined ? { payback: riskAdjusted.payback } : {}),
          },
        }
      : {}),
    range: {
      p10: simulation.p10,
      p50: simulation.p50,
      p90: simulation.p90,
      probabilityPositive: simulation.probabilityPositive,
      runs: simulation.runs,
    },
    investment: base.totalCosts,
    cumulative,
    source: { page: 'roi' },
  };
}

function riskSummary(engagement: Engagement, frameworks: readonly Framework[]): RiskSummary | undefined {
  const framework = riskFramework(frameworks);
  const risks = engagement.risks ?? [];
  if (!framework || risks.length === 0) return undefined;
  const register = riskRegister(risks, framework);
  const rankOf = Object.fromEntries(register.risks.map((r, i) => [r.risk.id, i + 1]));
  return {
    count: register.risks.length,
    top: register.risks.slice(0, TOP_RISKS).map((r, i) => ({
      rank: i + 1,
      id: r.risk.id,
      title: r.risk.title,
      score: r.current.score,
      ...(r.current.band ? { band: r.current.band.label, bandId: r.current.band.id } : {}),
      ...(r.residual ? { residual: r.residual.score } : {}),
      ...(r.risk.owner ? { owner: r.risk.owner } : {}),
      source: { page: 'risks' } as Source,
    })),
    heatMap: register.heatMap,
    bands: register.byBand
      .filter((b) => b.current > 0)
      .sort((x, y) => y.band.min - x.band.min)
      .map((b) => ({ band: b.band.label, count: b.current })),
    rankOf,
    exposure: register.exposure,
    source: { page: 'risks' },
  };
}

/** The executive summary; `asOf` defaults to the day the file was last updated, as on the tracking page. */
export function executiveSummary(engagement: Engagement, content: SummaryContent): ExecutiveSummary {
  const frameworks = [...content.frameworks];
  const results = assessEngagement(frameworks, engagement);
  const modes = modeCalls(results, engagement);
  const vendor = vendorCall(engagement, frameworks);
  const roi = roiHeadline(engagement);
  const risks = riskSummary(engagement, frameworks);
  const decisions: Decision[] = [];
  const nextSteps: NextStep[] = [];
  let roadmap: Roadmap | undefined;

  const planned = planEngagement(
    engagement,
    new Map(frameworks.map((f) => [f.id, f])),
    new Map(content.templates.map((t) => [t.id, t])),
  );
  if (planned.ok) {
    const { plan, schedule } = planned;
    const tracking = trackPlan(plan, schedule, engagement, engagement.updated ?? schedule.start);
    roadmap = { ...phaseTimeline(plan, schedule, engagement, tracking), source: { page: 'plan' } };
    const undecided = roadmap.phases.find((p) => !p.gate.decision);
    if (undecided) {
      decisions.push({
        kind: 'gate',
        gate: undecided.gate.title,
        phase: undecided.title,
        due: undecided.forecastFinish,
        checked: undecided.gate.checked,
        total: undecided.gate.total,
        source: { page: 'tracking' },
      });
    }
    const titles = new Map(plan.tasks.map((t) => [t.id, t]));
    // Blocked work is what a sponsor must hear: every blocked task comes first, then up to five
    // others, work in progress before work not started.
    const rank = { blocked: 0, 'in-progress': 1, 'not-started': 2 } as const;
    const open = tracking.tasks
      .filter((t) => t.status !== 'done' && !titles.get(t.id)?.gate)
      .sort(
        (a, b) =>
          rank[a.status as keyof typeof rank] - rank[b.status as keyof typeof rank] ||
          a.forecast.start.localeCompare(b.forecast.start),
      );
    const blocked = open.filter((t) => t.status === 'blocked');
    const blockedTitles = blocked.flatMap((t) => {
      const task = titles.get(t.id);
      return task ? [task.title] : [];
    });
    if (blockedTitles.length > 0)
      decisions.push({ kind: 'blocked', tasks: blockedTitles, source: { page: 'tracking' } });
    for (const t of [...blocked, ...open.filter((t) => t.status !== 'blocked').slice(0, NEXT_STEPS)]) {
      const task = titles.get(t.id);
      if (!task) continue;
      nextSteps.push({
        id: t.id,
        title: task.title,
        owner: task.owner,
        start: t.forecast.start,
        finish: t.forecast.finish,
        status: t.status as NextStep['status'],
        source: { page: 'task', task: t.id },
      });
    }
  }

  // A recorded rationale answers "why not the top-ranked vendor": the summary shows it instead of asking.
  if (vendor?.chosenNotWinner && !vendor.rationale) {
    decisions.push({
      kind: 'vendor-differs',
      chosen: vendor.name,
      winner: vendor.chosenNotWinner.winner,
      source: vendor.source,
    });
  } else if (vendor && !vendor.chosen) {
    decisions.push({ kind: 'vendor-confirm', vendor: vendor.name, source: vendor.source });
  }
  for (const mode of modes) {
    if (mode.statedDiffers && mode.option) {
      decisions.push({
        kind: 'mode',
        title: mode.title,
        stated: mode.statedDiffers,
        derived: mode.option,
        source: mode.source,
      });
    }
  }
  const classifications = results.flatMap((r) => r.classifications ?? []);
  const template = content.templates.find((t) => t.id === engagement.plan?.template);
  const best = recommendTemplates([...content.templates], clientFit(engagement, classifications))[0]?.template;
  if (template && best && best.id !== template.id) {
    decisions.push({ kind: 'template', current: template.title, recommended: best.title, source: { page: 'plan' } });
  }
  if (roi && !roi.empty) {
    decisions.push({
      kind: 'budget',
      investment: roi.investment,
      currency: roi.currency,
      years: roi.years,
      probabilityPositive: roi.range.probabilityPositive,
      source: roi.source,
    });
  }
  for (const risk of risks?.top ?? []) {
    if (risk.residual === undefined && risk.bandId && /critical|high/.test(risk.bandId)) {
      decisions.push({ kind: 'risk', risk: risk.title, score: risk.score, source: risk.source });
    }
  }

  return {
    engagement: {
      id: engagement.id,
      title: engagement.title,
      client: engagement.client.name,
      ...(engagement.updated ? { updated: engagement.updated } : {}),
      currency: engagement.client.currency,
    },
    standing: standing(results),
    modes,
    ...(vendor ? { vendor } : {}),
    ...(roi ? { roi } : {}),
    ...(risks ? { risks } : {}),
    ...(roadmap ? { roadmap } : {}),
    decisions,
    nextSteps,
    ...(planned.ok ? {} : { noPlan: planned.reason }),
  };
}
