/**
 * The 7-S pair matrix in real Chromium, in English and Chinese: a blank engagement, all 21
 * pairs rated by keyboard alone, kept across two reloads, refused off the scale, undone
 * and redone, and the fit matrix in the workshop's results shows what was rated.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatScore } from '../../src/core/assess/explain.ts';
import { PAIR_MATRIX } from '../../src/i18n/pair-matrix.ts';
import { PAIR_STEP } from '../../src/i18n/pair-step.ts';
import { RESULTS } from '../../src/i18n/results.ts';
import { WORKSHOP } from '../../src/i18n/workshop.ts';
import { axeClean } from './axe.ts';
import { content, LANGS, prefix } from './content.ts';

const sevenS = content.frameworks.find((f) => f.id === 'mckinsey-7s');
if (!sevenS?.alignment) throw new Error('no 7-S framework with an alignment');
const pairs = sevenS.alignment.pairs;
const elements = sevenS.elements.filter((e) => pairs.some((p) => p.a === e.id || p.b === e.id));
/** The value each pair gets: 1–5 cycling in the grid's reading order, so a few are misfits. */
const planned = (i: number) => (i % 5) + 1;
/** The grid's reading order: row by row below the diagonal (row r holds r + 1 pairs). */
const order = elements.slice(1).flatMap((row, r) => elements.slice(0, r + 1).map((column) => [column.id, row.id]));

const pump = content.engagements.find((e) => e.id === 'industrial-equipment-growth');
if (!pump) throw new Error('no pump-maker sample');

async function cellOf(page: Page, a: string, b: string) {
  return page.locator(`[data-testid="pair-matrix"] [data-pair="${a}+${b}"]`);
}

