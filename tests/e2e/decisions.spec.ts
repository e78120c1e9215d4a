/**
 * The decision pages in Chromium: the risk register of each sample engagement matches
 * the engine, its heat maps place every risk once, no JavaScript, axe-clean.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
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

for (const lang of LANGS) {
  for (const engagement of content.engagements) {
    test(`${lang} rollout plan of ${engagement.id} matches the engine and its diagrams draw`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const frameworks = new Map(content.frameworks.map((f) => [f.id, f]));
      const templates = new Map(content.templates.map((t) => [t.id, t]));
      const result = planEngagement(engagement, frameworks, templates);
      if (!result.ok) throw new Error(`no plan for ${engagement.id}`);
      await page.goto(`${prefix(lang)}/engagements/${engagement.id}/plan/`);
      await expect(page.getByTestId('plan-end')).toHaveText(result.schedule.end);
      await expect(page.locator('table.task-table tbody tr')).toHaveCount(result.plan.tasks.length);
      for (const phase of result.plan.phases) {
        await expect(page.locator(`table[data-phase="${phase.id}"] tbody tr`)).toHaveCount(phase.tasks.length);
      }
      // Mermaid is not part of the page's initial scripts; it arrives when a diagram is shown.
      const initial = await page.locator('script').evaluateAll((s) => s.map((x) => x.textContent ?? '').join(' '));
      expect(initial).not.toContain('mermaid.core');
      await page.getByTestId('diagram-roadmap').scrollIntoViewIfNeeded();
      await expect(page.locator('[data-testid="diagram-roadmap"][data-drawn="true"] svg')).toBeVisible();
      await expect(page.getByTestId('diagram-roadmap')).toContainText(result.plan.phases[0]?.title[lang] ?? '');
      await page.getByTestId('diagram-flow').scrollIntoViewIfNeeded();
      await expect(page.locator('[data-testid="diagram-flow"][data-drawn="true"] svg')).toBeVisible();
      // The drawn bars are styled (under the CSP), not black boxes.
      const fill = await page
        .locator('[data-testid="diagram-roadmap"] svg rect.task')
        .first()
        .evaluate((r) => getComputedStyle(r).fill);
      expect(fill).not.toBe('rgb(0, 0, 0)');
      expect(errors).toEqual([]);
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
