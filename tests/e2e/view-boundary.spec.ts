/**
 * A workshop view that throws while drawing is contained: the view shows a sentence saying
 * so, what went wrong and a way back, while the menu, the header and the saved engagement
 * stay; the other sections still open. The engagement is one a browser can hold but
 * validation never passes (storage keeps what it was given, e.g. by an older version or a
 * hand-edited localStorage): a risk register holding a null entry, which the risk editor
 * cannot draw.
 */
import { expect, test } from '@playwright/test';
import { KEY, seed } from './seed.ts';
import { DECISION_NAV } from '../../src/i18n/decision-nav.ts';
import { VIEW_FAILED } from '../../src/i18n/view-failed.ts';

for (const [lang, prefix] of [
  ['en', ''],
  ['zh', '/zh'],
] as const) {
  const words = { ...VIEW_FAILED[lang], risks: DECISION_NAV[lang].risks.nav };
  test(`a view that throws shows a sentence and a way back, and the workshop goes on (${lang})`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await seed(page, { language: lang, risks: [null] }, '@risks');
    await page.goto(`${prefix}/workshop/`);
    const failed = page.getByTestId('view-failed');
    await expect(failed).toBeVisible();
    await expect(failed.getByRole('heading', { name: words.heading })).toBeVisible();
    // What went wrong, in one line.
    await expect(failed.locator('code')).not.toBeEmpty();
    // The workshop around it is still there: the menu and its sections.
    await expect(page.locator('.workshop[data-open="true"]')).toBeVisible();
    await expect(page.locator('nav').getByRole('button', { name: words.risks, exact: true })).toBeVisible();
    // The way back opens the profile, which draws.
    await failed.getByRole('button', { name: words.back }).click();
    await expect(page.getByTestId('view-failed')).toHaveCount(0);
    await expect(page.locator('#profile-editor-title')).toBeVisible();
    // The failing view, chosen again, fails again on its own, still contained.
    await page.locator('nav').getByRole('button', { name: words.risks, exact: true }).click();
    await expect(page.getByTestId('view-failed')).toBeVisible();
    await expect(page.locator('#profile-editor-title')).toHaveCount(0);
    // Nothing escaped the boundary as an uncaught error, and the stored engagement is as it was.
    expect(errors).toEqual([]);
    const stored = await page.evaluate((key) => window.localStorage.getItem(key), KEY);
    expect((JSON.parse(stored ?? '{}') as { engagement: { risks: unknown[] } }).engagement.risks).toEqual([null]);
  });
}
