/**
 * Ctrl+P on every engagement page: each is printed to A4 in Chromium as it stands after loading
 * (never scrolled) and read back with poppler. Every column of every table is on paper, every
 * chart is drawn, no heading ends a page without what follows it, and none of the site's
 * navigation or controls print.
 */
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIAGRAM_WORDS } from '../../src/i18n/roadmap.ts';
import { OVERVIEW } from '../../src/i18n/overview.ts';
import { UI } from '../../src/i18n/ui.ts';
import { paintedIn } from './charts.ts';
import { content, prefix } from './content.ts';
import { colouredPixels, flat, headingsAtPageFoot, pdfPages, pdfText, printPdf } from './print.ts';

const OUT = resolve('test-results/print');
/** Coloured pixels a drawn chart adds to paper at 50 dpi, at the least (a blank one adds none). */
const CHART_PIXELS = 50;

const SAMPLE = 'sony-china-after-sales';
const assessments = content.frameworks.filter((f) => f.use === 'assessment').map((f) => f.id);
interface Print {
  id: string;
  lang: 'en' | 'zh';
  /** The page below the engagement ('' for its overview). */
  sub: string;
  /** The plan roadmap's view to pick before printing. */
  view?: string;
}
/** Every page of the fullest sample in English, most of them in Chinese, the decision pages of the others. */
const PRINTS: Print[] = [
  ...['', ...assessments, 'plan', 'risks', 'roi', 'summary', 'tracking', 'vendors'].map((sub) => ({
    id: SAMPLE,
    lang: 'en' as const,
    sub,
  })),
  ...['', 'mckinsey-7s', 'plan', 'risks', 'roi', 'tracking', 'vendors'].map((sub) => ({
    id: SAMPLE,
    lang: 'zh' as const,
    sub,
  })),
  ...content.engagements
    .filter((e) => e.id !== SAMPLE)
    .flatMap((e) => ['plan', 'vendors'].map((sub) => ({ id: e.id, lang: 'en' as const, sub }))),
  // The roadmap switched to every task: a task chart per phase, each as wide as the paper.
  { id: 'singapore-tea-shop-loyalty', lang: 'zh', sub: 'plan', view: 'all' },
];

