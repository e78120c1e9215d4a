/**
 * `crmkit report FILE [--out report.html] [--pdf] [--paper a4|letter] [--site URL] [--lang en|zh]`:
 * the executive summary as one self-contained HTML file (styles inlined, no network, no
 * script), and with `--pdf` the same file printed to PDF by a locally installed Chromium.
 * `--format pptx --out deck.pptx` writes it as a PowerPoint deck instead (src/render/deck.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { reportDocument, type Paper } from '../render/report-document.ts';
import { executiveSummary } from '../core/views/summary-view.ts';
import { REPORT_CLI } from '../i18n/summary.ts';
import { DECK_CLI } from '../i18n/deck.ts';
import { deckBytes } from '../render/deck.ts';
import { vendorRanking } from '../render/deck-input.ts';
import { openEngagements, reportLanguage, type EngagementCommandOptions } from './engagement-command.ts';
import type { CommandResult } from './validate.ts';
import { pendingFile, writeOutput } from './write-output.ts';

export interface ReportOptions extends EngagementCommandOptions {
  out?: string | undefined;
  pdf?: boolean | undefined;
  paper?: string | undefined;
  site?: string | undefined;
  /** html (the default) or pptx, which needs --out. */
  format?: string | undefined;
  /** The report's date; today unless a test fixes it. */
  today?: string | undefined;
}

const STYLES = [
  '../styles/tokens.css',
  '../styles/global.css',
  '../styles/print.css',
  '../styles/charts.css',
  '../styles/summary.css',
];

function siteCss(): string {
  return STYLES.map((path) => readFileSync(new URL(path, import.meta.url), 'utf8')).join('\n');
}

/** The Chromium to print with: $CRMKIT_CHROME (the one variable the tests and the bench read too), else the first browser on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env['CRMKIT_CHROME'];
  if (named) return existsSync(named) ? named : undefined;
  const dirs = (env['PATH'] ?? '').split(':').filter(Boolean);
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

/** Prints an HTML file to PDF with headless Chromium; the error text when it fails. */
function printPdf(chromium: string, htmlPath: string, pdfPath: string): string | undefined {
  // An older PDF at the same path must not pass for this one when the browser writes nothing.
  rmSync(pdfPath, { force: true });
  const result = spawnSync(
    chromium,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-pdf-header-footer',
      '--disable-background-networking',
      `--print-to-pdf=${pdfPath}`,
      pathToFileURL(htmlPath).href,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (result.error) return result.error.message;
  if (!existsSync(pdfPath) || statSync(pdfPath).size === 0) return (result.stderr || `exit ${result.status}`).trim();
  return undefined;
}

export function reportCommand(options: ReportOptions): CommandResult {
  const w0 = REPORT_CLI[options.lang ?? 'en'];
  if (options.paper !== undefined && options.paper !== 'a4' && options.paper !== 'letter') {
    return { exitCode: 2, stdout: w0.badPaper(options.paper) + '\n' };
  }
  if (options.site !== undefined && !/^https?:\/\/\S+$/.test(options.site)) {
    return { exitCode: 2, stdout: w0.badSite(options.site) + '\n' };
  }
  const format = options.format ?? 'html';
  const d0 = DECK_CLI[options.lang ?? 'en'];
  if (format !== 'html' && format !== 'pptx') return { exitCode: 2, stdout: d0.badFormat(format) + '\n' };
  if (format === 'pptx' && options.out === undefined) return { exitCode: 2, stdout: d0.pptxNeedsOut + '\n' };
  if (format === 'pptx' && (options.pdf || options.paper !== undefined))
    return { exitCode: 2, stdout: d0.pptxNoPrint + '\n' };
  const opened = openEngagements(options, w0.usage);
  if (!opened.ok) return opened.result;
  const engagement = opened.engagements[0];
  if (!engagement) return { exitCode: 2, stdout: w0.usage + '\n' };
  const lang = reportLanguage(options, engagement);
  const w = REPORT_CLI[lang];
  const chromium = options.pdf ? findChromium() : undefined;
  if (options.pdf && !chromium) return { exitCode: 1, stdout: w.noChromium + '\n' };

  const content = {
    frameworks: [...opened.content.frameworks.values()],
    templates: [...opened.content.templates.values()],
  };
  const summary = executiveSummary(engagement, content);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (format === 'pptx') {
    // Written asynchronously by main.ts's runAsync, and its failures said as every --out failure is.
    const ranking = vendorRanking(engagement, content);
    return pendingFile(options.cwd, options.out ?? '', lang, () =>
      deckBytes(summary, { lang, today, ranking, site: options.site }),
    );
  }
  const document = reportDocument(summary, {
    lang,
    css: siteCss(),
    today,
    paper: options.paper as Paper | undefined,
    site: options.site,
  });
  // To standard output the HTML is on its way to a terminal as often as to a file: not a
  // document there, so user text cannot write ESC or bidi controls to it (they show as \x1b,
  // \u202e). The file written with --out keeps the text exactly.
  if (options.out === undefined && !options.pdf) return { exitCode: 0, stdout: document };

  const lines: string[] = [];
  // With --pdf and no --out the HTML is only a step on the way: write it to a temporary file.
  const htmlPath =
    options.out !== undefined ? resolve(options.cwd, options.out) : join(tmpdir(), `crmkit-report-${process.pid}.html`);
  const failed = writeOutput(htmlPath, options.out ?? htmlPath, document, lang);
  if (failed) return { exitCode: 1, stdout: failed + '\n' };
  if (options.out !== undefined) lines.push(w.wrote(options.out, Buffer.byteLength(document)));
  if (chromium) {
    const pdfName = options.out !== undefined ? options.out.replace(/\.html?$/i, '') + '.pdf' : `${engagement.id}.pdf`;
    const pdfPath = resolve(options.cwd, pdfName);
    const failed = printPdf(chromium, htmlPath, pdfPath);
    if (options.out === undefined) rmSync(htmlPath, { force: true });
    if (failed !== undefined)
      return { exitCode: 1, stdout: [...lines, w.pdfFailed(chromium, failed)].join('\n') + '\n' };
    lines.push(w.wrote(pdfName, statSync(pdfPath).size));
  }
  return { exitCode: 0, stdout: lines.join('\n') + '\n' };
}
