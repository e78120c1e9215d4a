/**
 * The summary's files that are not text, written at build time beside the text ones
 * (render/export-files.ts): the deck for executives and, with an ROI case, the workbook for
 * the finance director. The same functions as `crmkit report --format pptx` and
 * `crmkit roi --format xlsx` make them, so the download and the CLI give the same file.
 */
import { workbookBytes } from '../node/write-workbook.ts';
import { deckBytes } from '../render/deck.ts';
import { deckInput } from '../render/deck-input.ts';
import { engagementWorkbook } from '../render/engagement-sheets.ts';
import type { Engagement, Framework, Language, Template } from '../schemas/generated/types.ts';

export const BINARY_EXPORTS = ['summary.pptx', 'case.xlsx'] as const;
export type BinaryExport = (typeof BINARY_EXPORTS)[number];

export const BINARY_TYPES: Record<BinaryExport, string> = {
  'summary.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'case.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const isBinaryExport = (file: string): file is BinaryExport =>
  (BINARY_EXPORTS as readonly string[]).includes(file);

interface Content {
  frameworks: readonly Framework[];
  templates: readonly Template[];
}

/** Every engagement gets a deck; the workbook needs an ROI case. */
export function availableBinaryExports(engagement: Engagement): BinaryExport[] {
  return BINARY_EXPORTS.filter((file) => file !== 'case.xlsx' || engagement.finance !== undefined);
}

export async function binaryExport(
  file: BinaryExport,
  engagement: Engagement,
  lang: Language,
  content: Content,
  today: string,
): Promise<Uint8Array> {
  if (file === 'summary.pptx') {
    const { summary, ranking } = deckInput(engagement, content);
    return deckBytes(summary, { lang, today, ranking });
  }
  if (!engagement.finance) throw new Error(`${engagement.id} has no ROI case for a workbook`);
  const maps = {
    frameworks: new Map(content.frameworks.map((f) => [f.id, f])),
    templates: new Map(content.templates.map((t) => [t.id, t])),
  };
  return workbookBytes(engagementWorkbook(engagement, engagement.finance, maps, lang));
}