for (const { id, lang, sub, view } of PRINTS) {
  const url = `${prefix(lang)}/engagements/${id}/${sub === '' ? '' : `${sub}/`}`;
  const name = `${id === SAMPLE ? '' : `${id}-`}${lang}-${sub === '' ? 'overview' : sub}${view ? `-${view}` : ''}`;
  const title = content.engagements.find((e) => e.id === id)?.title ?? id;

  test(`${lang} ${sub || 'overview'}${view ? ` (${view})` : ''} of ${id} prints whole: every column, every chart, no heading alone`, async ({
    page,
  }) => {
    await page.goto(url);
    // Loaded and settled, never scrolled: what a reader pressing Ctrl+P has.
    await page.waitForLoadState('networkidle');
    if (view) {
      // The roadmap island wakes when in view: a choice made before it has hydrated is lost.
      await page.getByTestId('roadmap-plan').scrollIntoViewIfNeeded();
      await expect(page.locator('astro-island:has([data-testid="roadmap-plan"])')).not.toHaveAttribute('ssr');
      await page.getByTestId('roadmap-plan').locator('select').first().selectOption(view);
      await expect(page.locator('svg.task-chart').first()).toBeVisible();
    }
    await page.emulateMedia({ media: 'print' });
    const dom = await page.locator('main').evaluate((main) => {
      const shown = (el: Element) =>
        (el as HTMLElement).checkVisibility() && (el as HTMLElement).innerText.trim() !== '';
      const texts = (selector: string) =>
        [...main.querySelectorAll(selector)].filter(shown).map((el) => (el as HTMLElement).innerText.trim());
      return {
        // Per table, its header row: the text of each column header, in order.
        columns: [...main.querySelectorAll('table')]
          .filter((t) => t.checkVisibility())
          .map((t) => [...((t.tHead?.rows[0] ?? t.rows[0])?.cells ?? [])].map((c) => c.innerText.trim()))
          .filter((row) => row.length > 1),
        headings: texts('h2, h3, h4'),
        // Every label of every SVG chart (axis ticks at its right edge included).
        labels: [...main.querySelectorAll('svg text')]
          .filter((t) => (t as SVGElement).checkVisibility())
          .map((t) => t.textContent?.trim() ?? '')
          .filter((t) => t !== ''),
        // A figure an island draws (a chart, a Mermaid diagram) that is on paper but not drawn yet.
        undrawn: [...main.querySelectorAll('figure[data-drawn="false"]')].filter((f) => f.checkVisibility()).length,
      };
    });
    const painted: number[] = [];
    for (const canvas of await page.locator('main canvas').filter({ visible: true }).all()) {
      painted.push(await canvas.evaluate(paintedIn));
    }
    const path = await printPdf(page, OUT, name);
    const pages = pdfPages(path);
    const text = pdfText(path);
    test.info().annotations.push({ type: 'pdf', description: `${name}: ${pages.length} pages` });

    // (a) Every column: each table's header row is on paper whole, its cells in order (pdftotext
    // -raw reads them in the order drawn). A column cut at the page edge breaks the row.
    const lost = dom.columns.filter((row) => !flat(text).includes(flat(row.join(''))));
    expect.soft(lost, 'table header rows not whole in the PDF').toEqual([]);

    // A chart drawn as SVG is on paper whole: none of its labels is cut off at the page edge.
    const cut = [...new Set(dom.labels)].filter((label) => !flat(text).includes(flat(label)));
    expect.soft(cut, 'chart labels missing from the PDF').toEqual([]);

    // (b) Every chart drawn when printing, and its colour on paper.
    expect.soft(painted.filter((n) => n === 0).length, 'charts blank when printed').toBe(0);
    expect.soft(dom.undrawn, 'figures printed before they are drawn').toBe(0);
    if (painted.length > 0) {
      // The same page printed with its charts hidden: what the charts themselves put on paper.
      // (Through the CSSOM: the site's CSP refuses an added style element.)
      await page
        .locator('main canvas')
        .evaluateAll((all) => all.forEach((c) => (c as HTMLElement).style.setProperty('visibility', 'hidden')));
      const bare = await printPdf(page, OUT, `${name}-no-charts`);
      const sum = (pixels: number[]) => pixels.reduce((a, b) => a + b, 0);
      const byCharts = sum(colouredPixels(path)) - sum(colouredPixels(bare));
      test.info().annotations.push({ type: 'charts', description: `${painted.length} charts, ${byCharts} px` });
      expect
        .soft(byCharts, 'coloured pixels the charts put on paper')
        .toBeGreaterThanOrEqual(CHART_PIXELS * painted.length);
    }

    // (c) No heading alone at the foot of a page.
    expect.soft(headingsAtPageFoot(path, dom.headings), 'headings left at a page foot').toEqual([]);

    // (d) None of the site's header, navigation, footer or controls.
    const ui = UI[lang];
    const d = DIAGRAM_WORDS[lang];
    for (const chrome of [
      `← ${title}`,
      ui.skipToContent,
      ui.tagline,
      ui.footer,
      OVERVIEW[lang].openInWorkshop,
      d.downloadSvg,
      d.downloadPng,
    ]) {
      expect.soft(flat(text), `“${chrome}” on paper`).not.toContain(flat(chrome));
    }
  });
}

test('a plan read on a 1920 screen fills it, and prints at paper size', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/engagements/${SAMPLE}/plan/`);
  const roadmap = page.getByTestId('roadmap-plan');
  await roadmap.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has([data-testid="roadmap-plan"])')).not.toHaveAttribute('ssr');
  const viewBoxWidth = (selector: string) =>
    roadmap
      .locator(selector)
      .first()
      .evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
  // On screen the phase chart and the task charts are drawn at the page's width (type at its size).
  await expect.poll(() => viewBoxWidth('svg.roadmap-chart')).toBeGreaterThan(1500);
  await roadmap.locator('select').first().selectOption('all');
  await expect.poll(() => viewBoxWidth('svg.task-chart')).toBeGreaterThan(1800);
  // Printing draws them at their design widths again, so their type is not shrunk to fit A4.
  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => viewBoxWidth('svg.task-chart')).toBe(1200);
  const firstLine = (await roadmap.locator('svg.task-chart .task-title tspan').first().textContent()) ?? '';
  expect(firstLine).not.toBe('');
  const path = await printPdf(page, OUT, 'plan-from-1920');
  expect(flat(pdfText(path))).toContain(flat(firstLine));
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => viewBoxWidth('svg.task-chart')).toBeGreaterThan(1800);
  await roadmap.locator('select').first().selectOption('phases');
  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => viewBoxWidth('svg.roadmap-chart')).toBe(720);
});
