/**
 * The new-client journey, whole, in real Chromium and in both languages: a blank
 * engagement is created in the workshop, its profile edited, every assessment answered by
 * keyboard (the 21 7-S pairs and three customer segments included), risks, three vendors
 * weighed by AHP from two assessors and an ROI case entered, the recommended template
 * accepted with a start date; the plan, summary and tracking views appear, the summary
 * prints to PDF (read back with pdftotext), and every stage is the same after two reloads.
 * Finally the exported file passes `crmkit validate`, and `crmkit report` on it gives the
 * same NPV, 7-S overall score and first task date as the browser showed.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { formatDate, formatMoney } from '../../src/i18n/lib/format.ts';
import { RISK_EDITOR } from '../../src/i18n/risks.ts';
import { FINANCE_EDITOR } from '../../src/i18n/roi.ts';
import { TRACKING_EDITOR } from '../../src/i18n/tracking.ts';
import { VENDOR_EDITOR } from '../../src/i18n/vendors.ts';
import { PAIR_STEP } from '../../src/i18n/pair-step.ts';
import { PLAN_EDITOR } from '../../src/i18n/plan-editor.ts';
import { PLAN_PAGE } from '../../src/i18n/plan-page.ts';
import { PLAN_NAV } from '../../src/i18n/plan-nav.ts';
import { PROFILE_EDITOR } from '../../src/i18n/profile.ts';
import { SEGMENT_EDITOR, SEGMENT_NAV } from '../../src/i18n/segment-editor.ts';
import { WORKSHOP } from '../../src/i18n/workshop.ts';
import type { Language } from '../../src/schemas/generated/types.ts';
import { content, LANGS, prefix } from './content.ts';

const assessments = content.frameworks.filter((f) => f.use === 'assessment');
const sevenS = assessments.find((f) => f.id === 'mckinsey-7s');
const vendorFramework = content.frameworks.find((f) => f.id === 'vendor-selection');
if (!sevenS?.alignment || !vendorFramework) throw new Error('the 7-S and vendor-selection frameworks are shipped');
const pairElements = sevenS.elements.filter((e) => sevenS.alignment?.pairs.some((p) => p.a === e.id || p.b === e.id));
const criteria = vendorFramework.elements.filter((e) => (e.questions ?? []).length > 0);

// An action that cannot happen fails in seconds, not at the end of the journey's long timeout.
test.use({ actionTimeout: 15_000 });

const CLIENT = { en: 'Nordlicht Pharma Distribution', zh: '北光医药流通' } as const;
const START = '2027-01-11';

/** Two reloads, each landing on the same view with the same content. */
async function twoReloads(page: Page, same: () => Promise<void>) {
  for (let i = 0; i < 2; i++) {
    await page.reload();
    await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
    await same();
  }
}

async function saved(page: Page, lang: Language) {
  await expect(page.getByTestId('save-status')).toContainText(lang === 'en' ? 'Saved' : '保存');
}

/**
 * Every question of one assessment by keyboard, as a facilitator does: the digit keys answer
 * the marked question and mark the next; → goes to the next step (the 7-S: to its pairs).
 */
async function answerByKeyboard(page: Page, lang: Language, frameworkIndex: number) {
  const framework = assessments[frameworkIndex];
  if (!framework) return;
  await page.getByRole('button', { name: framework.title[lang], exact: true }).focus();
  await page.keyboard.press('Enter');
  const steps = framework.elements.filter((e) => (e.questions ?? []).length > 0);
  let n = 0;
  for (const [s, element] of steps.entries()) {
    await expect(page.locator('#step-title')).toHaveText(element.title[lang]);
    for (const question of element.questions ?? []) {
      // 2, 3, 4 in turn: inside every 1–5 scale, and varied enough to give findings.
      const value = ((n + frameworkIndex) % 3) + 2;
      await page.keyboard.press(String(value));
      await expect(
        page.locator(`[data-question="${question.id}"] input[name$="-current"][value="${value}"]`),
      ).toBeChecked();
      n++;
    }
    if (s < steps.length - 1 || framework.alignment) await page.keyboard.press('ArrowRight');
  }
}

