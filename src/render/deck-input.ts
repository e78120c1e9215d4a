/**
 * What the deck reads besides the executive summary: the full vendor ranking, which the summary
 * (one chosen vendor and its runner-up) does not carry. It comes from the vendor engine the
 * summary itself uses, as the vendor page ranks them.
 */
import { vendorDecision } from '../core/decide/vendor-decision.ts';
import { executiveSummary, type ExecutiveSummary, type SummaryContent } from '../core/views/summary-view.ts';
import type { Engagement } from '../schemas/generated/types.ts';
import type { RankedVendor } from './deck.ts';

export function vendorRanking(engagement: Engagement, content: SummaryContent): RankedVendor[] {
  const evaluation = vendorDecision(engagement, content.frameworks)?.evaluation;
  if (!evaluation) return [];
  return evaluation.vendors.map((v) => ({
    name: v.name,
    ...(v.rank !== undefined ? { rank: v.rank } : {}),
    ...(v.total !== undefined ? { total: v.total } : {}),
    knockedOut: v.knockOuts.length,
    incomplete: v.unranked !== undefined,
    chosen: evaluation.chosen === v.id,
  }));
}

/** The summary and the ranking of one engagement, for deckBytes. */
export function deckInput(
  engagement: Engagement,
  content: SummaryContent,
): { summary: ExecutiveSummary; ranking: RankedVendor[] } {
  return { summary: executiveSummary(engagement, content), ranking: vendorRanking(engagement, content) };
}
