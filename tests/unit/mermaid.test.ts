/**
 * Mermaid text from the plan: the exact gantt of the fixture plan, and for any text at
 * all, a label that cannot break or inject into a diagram yet reads back the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../src/core/plan/generate.ts';
import { ganttChart, mermaidText, phaseFlowchart, phaseRoadmap } from '../../src/core/plan/mermaid.ts';
import { schedule, type Schedule } from '../../src/core/plan/schedule.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { fixturePlanTemplate } from './assess-helpers.ts';

const decode = (s: string) => s.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
const normalise = (s: string) =>
  s
    .replace(/[\p{C}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('mermaidText', () => {
  it.each([
    ['Phase 1: build', 'Phase 1#58; build'],
    ['A #1; b', 'A #35;1#59; b'],
    ['%%{init: {"theme":"dark"}}%%', '#37;#37;#123;init#58; #123;#34;theme#34;#58;#34;dark#34;#125;#125;#37;#37;'],
    ['<img src=x onerror=alert(1)>', '#60;img src#61;x onerror#61;alert(1)#62;'],
    ['line one\nclick x call alert()', 'line one click x call alert()'],
    ['click here', '#99;lick here'],
    ['客户信息中心：第一阶段', '客户信息中心：第一阶段'],
    ['   ', '-'],
  ])('%j → %j', (input, output) => {
    expect(mermaidText(input)).toBe(output);
  });

  it('for any text: nothing that can end a statement survives, and decoding gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 150 }), (input) => {
        const out = mermaidText(input);
        expect(out.replace(/#\d+;/g, '')).not.toMatch(/[:;#%"<>[\]{}|`=\n\r]/);
        expect(out).not.toMatch(/^(click|section|title|call)\b/i);
        const expected = normalise(input);
        expect(decode(out)).toBe(expected === '' ? '-' : expected);
      }),
    );
  });
});

describe('diagrams of the fixture plan', () => {
  const template = fixturePlanTemplate();
  const engagement = { client: {}, plan: { template: 'fx-plan' } } as unknown as Engagement;
  const plan = generatePlan({ engagement, template, frameworks: new Map(), findings: [] }, []);
  const placed = schedule(
    plan.tasks.map((t) => ({ id: t.id, duration: t.durationDays, dependsOn: t.dependsOn })),
    '2026-03-02',
    ['2026-04-06'],
  ) as Schedule;

  it('draws the gantt with sections, critical tasks, status and milestones', () => {
    const status = new Map([
      ['fx-t1', 'done' as const],
      ['fx-t2', 'active' as const],
    ]);
    // Dates and critical path worked by hand in plan.test.ts.
    expect(ganttChart(plan, placed, { lang: 'en', title: 'Plan: fixture', status })).toBe(
      [
        'gantt',
        '  dateFormat YYYY-MM-DD',
        '  axisFormat %Y-%m-%d',
        '  inclusiveEndDates',
        '  title Plan#58; fixture',
        '  section Prepare',
        '    Requirements :crit, done, fx-t1, 2026-03-02, 2026-03-13',
        '    Selection :crit, active, fx-t2, 2026-03-16, 2026-03-20',
        '    Go to build :milestone, gate-fx-g1, 2026-03-20, 0d', // 2 days of slack: fx-t3 waits for its lag anyway
        '  section Build',
        '    Configure :crit, fx-t3, 2026-03-25, 2026-04-15',
        '    Go live :milestone, crit, gate-fx-g2, 2026-04-15, 0d',
        '',
      ].join('\n'),
    );
  });

  it('draws the executive roadmap and the flowchart in Chinese', () => {
    expect(phaseRoadmap(plan, placed, { lang: 'zh' })).toContain(
      '    准备 :phase-1, 2026-03-02, 2026-03-20\n    进入建设 :milestone, gate-1, 2026-03-20, 0d',
    );
    expect(phaseFlowchart(plan, 'zh')).toBe(
      [
        'flowchart LR',
        '  p1["准备"]',
        '  g1{{"进入建设"}}',
        '  p1 --> g1',
        '  p2["建设"]',
        '  g2{{"上线"}}',
        '  p2 --> g2',
        '  g1 --> p2',
        '',
      ].join('\n'),
    );
  });
});
