/**
 * The workshop summary's PowerPoint download in real Chromium: the deck's code is not fetched
 * until the button is pressed, and the file that arrives is a nine-slide deck of this client,
 * in English and in Chinese, for a blank engagement (the sparse case: no plan, vendors or ROI).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { DECK } from '../../src/i18n/deck.ts';
import { PLAN_NAV } from '../../src/i18n/plan-nav.ts';
import { SUMMARY } from '../../src/i18n/summary.ts';
import { WORKSHOP } from '../../src/i18n/workshop.ts';
import { LANGS, prefix } from './content.ts';

for (const lang of LANGS) {
  test(`the workshop summary downloads the deck, loading its code only on the click (${lang})`, async ({
    page,
  }, testInfo) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    const w = WORKSHOP[lang];
    const client = lang === 'en' ? 'Deck & Sons <Ltd>' : '幻灯片测试公司';
    await page.goto(`${prefix(lang)}/workshop/`);
    await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
    await page.getByLabel(w.clientName).fill(client);
    await page.getByLabel(w.industry).fill(lang === 'en' ? 'Retail' : '零售');
    await page.getByRole('button', { name: w.create }).click();
    await expect(page.locator('.workshop[data-open="true"]')).toBeVisible();
    await page.getByRole('button', { name: PLAN_NAV[lang].summary, exact: true }).click();
    const summary = page.getByTestId('summary-view');
    await expect(summary.getByTestId('summary-title')).toHaveText(client);
    expect(fetched.filter((url) => url.includes('deck-file'))).toEqual([]);

    const downloading = page.waitForEvent('download');
    await summary.getByRole('button', { name: DECK[lang].viewDownload }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/-summary\.pptx$/);
    const path = testInfo.outputPath('summary.pptx');
    await file.saveAs(path);
    expect(fetched.filter((url) => url.includes('deck-file')).length).toBe(1);

    const bytes = readFileSync(path);
    expect(bytes.byteLength).toBeGreaterThan(10_000);
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(9);
    const title = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
    expect(title).toContain(lang === 'en' ? 'Deck &amp; Sons &lt;Ltd&gt;' : client);
    expect(title).toContain(`typeface="${DECK[lang].font}"`);
    const roi = (await zip.file('ppt/slides/slide5.xml')?.async('string')) ?? '';
    expect(roi).toContain(SUMMARY[lang].noRoi);
    await expect(summary.getByRole('alert')).toHaveCount(0);
  });
}
