/**
 * A workshop view that throws while drawing is contained: the view shows a sentence saying
 * so, what went wrong and a way back, while the menu, the header and the saved engagement
 * stay; the other sections still open. The engagement is one a browser can hold but
 * validation never passes (storage keeps what it was given, e.g. by an older version or a
 * hand-edited localStorage): a risk register holding a null entry, which the risk editor
 * cannot draw.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DECISION_NAV } from '../../src/i18n/decision-nav.ts';
import { VIEW_FAILED } from '../../src/i18n/view-failed.ts';

const ID = 'industrial-equipment-growth';
const KEY = `crmkit:v1:engagement:${ID}`;

async function seed(page: Page, broken: Record<string, unknown>, section: string) {
  const sample = parse(readFileSync(`assessments/${ID}.yaml`, 'utf8')) as Record<string, unknown>;
  const engagement = { ...sample, ...broken };
  await page.addInitScript(
    ({ key, engagement, section }) => {
      if (window.sessionStorage.getItem('seeded')) return;
      window.sessionStorage.setItem('seeded', '1');
      const savedAt = '2026-04-01T09:00:00.000Z';
      window.localStorage.setItem(key, JSON.stringify({ format: 2, revision: 1, savedAt, engagement }));
      window.localStorage.setItem(
        'crmkit:v1:position',
        JSON.stringify({ engagement: engagement['id'], framework: section, step: 0, view: 'wizard' }),
      );
    },
    { key: KEY, engagement, section },
  );
}

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
