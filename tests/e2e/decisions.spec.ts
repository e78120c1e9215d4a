/**
 * The decision pages in Chromium: the risk register of each sample engagement matches
 * the engine, its heat maps place every risk once, no JavaScript, axe-clean.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { riskFramework, riskRegister } from '../../src/core/risk/register.ts';
import { content, LANGS, prefix } from './content.ts';

const framework = riskFramework(content.frameworks);
if (!framework) throw new Error('no risk framework');

for (const lang of LANGS) {
  for (const engagement of content.engagements) {
    test(`${lang} risk register of ${engagement.id} matches the engine`, async ({ page }) => {
      const register = riskRegister(engagement.risks ?? [], framework);
      await page.goto(`${prefix(lang)}/engagements/${engagement.id}/risks/`);
      const rows = page.getByTestId('risk-table').locator('tbody tr');
      await expect(rows).toHaveCount(register.risks.length);
      for (const [i, x] of register.risks.entries()) {
        await expect(rows.nth(i).locator('th')).toContainText(x.risk.title);
        await expect(rows.nth(i).locator('td').nth(1)).toContainText(`= ${x.current.score}`);
      }
      const placed = await page
        .getByTestId('heat-map')
        .locator('td')
        .evaluateAll((cells) => cells.reduce((sum, c) => sum + Number(c.getAttribute('data-count') ?? 0), 0));
      expect(placed).toBe(register.risks.length);
      await expect(page.getByTestId('risk-exposure')).toContainText(String(register.exposure.current));
      expect(await page.locator('script').count()).toBe(0);
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
