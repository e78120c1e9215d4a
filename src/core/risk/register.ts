/**
 * The risk register: each risk scored as likelihood × impact (1–25), shown on 0–100
 * (× 4) so it reads against the risk framework's bands like every other score, with
 * its residual after mitigation, and the 5×5 heat map of where the risks sit.
 */
import { bandFor } from '../assess/score.ts';
import { catalogFramework } from '../content/framework-parts.ts';
import type { Framework, InterpretationBand, Risk } from '../../schemas/generated/types.ts';

/** Likelihood and impact each run 1–5, so a score runs 1–25; × 4 puts it on the 0–100 scale of the bands. */
export const SCALE_FACTOR = 4;
export const LEVELS = [1, 2, 3, 4, 5] as const;

export interface Rating {
  likelihood: number;
  impact: number;
  /** likelihood × impact, 1–25. */
  score: number;
  /** score × 4, 4–100, the number the bands are written against. */
  scaled: number;
  band?: InterpretationBand;
}

export interface AssessedRisk {
  risk: Risk;
  current: Rating;
  /** After mitigation; only when both residual likelihood and impact are given. */
  residual?: Rating;
  /** current.score − residual.score: what the mitigation is expected to take off. */
  reduction?: number;
}

export interface HeatCell {
  likelihood: number;
  impact: number;
  score: number;
  band?: InterpretationBand;
  /** Ids of the risks in this cell, highest-ranked first. */
  risks: string[];
}

export interface RiskRegister {
  /** Highest current score first; ties by likelihood, then the register's own order. */
  risks: AssessedRisk[];
  /** Rows from likelihood 5 down to 1, columns impact 1 to 5, as a heat map is drawn. */
  heatMap: HeatCell[][];
  residualHeatMap: HeatCell[][];
  /** Count of risks per band id, current and residual (risks without a residual count as unchanged). */
  byBand: { band: InterpretationBand; current: number; residual: number }[];
  byCategory: Map<string, AssessedRisk[]>;
  byPhase: Map<string, AssessedRisk[]>;
  /** Sum of scores: a rough total exposure, to show how much the mitigations take off. */
  exposure: { current: number; residual: number };
}

export function rate(likelihood: number, impact: number, bands: readonly InterpretationBand[] | undefined): Rating {
  const score = likelihood * impact;
  const scaled = score * SCALE_FACTOR;
  const band = bandFor(scaled, bands);
  return { likelihood, impact, score, scaled, ...(band ? { band } : {}) };
}

export function assessRisk(risk: Risk, framework: Framework): AssessedRisk {
  const current = rate(risk.likelihood, risk.impact, framework.bands);
  if (risk.residualLikelihood === undefined || risk.residualImpact === undefined) return { risk, current };
  const residual = rate(risk.residualLikelihood, risk.residualImpact, framework.bands);
  return { risk, current, residual, reduction: current.score - residual.score };
}

function heatMap(risks: readonly AssessedRisk[], pick: (r: AssessedRisk) => Rating, bands: Framework['bands']) {
  return [...LEVELS].reverse().map((likelihood) =>
    LEVELS.map((impact) => {
      const cell = rate(likelihood, impact, bands);
      const here = risks.filter((r) => pick(r).likelihood === likelihood && pick(r).impact === impact);
      return { ...cell, risks: here.map((r) => r.risk.id) };
    }),
  );
}

function groupBy(risks: readonly AssessedRisk[], key: (r: AssessedRisk) => string | undefined) {
  const groups = new Map<string, AssessedRisk[]>();
  for (const r of risks) {
    const k = key(r);
    if (k === undefined) continue;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return groups;
}

/** Score, rank and group a whole register against the risk framework's bands. */
export function riskRegister(risks: readonly Risk[], framework: Framework): RiskRegister {
  const assessed = risks
    .map((risk, order) => ({ assessed: assessRisk(risk, framework), order }))
    .sort(
      (a, b) =>
        b.assessed.current.score - a.assessed.current.score ||
        b.assessed.current.likelihood - a.assessed.current.likelihood ||
        a.order - b.order,
    )
    .map((x) => x.assessed);
  const after = (r: AssessedRisk) => r.residual ?? r.current;
  return {
    risks: assessed,
    heatMap: heatMap(assessed, (r) => r.current, framework.bands),
    residualHeatMap: heatMap(assessed, after, framework.bands),
    byBand: (framework.bands ?? []).map((band) => ({
      band,
      current: assessed.filter((r) => r.current.band?.id === band.id).length,
      residual: assessed.filter((r) => after(r).band?.id === band.id).length,
    })),
    byCategory: groupBy(assessed, (r) => r.risk.category),
    byPhase: groupBy(assessed, (r) => r.risk.phase),
    exposure: {
      current: assessed.reduce((sum, r) => sum + r.current.score, 0),
      residual: assessed.reduce((sum, r) => sum + after(r).score, 0),
    },
  };
}

/** The framework that lists the risk categories (the first with risk catalogue elements). */
export function riskFramework(frameworks: Iterable<Framework>): Framework | undefined {
  return catalogFramework(frameworks, 'risk');
}
