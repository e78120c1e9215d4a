/** `crmkit vendors` and `crmkit roi`: the engines' figures (worked by hand in decide.test.ts and finance.test.ts) as text and JSON. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli/main.ts';

const SONY = 'assessments/sony-china-after-sales.yaml';
const PUMPS = 'assessments/industrial-equipment-growth.yaml';
/** Intl puts a no-break space between currency code and amount; compare with plain spaces. */
const plain = (text: string): string => text.replaceAll('\u00a0', ' ');

describe('crmkit vendors', () => {
  test('ranks vendors, names the knock-out and the consistency of each assessor', () => {
    const sony = run(['vendors', SONY]);
    expect(sony.exitCode).toBe(0);
    expect(sony.stdout).toContain('评价标准权重（AHP 两两比较）');
    expect(sony.stdout).toContain('财务部经理：一致性比率 0.01（一致，≤ 0.10）');
    expect(sony.stdout).toMatch(/1\. 汇星科技呼叫中心平台（虚构） {2}70\.6（已选定）/);
    const pumps = run(['vendors', PUMPS]);
    expect(pumps.stdout).toContain('1. Klarwerk Sales Cloud  69.8 (chosen)');
    expect(pumps.stdout).toContain('2. Stratos Enterprise CRM Suite  66.6');
    // Sub-criteria by their question (bracketed detail left out), never by id.
    expect(pumps.stdout).toContain(
      '✗ Nordtal ERP, CRM module: knocked out — “How well does the product support sales management?” 3 < 4',
    );
    expect(pumps.stdout).toContain(
      'Must-haves: “How well does the product support sales management?” ≥ 4; “How well does the product keep data consistent',
    );
    expect(pumps.stdout).not.toMatch(/sales-management-support|data-consistency/);
    expect(run(['vendors', SONY]).stdout).toContain('必备条件：“产品对服务管理的支持程度如何？”');
    expect(pumps.stdout).toMatch(/Cost-benefit 30%: below 25\.1% → Stratos Enterprise CRM Suite/i);
  });

  test('--json carries weights, totals, knock-outs and sensitivity', () => {
    const [report] = JSON.parse(run(['vendors', PUMPS, '--json']).stdout) as {
      weights: Record<string, number>;
      vendors: { id: string; rank?: number; total?: number; knockOuts: unknown[] }[];
      winner: string;
      sensitivity: { criterion: string; down?: { newWinner: string } }[];
    }[];
    expect(report?.weights['cost-benefit']).toBe(0.3);
    expect(report?.winner).toBe('klarwerk-cloud');
    const klarwerk = report?.vendors[0];
    expect(klarwerk?.id).toBe('klarwerk-cloud');
    expect(klarwerk?.total).toBeCloseTo(65 * 0.3 + 67.5 * 0.15 + 70 * 0.15 + (1025 / 13) * 0.3 + 60 * 0.1, 9);
    const nordtal = report?.vendors.find((v) => v.id === 'nordtal-erp-crm');
    expect(nordtal?.knockOuts).toHaveLength(1);
    expect(nordtal?.rank).toBeUndefined();
    expect(report?.sensitivity.find((s) => s.criterion === 'cost-benefit')?.down?.newWinner).toBe('stratos-suite');
  });

  test('usage errors exit 2', () => {
    expect(run(['vendors']).stderr).toContain('usage: crmkit vendors FILE');
  });
});

