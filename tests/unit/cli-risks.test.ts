/** `crmkit risks`: the risk register as text and JSON; figures worked by hand in risk.test.ts. */
import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli/main.ts';

const SONY = 'assessments/sony-china-after-sales.yaml';

describe('crmkit risks', () => {
  test('ranks the register and shows residuals, heat map and exposure in the engagement language', () => {
    const result = run(['risks', SONY]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('1. 20 极高 → 9 中 · 各系统的顾客记录重复、残缺，无法合并成一个顾客');
    expect(result.stdout).toContain('可能性 5 × 影响 4 · 数据质量 · 整合客户数据库，建立客户信息中心 · 信息技术');
    expect(result.stdout).toMatch(/\n {2}3 {4}\. {2}\. {2}3 {2}2 {2}1\n/); // likelihood 3: three 3×3, two 3×4, one 3×5
    expect(result.stdout).toContain('低 0 → 7，中 3 → 4，高 6 → 0，极高 2 → 0');
    expect(result.stdout).toContain('风险总分值 144 → 应对后 57。');
  });

  test('--json gives ids, scores, bands and the heat map for scripts', () => {
    const result = run(['risks', SONY, '--json', '--lang', 'en']);
    const [report] = JSON.parse(result.stdout) as {
      risks: { id: string; current: { score: number; band: string }; residual?: { score: number } }[];
      heatMap: string[][][];
      exposure: { current: number; residual: number };
    }[];
    expect(report?.risks[0]).toMatchObject({
      id: 'duplicate-customers',
      current: { score: 20, band: 'critical-risk' },
    });
    expect(report?.heatMap[0]?.[3]).toEqual(['duplicate-customers']);
    expect(report?.exposure).toEqual({ current: 144, residual: 57 });
  });

  test('usage errors exit 2 on stderr; a broken file exits 1 with located problems', () => {
    const usage = run(['risks']);
    expect(usage.exitCode).toBe(2);
    expect(usage.stderr).toContain('usage: crmkit risks FILE');
    const broken = run([
      'risks',
      '--content',
      'tests/fixtures/context',
      'tests/fixtures/broken/engagement-risk-categories.yaml',
    ]);
    expect(broken.exitCode).toBe(1);
    expect(broken.stdout).toContain('engagement-risk-categories.yaml:11:25');
  });
});
