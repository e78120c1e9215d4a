/**
 * Lighthouse performance and accessibility scores of built pages, served by the preview
 * server and audited in the system Chromium. Mobile is Lighthouse's default (a mid-range
 * phone on a slow 4G link, simulated); desktop uses Lighthouse's desktop config. For a
 * score under the bar, the weighted audits that cost points are kept so the table can say
 * why. The performance score moves from run to run on a busy machine, so each page is
 * audited `runs` times and the run with the median performance score is kept. A page missing from dist/ is "not built"; a failed run keeps its error; neither
 * stops the bench.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { firstLine, launchChromium } from './browser.ts';

/** The pages audited: one of each kind. Add a path here to audit it too. */
export const LIGHTHOUSE_PAGES = [
  '/',
  '/frameworks/mckinsey-7s/',
  '/workshop/',
  '/engagements/sony-china-after-sales/summary/',
  '/engagements/sony-china-after-sales/plan/',
  // The live room's phone page, as a phone opens it with no room yet (the code form).
  '/join/',
] as const;

export const FORM_FACTORS = ['mobile', 'desktop'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];
const CATEGORIES = ['performance', 'accessibility'] as const;
type Category = (typeof CATEGORIES)[number];

/** The bar each score should clear (goal 100); under it the audits that cost points are listed. */
export const SCORE_BAR = 95;

export interface Loss {
  category: Category;
  audit: string;
  /** Lighthouse's value for it, e.g. "2.9 s" or the count of failing elements. */
  value: string;
  /** Points of the category's 100 this audit cost. */
  points: number;
}

export interface LighthouseRow {
  page: string;
  formFactor: FormFactor;
  status: 'ok' | 'not built' | 'error';
  /** 0–100; absent unless status is ok (or when Lighthouse could not compute it). */
  performance?: number;
  accessibility?: number;
  /** Performance score of every run, in order; the row shows their median. */
  performanceRuns: number[];
  /** Weighted audits under a full score, for categories under SCORE_BAR. */
  losses: Loss[];
  error?: string;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** The weighted audits of one category that did not score full marks, costliest first. */
function losses(lhr: Result, category: Category): Loss[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const total = refs.reduce((sum, ref) => sum + ref.weight, 0);
  return refs
    .flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) return [];
      const items = (audit.details as { items?: unknown[] } | undefined)?.items;
      const value = audit.displayValue ?? (items ? `${items.length} element${items.length === 1 ? '' : 's'}` : '');
      return [{ category, audit: audit.title, value, points: (100 * ref.weight * (1 - audit.score)) / total }];
    })
    .sort((a, b) => b.points - a.points);
}

const score = (lhr: Result, category: Category): number | undefined => {
  const value = lhr.categories[category]?.score;
  return value === null || value === undefined ? undefined : Math.round(value * 100);
};

async function audit(url: string, port: number, formFactor: FormFactor): Promise<Result> {
  const flags = { port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: [...CATEGORIES] };
  const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error('Lighthouse returned no result');
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return lhr;
}

export async function lighthouseScores(
  origin: string,
  dist: string,
  pages: readonly string[] = LIGHTHOUSE_PAGES,
  formFactors: readonly FormFactor[] = FORM_FACTORS,
  runs = 3,
): Promise<LighthouseRow[] | { skipped: string }> {
  const port = await freePort();
  // Lighthouse drives the browser through its DevTools port, next to Playwright's pipe.
  const launched = await launchChromium([`--remote-debugging-port=${port}`]);
  if ('skipped' in launched) return launched;
  const rows: LighthouseRow[] = [];
  try {
    for (const formFactor of formFactors) {
      for (const page of pages) {
        const row: LighthouseRow = { page, formFactor, status: 'ok', performanceRuns: [], losses: [] };
        rows.push(row);
        if (!existsSync(join(dist, page, 'index.html'))) {
          row.status = 'not built';
          continue;
        }
        try {
          const results: Result[] = [];
          for (let k = 0; k < runs; k += 1) results.push(await audit(origin + page, port, formFactor));
          row.performanceRuns = results.map((r) => score(r, 'performance') ?? 0);
          const byPerformance = [...results].sort(
            (a, b) => (score(a, 'performance') ?? 0) - (score(b, 'performance') ?? 0),
          );
          const lhr = byPerformance[Math.floor(byPerformance.length / 2)];
          if (!lhr) throw new Error('no Lighthouse run');
          for (const category of CATEGORIES) {
            const value = score(lhr, category);
            if (value !== undefined) row[category] = value;
            if (value === undefined || value < SCORE_BAR) row.losses.push(...losses(lhr, category));
          }
        } catch (error) {
          row.status = 'error';
          row.error = firstLine(error);
        }
      }
    }
  } finally {
    await launched.browser.close();
  }
  return rows;
}
