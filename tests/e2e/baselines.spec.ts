/**
 * Named baselines in the workshop, in Chromium: the schedule is frozen under a name, slip is
 * then measured against it when the plan moves, today's schedule can be chosen again, a name
 * already taken is refused, and the exported file carries the baselines and passes validation.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import { importEngagement } from '../../src/core/workshop/import-export.ts';
import { PLAN_EDITOR } from '../../src/i18n/plan-editor.ts';
import { PLAN_NAV } from '../../src/i18n/plan-nav.ts';
import { TRACKING_EDITOR, TRACKING_PAGE } from '../../src/i18n/tracking.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { axeClean } from './axe.ts';
import { content, LANGS } from './content.ts';

const context = {
  frameworks: new Map(content.frameworks.map((f) => [f.id, f])),
  templates: new Map(content.templates.map((t) => [t.id, t])),
};
const found = content.engagements.find((e) => e.id === 'industrial-equipment-growth');
if (!found) throw new Error('no pump-maker sample');
const pumps: Engagement = found;
/** The plan's end as scheduled from a start date, computed by the engine the pages use. */
function endFrom(start: string): string {
  const moved: Engagement = { ...pumps, plan: { ...pumps.plan, startDate: start } };
  const result = planEngagement(moved, context.frameworks, context.templates);
  if (!result.ok) throw new Error('no plan');
  return result.schedule.end;
}

async function open(page: Page, section: string) {
  await page.getByRole('button', { name: section, exact: true }).click();
}

for (const lang of LANGS) {
  test(`baselines (${lang}): freeze, move the plan, measure against the baseline or today's schedule, export`, async ({
    page,
  }, testInfo) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const w = TRACKING_EDITOR[lang];
    const t = TRACKING_PAGE[lang];
    await page.goto(lang === 'en' ? '/workshop/' : '/zh/workshop/');
    await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
    await page.getByRole('button', { name: pumps.title }).click();
    await open(page, w.nav);
    const editor = page.getByTestId('tracking-editor');
    const baselines = editor.getByTestId('baseline-editor');
    const against = editor.getByTestId('tracking-baseline');
    const plannedEnd = editor.getByTestId('tracking-planned-end');
    await expect(against).toHaveText(t.measuredAgainstToday);
    const startEnd = endFrom('2026-02-02');
    await expect(plannedEnd).toHaveText(startEnd);

    // No name: refused, nothing frozen.
    await baselines.getByRole('button', { name: w.freeze }).click();
    await expect(baselines.getByRole('alert')).toHaveText(w.baselineRefused.empty);
    await expect(baselines.getByTestId('baseline-list')).toHaveCount(0);

    // Hostile text is a name like any other, shown as text.
    const name = 'Gate 1 <b>approved</b>';
    await baselines.getByTestId('baseline-name').fill(name);
    await baselines.getByRole('button', { name: w.freeze }).click();
    await expect(page.getByTestId('save-status')).toContainText(w.baselineFrozen(name));
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await expect(against).toContainText(t.measuredAgainst(name, today));
    await expect(baselines.locator('b')).toHaveCount(0);
    await expect(baselines.getByTestId('baseline-choice')).toHaveValue(name);

    // The same name again is refused: a frozen baseline is never overwritten.
    await baselines.getByTestId('baseline-name').fill(name);
    await baselines.getByRole('button', { name: w.freeze }).click();
    await expect(baselines.getByRole('alert')).toHaveText(w.baselineRefused.taken);
    await expect(baselines.locator('li[data-baseline]')).toHaveCount(1);

    // The plan moves a week: measured against the baseline, the planned end stays where it was agreed.
    await open(page, PLAN_NAV[lang].plan);
    await page.getByLabel(PLAN_EDITOR[lang].start, { exact: true }).fill('2026-02-09');
    await expect(page.getByTestId('save-status')).toContainText(lang === 'en' ? 'Saved' : '保存');
    await open(page, w.nav);
    await expect(plannedEnd).toHaveText(startEnd);
    // Today's schedule chosen: the planned end is the moved plan's.
    await baselines.getByTestId('baseline-choice').selectOption('');
    await expect(against).toHaveText(t.measuredAgainstToday);
    await expect(plannedEnd).toHaveText(endFrom('2026-02-09'));
    await baselines.getByTestId('baseline-choice').selectOption(name);
    await expect(plannedEnd).toHaveText(startEnd);
    await axeClean(page);
    await baselines.screenshot({ path: `test-results/screenshots/workshop-baselines-${lang}.png` });

    // Survives a reload, and the exported file carries it and passes the checks.
    await page.reload();
    await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
    await expect(plannedEnd).toHaveText(startEnd);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: lang === 'en' ? 'Export YAML' : '导出 YAML' }).click(),
    ]);
    const file = testInfo.outputPath('baselines.yaml');
    await download.saveAs(file);
    const imported = importEngagement('baselines.yaml', readFileSync(file, 'utf8'), context);
    expect(imported.ok ? [] : imported.problems).toEqual([]);
    if (imported.ok) {
      expect(imported.engagement.plan?.baseline).toBe(name);
      expect(imported.engagement.baselines?.map((b) => [b.name, b.taken])).toEqual([[name, today]]);
    }
    expect(errors).toEqual([]);
  });
}
