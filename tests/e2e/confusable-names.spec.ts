/**
 * A name that looks the same as one already on the list is flagged where it is typed: a
 * vendor with a Cyrillic К, a segment with a Cyrillic е. The note names the other entry and
 * the differing code points; a plain new name gets none.
 */
import { expect, test } from '@playwright/test';
import { CONFUSABLE_NOTE } from '../../src/i18n/confusable-note.ts';
import { VENDOR_EDITOR } from '../../src/i18n/vendors.ts';
import { SEGMENT_EDITOR, SEGMENT_NAV } from '../../src/i18n/segment-editor.ts';
import { WORKSHOP } from '../../src/i18n/workshop.ts';
import { LANGS, prefix } from './content.ts';

for (const lang of LANGS) {
  test(`look-alike vendor and segment names are flagged as they are typed (${lang})`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${prefix(lang)}/workshop/`);
    await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
    await page.getByLabel(WORKSHOP[lang].clientName).fill('Look-alike Ltd');
    await page.getByLabel(WORKSHOP[lang].industry).fill('Retail');
    await page.getByRole('button', { name: WORKSHOP[lang].create }).click();

    const v = VENDOR_EDITOR[lang];
    await page.getByRole('button', { name: v.nav, exact: true }).click();
    const vendors = page.getByTestId('vendor-editor');
    const name = vendors.getByLabel(v.vendorName);
    await name.fill('Klarwerk Sales Cloud');
    await vendors.getByRole('button', { name: v.addVendor }).click();
    await name.fill('Klarwerk CRM');
    await expect(vendors.getByTestId('confusable-note')).toHaveCount(0);
    await name.fill('\u041alarwerk Sales Cloud');
    await expect(vendors.getByTestId('confusable-note')).toHaveText(
      CONFUSABLE_NOTE[lang]('Klarwerk Sales Cloud', 'К U+041A, K U+004B'),
    );

    await page.getByRole('button', { name: SEGMENT_NAV[lang].nav, exact: true }).click();
    const segments = page.getByTestId('segment-editor');
    const cards = segments.locator('fieldset.segment-card');
    for (const [i, text] of ['Key accounts', 'K\u0435y accounts'].entries()) {
      await segments.getByTestId('add-segment').click();
      await cards.nth(i).getByLabel(SEGMENT_EDITOR[lang].fields.name).fill(text);
    }
    await expect(cards.nth(1).getByTestId('confusable-note')).toContainText('U+0435');
    await expect(cards.nth(0).getByTestId('confusable-note')).toContainText('Kеy accounts');
    expect(errors).toEqual([]);
  });
}
