/**
 * The workshop's plan and executive summary in real Chromium, in English and Chinese: a
 * blank engagement is taken to a chosen template, a start date and a holiday, the plan
 * appears, survives reloads, shows in the summary (which prints and downloads) and in Progress.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeClean } from './axe.ts';
import { content } from './content.ts';
import { PLAN_EDITOR, SUMMARY_VIEW } from '../../src/i18n/plan-editor.ts';
import { PLAN_NAV } from '../../src/i18n/plan-nav.ts';
import { PROFILE_EDITOR } from '../../src/i18n/profile.ts';
import { TRACKING_EDITOR } from '../../src/i18n/tracking.ts';
import { WORKSHOP } from '../../src/i18n/workshop.ts';
import { SUMMARY } from '../../src/i18n/summary.ts';
import { CALENDAR_WORDS } from '../../src/i18n/calendars.ts';
import type { Language } from '../../src/schemas/generated/types.ts';

const service = content.templates.find((t) => t.id === 'sme-maintenance-service');
const sales = content.templates.find((t) => t.id === 'sme-sales-process');
if (!service || !sales) throw new Error('the maintenance-service and sales-process templates are shipped');
const firstPhase = service.phases[0];
if (!firstPhase) throw new Error('the maintenance-service template has phases');

const prefix = (lang: Language) => (lang === 'en' ? '' : '/zh');

async function createBlank(page: Page, lang: Language, client: string) {
  const w = WORKSHOP[lang];
  await page.goto(`${prefix(lang)}/workshop/`);
  await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
  await page.getByLabel(w.clientName).fill(client);
  await page.getByLabel(w.industry).fill(lang === 'en' ? 'Pumps' : '水泵');
  await page.getByRole('button', { name: w.create }).click();
  await expect(page.locator('.workshop[data-open="true"]')).toBeVisible();
}

async function profile(page: Page, lang: Language, growthStage: string, businessMode: string) {
  const p = PROFILE_EDITOR[lang];
  await page.getByRole('button', { name: p.nav, exact: true }).click();
  await page.locator('#profile-growthStage').selectOption(growthStage);
  await page.locator('#profile-businessMode').selectOption(businessMode);
}

for (const lang of ['en', 'zh'] as const) {
  const w = PLAN_EDITOR[lang];
  const nav = PLAN_NAV[lang];
  test(`a blank engagement gets a plan and a summary in the workshop (${lang})`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await createBlank(page, lang, lang === 'en' ? 'Riverside Pumps' : '河畔水泵');
    const openPlan = () => page.getByRole('button', { name: nav.plan, exact: true }).click();
    const editor = page.getByTestId('plan-editor');

    // Nothing known about the client: no template fits and none is near; any can still be chosen.
    await openPlan();
    await expect(editor.getByRole('heading', { name: w.title, level: 2 })).toBeFocused();
    await expect(editor.getByTestId('plan-nothing-fits')).toHaveText(w.nothingFits);
    await expect(editor.getByTestId('plan-needs-start')).toBeVisible();
    await axeClean(page);

    // Growing and sales-process-led: no template names that without the application mode, the nearest is offered.
    await profile(page, lang, 'growth', 'sales-process');
    await openPlan();
    await expect(editor.getByTestId('plan-nearest')).toContainText(w.nearestNote(sales.title[lang]));
    await expect(editor.getByRole('button', { name: w.useNearest })).toBeVisible();

    // Stable and maintenance-led: the maintenance-service template fits, preselected with its reasons.
    await profile(page, lang, 'stable-regrowth', 'maintenance-service');
    await openPlan();
    const recommended = editor.locator(`li[data-template="${service.id}"]`);
    await expect(recommended.getByRole('radio')).toBeChecked();
    await expect(recommended).toContainText(w.recommendedTag);
    await expect(recommended).toContainText(w.score(5));
    await expect(recommended.locator('.template-why')).toContainText(lang === 'en' ? 'fits' : '适合');
    await expect(editor.locator('details summary')).toBeVisible(); // the templates that do not fit, and why
    await editor.getByTestId('use-template').click();
    await expect(editor.getByTestId('plan-in-use')).toHaveText(w.inUseNote(service.title[lang]));

    // A start the schema refuses is named with why; the good one is kept.
    const start = editor.getByLabel(w.start);
    await start.fill('1899-12-29');
    await expect(editor.getByTestId('plan-start-refused')).toContainText(w.outOfRange);
    await start.fill('2026-06-01');
    await expect(editor.getByTestId('plan-start-refused')).toHaveCount(0);
    // The start day is a holiday: the first task moves to the next working day.
    await editor.getByTestId('holiday-date').fill('2026-06-01');
    await editor.getByRole('button', { name: w.addHoliday }).click();
    await expect(editor.locator('li[data-holiday="2026-06-01"]')).toBeVisible();
    await editor.getByTestId('holiday-date').fill('2026-06-01');
    await editor.getByRole('button', { name: w.addHoliday }).click();
    await expect(editor.getByRole('alert')).toContainText(w.alreadyAHoliday);
    await expect(editor.getByTestId('plan-first-task')).toHaveAttribute('data-date', '2026-06-02');
    await expect(editor.getByTestId('phase-table')).toContainText(firstPhase.title[lang]);
    await expect(page.getByTestId('save-status')).toContainText(lang === 'en' ? 'Saved' : '保存');
    await axeClean(page);
    await page.screenshot({ path: `test-results/screenshots/workshop-plan-${lang}.png`, fullPage: true });

    // Twice reloaded: the same section open, the same values.
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await expect(editor).toBeVisible();
      await expect(editor.getByLabel(w.start)).toHaveValue('2026-06-01');
      await expect(editor.locator('li[data-holiday="2026-06-01"]')).toBeVisible();
      await expect(editor.getByTestId('plan-first-task')).toHaveAttribute('data-date', '2026-06-02');
      await expect(editor.locator(`li[data-template="${service.id}"]`).getByRole('radio')).toBeChecked();
    }

    // Removing the holiday offers Undo; Undo brings it back.
    await editor
      .getByRole('button', { name: w.removeHoliday(await editor.locator('li[data-holiday] span').innerText()) })
      .click();
    await expect(editor.locator('li[data-holiday="2026-06-01"]')).toHaveCount(0);
    await expect(editor.getByTestId('plan-first-task')).toHaveAttribute('data-date', '2026-06-01');
    await expect(page.getByTestId('undo-status')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editor.locator('li[data-holiday="2026-06-01"]')).toBeVisible();

    // The summary names the plan's phases, prints alone, and downloads as the report file.
    await page.getByRole('button', { name: nav.summary, exact: true }).click();
    const summary = page.getByTestId('summary-view');
    await expect(summary.getByRole('heading', { name: nav.summary, level: 2 })).toBeFocused();
    await expect(summary).toContainText(firstPhase.title[lang]);
    await expect(summary.getByTestId('summary-no-plan')).toHaveCount(0);
    await expect(summary.getByTestId('summary-title')).toHaveText(lang === 'en' ? 'Riverside Pumps' : '河畔水泵');
    await axeClean(page);
    const downloading = page.waitForEvent('download');
    await summary.getByRole('button', { name: SUMMARY_VIEW[lang].download }).click();
    const file = await downloading;
    const path = testInfo.outputPath('report.html');
    await file.saveAs(path);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('http-equiv="content-security-policy"');
    expect(html).toContain(firstPhase.title[lang]);
    expect(html).not.toContain('<script');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.wizard-nav')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(summary.getByRole('button', { name: SUMMARY_VIEW[lang].print })).toBeHidden();
    await expect(summary).toContainText(firstPhase.title[lang]);
    const pdf = await page.pdf({ format: lang === 'en' ? 'Letter' : 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    // Progress works on the plan made here: it lists the plan's tasks.
    await page.getByRole('button', { name: TRACKING_EDITOR[lang].nav, exact: true }).click();
    const tracking = page.getByTestId('tracking-editor');
    await expect(tracking.locator('tr[data-task]').first()).toBeVisible();
    expect(await tracking.locator('table.task-table tr[data-task]').count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  });

  test(`the mainland China calendar moves the plan across the Spring Festival and National Day, and is saved (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const c = CALENDAR_WORDS[lang];
    await createBlank(page, lang, lang === 'en' ? 'Harbour Pumps' : '港湾水泵');
    await profile(page, lang, 'stable-regrowth', 'maintenance-service');
    await page.getByRole('button', { name: nav.plan, exact: true }).click();
    const editor = page.getByTestId('plan-editor');
    await editor.getByTestId('use-template').click();
    const start = editor.getByLabel(w.start);
    const first = editor.getByTestId('plan-first-task');
    const chooser = editor.getByTestId('calendar-chooser');
    // Weekdays only, the default: Monday 16 February 2026 is a working day.
    await expect(chooser.getByRole('radio', { name: c.names.weekdays })).toBeChecked();
    await start.fill('2026-02-16');
    await expect(first).toHaveAttribute('data-date', '2026-02-16');
    // Mainland China, its years shown: 16–20 and 23 February are the Spring Festival holiday,
    // so the work starts on Tuesday 24 February.
    await expect(chooser.locator('li[data-calendar="cn-mainland"]')).toContainText(
      c.covers(2004, 2026, 'chinese-days 1.5.7'),
    );
    await chooser.getByRole('radio', { name: c.names['cn-mainland'] }).check();
    await expect(first).toHaveAttribute('data-date', '2026-02-24');
    await expect(editor.getByTestId('plan-calendar')).toHaveAttribute('data-calendar', 'cn-mainland');
    await expect(editor.getByTestId('calendar-years-missing')).toHaveCount(0);
    // National Day: 1, 2 and 5–7 October 2026 off (3–4 a weekend), so a 1 October start
    // begins on Thursday 8 October; the plan now runs into 2027, which the data does not cover.
    await start.fill('2026-10-01');
    await expect(first).toHaveAttribute('data-date', '2026-10-08');
    await expect(editor.getByTestId('calendar-years-missing')).toContainText('2027');
    await expect(editor.getByTestId('calendar-years-missing')).toContainText('2004–2026');
    await axeClean(page);

    // Saved: a reload keeps the calendar and the dates it gives.
    await page.reload();
    await expect(editor).toBeVisible();
    await expect(chooser.getByRole('radio', { name: c.names['cn-mainland'] })).toBeChecked();
    await expect(first).toHaveAttribute('data-date', '2026-10-08');

    // Back to weekdays only: 1 October is a Thursday like any other.
    await chooser.getByRole('radio', { name: c.names.weekdays }).check();
    await expect(first).toHaveAttribute('data-date', '2026-10-01');
    await expect(editor.getByTestId('calendar-years-missing')).toHaveCount(0);
  });

  test(`the summary of an engagement with no plan says there is none yet (${lang})`, async ({ page }) => {
    await createBlank(page, lang, lang === 'en' ? 'No Plan Co' : '无计划公司');
    await page.getByRole('button', { name: nav.summary, exact: true }).click();
    const summary = page.getByTestId('summary-view');
    await expect(summary.getByTestId('summary-no-plan')).toBeVisible();
    await expect(summary).not.toContainText(SUMMARY[lang].noNextSteps);
    await axeClean(page);
  });
}
