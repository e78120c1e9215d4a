/** `crmkit assess`: the engine's results as text and JSON, in the engagement's language. */
import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli/main.ts';

const SONY = 'assessments/sony-china-after-sales.yaml';
const PUMPS = 'assessments/industrial-equipment-growth.yaml';

describe('crmkit assess', () => {
  test('prints scores, bands and findings in the engagement language', () => {
    const result = run(['assess', SONY, '--framework', 'mckinsey-7s']);
    expect(result.exitCode).toBe(0);
    // Hand-computed in score.test.ts: 48.618 → "48.6", band "partly aligned".
    expect(result.stdout).toContain('总分 48.6 / 100 —— 部分匹配 · 已答 27/27');
    expect(result.stdout).toContain('制度: 22.2');
    expect(result.stdout).toContain('制度与人员的匹配度为 0，低于 50（由研讨会评定）。');
    expect(result.stdout).not.toContain('## 中小企业成长阶段'); // only the framework asked for
  });

  test('--lang en overrides the engagement language', () => {
    const result = run(['assess', SONY, '--framework', 'growth-readiness', '--lang', 'en']);
    expect(result.stdout).toContain('Overall 46 / 100');
    expect(result.stdout).toContain('Growth stage: Stable / re-growth');
    expect(result.stdout).toContain('CRM application mode: System implementation');
  });

  test('--json carries every number and the why of each finding, for scripts and diffs', () => {
    const result = run(['assess', PUMPS, '--json']);
    expect(result.exitCode).toBe(0);
    const [report] = JSON.parse(result.stdout) as {
      engagement: string;
      assessments: { framework: string; score: { score: number }; findings: { id: string; why: string }[] }[];
    }[];
    expect(report?.engagement).toBe('industrial-equipment-growth');
    expect(report?.assessments.map((a) => a.framework)).toEqual([
      'value-proposition',
      'customer-strategy',
      'mckinsey-7s',
      'growth-readiness',
      'change-plan',
      'value-chain',
    ]);
    const sevenS = report?.assessments.find((a) => a.framework === 'mckinsey-7s');
    expect(sevenS?.score.score).toBeCloseTo(32.1, 1);
    expect(sevenS?.findings.every((f) => f.why.length > 0)).toBe(true);
    // The same input gives the same output, byte for byte.
    expect(run(['assess', PUMPS, '--json']).stdout).toBe(result.stdout);
  });

  test('a broken engagement prints its problems and exits 1', () => {
    const result = run(['assess', 'tests/fixtures/broken/engagement-bad-currency.yaml']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/engagement-bad-currency\.yaml:\d+:\d+/);
  });

  test('usage errors exit 2 with a message', () => {
    expect(run(['assess']).exitCode).toBe(2);
    const unknown = run(['assess', SONY, '--framework', 'no-such-thing']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('no-such-thing');
    const notEngagement = run(['assess', 'frameworks/mckinsey-7s.yaml']);
    expect(notEngagement.exitCode).toBe(2);
    expect(notEngagement.stderr).toContain('holds no engagement');
  });
});
