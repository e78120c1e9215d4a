/** `crmkit plan`: the scheduled plan as text, JSON and Mermaid, with usage errors. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import { sample, shipped } from './assess-helpers.ts';

const PUMPS = 'assessments/industrial-equipment-growth.yaml';

describe('crmkit plan', () => {
  const expected = planEngagement(sample('industrial-equipment-growth'), shipped.frameworks, shipped.templates);
  if (!expected.ok) throw new Error('the pump-maker sample has no plan');

  test('prints the plan with dates, critical marks and the why of every task', () => {
    const result = run(['plan', PUMPS]);
    expect(result.exitCode).toBe(0);
    const s = expected.schedule;
    expect(result.stdout).toContain(
      `${s.start} to ${s.end} · ${s.length} working days · ${expected.plan.tasks.length} tasks, ${s.criticalPath.length} on the critical path`,
    );
    expect(result.stdout).toContain('* 2026-02-02…2026-02-06  Project charter and team (5 d)');
    expect(result.stdout).toContain(
      'why: Recommended: The overall score 28.1 falls in the band “Value proposition unclear”.',
    );
    expect(result.stdout).toContain(
      'why: Next step for the chosen vendor Klarwerk Sales Cloud: total 69.8, band “Good fit”',
    );
  });

  test('--json carries every task with its schedule and traces; --mermaid prints diagram text', () => {
    const json = JSON.parse(run(['plan', PUMPS, '--json']).stdout) as { end: string; tasks: { id: string }[] };
    expect(json.end).toBe(expected.schedule.end);
    expect(json.tasks).toHaveLength(expected.plan.tasks.length);
    expect(run(['plan', PUMPS, '--mermaid', 'gantt']).stdout).toMatch(/^gantt\n {2}dateFormat YYYY-MM-DD\n/);
    expect(run(['plan', PUMPS, '--mermaid', 'flow', '--lang', 'zh']).stdout).toContain('p1["调研与范围界定"]');
  });

  test('--check audits placement: the samples have no fault, and each line says what it counts', () => {
    const text = run(['plan', PUMPS, '--check', '--lang', 'en']);
    expect(text.exitCode).toBe(0);
    // Only the template's first task (the charter) starts on day 1; every generated task waits for something.
    expect(text.stdout).toContain("start on the plan's first day: 1 (0 of them generated)");
    expect(text.stdout).toContain('the same work twice in a phase: 0');
    expect(text.stdout.trim().split('\n').at(-1)).toBe('no faults');
    const json = JSON.parse(run(['plan', 'assessments/sony-china-after-sales.yaml', '--check', '--json']).stdout) as {
      check: { tasks: number; beforeAnchor: unknown[]; firstDay: { total: number } };
    };
    expect([json.check.beforeAnchor, json.check.firstDay.total]).toEqual([[], 1]);
    expect(run(['plan', PUMPS, '--check', '--lang', 'zh']).stdout).toContain('同一阶段内重复的工作：0 处');
  });

  test('without plan.template the best fitting template is used, and assess and plan say which and why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crmkit-plan-'));
    const file = join(dir, 'pumps.yaml');
    writeFileSync(
      file,
      readFileSync(PUMPS, 'utf8')
        .replace('  template: sme-sales-process\n', '')
        .replace('id: industrial-equipment-growth', 'id: pumps-without-template'),
    );
    const plan = run(['plan', file, '--lang', 'en']);
    expect(plan.exitCode).toBe(0);
    // growth (1) + business application (2) + sales process (4) = 7, more than six-step's 2.
    expect(plan.stdout).toContain(
      'Plan template: Growth-stage SME: sales-process-led CRM, recommended (the engagement names none): fits Growth, Business application, Sales-process-led',
    );
    expect(plan.stdout).toContain(`${expected.plan.tasks.length} tasks`);
    const json = JSON.parse(run(['plan', file, '--json']).stdout) as { template: string; templateChosen: string };
    expect([json.template, json.templateChosen]).toEqual(['sme-sales-process', 'recommended']);
    expect(run(['assess', file, '--lang', 'zh']).stdout).toContain(
      '实施计划模板：成长期中小企业：销售过程主导型 CRM（推荐；咨询项目未指定模板）',
    );
    expect(run(['validate', file]).exitCode).toBe(0);
  });

  test('usage errors exit 2; an engagement without a plan exits 1 saying what to add', () => {
    expect(run(['plan', PUMPS, '--mermaid', 'pie']).exitCode).toBe(2);
    expect(run(['plan']).stderr).toContain('usage: crmkit plan FILE');
    const none = run([
      'plan',
      '--content',
      'tests/fixtures/context',
      'tests/fixtures/broken/engagement-risk-categories.yaml',
    ]);
    expect(none.exitCode).toBe(1);
  });
});
