/**
 * The standalone report: the executive summary as one HTML file with its styles inlined and a
 * policy that forbids every network request and every script, so it opens from disk, mailed
 * or on a USB stick, exactly as it printed.
 */
import { formatDate } from '../i18n/lib/format.ts';
import { languageTag } from '../core/shared/text.ts';
import { SUMMARY } from '../i18n/summary.ts';
import type { Language } from '../schemas/generated/types.ts';
import { cssString, html, Safe } from './html.ts';
import { sourceHref, summaryHtml } from './summary-html.ts';
import type { ExecutiveSummary } from '../core/views/summary-view.ts';

export type Paper = 'a4' | 'letter';

export interface ReportOptions {
  lang: Language;
  /** The site's stylesheets, inlined. */
  css: string;
  /** The day the report is written (YYYY-MM-DD). */
  today: string;
  /** Fixes the page size; without it the printer's own paper is used. */
  paper?: Paper | undefined;
  /** Base URL of the published crmkit site: figures then link to their pages there. */
  site?: string | undefined;
}

/** No script, no fetch, no font or image from anywhere: inline styles and data: images only. */
export const REPORT_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function reportDocument(summary: ExecutiveSummary, options: ReportOptions): string {
  const { lang } = options;
  const w = SUMMARY[lang];
  const site = options.site?.replace(/\/+$/, '');
  const body = summaryHtml(summary, lang, (source) =>
    site ? `${site}${sourceHref(lang, summary.engagement.id, source)}` : undefined,
  );
  const page = [
    '@page {',
    options.paper ? `  size: ${options.paper === 'a4' ? 'A4' : 'letter'};` : '',
    `  @bottom-left { content: ${cssString(summary.engagement.title)}; }`,
    '}',
  ].join('\n');
  const status = summary.roadmap?.asOf ?? summary.engagement.updated;
  const doc = html`<!doctype html>
    <html lang="${languageTag(lang)}">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="content-security-policy" content="${REPORT_POLICY}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${w.reportTitle(summary.engagement.title)}</title>
        <style>
          ${new Safe(options.css.replace(/<\/style/gi, '<\\/style'))}
          ${new Safe(page)}
        </style>
      </head>
      <body>
        <main id="main">
          <h1>${w.title}</h1>
          <p class="lead">${summary.engagement.title}</p>
          <p class="muted">
            ${w.preparedFor(summary.engagement.client)}${status ? html` · ${w.statusDate(formatDate(status, lang))}` : ''}
            · ${w.generated(formatDate(options.today, lang))}
          </p>
          ${body}
        </main>
      </body>
    </html> `;
  return doc.value;
}
