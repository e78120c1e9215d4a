/**
 * The decision pages in Chromium: the risk register, vendor decision, ROI case and plan of
 * each sample engagement match the engine, their charts draw, and axe finds nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { vendorDecision } from '../../src/core/decide/vendor-decision.ts';
import { analyseFinance } from '../../src/core/finance/analyse.ts';
import { simulateNpv } from '../../src/core/finance/simulate.ts';
import { formatMoney, formatNumber, formatPercent } from '../../src/i18n/lib/format.ts';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import { trackPlan } from '../../src/core/plan/tracking.ts';
import { gateReadiness } from '../../src/core/plan/gates.ts';
import { targetProgress } from '../../src/core/plan/targets.ts';
import { clientFit, recommendTemplates } from '../../src/core/plan/recommend.ts';
import { assessEngagement } from '../../src/core/assess/assess-engagement.ts';
import { riskFramework, riskRegister } from '../../src/core/risk/register.ts';
import { pick } from '../../src/core/plan/plan-text.ts';
import { engagementToYaml } from '../../src/core/workshop/import-export.ts';
import { KEPT_PROGRESS, TRACKING_EDITOR } from '../../src/i18n/tracking.ts';
import { term } from '../../src/i18n/ui.ts';
import { reassessment } from '../fixtures/reassessment.ts';
import { paintedPixels } from './charts.ts';
import { axeClean } from './axe.ts';
import { content, LANGS, prefix } from './content.ts';

const framework = riskFramework(content.frameworks);
if (!framework) throw new Error('no risk framework');

for (const lang of LANGS) {
  for (const engagement of content.engagements) {
    test(`${lang} risk register of ${engagement.id} matches the engine`, async ({ page }) => {
      const register = riskRegister(engagement.risks ?? [], framework);
      await page.goto(`${prefix(lang)}/engagements/${engagement.id}/risks/`);
      const rows = page.getByTestId('risk-table').locator('tbody tr');
      await expect(rows).toHaveCount(register.risks.length);
      for (const [i, x] of register.risks.entries()) {
        await expect(rows.nth(i).locator('th')).toContainText(x.risk.title);
        await expect(rows.nth(i).locator('td').nth(1)).toContainText(`= ${x.current.score}`);
      }
      const placed = await page
        .getByTestId('heat-map')
        .locator('td')
        .evaluateAll((cells) => cells.reduce((sum, c) => sum + Number(c.getAttribute('data-count') ?? 0), 0));
      expect(placed).toBe(register.risks.length);
      await expect(page.getByTestId('risk-exposure')).toContainText(String(register.exposure.current));
      expect(await page.locator('script').count()).toBe(0);
      await axeClean(page);
    });
  }
}

for (const lang of LANGS) {
  for (const engagement of content.engagements) {
    test(`${lang} rollout plan of ${engagement.id} matches the engine and its diagrams draw`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const frameworks = new Map(content.frameworks.map((f) => [f.id, f]));
      const templates = new Map(content.templates.map((t) => [t.id, t]));
      const result = planEngagement(engagement, frameworks, templates);
      if (!result.ok) throw new Error(`no plan for ${engagement.id}`);
      await page.goto(`${prefix(lang)}/engagements/${engagement.id}/plan/`);
      await expect(page.getByTestId('plan-end')).toHaveText(result.schedule.end);
      // Both samples chose the template their classified stage and mode put first.
      const classifications = assessEngagement(content.frameworks, engagement).flatMap((r) => r.classifications ?? []);
      const best = recommendTemplates(content.templates, clientFit(engagement, classifications))[0];
      await expect(page.getByTestId('plan-recommended').locator('a').first()).toHaveText(
        best?.template.title[lang] ?? '',
      );
      expect(best?.template.id).toBe(result.template.id);
      await expect(page.getByTestId('plan-recommended').locator('.warn')).toHaveCount(0);
      await expect(page.locator('table.task-table tbody tr')).toHaveCount(result.plan.tasks.length);
      for (const phase of result.plan.phases) {
        await expect(page.locator(`table[data-phase="${phase.id}"] tbody tr`)).toHaveCount(phase.tasks.length);
      }
      // Mermaid is not part of the page's initial scripts; it arrives when a diagram is shown.
      const initial = await page.locator('script').evaluateAll((s) => s.map((x) => x.textContent ?? '').join(' '));
      expect(initial).not.toContain('mermaid.core');
      // The executive view first, drawn on the server: one bar per phase with its gate.
      const served = await (await page.request.get(page.url())).text();
      expect(served).toContain('class="roadmap-chart"');
      const roadmap = page.getByTestId('roadmap-plan');
      await roadmap.scrollIntoViewIfNeeded();
      const phases = roadmap.getByTestId('chart-plan-phases').locator('svg');
      await expect(phases).toBeVisible();
      await expect(phases.locator('rect.chart-track')).toHaveCount(result.plan.phases.length);
      await expect(phases.locator('path.chart-gate')).toHaveCount(result.plan.phases.length);
      await expect(phases).toContainText(`1. ${(result.plan.phases[0]?.title[lang] ?? '').slice(0, 8)}`);
      // The bars are styled by the page's stylesheet (no inline style under the CSP), not black boxes.
      const fill = await phases
        .locator('rect.chart-track')
        .first()
        .evaluate((r) => getComputedStyle(r).fill);
      expect(fill).not.toBe('rgb(0, 0, 0)');
      // The island hydrates before the reader can switch views.
      await expect(page.locator('astro-island:has([data-testid="roadmap-plan"])')).not.toHaveAttribute('ssr');

      // Every task: one bar per task (a chart per phase once the plan is long), numbered in the key.
      await roadmap.getByLabel(lang === 'zh' ? '显示' : 'Show').selectOption('all');
      const charts = roadmap.locator('.task-chart-figure');
      await expect(charts).toHaveCount(result.plan.tasks.length > 40 ? result.plan.phases.length : 1);
      const marks = 'svg.task-chart [data-task]';
      await expect(roadmap.locator(marks)).toHaveCount(result.plan.tasks.length);
      await expect(roadmap.getByTestId('roadmap-key').locator('tbody tr')).toHaveCount(result.plan.tasks.length);

      // Filtered by owner: only that owner's bars.
      const it = result.plan.tasks.filter((t) => t.owner === 'it').length;
      await roadmap.getByLabel(lang === 'zh' ? '负责人' : 'Owner').selectOption('it');
      await expect(roadmap.getByTestId('roadmap-key').locator('tbody tr')).toHaveCount(it);
      await expect(roadmap.locator(marks)).toHaveCount(it);

      // The flow of phases and gates is drawn on the server: a box and a gate per phase, before any scroll.
      const flow = page.getByTestId('chart-flow');
      await expect(flow.locator('svg.flow-chart .flow-phase')).toHaveCount(result.plan.phases.length);
      await expect(flow.locator('svg.flow-chart .flow-gate')).toHaveCount(result.plan.phases.length);
      // Its Mermaid source, drawn by Mermaid only when asked for (once the island has woken).
      await flow.scrollIntoViewIfNeeded();
      await expect(page.locator('astro-island:has([data-testid="chart-flow"])')).not.toHaveAttribute('ssr');
      await flow.locator('summary').click();
      await expect(flow.locator('textarea')).toHaveValue(/^flowchart LR\n/);
      await flow
        .getByRole('button', { name: lang === 'zh' ? '按 Mermaid 的绘制效果预览' : 'Show it as Mermaid draws it' })
        .click();
      await expect(flow.locator('[data-testid="mermaid-plan-flow"][data-drawn="true"] svg')).toBeVisible();
      expect(errors).toEqual([]);
      await axeClean(page);
    });
  }
}

test('the phase roadmap downloads as SVG and PNG; a task chart copies its Mermaid source', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/engagements/industrial-equipment-growth/plan/');
  const roadmap = page.getByTestId('roadmap-plan');
  await roadmap.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has([data-testid="roadmap-plan"])')).not.toHaveAttribute('ssr');
  const chart = roadmap.getByTestId('chart-plan-phases');

  const svgDownload = page.waitForEvent('download');
  await chart.getByRole('button', { name: 'Download SVG' }).click();
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toBe('plan-roadmap.svg');
  const svgText = readFileSync((await svg.path()) ?? '', 'utf8');
  expect(svgText).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  // The colours travel with the file: a page's stylesheet does not.
  expect(svgText).toContain('<style>');
  expect(svgText).toContain('Discover and scope');

  const pngDownload = page.waitForEvent('download');
  await chart.getByRole('button', { name: 'Download PNG' }).click();
  const pngFile = await pngDownload;
  expect(pngFile.suggestedFilename()).toBe('plan-roadmap.png');
  const png = readFileSync((await pngFile.path()) ?? '');
  // A PNG signature, and a real picture: twice the SVG's size, so well over a few kilobytes.
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(10_000);
  // Twice the chart's width: 720 px by design, wider when drawn to fill a wide page.
  const drawn = await chart.locator('svg').evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
  expect(drawn).toBeGreaterThanOrEqual(720);
  expect(png.readUInt32BE(16)).toBe(2 * Math.ceil(drawn));

  // A task chart is drawn on the server; it downloads, and copies the same plan's Mermaid source.
  await roadmap.getByLabel('Show').selectOption('all');
  const diagram = roadmap.locator('.task-chart-figure').first();
  await expect(diagram.locator('svg.task-chart')).toBeVisible();
  const taskSvg = page.waitForEvent('download');
  await diagram.getByRole('button', { name: 'Download SVG' }).click();
  expect((await taskSvg).suggestedFilename()).toMatch(/^plan-[a-z0-9-]+\.svg$/);
  await diagram.getByRole('button', { name: 'Copy Mermaid source' }).click();
  await expect(diagram.getByRole('status')).toHaveText('Mermaid source copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^gantt\n/);
  expect(copied).toContain('\n  section ');
});

for (const lang of LANGS) {
  for (const engagement of content.engagements) {
    test(`${lang} vendor decision of ${engagement.id} matches the engine and its charts draw`, async ({ page }) => {
      const decision = vendorDecision(engagement, content.frameworks);
      if (!decision) throw new Error(`no vendor decision for ${engagement.id}`);
      await page.goto(`${prefix(lang)}/engagements/${engagement.id}/vendors/`);
      const rows = page.getByTestId('vendor-ranking').locator('tbody tr');
      await expect(rows).toHaveCount(decision.evaluation.vendors.length);
      for (const [i, vendor] of decision.evaluation.vendors.entries()) {
        await expect(rows.nth(i).locator('th')).toHaveText(vendor.name);
        const total = vendor.total === undefined ? '–' : formatNumber(vendor.total, lang, 1);
        await expect(rows.nth(i).locator('td').nth(-2)).toHaveText(total);
        if (vendor.knockOuts.length > 0) await expect(rows.nth(i).locator('td').last()).toContainText('✗');
      }
      await expect(page.getByTestId('vendor-sensitivity').locator('tbody tr')).toHaveCount(decision.sensitivity.length);
      expect(await paintedPixels(page, 'chart-stacked')).toBeGreaterThan(5000);
      expect(await paintedPixels(page, 'chart-tornado')).toBeGreaterThan(5000);
      await page.screenshot({ path: `test-results/screenshots/vendors-${engagement.id}-${lang}.png`, fullPage: true });
      await axeClean(page);
    });

    test(`${lang} ROI case of ${engagement.id} matches the engine and its charts draw`, async ({ page }) => {
      const finance = engagement.finance;
      if (!finance) throw new Error(`no finance for ${engagement.id}`);
      const { base } = analyseFinance(finance);
      const simulation = simulateNpv(finance);
      const currency = engagement.client.currency;
      await page.goto(`${prefix(lang)}/engagements/${engagement.id}/roi/`);
      await expect(page.getByTestId('roi-npv')).toHaveText(formatMoney(base.npv, currency, lang, 2));
      await expect(page.getByTestId('roi-irr')).toHaveText(formatPercent(base.irr.value ?? Number.NaN, lang));
      await expect(page.getByTestId('roi-cash-flow').locator('tbody tr')).toHaveCount(finance.horizon + 1);
      await expect(page.getByTestId('roi-probability')).toHaveText(
        formatPercent(simulation.probabilityPositive, lang, 2),
      );
      await expect(page.getByTestId('roi-views').locator('tbody tr')).toHaveCount(finance.riskAdjustment ? 5 : 4);
      expect(await paintedPixels(page, 'chart-cashflow')).toBeGreaterThan(3000);
      expect(await paintedPixels(page, 'chart-histogram')).toBeGreaterThan(5000);
      await page.screenshot({ path: `test-results/screenshots/roi-${engagement.id}-${lang}.png`, fullPage: true });
      await axeClean(page);
    });
  }
}

for (const lang of LANGS) {
  for (const engagement of content.engagements) {
    test(`${lang} progress tracking of ${engagement.id} matches the engine and its burn-up draws`, async ({ page }) => {
      const frameworks = new Map(content.frameworks.map((f) => [f.id, f]));
      const templates = new Map(content.templates.map((t) => [t.id, t]));
      const result = planEngagement(engagement, frameworks, templates);
      if (!result.ok) throw new Error(`no plan for ${engagement.id}`);
      const tracking = trackPlan(result.plan, result.schedule, engagement, engagement.updated ?? '');
      await page.goto(`${prefix(lang)}/engagements/${engagement.id}/tracking/`);
      await expect(page.getByTestId('tracking-percent')).toHaveText(`${formatNumber(tracking.percent, lang, 1)}%`);
      await expect(page.getByTestId('tracking-forecast')).toHaveText(tracking.forecastEnd);
      await expect(page.getByTestId('tracking-phases').locator('tbody tr')).toHaveCount(result.plan.phases.length);
      await expect(page.getByTestId('tracking-slipped').locator('tbody tr')).toHaveCount(tracking.slipped.length);
      await expect(page.locator('table[data-testid="tracking-tasks"] tbody tr')).toHaveCount(result.plan.tasks.length);
      const done = Object.values(engagement.tasks ?? {}).filter((s) => s.status === 'done').length;
      await expect(page.locator('tr[data-status="done"]')).toHaveCount(done);
      expect(await paintedPixels(page, 'chart-burnup')).toBeGreaterThan(3000);
      // The schedule as reported, drawn on the server: one task chart per phase, every task in one of them.
      // (Each is drawn twice, at a laptop's and at a large screen's width, and one of the two shows.)
      const charts = page.getByTestId('tracking-task-charts').locator('svg.task-chart');
      const phasesWithTasks = result.plan.phases.filter((p) => p.tasks.length > 0).length;
      await expect(charts).toHaveCount(2 * phasesWithTasks);
      await expect(charts.filter({ visible: true })).toHaveCount(phasesWithTasks);
      await expect(
        page.getByTestId('tracking-task-charts').locator('.task-title').filter({ visible: true }),
      ).toHaveCount(result.plan.tasks.length);
      // Each phase target against the re-assessments, and each gate's readiness.
      const dimensions = targetProgress(result.plan, result.schedule, engagement, frameworks, tracking.asOf);
      const targets = page.getByTestId('tracking-targets').locator('tbody tr');
      await expect(targets).toHaveCount(dimensions.length);
      await expect(page.locator('[data-testid="tracking-targets"] [data-state="missed"]')).toHaveCount(
        dimensions.flatMap((d) => d.targets).filter((x) => x.state === 'missed').length,
      );
      await page.getByTestId('target-charts').scrollIntoViewIfNeeded();
      await expect(page.locator('[data-testid="target-charts"][data-drawn="true"] canvas')).toHaveCount(
        dimensions.length,
      );
      const gates = gateReadiness(result.plan, engagement);
      const first = gates[0];
      if (!first) throw new Error('no gate');
      await expect(page.getByTestId('phase-gate').first()).toContainText(
        lang === 'zh' ? `${first.checked.length}/${first.total}` : `${first.checked.length} of ${first.total}`,
      );
      await page.screenshot({ path: `test-results/screenshots/tracking-${engagement.id}-${lang}.png`, fullPage: true });
      await axeClean(page);
    });
  }
}

for (const lang of LANGS) {
  test(`${lang} workshop: a re-assessment that drops tasks with progress imports, and Progress keeps their work apart`, async ({
    page,
  }) => {
    // Finding the re-assessment generates a plan per changed answer, and the workshop
    // computes the progress views twice: slow on a busy machine.
    test.setTimeout(90_000);
    const frameworks = new Map(content.frameworks.map((f) => [f.id, f]));
    const templates = new Map(content.templates.map((t) => [t.id, t]));
    const sony = content.engagements.find((e) => e.id === 'sony-china-after-sales');
    if (!sony) throw new Error('no Sony sample');
    const found = reassessment(sony, { frameworks, templates });
    if (!found) throw new Error('no re-assessment drops a task of the Sony sample');
    const title = `Sony re-assessed (${lang})`;
    const text = engagementToYaml({ ...found.changed, id: `sony-reassessed-${lang}`, title });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${prefix(lang)}/workshop/`);
    await expect(page.locator('.workshop[data-ready="true"]')).toBeVisible();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'reassessed.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
    await expect(page.getByTestId('import-problems')).toHaveCount(0);
    await expect(page.locator('.engagement-name')).toContainText(title);
    await page.getByRole('button', { name: TRACKING_EDITOR[lang].nav, exact: true }).click();
    const kept = page.getByTestId('tracking-editor').getByTestId('kept-progress');
    await expect(kept.getByRole('heading', { name: KEPT_PROGRESS[lang].title })).toBeVisible();
    await expect(kept.locator('tr[data-kept-task]')).toHaveCount(found.gone.length);
    const before = planEngagement(sony, frameworks, templates);
    if (!before.ok) throw new Error('no plan');
    for (const id of found.gone) {
      const task = before.plan.tasks.find((t) => t.id === id);
      const row = kept.locator(`tr[data-kept-task="${id}"]`);
      await expect(row.locator('th')).toHaveText(task ? pick(task.title, lang) : id);
      await expect(row.locator('td').first()).toHaveText(
        term(found.changed.tasks?.[id]?.status ?? 'not-started', lang),
      );
    }
    // The kept work is in none of the plan's phase tables.
    for (const id of found.gone) await expect(page.locator(`tr[data-task="${id}"]`)).toHaveCount(0);
    await kept.screenshot({ path: `test-results/screenshots/kept-progress-${lang}.png` });
    expect(errors).toEqual([]);
    await axeClean(page);
  });
}
