/**
 * Group AHP whose assessors contradict each other: imported into the workshop, the vendor
 * section says so beside the combined weights (which look perfectly consistent) and marks the
 * ranking as resting on disputed weights; assessors who only differ by degree (the tea-shop
 * sample's vendor page) get the compatibility column and no warning.
 */
import { expect, test } from '@playwright/test';
import { axeClean } from './axe.ts';

test('contradicting assessors: the vendor section says so and the ranking is marked, in the workshop', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/workshop/');
  await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
  await page.locator('input[type=file]').setInputFiles('tests/fixtures/odd/contradicting-assessors.yaml');
  await expect(page.getByTestId('save-status')).toContainText('Imported');
  await page.locator('nav').getByRole('button', { name: 'Vendor selection', exact: true }).click();
  const warning = page.getByTestId('vendor-disagreement');
  await expect(warning).toContainText('The assessors contradict each other on 1 pair');
  await expect(warning).toContainText(
    'Technical architecture vs Cost-benefit: Tan Boon Huat (shop manager) judged Technical architecture 5 times as important, Lim Wei Ling (owner) judged Cost-benefit 5 times as important.',
  );
  await expect(page.getByRole('heading', { name: 'Ranking, on weights the assessors dispute' })).toBeVisible();
  // The combined row looks consistent; each assessor's compatibility shows why it is not agreement.
  const consistency = page.getByTestId('vendor-consistency');
  await expect(consistency.getByRole('columnheader', { name: 'Compatibility' })).toBeVisible();
  await expect(consistency.locator('tbody tr').nth(1).locator('td').nth(2)).toHaveText('1.46');
  await axeClean(page);
  expect(errors).toEqual([]);
});

test('assessors who differ by degree only: the compatibility column, no warning, the plain ranking', async ({
  page,
}) => {
  await page.goto('/engagements/singapore-tea-shop-loyalty/vendors/');
  await expect(
    page.getByTestId('vendor-consistency').getByRole('columnheader', { name: 'Compatibility' }),
  ).toBeVisible();
  await expect(page.getByTestId('vendor-disagreement')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Ranking', exact: true })).toBeVisible();
});
