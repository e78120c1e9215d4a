/**
 * The executive summary as the self-contained report file `crmkit report` writes: the same
 * document (render/report-document.ts) with the same stylesheets inlined. Loaded only
 * when the consultant asks for the file, so the stylesheets' text stays out of every other load.
 */
import tokensCss from '../styles/tokens.css?raw';
import globalCss from '../styles/global.css?raw';
import chartsCss from '../styles/charts.css?raw';
import summaryCss from '../styles/summary.css?raw';
import printCss from '../styles/print.css?raw';
import { reportDocument } from '../render/report-document.ts';
import type { ExecutiveSummary } from '../core/views/summary-view.ts';
import type { Language } from '../schemas/generated/types.ts';

export function reportFile(summary: ExecutiveSummary, lang: Language, today: string): string {
  return reportDocument(summary, {
    lang,
    css: [tokensCss, globalCss, printCss, chartsCss, summaryCss].join('\n'),
    today,
  });
}