describe('crmkit roi', () => {
  test('prints the cash-flow table and the headline figures of the hand-worked Sony case', () => {
    const result = run(['roi', SONY, '--lang', 'en']);
    expect(result.exitCode).toBe(0);
    result.stdout = plain(result.stdout);
    expect(result.stdout).toMatch(/\n5 +5,200,000 +21,000,000 +15,800,000 +30,200,000 +17,524,680\n/);
    expect(result.stdout).toContain('NPV CNY 17,524,680.40');
    expect(result.stdout).toContain('IRR 28.4% per period');
    expect(result.stdout).toContain('Payback 3.09 years; discounted payback 3.42 years');
    // ROI on present values (TEI): (57,686,773 − 40,162,092) / 40,162,092 = 43.6%, i.e. ratio 1.436 − 1.
    expect(result.stdout).toContain('ROI 66.5% undiscounted, 43.6% on present values (TEI); benefit-cost ratio 1.44');
    expect(result.stdout).toContain('Risk-adjusted (benefits −15%, costs +10%):');
    expect(result.stdout).toContain('Monte Carlo (10,000 runs, seed 2026');
    expect(result.stdout).toContain('probability NPV > 0: 87.22%');
    // Lines by their label and category title, never by id.
    expect(result.stdout).toContain(
      '语音线路、短信通知和云端灾备服务 (cost, Subscriptions): 1,200,000 every year → 6,000,000, PV 4,791,252',
    );
    expect(result.stdout).toContain('Default ranges assumed for: 呼叫中心 800 坐席许可与服务网络管理系统扩容许可, ');
  });

  test('an ROI case with every amount 0 says there is nothing to compute', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crmkit-roi-'));
    try {
      const text = readFileSync(PUMPS, 'utf8')
        .replace(/oneTime: \d+/g, 'oneTime: 0')
        .replace(/recurring: \d+/g, 'recurring: 0')
        .replace(/annual: \d+/g, 'annual: 0')
        .replace('id: industrial-equipment-growth', 'id: zero-case');
      writeFileSync(join(dir, 'zero.yaml'), text);
      const out = plain(run(['roi', join(dir, 'zero.yaml'), '--lang', 'en']).stdout);
      expect(out).toContain('Nothing to compute: every cost and benefit is 0.');
      expect(out).not.toContain('Payback');
      const [json] = JSON.parse(run(['roi', join(dir, 'zero.yaml'), '--json']).stdout) as {
        base: { empty: boolean; payback?: number };
      }[];
      expect(json?.base.empty).toBe(true);
      expect(json?.base.payback).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('speaks the engagement language by default', () => {
    const zh = plain(run(['roi', SONY]).stdout);
    expect(zh).toContain('净现值 1,752.47 万元（效益现值 5,768.68 万元 − 成本现值 4,016.21 万元）');
    // Columns line up by display width: each Chinese heading is two cells per character.
    expect(zh).toContain('\n期        成本        效益     净现金流         累计     折现累计\n');
    expect(zh).toContain('\n0   19,400,000           0  -19,400,000  -19,400,000  -19,400,000\n');
  });

  test('--json gives full-precision figures for every view', () => {
    const [report] = JSON.parse(run(['roi', PUMPS, '--json']).stdout) as {
      currency: string;
      base: { npv: number; irr: { value: number }; rows: { net: number }[] };
      scenarios: Record<string, { npv: number }>;
      simulation: { runs: number; seed: number; p10: number; p50: number; p90: number };
    }[];
    expect(report?.currency).toBe('EUR');
    expect(report?.base.rows.map((r) => r.net)).toEqual([-352000, 60000, 286000, 436000, 472000, 472000]);
    // NPV at 10%: −352,000 + 60,000/1.1 + 286,000/1.1² + 436,000/1.1³ + 472,000/1.1⁴ + 472,000/1.1⁵
    const byHand =
      -352000 + 60000 / 1.1 + 286000 / 1.1 ** 2 + 436000 / 1.1 ** 3 + 472000 / 1.1 ** 4 + 472000 / 1.1 ** 5;
    expect(report?.base.npv).toBeCloseTo(byHand, 6);
    expect(report?.simulation).toMatchObject({ runs: 10000, seed: 42 });
    const s = report?.simulation;
    expect(s && s.p10 < s.p50 && s.p50 < s.p90).toBe(true);
    expect(report?.scenarios['conservative']?.npv).toBeLessThan(report?.scenarios['optimistic']?.npv ?? 0);
  });
});
