/**
 * The workshop's customer segments in real Chromium, in both languages: a blank engagement
 * gets three segments with needs by keyboard alone, each lands in its portfolio action and
 * the top-20 % share follows the typing, everything survives two reloads, a refused value is
 * said in words and not stored, and a removed segment comes back with Undo.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatScore } from '../../src/core/assess/explain.ts';
import { placeSegments } from '../../src/core/assess/portfolio.ts';
import { RESULTS } from '../../src/i18n/results.ts';
import { SEGMENT_EDITOR, SEGMENT_NAV } from '../../src/i18n/segment-editor.ts';
import { WORKSHOP } from '../../src/i18n/workshop.ts';
import type { CustomerSegment } from '../../src/schemas/generated/types.ts';
import { axeClean } from './axe.ts';
import { content, LANGS, prefix } from './content.ts';

const framework = content.frameworks.find((f) => f.use === 'assessment' && f.portfolio);
if (!framework?.portfolio) throw new Error('no framework with a portfolio');
const portfolio = framework.portfolio;

/** Name, customers, historical value, potential value, and one need with its direction. */
const SEGMENTS = {
  en: [
    ['Key accounts', '10', '900,000', '800000', 'Maintenance reminders', 'push'],
    ['Growing workshops', '40', '100000', '600000', 'Spare parts enquiries', 'pull'],
    ['Small shops', '50', '200000', '100000', 'Price lists', 'push'],
  ],
  zh: [
    ['重点客户', '10', '900,000', '800000', '保养提醒', 'push'],
    ['成长型车间', '40', '100000', '600000', '备件咨询', 'pull'],
    ['小型门店', '50', '200000', '100000', '价目表', 'push'],
  ],
} as const;

const action = (lang: 'en' | 'zh', quadrant: string) =>
  portfolio.quadrants.find((q) => q.id === quadrant)?.title[lang] ?? quadrant;

/** What the engine says of these segments: the action of each, and the top-20 % sentence. */
function expected(lang: 'en' | 'zh', rows: readonly (readonly string[])[]) {
  const segments: CustomerSegment[] = rows.map(([name, customers, historical, potential], i) => ({
    id: `s${i}`,
    name: name ?? '',
    customers: Number(customers),
    historicalValue: Number(historical?.replaceAll(',', '')),
    potentialValue: Number(potential),
  }));
  const result = placeSegments(portfolio, segments, framework?.id ?? '');
  const share = result.topShare;
  return {
    actions: result.segments.map((s) => action(lang, s.quadrant)),
    share: share
      ? RESULTS[lang].topShare(formatScore(share.customerShare * 100, lang), formatScore(share.valueShare * 100, lang))
      : '',
  };
}

async function openWorkshop(page: Page, lang: 'en' | 'zh') {
  await page.goto(`${prefix(lang)}/workshop/`);
  await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
}

/** Focuses a control and presses a key, as a keyboard user who tabbed there would. */
async function press(control: Locator, key = 'Enter') {
  await control.focus();
  await control.press(key);
}

