/**
 * The executive summary as the PowerPoint deck `crmkit report --format pptx` writes. Loaded only
 * when the consultant asks for the deck, so pptxgenjs and JSZip stay out of every other load.
 */
import type { ExecutiveSummary } from '../core/views/summary-view.ts';
import { vendorRanking } from '../render/deck-input.ts';
import { deckBytes } from '../render/deck.ts';
import type { Engagement, Framework, Language, Template } from '../schemas/generated/types.ts';

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export async function deckFile(
  summary: ExecutiveSummary,
  engagement: Engagement,
  content: { frameworks: Framework[]; templates: Template[] },
  lang: Language,
  today: string,
): Promise<Blob> {
  const bytes = await deckBytes(summary, { lang, today, ranking: vendorRanking(engagement, content) });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PPTX_TYPE });
}
