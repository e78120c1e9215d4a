/**
 * Races the import fuzz found in the workshop, made to happen every time by holding a chunk back.
 *
 * A chart whose view is left before Chart.js has arrived draws nothing and throws nothing.
 * Found by the import fuzz about once in 25 runs: Progress redraws its burn-up on every
 * change, and leaving it while chart-parts was still loading built a Chart on a removed
 * canvas: Chart.js keeps the first such chart and throws on the second ("Cannot read properties
 * of null (reading 'id')"). Here Chart.js is held back until the view is gone, so the race
 * happens every time (it failed 3 of 3 runs before the fix).
 */
import { expect, test } from '@playwright/test';
import { DECISION_NAV } from '../../src/i18n/decision-nav.ts';
import { content } from './content.ts';
import { seed } from './seed.ts';

test('leaving Progress before Chart.js arrives leaves no error behind', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/chart-parts\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await seed(page, {}, '@progress');
  await page.goto('/workshop/');
  await expect(page.getByTestId('tracking-editor')).toBeVisible();
  const nav = DECISION_NAV.en;
  // Progress left twice while Chart.js is held back: two burn-up charts wait for it on removed
  // canvases (Chart.js registers the first and throws on the second).
  for (const view of [nav.risks.nav, nav.progress.nav, nav.risks.nav]) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await expect(page.locator('.wizard-main h2').first()).toBeVisible();
  }
  release();
  // The ROI case's charts draw once Chart.js is there: by then the charts of the views left
  // behind have had their turn, and must have drawn nothing.
  await page.getByRole('button', { name: nav.finance.nav, exact: true }).click();
  await expect(page.locator('figure.chart[data-drawn="true"]').first()).toBeVisible();
  expect(errors).toEqual([]);
});

/**
 * A click in the menu wins over an earlier one whose editor is still loading: the fuzz clicked
 * Progress, then an assessment, and Progress opened when its code arrived, the click lost.
 */
test('a section still loading does not undo the next choice in the menu', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/TrackingEditor\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await seed(page, {}, '@risks');
  await page.goto('/workshop/');
  await expect(page.getByTestId('risk-editor')).toBeVisible();
  const first = content.frameworks.find((f) => f.id === 'value-proposition');
  if (!first) throw new Error('no assessment');
  await page.getByRole('button', { name: DECISION_NAV.en.progress.nav, exact: true }).click();
  await page.getByRole('button', { name: first.title.en, exact: true }).click();
  await expect(page.locator('#step-title')).toBeVisible();
  release();
  await page.waitForResponse(/\/TrackingEditor\.[^/]+\.js$/);
  // The editor has arrived; the assessment stays open.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
  await expect(page.locator('#step-title')).toBeVisible();
  await expect(page.getByTestId('tracking-editor')).toHaveCount(0);
});