/** The 21 pairs, row by row: a digit rates, → along the row, ↓ and Home to the next row. */
async function ratePairs(page: Page, lang: Language) {
  await expect(page.locator('#pair-matrix-title')).toBeFocused();
  await expect(page.getByRole('button', { name: PAIR_STEP[lang].step(0, 21) })).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('Tab');
  for (let r = 0; r < pairElements.length - 1; r++) {
    for (let c = 0; c <= r; c++) {
      await page.keyboard.press(String(((r + c) % 4) + 2));
      if (c < r) await page.keyboard.press('ArrowRight');
    }
    if (r < pairElements.length - 2) {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Home');
    }
  }
  await expect(page.getByTestId('pair-rated')).toContainText('21');
}

async function addSegments(page: Page, lang: Language) {
  const w = SEGMENT_EDITOR[lang];
  await page.getByRole('button', { name: SEGMENT_NAV[lang].nav, exact: true }).click();
  const editor = page.getByTestId('segment-editor');
  const rows = [
    ['Hospital pharmacies', '60', '4200000', '5100000', 'Delivery slots', 'push'],
    ['Community pharmacies', '1900', '9800000', '7600000', 'Stock-out alerts', 'pull'],
    ['Clinics', '240', '600000', '2100000', 'Order by phone', 'pull'],
  ] as const;
  const cards = editor.locator('fieldset.segment-card');
  for (const [i, [name, customers, historical, potential, need, direction]] of rows.entries()) {
    await editor.getByTestId('add-segment').focus();
    await page.keyboard.press('Enter');
    await expect(cards).toHaveCount(i + 1);
    const card = cards.nth(i);
    await expect(card.getByLabel(w.fields.name)).toBeFocused();
    await page.keyboard.type(name);
    for (const text of [customers, historical, potential, need]) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(text);
    }
    await page.keyboard.press('Tab');
    if (direction === 'pull') await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(card.getByLabel(w.need(1), { exact: true })).toHaveValue(need);
  }
  await expect(editor.getByTestId('segment-quadrant')).toHaveCount(3);
  await expect(editor.getByTestId('top-share')).not.toBeEmpty();
  return editor;
}

async function vendorsWithAhp(page: Page, lang: Language) {
  const v = VENDOR_EDITOR[lang];
  await page.getByRole('button', { name: v.nav, exact: true }).click();
  const editor = page.getByTestId('vendor-editor');
  const names = ['Apotheka CRM', 'MedLink Suite', 'Nordic Pharma Cloud'];
  for (const name of names) {
    await editor.getByLabel(v.vendorName).fill(name);
    await editor.getByRole('button', { name: v.addVendor }).click();
  }
  const selects = editor.locator('select[data-score]');
  const count = await selects.count();
  expect(count).toBe(names.length * criteria.reduce((sum, c) => sum + (c.questions?.length ?? 0), 0));
  // Each vendor strongest somewhere: the score (1–5) cycles with the vendor and the row.
  for (let i = 0; i < count; i++) await selects.nth(i).selectOption(String(((i * 7) % 5) + 1));
  await editor.getByLabel(v.weighting).selectOption('ahp');
  const saaty = [9, 7, 5, 3, 2, 1, -2, -3, -5, -7];
  for (const [assessor, name] of ['Finance director', 'Head of sales'].entries()) {
    await editor.locator('#vendor-assessor').selectOption(String(assessor));
    const pairs = editor.getByTestId('ahp-pairs').locator('select');
    const n = await pairs.count();
    for (let i = 0; i < n; i++) await pairs.nth(i).selectOption(String(saaty[(i * 3 + assessor * 5) % saaty.length]));
    // The assessor exists once a judgement is given; then it can be named.
    await editor.locator('#vendor-assessor-name').fill(name);
  }
  await expect(editor.getByTestId('vendor-ranking').locator('tbody tr')).toHaveCount(3);
  return editor;
}