for (const lang of LANGS) {
  test(`all 21 pairs rated by keyboard alone are kept across reloads and reach the results (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const w = WORKSHOP[lang];
    const p = PAIR_MATRIX[lang];
    const title = (id: string) => elements.find((e) => e.id === id)?.title[lang] ?? id;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${prefix(lang)}/workshop/`);
    await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();

    // A blank engagement, from the keyboard.
    await page.getByLabel(w.clientName).focus();
    await page.keyboard.type('Pair Ratings Ltd');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Logistics');
    await page.getByRole('button', { name: w.create }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('save-status')).toContainText(lang === 'en' ? 'Saved' : '保存');

    // The 7-S, then its pair step (listed after the last element, before the results).
    await page.getByRole('button', { name: sevenS.title[lang], exact: true }).focus();
    await page.keyboard.press('Enter');
    const step = page.getByRole('button', { name: PAIR_STEP[lang].step(0, 21) });
    await step.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#pair-matrix-title')).toBeFocused();
    await expect(page.getByTestId('pair-rated')).toHaveText(p.rated(0, 21));
    await expect(page.getByTestId('pair-open').locator('li')).toHaveCount(21);

    // The grid is one tab stop: Tab from the heading lands on its first cell, a second Tab leaves it.
    await page.keyboard.press('Tab');
    const first = await cellOf(page, 'strategy', 'structure');
    await expect(first).toBeFocused();
    await expect(first).toHaveAccessibleName(p.cellUnrated(title('strategy'), title('structure')));
    await expect(page.locator('[data-testid="pair-matrix"] [role="gridcell"][tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(first).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(first).toBeFocused();

    // Off the scale: refused, said why, nothing changes.
    await page.keyboard.press('7');
    await expect(page.getByTestId('pair-problem')).toHaveText(
      p.notOnScale('7', title('strategy'), title('structure'), 1, 5),
    );
    await expect(first).toHaveAccessibleName(p.cellUnrated(title('strategy'), title('structure')));
    // Up from the top row and left from the first column stay put (the empty half is skipped).
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await expect(first).toBeFocused();

    // Every pair, row by row: a digit rates, → moves along the row, ↓ then Home starts the next.
    for (let r = 0; r < elements.length - 1; r++) {
      for (let c = 0; c <= r; c++) {
        await page.keyboard.press(
          String(planned(order.findIndex(([a, b]) => a === elements[c]?.id && b === elements[r + 1]?.id))),
        );
        if (c < r) await page.keyboard.press('ArrowRight');
      }
      if (r < elements.length - 2) {
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Home');
      }
    }
    await expect(page.getByTestId('pair-problem')).toHaveCount(0);
    await expect(page.getByTestId('pair-rated')).toHaveText(p.rated(21, 21));
    await expect(page.getByTestId('pair-open')).toHaveCount(0);

    // + and − step along the scale, Delete clears, and Ctrl+Z brings the rating back.
    const last = await cellOf(page, 'skills', 'shared-values');
    await expect(last).toBeFocused();
    const lastValue = planned(order.length - 1);
    const lastName = (value: number) => new RegExp(`^${p.cellName(title('skills'), title('shared-values'), value, 5)}`);
    await page.keyboard.press('+');
    await expect(last).toHaveAccessibleName(lastName(lastValue + 1));
    await page.keyboard.press('-');
    await expect(last).toHaveAccessibleName(lastName(lastValue));
    await page.keyboard.press('Delete');
    await expect(last).toHaveAccessibleName(p.cellUnrated(title('skills'), title('shared-values')));
    await expect(page.getByTestId('pair-rated')).toHaveText(p.rated(20, 21));
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('pair-rated')).toHaveText(p.rated(21, 21));
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByTestId('pair-rated')).toHaveText(p.rated(20, 21));
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('pair-rated')).toHaveText(p.rated(21, 21));
    await expect(last).toHaveAccessibleName(lastName(lastValue));
    await axeClean(page);

    // Every cell names its pair and its rating; the misfits beside the grid are the ratings of 1 and 2.
    const expectCells = async () => {
      for (const [i, [a, b]] of order.entries()) {
        await expect(await cellOf(page, a ?? '', b ?? '')).toHaveAccessibleName(
          new RegExp(`^${p.cellName(title(a ?? ''), title(b ?? ''), planned(i), 5)}`),
        );
      }
    };
    await expectCells();
    const misfits = order.filter((_, i) => planned(i) <= 2).length;
    await expect(page.getByTestId('pair-misfits').locator('li')).toHaveCount(misfits);

    // Two reloads: the pair step comes back with every rating.
    for (let k = 0; k < 2; k++) {
      await page.reload();
      await expect(page.getByTestId('pair-matrix')).toBeVisible();
      await expect(page.getByTestId('pair-rated')).toHaveText(p.rated(21, 21));
    }
    await expectCells();

    // The results: each rated pair's fit on 0–100 (rating 1 → 0, 5 → 100), marked rated, misfits flagged.
    await page.getByRole('button', { name: w.seeResults }).click();
    const matrix = page.getByTestId('workshop-results').getByTestId('fit-matrix');
    await expect(matrix).toBeVisible();
    const r = RESULTS[lang];
    const rows = elements.map((e) => e.id);
    for (const [i, [a, b]] of order.entries()) {
      const fit = ((planned(i) - 1) / 4) * 100;
      const cell = matrix
        .locator('tbody tr')
        .nth(rows.indexOf(b ?? ''))
        .locator('td')
        .nth(rows.indexOf(a ?? ''));
      await expect(cell).toHaveText(new RegExp(`^\\s*${formatScore(fit, lang)}(\\D|$)`));
      await expect(cell.locator(`[title="${r.rated}"]`)).toHaveCount(1);
    }
    // Each pair once, below the diagonal.
    await expect(matrix.locator('td.misfit')).toHaveCount(misfits);
    expect(errors).toEqual([]);
  });

  test(`the pair matrix fits the projector, full HD and a phone, with no sideways scroll (${lang})`, async ({
    page,
  }) => {
    // The pump maker's sample with 9 of its 21 ratings: rated, derived and misfit cells all show.
    const engagement = { ...pump, alignment: { 'mckinsey-7s': (pump.alignment?.['mckinsey-7s'] ?? []).slice(0, 9) } };
    await page.addInitScript((stored) => {
      window.localStorage.setItem(
        `crmkit:v1:engagement:${stored.id}`,
        JSON.stringify({ format: 2, revision: 1, savedAt: '2026-04-01T09:00:00.000Z', engagement: stored }),
      );
      window.localStorage.setItem(
        'crmkit:v1:position',
        JSON.stringify({ engagement: stored.id, framework: 'mckinsey-7s', step: 6, view: 'pairs' }),
      );
    }, engagement);
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${prefix(lang)}/workshop/`);
      await expect(page.getByTestId('pair-matrix')).toBeVisible();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
        .toBeLessThanOrEqual(0);
      // The grid is inside its own box: no cell reaches past the page.
      const right = await page
        .locator('.pair-cell')
        .evaluateAll((cells) => Math.max(...cells.map((c) => c.getBoundingClientRect().right)));
      expect(right).toBeLessThanOrEqual(width);
      await expect(page.getByTestId('pair-derived').locator('li')).toHaveCount(12);
      await page.screenshot({ path: `test-results/screenshots/workshop-pairs-${lang}-${width}.png` });
      await axeClean(page);
    }
  });
}
