/**
 * The ROI case as every shell shows it (the ROI page, the workshop's ROI editor, `crmkit roi`):
 * the analysis (base, risk-adjusted and the three scenarios) and the seeded NPV simulation.
 */
import type { Finance } from '../../schemas/generated/types.ts';
import { analyseFinance, type FinanceAnalysis } from '../finance/analyse.ts';
import { simulateNpv, type Simulation } from '../finance/simulate.ts';

export interface RoiView {
  analysis: FinanceAnalysis;
  simulation: Simulation;
}

/** Throws InputError for a case the engines refuse; the loader refuses such files first. */
export function roiView(finance: Finance): RoiView {
  return { analysis: analyseFinance(finance), simulation: simulateNpv(finance) };
}
