/**
 * The engagement overview as a dashboard, in Chromium: the summary's headline figures, a card per
 * page with its status, scores with bands beside each assessment, anonymous participants counted
 * rather than listed, and "Open in the workshop" opening the sample's working copy (the same copy
 * on a second visit, never a duplicate). Read-only: no script on the page.
 */
import { expect, test } from '@playwright/test';
import { executiveSummary } from '../../src/core/views/summary-view.ts';
import { formatScore } from '../../src/core/assess/explain.ts';
import { OVERVIEW } from '../../src/i18n/overview.ts';
import { axeClean } from './axe.ts';
import { content, LANGS, prefix } from './content.ts';

for (const lang of LANGS) {
  for (const engagement of content.engagements) {
    test(`${lang} overview of ${engagement.id} is a dashboard`, async ({ page }) => {
      await page.goto(`${prefix(lang)}/engagements/${engagement.id}/`);
      const summary = executiveSummary(engagement, content);
      await expect(page.getByTestId('summary-glance')).toBeVisible();
      const cards = page.getByTestId('overview-cards').locator('li.card');
      await expect(cards).toHaveCount(6);
      for (const card of await cards.all()) await expect(card.locator('h3 a')).toHaveAttribute('href', /engagements\//);
      // Each assessment's score and band, as the summary computes them.
      for (const line of summary.standing.scores) {
        if (line.score === undefined) continue;
        await expect(page.locator(`td[data-score="${line.framework}"]`)).toContainText(formatScore(line.score, lang));
        if (line.band) await expect(page.locator(`td[data-score="${line.framework}"]`)).toContainText(line.band[lang]);
      }
      const anonymous = (engagement.team ?? []).filter((m) => !m.name).length;
      if (anonymous > 0)
        await expect(page.getByTestId('anonymous-count')).toHaveText(OVERVIEW[lang].anonymous(anonymous));
      expect(await page.locator('script[src], script:not([type="application/json"])').count()).toBe(0);
      await axeClean(page);
    });
  }
}

test('"Open in the workshop" opens the sample’s working copy, and the same copy on a second visit', async ({
  page,
}) => {
  const pumps = content.engagements.find((e) => e.id === 'industrial-equipment-growth');
  if (!pumps) throw new Error('no pump sample');
  for (let visit = 0; visit < 2; visit++) {
    await page.goto(`/engagements/${pumps.id}/`);
    await page.getByTestId('open-in-workshop').click();
    await expect(page.locator('.workshop[data-open="true"]')).toBeVisible();
    await expect(page.locator('.engagement-name')).toContainText(pumps.title);
    // The parameter is gone, so a reload stays on the copy.
    await expect(page).toHaveURL(/\/workshop\/$/);
  }
  await page.reload();
  await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
  const stored = await page.evaluate(() =>
    Object.keys(window.localStorage).filter((k) => k.includes('industrial-equipment-growth-copy')),
  );
  expect(stored.length).toBeGreaterThan(0);
  expect(stored.some((k) => k.includes('industrial-equipment-growth-copy-2'))).toBe(false);
});
