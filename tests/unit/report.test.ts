/**
 * The executive summary and `crmkit report`: the figures agree with the detail engines (worked
 * by hand in finance, risk and vendor tests, and printed by `crmkit roi|risks|vendors`), each
 * decision rule fires on a small change to a sample, user text stays text, and the report
 * needs no network.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { findChromium } from '../../src/cli/report.ts';
import { availableExports, EXPORT_FILES, exportFile } from '../../src/render/export-files.ts';
import { starterFinance } from '../../src/core/workshop/edit-finance.ts';
import { engagementToYaml, importEngagement } from '../../src/core/workshop/import-export.ts';
import { REPORT_POLICY, reportDocument } from '../../src/render/report-document.ts';
import { cssString, esc, html } from '../../src/render/html.ts';
import { sourceHref, summaryHtml } from '../../src/render/summary-html.ts';
import { executiveSummary, type ExecutiveSummary } from '../../src/core/views/summary-view.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { sample, shipped } from './assess-helpers.ts';

const content = { frameworks: [...shipped.frameworks.values()], templates: [...shipped.templates.values()] };
const SONY = 'assessments/sony-china-after-sales.yaml';
const summaryOf = (e: Engagement) => executiveSummary(e, content);

describe('executive summary figures', () => {
  const sony = summaryOf(sample('sony-china-after-sales'));

  test('the ROI headline is the ROI page’s: NPV, IRR, paybacks and the simulated range', () => {
    const roi = sony.roi;
    expect(roi?.currency).toBe('CNY');
    expect(roi?.years).toBe(5);
    expect(roi?.npv).toBeCloseTo(17_524_680.4, 1);
    expect(roi?.irr).toBeCloseTo(0.2838, 4);
    expect(roi?.payback).toBeCloseTo(3.09, 2);
    // ROI undiscounted (75.6M − 45.4M) / 45.4M = 66.52%; on present values (TEI) the benefit-cost
    // ratio 1.43634879 − 1 = 43.63%.
    expect(roi?.roiPercent).toBeCloseTo(66.5198, 4);
    expect(roi?.presentRoiPercent).toBeCloseTo(43.634879, 5);
    expect(roi?.riskAdjusted?.npv).toBeCloseTo(4_855_455.29, 1);
    expect(roi?.range.p10).toBeCloseTo(-713_587, 0);
    expect(roi?.range.p90).toBeCloseTo(11_104_826, 0);
    expect(roi?.range.probabilityPositive).toBeCloseTo(0.8722, 4);
    // 19.4M in year 0 plus 5.2M a year for five years.
    expect(roi?.investment).toBe(45_400_000);
    expect(roi?.cumulative).toEqual([-19_400_000, -20_200_000, -14_300_000, -1_400_000, 14_400_000, 30_200_000]);
  });

  test('the vendor is the chosen one, with its lead over the runner-up and where it comes from', () => {
    expect(sony.vendor).toMatchObject({ name: '汇星科技呼叫中心平台（虚构）', chosen: true, criteria: 5 });
    expect(sony.vendor?.total).toBeCloseTo(70.6, 1);
    expect(sony.vendor?.runnerUp?.name).toBe('国际 CRM 套件（云服务，虚构）');
    expect(sony.vendor?.runnerUp?.total).toBeCloseTo(63.1, 1);
    // Cost-benefit: weight 35.5% × (75 − 34.6) is the largest gain over the runner-up.
    expect(sony.vendor?.strengths[0]?.criterion.en).toBe('Cost-benefit');
    expect(sony.vendor?.strengths[0]?.score).toBe(75);
    // Four of five weights can move the winner (vendor credentials cannot), as `crmkit vendors` prints.
    expect(sony.vendor?.sensitive).toBe(4);
  });

  test('top risks come ranked from the register with the heat map and exposure', () => {
    expect(sony.risks?.count).toBe(11);
    expect(sony.risks?.top.map((r) => [r.rank, r.score, r.residual])).toEqual([
      [1, 20, 9],
      [2, 20, 8],
      [3, 16, 6],
      [4, 15, 4],
      [5, 12, 6],
    ]);
    expect(sony.risks?.top[0]?.title).toBe('各系统的顾客记录重复、残缺，无法合并成一个顾客');
    expect(sony.risks?.exposure).toEqual({ current: 144, residual: 57 });
    expect(sony.risks?.heatMap[0]?.[3]?.risks).toEqual(['duplicate-customers']);
    // By band, the most severe first, as the overview card counts them (risk.test.ts: 2 critical, 6 high, 3 medium).
    expect(sony.risks?.bands.map((b) => [b.band.en, b.count])).toEqual([
      ['Critical', 2],
      ['High', 6],
      ['Medium', 3],
    ]);
  });

  test('the roadmap has the plan’s four phases with progress and gate readiness at the status date', () => {
    const roadmap = sony.roadmap;
    expect(roadmap?.asOf).toBe('2026-05-29');
    expect(roadmap?.start).toBe('2026-03-02');
    expect(roadmap?.phases).toHaveLength(4);
    // 5 template items, the vendor contract, 3 high risks and 2 readiness triggers whose work is merged into
    // template tasks (forming the team, the data clean-up): 11, 4 of them ticked.
    expect(roadmap?.phases[0]?.gate).toMatchObject({ checked: 4, total: 11 });
    for (const phase of roadmap?.phases ?? []) {
      expect(phase.start <= phase.finish).toBe(true);
      expect(phase.percent).toBeGreaterThanOrEqual(0);
      expect(phase.percent).toBeLessThanOrEqual(100);
    }
  });

  test('standing and approach: readiness and 7-S scores, the application mode, business mode and growth stage with reasons', () => {
    expect(sony.standing.scores).toHaveLength(6);
    expect(sony.standing.readiness?.framework).toBe('growth-readiness');
    expect(sony.standing.readiness?.weakest).toHaveLength(3);
    const weakest = sony.standing.readiness?.weakest.map((e) => e.score) ?? [];
    expect([...weakest].sort((a, b) => a - b)).toEqual(weakest);
    expect(sony.standing.sevenS?.groups).toHaveLength(2);
    expect(sony.modes.map((m) => [m.classification, m.option?.en])).toEqual([
      ['application-mode', 'System implementation'],
      ['business-mode', 'Maintenance-service-led'],
      ['growth-stage', 'Stable / re-growth'],
    ]);
    expect(sony.modes[0]?.reasons.length).toBeGreaterThan(0);
  });

  test('decisions: the next open gate, the blocked task, and the budget with its downside below a 90% chance', () => {
    expect(sony.decisions.map((d) => d.kind)).toEqual(['gate', 'blocked', 'budget']);
    const gate = sony.decisions[0];
    expect(gate?.kind === 'gate' && [gate.checked, gate.total]).toEqual([4, 11]);
    const text = summaryHtml(sony, 'en', () => undefined).value;
    expect(text).toContain('Approve the budget knowing its downside: CNY\u00a045,400,000 over 5 years');
  });

  test('next steps: blocked work first, then work in progress, then by start; no gate, nothing done', () => {
    const statuses = sony.nextSteps.map((s) => s.status);
    // The one blocked task, then five others.
    expect(sony.nextSteps).toHaveLength(6);
    expect(sony.nextSteps[0]).toMatchObject({ id: 'sony-p1-data-cleanup', status: 'blocked' });
    expect(statuses.indexOf('not-started')).toBeGreaterThan(statuses.lastIndexOf('in-progress'));
    expect(sony.nextSteps[1]).toMatchObject({ id: 'sony-p1-system-selection', status: 'in-progress', owner: 'it' });
  });

  test('a blocked task is shown even when five tasks are in progress, and asks the sponsor to unblock it', () => {
    // The pump maker has five tasks in progress and sp-p2-integration-design blocked: it was left out.
    const pumps = summaryOf(sample('industrial-equipment-growth'));
    expect(pumps.nextSteps[0]).toMatchObject({ id: 'sp-p2-integration-design', status: 'blocked' });
    expect(pumps.nextSteps.filter((s) => s.status === 'in-progress')).toHaveLength(5);
    const blocked = pumps.decisions.find((d) => d.kind === 'blocked');
    expect(blocked?.kind === 'blocked' && blocked.tasks).toHaveLength(1);
    expect(summaryHtml(pumps, 'en', () => undefined).value).toMatch(/Unblock “[^”]+”: it is blocked/);
  });

  test('the roadmap table is on one basis, the forecast: no phase starts before the one before it ends', () => {
    // Sony's phase 3 is forecast to end on 2027-03-31 while phase 4 was planned to start on
    // 2027-03-29: the table showed the planned start beside the forecast finish.
    const phases = sony.roadmap?.phases ?? [];
    expect(phases.map((p) => p.forecastFinish)).toContain('2027-03-31');
    for (const [before, after] of phases.slice(0, -1).map((p, i) => [p, phases[i + 1]] as const)) {
      expect(after && after.forecastStart >= before.forecastFinish).toBe(true);
    }
    const text = summaryHtml(sony, 'en', () => undefined).value;
    const table = text.slice(
      text.indexOf('data-testid="summary-phases"'),
      text.indexOf('</table>', text.indexOf('data-testid="summary-phases"')),
    );
    expect(table).toContain('Forecast start');
    expect(table).toContain('Forecast dates: finished work at its actual dates');
    const dates = [...table.matchAll(/<td class="nowrap">([^<]+)<\/td>/g)].map((m) => Date.parse(m[1] ?? ''));
    expect(dates).toHaveLength(8);
    expect([...dates].sort((a, b) => a - b)).toEqual(dates);
  });
});

describe('decision rules', () => {
  const base = sample('sony-china-after-sales');

  test('a ranked but unconfirmed vendor asks for confirmation', () => {
    const { vendorSelection, ...rest } = base;
    const unconfirmed: Engagement = {
      ...rest,
      ...(vendorSelection ? { vendorSelection: { ...vendorSelection } } : {}),
    };
    if (unconfirmed.vendorSelection) delete unconfirmed.vendorSelection.chosen;
    const s = summaryOf(unconfirmed);
    expect(s.vendor?.chosen).toBe(false);
    expect(s.decisions.find((d) => d.kind === 'vendor-confirm')).toMatchObject({
      vendor: '汇星科技呼叫中心平台（虚构）',
    });
  });

  test('choosing a vendor that does not rank first asks for the reasons, unless they are recorded', () => {
    const { rationale = '', ...selection } = base.vendorSelection ?? {};
    expect(rationale).not.toBe('');
    const s = summaryOf({ ...base, vendorSelection: { ...selection, chosen: 'global-crm-suite' } });
    expect(s.decisions.find((d) => d.kind === 'vendor-differs')).toMatchObject({
      chosen: '国际 CRM 套件（云服务，虚构）',
      winner: '汇星科技呼叫中心平台（虚构）',
    });
    // With the rationale recorded, the summary shows it instead of asking for it.
    const why = summaryOf({ ...base, vendorSelection: { ...selection, rationale, chosen: 'global-crm-suite' } });
    expect(why.decisions.some((d) => d.kind === 'vendor-differs')).toBe(false);
    const text = summaryHtml(why, 'zh', () => undefined).value;
    expect(text).toContain(`<strong>选型理由：</strong> ${rationale}`);
    expect(text).not.toContain('记录选择');
  });

  test('every vendor knocked out: the summary names the failed must-have and tests no winner', () => {
    const pump = sample('industrial-equipment-growth');
    const selection = pump.vendorSelection;
    if (!selection) throw new Error('the pump sample selects a vendor');
    // Every vendor rescored 3 on sales-management support, against its must-have of 4.
    const vendors = (pump.vendors ?? []).map((v) => ({
      ...v,
      scores: { ...v.scores, 'sales-management-support': { value: 3 } },
    }));
    const s = summaryOf({ ...pump, vendors });
    expect(s.vendor?.noneQualifies).toBe(true);
    expect(s.vendor?.knockedOut).toHaveLength(1);
    const en = summaryHtml(s, 'en', () => undefined).value;
    expect(en).toContain('It fails a must-have: “');
    expect(en).toContain('No vendor passes every must-have, so none can be recommended');
    expect(en).not.toContain('changes the winner');
    expect(summaryHtml(s, 'zh', () => undefined).value).toContain('没有任何供应商满足全部必备条件');
    // With the must-haves as recorded the chosen vendor passes: no such sentence.
    const ok = summaryOf(pump);
    expect(ok.vendor?.knockedOut).toEqual([]);
    expect(summaryHtml(ok, 'en', () => undefined).value).not.toContain('summary-vendor-knocked-out');
  });

  test('vendors scored all n/a are said so, not "scores missing for" an empty list', () => {
    const pump = sample('industrial-equipment-growth');
    const [first, ...others] = pump.vendors ?? [];
    if (!first) throw new Error('the pump sample has vendors');
    const allNa = {
      ...first,
      scores: Object.fromEntries(Object.keys(first.scores ?? {}).map((k) => [k, { value: 'na' as const }])),
    };
    const dir = mkdtempSync(join(tmpdir(), 'crmkit-na-'));
    const file = join(dir, 'na.yaml');
    // Without must-haves (an n/a there is a knock-out), the vendor simply has nothing to total.
    const selection = { ...pump.vendorSelection };
    delete selection.mustHaves;
    const engagement = { ...pump, id: 'all-na', vendors: [allNa, ...others], vendorSelection: selection };
    writeFileSync(file, engagementToYaml(engagement as Engagement));
    const out = run(['vendors', file]).stdout;
    expect(out).toContain(`? ${first.name}: no total, every sub-criterion is scored n/a (not assessed)`);
    expect(out).not.toMatch(/scores missing for\s*$/m);
    rmSync(dir, { recursive: true, force: true });
  });

  test('without a plan the next steps say there is no plan yet and what to do, not "every task is done"', () => {
    const unplanned = { ...base };
    delete unplanned.plan;
    const s = summaryOf(unplanned);
    expect(s.noPlan).toBe('no-plan');
    expect(s.nextSteps).toEqual([]);
    const en = summaryHtml(s, 'en', () => undefined).value;
    expect(en).not.toContain('Every task is done');
    expect(en).toContain('No plan yet, so no next steps: choose a plan template and a start date');
    expect(summaryHtml(s, 'zh', () => undefined).value).not.toContain('所有任务均已完成');
    const undated = summaryOf({ ...base, plan: { template: base.plan?.template ?? '' } });
    expect(undated.noPlan).toBe('no-start');
  });

  test('a client profile that disagrees with the answers asks to agree the mode', () => {
    const s = summaryOf({ ...base, client: { ...base.client, applicationMode: 'business-application' } });
    expect(s.decisions.find((d) => d.kind === 'mode')).toMatchObject({ stated: 'business-application' });
  });

  test('a high risk with no planned response asks for one; a mitigated one does not', () => {
    const risks = (base.risks ?? []).map((r) => {
      if (r.id !== 'duplicate-customers') return r;
      const unmitigated = { ...r };
      delete unmitigated.residualLikelihood;
      delete unmitigated.residualImpact;
      return unmitigated;
    });
    const s = summaryOf({ ...base, risks });
    expect(s.decisions.filter((d) => d.kind === 'risk')).toEqual([
      expect.objectContaining({ risk: '各系统的顾客记录重复、残缺，无法合并成一个顾客', score: 20 }),
    ]);
  });

  test('with every gate decided no gate decision waits; without finance there is no budget decision', () => {
    const gates = Object.fromEntries(
      (summaryOf(base).roadmap?.phases ?? []).map((p) => [p.gate.id, { decision: 'go' as const }]),
    );
    expect(Object.keys(gates)).toHaveLength(4);
    expect(summaryOf({ ...base, gates }).decisions.some((d) => d.kind === 'gate')).toBe(false);
    const noFinance = { ...base };
    delete noFinance.finance;
    const s = summaryOf(noFinance);
    expect(s.roi).toBeUndefined();
    expect(s.decisions.some((d) => d.kind === 'budget')).toBe(false);
    expect(summaryHtml(s, 'en', () => undefined).value).toContain('No ROI case entered yet.');
  });

  test('an ROI case started but with every amount 0 says there is nothing to compute, not "payback 0 years"', () => {
    const zero = {
      ...base,
      finance: starterFinance([...shipped.frameworks.values()]),
    };
    const s = summaryOf(zero);
    expect(s.roi?.empty).toBe(true);
    expect(s.roi?.payback).toBeUndefined();
    expect(s.decisions.some((d) => d.kind === 'budget')).toBe(false);
    const en = summaryHtml(s, 'en', () => undefined).value;
    expect(en).toContain('The ROI case has no amounts yet (every cost and benefit is 0)');
    expect(en).not.toMatch(/Payback\s+0 years|payback in 0 years/);
    expect(en).not.toContain('data-figure="npv"');
    expect(summaryHtml(s, 'zh', () => undefined).value).toContain('投资回报测算尚未填写金额');
  });
});

describe('user text stays text', () => {
  test('esc turns any string into text that decodes back to it and holds no markup character', () => {
    const decode = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = esc(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(decode(out)).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  test('cssString never closes its string or a <style> element, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = cssString(s);
        const inner = out.slice(1, -1);
        expect(out.startsWith('"') && out.endsWith('"')).toBe(true);
        expect(inner).not.toMatch(/(^|[^\\])"/);
        expect(inner).not.toMatch(/[<>\n\r]/);
      }),
      { numRuns: 500 },
    );
  });

  test('hostile titles and names in the summary come out as text, in every place they show', () => {
    const attack = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const base = sample('sony-china-after-sales');
    const hostile: Engagement = {
      ...base,
      title: `${attack}</style>`,
      client: { ...base.client, name: attack },
      risks: (base.risks ?? []).map((r) => ({ ...r, title: attack })),
      vendors: (base.vendors ?? []).map((v) => ({ ...v, name: attack })),
    };
    const summary = summaryOf(hostile);
    const doc = reportDocument(summary, { lang: 'en', css: 'body{}', today: '2026-11-23' });
    expect(doc).not.toMatch(/<script|<img/i);
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The footer rule holds the title as a CSS string that cannot end the <style> element.
    expect(doc.match(/<\/style>/g)).toHaveLength(1);
  });

  test('html interpolates arrays and safe fragments without escaping them twice', () => {
    expect(html`<p>${['a<', html`<b>${'x&'}</b>`]}</p>`.value).toBe('<p>a&lt;<b>x&amp;</b></p>');
  });
});

describe('the standalone report', () => {
  const summary: ExecutiveSummary = summaryOf(sample('sony-china-after-sales'));

  test('forbids every network request and script, and links figures only when a site is given', () => {
    const offline = reportDocument(summary, { lang: 'zh', css: '', today: '2026-11-23', paper: 'a4' });
    expect(offline).toContain(`content="${REPORT_POLICY.replace(/'/g, '&#39;')}"`);
    expect(REPORT_POLICY).toContain("default-src 'none'");
    expect(offline).not.toMatch(/<script|<link|src="http|href="http/);
    expect(offline).toContain('size: A4;');
    expect(offline).toContain('<html lang="zh-CN">');
    expect(offline).toContain('出处：投资回报测算');
    const online = reportDocument(summary, {
      lang: 'en',
      css: '',
      today: '2026-11-23',
      site: 'https://crm.example.com/',
    });
    expect(online).toContain('href="https://crm.example.com/engagements/sony-china-after-sales/roi/"');
    expect(online).toContain('href="https://crm.example.com/engagements/sony-china-after-sales/plan/#task-');
  });

  test('site links: framework, page and task paths in both languages', () => {
    expect(sourceHref('en', 'x', { page: 'framework', framework: 'mckinsey-7s' })).toBe('/engagements/x/mckinsey-7s/');
    expect(sourceHref('zh', 'x', { page: 'roi' })).toBe('/zh/engagements/x/roi/');
    expect(sourceHref('en', 'x', { page: 'task', task: 't1' })).toBe('/engagements/x/plan/#task-t1');
  });

  test('dates, money and percentages read naturally in each language', () => {
    const en = summaryHtml(summary, 'en', () => undefined).value;
    const zh = summaryHtml(summary, 'zh', () => undefined).value;
    expect(en).toContain('CNY\u00a04.9M');
    expect(en).toContain('Forecast end Jul 7, 2027');
    expect(zh).toContain('486\u00a0万元'); // the risk-adjusted NPV, 4,855,455
    expect(zh).toContain('预计完成 2027年7月7日');
    expect(zh).toContain('净现值为正的概率 87.2%');
    expect(en).toContain('ROI 66.5% undiscounted; 43.6% on present values, as total-economic-impact (TEI) studies');
    expect(zh).toContain('投资回报率：未折现 66.5%；按现值计算 43.6%');
  });
});

describe('crmkit report', () => {
  test('prints the self-contained HTML in the engagement’s language to standard output', () => {
    const result = run(['report', SONY]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>/);
    expect(result.stdout).toContain('<h1>管理层摘要</h1>');
    expect(result.stdout).toContain('.glance-value');
  });

  test('--out writes the file; --lang chooses the language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crmkit-report-'));
    try {
      const result = run(['report', SONY, '--lang', 'en', '--out', 'r.html'], dir.replace(/\/$/, ''));
      expect(result.stdout).toContain('wrote r.html');
      const text = readFileSync(join(dir, 'r.html'), 'utf8');
      expect(text).toContain('<h1>Executive summary</h1>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a bad --paper or --site is a usage error; a missing Chromium is a clear message', () => {
    expect(run(['report', SONY, '--paper', 'a5']).stderr).toContain('--paper must be a4 or letter, not "a5"');
    expect(run(['report', SONY, '--site', 'javascript:alert(1)']).exitCode).toBe(2);
    expect(findChromium({ CRMKIT_CHROME: '/nowhere/chromium' })).toBeUndefined();
    expect(findChromium({ PATH: '/nowhere' })).toBeUndefined();
    const saved = process.env['CRMKIT_CHROME'];
    process.env['CRMKIT_CHROME'] = '/nowhere/chromium';
    try {
      const result = run(['report', SONY, '--pdf', '--lang', 'en']);
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain('cannot print to PDF: no Chromium or Chrome found');
    } finally {
      if (saved === undefined) delete process.env['CRMKIT_CHROME'];
      else process.env['CRMKIT_CHROME'] = saved;
    }
  });
});

describe('files beside the summary', () => {
  const sony = sample('sony-china-after-sales');

  test('a planned engagement with an ROI case offers every file; one without a plan only itself', () => {
    expect(availableExports(sony, content)).toEqual([...EXPORT_FILES]);
    const unplanned = { ...sony };
    delete unplanned.plan;
    delete unplanned.finance;
    expect(availableExports(unplanned, content)).toEqual(['engagement.yaml', 'engagement.json']);
    expect(exportFile('tasks.csv', unplanned, 'en', content)).toBeUndefined();
  });

  test('the YAML reads back to the same engagement; CSV, iCalendar and SVG are what they say', () => {
    const yaml = exportFile('engagement.yaml', sony, 'zh', content) ?? '';
    const back = importEngagement('sony.yaml', yaml, { frameworks: shipped.frameworks, templates: shipped.templates });
    expect(back.ok && back.engagement).toEqual(sony);
    expect(JSON.parse(exportFile('engagement.json', sony, 'en', content) ?? '')).toEqual(sony);
    const csv = exportFile('tasks.csv', sony, 'zh', content) ?? '';
    expect(csv.split('\n')[0]).toContain('"编号","阶段","任务"');
    expect(exportFile('milestones.ics', sony, 'en', content)).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const svg = exportFile('roadmap.svg', sony, 'en', content) ?? '';
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="roadmap-chart"/);
    expect(svg).toContain('<style>');
    expect(exportFile('cash-flow.svg', sony, 'zh', content)).toContain('第 5 年');
  });
});