for (const lang of LANGS) {
  const w = SEGMENT_EDITOR[lang];
  const rows = SEGMENTS[lang];

  test(`customer segments by keyboard: quadrants, top-20 % share, two reloads, refusal, Undo (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openWorkshop(page, lang);

    // A blank engagement, from the keyboard.
    await page.getByLabel(WORKSHOP[lang].clientName).focus();
    await page.keyboard.type('Keyboard Pumps Ltd');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Manufacturing');
    await press(page.getByRole('button', { name: WORKSHOP[lang].create }));
    await expect(page.locator('.workshop[data-open="true"]')).toBeVisible();

    await press(page.getByRole('button', { name: SEGMENT_NAV[lang].nav, exact: true }));
    const editor = page.getByTestId('segment-editor');
    await expect(editor.getByRole('heading', { name: w.title, level: 2 })).toBeFocused();
    await expect(editor.getByText(w.empty)).toBeVisible();
    await axeClean(page);

    const cards = editor.locator('fieldset.segment-card');
    for (const [i, [name, customers, historical, potential, need, direction]] of rows.entries()) {
      await press(editor.getByTestId('add-segment'));
      await expect(cards).toHaveCount(i + 1);
      const card = cards.nth(i);
      // The new segment's name has the focus, selected: typing replaces it.
      await expect(card.getByLabel(w.fields.name)).toBeFocused();
      await page.keyboard.type(name);
      await page.keyboard.press('Tab');
      await expect(card.getByLabel(new RegExp(`^${w.fields.customers}`))).toBeFocused();
      await page.keyboard.type(customers);
      await page.keyboard.press('Tab');
      await page.keyboard.type(historical);
      await page.keyboard.press('Tab');
      await page.keyboard.type(potential);
      await page.keyboard.press('Tab');
      await expect(card.getByLabel(w.newNeed, { exact: true })).toBeFocused();
      await page.keyboard.type(need);
      await page.keyboard.press('Tab');
      // Push is first; ArrowDown on the closed list picks pull.
      if (direction === 'pull') await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(card.getByLabel(w.need(1), { exact: true })).toHaveValue(need);
      await expect(card.locator('select').first()).toHaveValue(direction);
    }
    await expect(cards.locator('legend').first()).toHaveText(rows[0][0]);

    // Each segment's action and the share of value held by the top 20 % of customers, as the engine computes them.
    const want = expected(lang, rows);
    const quadrants = editor.getByTestId('segment-quadrant');
    for (const [i, a] of want.actions.entries()) await expect(quadrants.nth(i)).toContainText(a);
    await expect(editor.getByTestId('top-share')).toHaveText(want.share);
    // Money is shown in the engagement's currency (CNY by default) beside the field.
    await expect(cards.nth(0).getByTestId('segment-formatted').first()).toHaveText(
      lang === 'zh' ? '90\u00a0万元' : 'CNY\u00a0900,000',
    );

    // The figures follow each keystroke: Small shops' historical value down to 50 000 makes it abandon.
    const small = cards.nth(2);
    const smallHistorical = small.getByLabel(new RegExp(`^${w.fields.historicalValue}`));
    await smallHistorical.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('5');
    const after = [rows[0], rows[1], [rows[2][0], rows[2][1], '5', rows[2][3]]] as const;
    const changed = expected(lang, after);
    for (const [i, a] of changed.actions.entries()) await expect(quadrants.nth(i)).toContainText(a);
    await expect(editor.getByTestId('top-share')).toHaveText(changed.share);
    await page.keyboard.type('0000');
    for (const [i, a] of expected(lang, [
      rows[0],
      rows[1],
      [rows[2][0], rows[2][1], '50000', rows[2][3]],
    ]).actions.entries()) {
      await expect(quadrants.nth(i)).toContainText(a);
    }
    await expect(quadrants.nth(2)).toContainText(action(lang, 'abandon'));

    // Refused in words, naming the field; the last good value stays stored.
    await page.keyboard.type('-');
    await expect(small.getByRole('alert')).toContainText(w.fields.historicalValue);
    await expect(small.getByRole('alert')).toContainText('50000');
    await expect(quadrants.nth(2)).toContainText(action(lang, 'abandon'));

    // Two reloads: everything typed is kept.
    for (const reload of [1, 2]) {
      await page.reload();
      await expect(editor, `reload ${reload}`).toBeVisible({ timeout: 15_000 });
      await expect(cards).toHaveCount(3);
      for (const [i, [name, customers, , potential, need, direction]] of rows.entries()) {
        const card = cards.nth(i);
        await expect(card.getByLabel(w.fields.name)).toHaveValue(name);
        await expect(card.getByLabel(new RegExp(`^${w.fields.customers}`))).toHaveValue(customers);
        await expect(card.getByLabel(new RegExp(`^${w.fields.potentialValue}`))).toHaveValue(potential);
        await expect(card.getByLabel(w.need(1), { exact: true })).toHaveValue(need);
        await expect(card.locator('select').first()).toHaveValue(direction);
      }
      await expect(smallHistorical).toHaveValue('50000');
      await expect(quadrants.nth(2)).toContainText(action(lang, 'abandon'));
    }

    // Remove the second segment, then Undo from the keyboard: it comes back with its need.
    await press(cards.nth(1).getByRole('button', { name: `${w.remove}: ${rows[1][0]}` }));
    await expect(cards).toHaveCount(2);
    await expect(page.getByTestId('save-status')).toContainText(rows[1][0]);
    const undo = page.getByTestId('undo-status');
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(cards).toHaveCount(3);
    await expect(cards.nth(1).getByLabel(w.need(1), { exact: true })).toHaveValue(rows[1][4]);

    // A need too: removed, then back with Undo.
    await press(cards.nth(0).getByRole('button', { name: `${w.removeNeed}: ${rows[0][4]}` }));
    await expect(cards.nth(0).getByLabel(w.need(1), { exact: true })).toHaveCount(0);
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(cards.nth(0).getByLabel(w.need(1), { exact: true })).toHaveValue(rows[0][4]);
    await axeClean(page);
    expect(errors).toEqual([]);
  });

  test(`the segments editor fits a phone, a projector and a 1920×1080 screen (${lang})`, async ({ page }) => {
    const pump = content.engagements.find((e) => e.id === 'industrial-equipment-growth');
    if (!pump?.segments?.length) throw new Error('the pump-maker sample has no segments');
    await page.addInitScript((engagement) => {
      const savedAt = '2026-04-01T09:00:00.000Z';
      window.localStorage.setItem(
        `crmkit:v1:engagement:${engagement.id}`,
        JSON.stringify({ format: 2, revision: 1, savedAt, engagement }),
      );
      window.localStorage.setItem(
        'crmkit:v1:position',
        JSON.stringify({ engagement: engagement.id, framework: '@segments' }),
      );
    }, pump);
    for (const [width, height] of [
      [390, 844],
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${prefix(lang)}/workshop/`);
      const editor = page.getByTestId('segment-editor');
      await expect(editor).toBeVisible({ timeout: 15_000 });
      await expect(editor.locator('fieldset.segment-card')).toHaveCount(pump.segments.length);
      await expect(editor.getByTestId('top-share')).toBeVisible();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
        .toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `test-results/screenshots/workshop-segments-${lang}-${width}.png`,
        fullPage: true,
      });
    }
    await axeClean(page);
  });
}