async function roiCase(page: Page, lang: Language) {
  const f = FINANCE_EDITOR[lang];
  await page.getByRole('button', { name: f.nav, exact: true }).click();
  const editor = page.getByTestId('finance-editor');
  await editor.getByRole('button', { name: f.start }).click();
  const cost = editor.locator('fieldset[data-line]').first();
  await cost.getByLabel(f.oneTime).fill('180000');
  await cost.getByLabel(f.recurring).fill('40000');
  const benefit = editor
    .locator('fieldset[data-line]')
    .filter({ has: page.getByLabel(f.annual) })
    .first();
  await benefit.getByLabel(f.annual).fill('150000');
  await expect(editor.getByTestId('roi-npv')).not.toHaveText('');
  return editor;
}

for (const lang of LANGS) {
  test(`a new client, blank to summary and tracking; the exported file reports the same figures (${lang})`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(240_000);
    const t0 = Date.now();
    const mark = (what: string) => console.log(`[journey ${lang}] ${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const w = WORKSHOP[lang];

    // 1. Blank engagement, then the profile.
    await page.goto(`${prefix(lang)}/workshop/`);
    await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
    await page.getByLabel(w.clientName).fill(CLIENT[lang]);
    await page.getByLabel(w.industry).fill(lang === 'en' ? 'Pharmaceutical wholesale' : '医药批发');
    await page.getByRole('button', { name: w.create }).click();
    await expect(page.locator('.workshop[data-open="true"]')).toBeVisible();
    await page.getByRole('button', { name: PROFILE_EDITOR[lang].nav, exact: true }).click();
    await page.locator('#profile-growthStage').selectOption('stable-regrowth');
    await page.locator('#profile-businessMode').selectOption('maintenance-service');
    await page.locator('#profile-currency').fill('EUR');
    await saved(page, lang);
    await twoReloads(page, async () => {
      await expect(page.locator('#profile-growthStage')).toHaveValue('stable-regrowth');
      await expect(page.locator('#profile-currency')).toHaveValue('EUR');
    });

    mark('2. Every');
    // 2. Every assessment by keyboard; the 7-S with its 21 pairs.
    let sevenSOverall = '';
    for (const [i, framework] of assessments.entries()) {
      await answerByKeyboard(page, lang, i);
      mark(framework.id);
      if (framework.id === 'mckinsey-7s') await ratePairs(page, lang);
      await page.getByRole('button', { name: w.results, exact: true }).click();
      const overall = page.getByTestId('workshop-results').getByTestId('overall-score');
      await expect(overall).toBeVisible();
      if (framework.id === 'mckinsey-7s') sevenSOverall = await overall.innerText();
    }
    await twoReloads(page, () => expect(page.getByTestId('workshop-results')).toBeVisible());

    mark('3. Segments');
    // 3. Segments, risks, vendors, ROI; each view the same after two reloads.
    await addSegments(page, lang);
    await saved(page, lang);
    await twoReloads(page, () => expect(page.locator('fieldset.segment-card')).toHaveCount(3));

    await page.getByRole('button', { name: RISK_EDITOR[lang].nav, exact: true }).click();
    const risks = page.getByTestId('risk-editor');
    // The typical risks are open while the register is empty.
    await risks.getByRole('button', { name: RISK_EDITOR[lang].acceptAll }).click();
    const riskCount = await risks.locator('fieldset.risk-card').count();
    expect(riskCount).toBeGreaterThan(3);
    await twoReloads(page, () => expect(risks.locator('fieldset.risk-card')).toHaveCount(riskCount));

    mark('risks');
    const vendors = await vendorsWithAhp(page, lang);
    const winner = await vendors.getByTestId('vendor-ranking').locator('tbody tr').first().locator('th').innerText();
    await twoReloads(page, () =>
      expect(vendors.getByTestId('vendor-ranking').locator('tbody tr').first().locator('th')).toHaveText(winner),
    );

    mark('vendors');
    const roi = await roiCase(page, lang);
    await saved(page, lang);
    const npvShown = await roi.getByTestId('roi-npv').innerText();
    await twoReloads(page, () => expect(roi.getByTestId('roi-npv')).toHaveText(npvShown));
    // The summary writes NPV in whole units: the same figure the ROI view showed with cents.
    const npv = formatMoney(Number(await roi.getByTestId('roi-npv').getAttribute('data-value')), 'EUR', lang);

    mark('4. The plan');
    // 4. The plan: the recommended template accepted, a start date set.
    const nav = PLAN_NAV[lang];
    await page.getByRole('button', { name: nav.plan, exact: true }).click();
    const plan = page.getByTestId('plan-editor');
    // The profile states stable re-growth and maintenance service; these answers point to growth
    // and sales process: the recommendation follows the profile and says so, twice.
    await expect(plan.getByTestId('plan-disagreement')).toHaveCount(2);
    await plan.getByTestId('use-template').click();
    await plan.getByLabel(PLAN_EDITOR[lang].start).fill(START);
    const firstTask = plan.getByTestId('plan-first-task');
    await expect(firstTask).toHaveAttribute('data-date', START);
    await twoReloads(page, () => expect(firstTask).toHaveAttribute('data-date', START));
    // The phases and gates of this draft, drawn as SVG once unfolded.
    await plan.locator('summary', { hasText: PLAN_PAGE[lang].flow }).click();
    const flow = plan.getByTestId('chart-workshop-flow');
    await expect(flow.locator('.flow-gate')).not.toHaveCount(0);
    await expect(flow.locator('.flow-phase')).toHaveCount(await flow.locator('.flow-gate').count());

    mark('5. The summary');
    // 5. The summary: the plan's phases and the ROI; it prints to PDF, read back as text.
    await page.getByRole('button', { name: nav.summary, exact: true }).click();
    const summary = page.getByTestId('summary-view');
    await expect(summary.getByTestId('summary-phases')).toBeVisible();
    await expect(summary.getByTestId('summary-roi')).toContainText(npv);
    await twoReloads(page, () => expect(summary.getByTestId('summary-phases')).toBeVisible());
    await page.emulateMedia({ media: 'print' });
    const pdfPath = testInfo.outputPath('summary.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'A4' }));
    await page.emulateMedia({ media: 'screen' });
    const pdfText = spawnSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).stdout;
    expect(pdfText).toContain(CLIENT[lang]);
    expect(pdfText.replace(/\s+/g, ' ')).toContain(npv.replace(/\s+/g, ' '));

    mark('6. Tracking');
    // 6. Tracking: Progress lists the plan's tasks; a status survives two reloads.
    await page.getByRole('button', { name: TRACKING_EDITOR[lang].nav, exact: true }).click();
    const tracking = page.getByTestId('tracking-editor');
    const firstRow = tracking.locator('table.task-table tr[data-task]').first();
    await expect(firstRow).toBeVisible();
    expect(await tracking.locator('table.task-table tr[data-task]').count()).toBeGreaterThan(10);
    await firstRow.locator('select').selectOption('in-progress');
    await saved(page, lang);
    const firstTaskId = await firstRow.getAttribute('data-task');
    await twoReloads(page, () =>
      expect(tracking.locator(`tr[data-task="${firstTaskId}"] select`)).toHaveValue('in-progress'),
    );

    mark('7. Export');
    // 7. Export → crmkit validate → crmkit report: the same NPV, 7-S score and first task date.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: w.exportYaml }).click(),
    ]);
    const file = testInfo.outputPath('engagement.yaml');
    await download.saveAs(file);
    const validate = spawnSync(process.execPath, ['bin/crmkit.js', 'validate', file], { encoding: 'utf8' });
    expect(validate.stdout).toContain('no problems');
    expect(validate.status).toBe(0);
    const reportPath = testInfo.outputPath('report.html');
    const report = spawnSync(process.execPath, ['bin/crmkit.js', 'report', file, '--out', reportPath], {
      encoding: 'utf8',
    });
    expect(report.status, report.stdout).toBe(0);
    expect(readFileSync(reportPath, 'utf8')).toContain(CLIENT[lang]);
    await page.goto(pathToFileURL(reportPath).href);
    await expect(page.getByTestId('summary-roi')).toContainText(npv);
    const sevenSRow = page.getByTestId('summary-scores').locator('tbody tr', { hasText: sevenS.title[lang] });
    await expect(sevenSRow).toContainText(sevenSOverall);
    await expect(page.getByTestId('summary-phases').locator('tbody tr').first().locator('td').first()).toHaveText(
      formatDate(START, lang),
    );
    expect(errors).toEqual([]);
  });
}
