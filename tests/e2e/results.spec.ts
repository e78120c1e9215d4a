/**
 * The static results pages of the sample engagements show exactly what the engine
 * computes, in both languages, and stay accessible.
 */
import { expect, test } from '@playwright/test';
import { assessFramework } from '../../src/core/assess/assess-engagement.ts';
import { formatScore } from '../../src/core/assess/explain.ts';
import { explainFinding } from '../../src/render/finding-words.ts';
import { paintedPixels } from './charts.ts';
import { axeClean } from './axe.ts';
import { content, LANGS, prefix } from './content.ts';

const assessments = content.frameworks.filter((f) => f.use === 'assessment');

for (const lang of LANGS) {
  for (const engagement of content.engagements) {
    for (const framework of assessments) {
      test(`${lang} results ${engagement.id} / ${framework.id} match the engine`, async ({ page }) => {
        const result = assessFramework(framework, engagement);
        await page.goto(`${prefix(lang)}/engagements/${engagement.id}/${framework.id}/`);
        const main = page.locator('main');
        if (result.score.score === undefined) {
          await expect(page.getByTestId('overall-score')).not.toHaveText(/\d/);
        } else {
          await expect(page.getByTestId('overall-score')).toHaveText(formatScore(result.score.score, lang));
          await expect(page.getByTestId('overall-band')).toHaveText(result.score.band?.label[lang] ?? '');
        }
        // Every element row shows its score (or says why not).
        const rows = page.locator('table.rollup tbody tr');
        await expect(rows).toHaveCount(result.score.elements.length);
        for (const [i, element] of result.score.elements.entries()) {
          if (element.score !== undefined) {
            await expect(rows.nth(i).locator('td').first()).toHaveText(formatScore(element.score, lang));
          }
        }
        // Every finding with its explanation.
        const findings = page.locator('ol.findings > li');
        await expect(findings).toHaveCount(result.findings.length);
        for (const [i, finding] of result.findings.entries()) {
          await expect(findings.nth(i)).toContainText(explainFinding(finding, framework, lang));
        }
        if (result.fit) await expect(page.getByTestId('fit-matrix').locator('tbody tr')).toHaveCount(7);
        if (result.portfolio) {
          await expect(page.getByTestId('portfolio-table').locator('tbody tr')).toHaveCount(
            result.portfolio.segments.length,
          );
        }
        // The question detail opens with the keyboard.
        const summary = main.locator('details summary').first();
        await summary.focus();
        await page.keyboard.press('Enter');
        await expect(main.locator('details').first()).toHaveAttribute('open', '');
        await axeClean(page);
      });
    }
  }
}

for (const lang of LANGS) {
  test(`${lang}: the 7-S radar and the portfolio scatter actually draw`, async ({ page }) => {
    const engagement = content.engagements.find((e) => e.id === 'sony-china-after-sales');
    await page.goto(`${prefix(lang)}/engagements/${engagement?.id}/mckinsey-7s/`);
    expect(await paintedPixels(page, 'chart-radar')).toBeGreaterThan(5000);
    await page.screenshot({ path: `test-results/screenshots/results-radar-${lang}.png`, fullPage: false });
    await page.goto(`${prefix(lang)}/engagements/${engagement?.id}/customer-strategy/`);
    expect(await paintedPixels(page, 'chart-bar')).toBeGreaterThan(5000);
    expect(await paintedPixels(page, 'chart-scatter')).toBeGreaterThan(500);
  });
}

test('the engagement page links to each assessment result', async ({ page }) => {
  const engagement = content.engagements[0];
  const framework = assessments[0];
  test.skip(!engagement || !framework, 'no sample');
  await page.goto(`/engagements/${engagement?.id}/`);
  await page.locator(`a[href="/engagements/${engagement?.id}/${framework?.id}/"]`).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(framework?.title.en ?? '');
});
