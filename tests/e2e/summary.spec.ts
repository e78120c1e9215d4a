/**
 * The executive summary in Chromium: every figure links to a page that exists, the page ships
 * no JavaScript and passes axe, it prints to A4 and US Letter in a few pages with no chart
 * split across a page break, and `crmkit report` writes a file that opens with the network cut.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { SUMMARY } from '../../src/i18n/summary.ts';
import { axeClean } from './axe.ts';
import { content, LANGS, prefix } from './content.ts';
import { flat, pagesWith, pdfPages, printPdf } from './print.ts';

const OUT = resolve('test-results/summary');
/** A sponsor reads it in three minutes: no more pages than this on either paper. */
const MAX_PAGES = 4;

async function printed(page: Page, name: string, format: 'A4' | 'Letter'): Promise<string[]> {
  return pdfPages(await printPdf(page, OUT, `${name}-${format}`, format));
}

for (const lang of LANGS) {
  const w = SUMMARY[lang];
  for (const engagement of content.engagements) {
    const url = `${prefix(lang)}/engagements/${engagement.id}/summary/`;

    test(`${lang} executive summary of ${engagement.id}: every figure links to its page, no JavaScript, axe clean`, async ({
      page,
      request,
    }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title);
      await expect(page.getByTestId('summary-glance').locator('li')).toHaveCount(4);
      await expect(page.getByTestId('summary-decisions').locator('li').first()).toBeVisible();
      await expect(page.getByTestId('summary-heat-map')).toBeVisible();
      await expect(page.locator('svg.roadmap-chart')).toBeVisible();
      await expect(page.locator('script[src], script[type="module"]')).toHaveCount(0);
      const hrefs = await page
        .locator('.summary a[href]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(10);
      for (const href of new Set(hrefs)) {
        const [path, hash] = href.split('#');
        const response = await request.get(path ?? '');
        expect(response.status(), href).toBe(200);
        if (hash) expect(await response.text(), href).toContain(`id="${hash}"`);
      }
      // The files beside it download, each what its name says.
      const files = await page
        .getByTestId('summary-files')
        .locator('a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
      expect(files.map((f) => f.split('/').pop())).toEqual(
        expect.arrayContaining(['engagement.yaml', 'engagement.json', 'tasks.csv', 'milestones.ics', 'roadmap.svg']),
      );
      // The deck and, with an ROI case, the workbook come first: Office files (zip archives), no script needed.
      expect(files.slice(0, 2).map((f) => f.split('/').pop())).toEqual(
        engagement.finance ? ['summary.pptx', 'case.xlsx'] : ['summary.pptx', expect.anything()],
      );
      // The same two sit under the print hint, where an executive looks first.
      await expect(page.getByTestId('summary-take-along').locator('a')).toHaveCount(engagement.finance ? 2 : 1);
      for (const file of files.filter((f) => /\.(pptx|xlsx)$/.test(f))) {
        const response = await request.get(file);
        expect(response.status(), file).toBe(200);
        expect((await response.body()).subarray(0, 4).toString('latin1'), file).toBe('PK\u0003\u0004');
      }
      for (const file of files) {
        const body = await (await request.get(file)).text();
        if (file.endsWith('.yaml')) expect(body).toContain(`id: ${engagement.id}`);
        if (file.endsWith('.json')) expect((JSON.parse(body) as { id: string }).id).toBe(engagement.id);
        if (file.endsWith('.csv')) expect(body.split('\n').length).toBeGreaterThan(10);
        if (file.endsWith('.ics')) expect(body).toMatch(/^BEGIN:VCALENDAR/);
        if (file.endsWith('.svg')) expect(body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      }
      await axeClean(page);
    });

    test(`${lang} executive summary of ${engagement.id} prints on A4 and Letter with no chart cut`, async ({
      page,
    }) => {
      await page.goto(url);
      for (const format of ['A4', 'Letter'] as const) {
        const pages = await printed(page, `${lang}-${engagement.id}`, format);
        expect(pages.length, format).toBeLessThanOrEqual(MAX_PAGES);
        // Navigation is gone; the footer carries the engagement and the page numbers.
        expect(pages[0]).not.toContain(w.glance === 'At a glance' ? 'Plan templates' : '计划模板');
        pages.forEach((text, i) => {
          expect(flat(text), `${format} page ${i + 1}`).toContain(`${i + 1}/${pages.length}`);
          expect(flat(text), `${format} page ${i + 1}`).toContain(flat(engagement.title).slice(0, 12));
        });
        // Each chart sits on one page: its first and last labels print on the same page.
        const sameOnePage = (first: string, last: string) => {
          const a = pagesWith(pages, first);
          expect(a, `${format}: ${first}`).toHaveLength(1);
          expect(pagesWith(pages, last), `${format}: ${last}`).toEqual(a);
        };
        sameOnePage(`${w.likelihood} 5`, `${w.likelihood} 1`);
        const periods = await page.locator('svg.cash-chart text.chart-label').allTextContents();
        expect(periods.length).toBeGreaterThan(1);
        sameOnePage(periods[0] ?? '', periods[periods.length - 1] ?? '');
        // A section heading never ends a page apart from its chart: the heading, the line under it and
        // the chart's first label print on the same page.
        for (const [section, chart] of [
          ['summary-roi', 'svg.cash-chart text.chart-label'],
          ['summary-risks', '.heat-map tbody th'],
          ['summary-roadmap', 'svg.roadmap-chart text.chart-label:has(tspan)'],
        ] as const) {
          const heading = (await page.locator(`#${section}`).textContent()) ?? '';
          const next = (await page.locator(`#${section} + *`).first().innerText()).slice(0, 8);
          // The label's own text, without the facts a roadmap row adds in a tspan.
          const label = await page
            .locator(chart)
            .first()
            .evaluate((el) => el.firstChild?.textContent ?? '');
          const headingPages = pagesWith(pages, `${heading}${next}`);
          expect(headingPages, `${format}: heading “${heading}” followed by “${next}”`).toHaveLength(1);
          expect(headingPages, `${format}: “${heading}” on the page of its chart`).toEqual(
            pagesWith(pages, label).slice(0, 1),
          );
        }
        const phases = await page.locator('svg.roadmap-chart g text.chart-label tspan').count();
        const facts = pages.map((p) => (p.match(new RegExp(lang === 'zh' ? '已完成' : ' done ', 'g')) ?? []).length);
        expect(Math.max(...facts), `${format}: every phase row of the roadmap on one page`).toBe(phases);
      }
    });
  }

  for (const engagement of content.engagements) {
    test(`${lang} crmkit report of ${engagement.id} opens from disk with the network cut`, async ({ page }) => {
      mkdirSync(OUT, { recursive: true });
      const file = `${OUT}/report-${lang}-${engagement.id}.html`;
      execFileSync(process.execPath, [
        'bin/crmkit.js',
        'report',
        `assessments/${engagement.id}.yaml`,
        '--lang',
        lang,
        '--out',
        file,
      ]);
      const outside: string[] = [];
      await page.route('**/*', (route) => {
        if (route.request().url().startsWith('file:')) return route.continue();
        outside.push(route.request().url());
        return route.abort();
      });
      await page.goto(pathToFileURL(file).href);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title);
      await expect(page.getByTestId('summary-top-risks').locator('tbody tr')).toHaveCount(5);
      await expect(page.locator('svg.cash-chart')).toBeVisible();
      await expect(page.locator('svg.roadmap-chart')).toBeVisible();
      // Styles are inlined: the headline cards are laid out, not a bare list.
      expect(await page.getByTestId('summary-glance').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
      expect(outside).toEqual([]);
      await axeClean(page);
    });
  }
}
