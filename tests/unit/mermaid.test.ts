/**
 * Mermaid text from the plan: the exact gantt of the fixture plan, and for any text at
 * all, a label that cannot break or inject into a diagram yet reads back the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../src/core/plan/generate.ts';
import {
  mermaidText,
  phaseFlowchart,
  axisFor,
  ganttChart,
  ganttSource,
  phaseRoadmap,
} from '../../src/render/mermaid.ts';
import { ganttData, shortLabel } from '../../src/core/plan/gantt-data.ts';
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

  it('draws the gantt with sections, numbered short labels, critical tasks, status, percent and readiness', () => {
    const engagement = {
      tasks: { 'fx-t1': { status: 'done' as const }, 'fx-t2': { status: 'in-progress' as const, percent: 40 } },
      gates: { 'fx-g1': { checked: ['fx-k2'] } },
    };
    // Dates and critical path worked by hand in plan.test.ts; 03-02 to 04-15 is 44 days, so weekly ticks.
    expect(ganttChart(plan, placed, { lang: 'en', title: 'Plan: fixture', engagement })).toBe(
      [
        'gantt',
        '  dateFormat YYYY-MM-DD',
        '  axisFormat %m-%d',
        '  tickInterval 1week',
        '  todayMarker stroke-width:4px,stroke:#D55E00,opacity:0.9',
        '  inclusiveEndDates',
        '  title Plan#58; fixture',
        '  section #49;. Prepare',
        '    #49;. Requirements :crit, done, fx-t1, 2026-03-02, 2026-03-13',
        '    #50;. Selection 40#37; :crit, active, fx-t2, 2026-03-16, 2026-03-20',
        // One of the gate's four checklist items is ticked; 2 days of slack: fx-t3 waits for its lag anyway.
        '    #51;. Go to build (1/4) :milestone, gate-fx-g1, 2026-03-20, 0d',
        '  section #50;. Build',
        '    #52;. Configure :crit, fx-t3, 2026-03-25, 2026-04-15',
        '    #53;. Go live :milestone, crit, gate-fx-g2, 2026-04-15, 0d',
        '',
      ].join('\n'),
    );
  });

  it('draws one phase, or the rows a filter keeps, and cuts long labels short', () => {
    const data = ganttData(plan, placed, 'en');
    const build = ganttSource(data, { filter: (row) => row.phase === 'fx-p2' });
    expect(build).not.toContain('Prepare');
    expect(build).toContain('    #52;. Configure :crit, fx-t3, 2026-03-25, 2026-04-15');
    const itOnly = ganttSource(data, { filter: (row) => row.owner === 'it' });
    expect(itOnly.match(/ :/g)).toHaveLength(2); // fx-t2 and fx-t3
    expect(shortLabel('Integrate customer databases into a customer information centre')).toBe(
      'Integrate customer databases into…',
    );
    // A Chinese character is as wide as two Latin letters: 16 fit, then the ellipsis.
    expect(shortLabel('整合客户数据库，建立客户信息中心并完成数据迁移')).toBe('整合客户数据库，建立客户信息中心…');
    expect(shortLabel('Short')).toBe('Short');
  });

  it('picks weekly, monthly or quarterly ticks from the span', () => {
    expect(axisFor('2026-03-02', '2026-05-01')).toEqual({ tick: '1week', format: '%m-%d' });
    expect(axisFor('2026-03-02', '2027-03-01')).toEqual({ tick: '1month', format: '%Y-%m' });
    expect(axisFor('2026-03-02', '2027-07-05')).toEqual({ tick: '3month', format: '%Y-%m' });
  });

  it('draws the executive roadmap and the flowchart in Chinese', () => {
    // fx-t1 done: 10 of phase 1's 15 working days → 67%, drawn as active.
    const engagement = { tasks: { 'fx-t1': { status: 'done' as const } }, gates: { 'fx-g1': { checked: ['fx-k1'] } } };
    expect(phaseRoadmap(plan, placed, { lang: 'zh', engagement })).toContain(
      '    #49;. 准备 67#37; :active, phase-1, 2026-03-02, 2026-03-20\n    进入建设 (1/4) :milestone, gate-1, 2026-03-20, 0d',
    );
    expect(phaseFlowchart(plan, 'zh', engagement)).toBe(
      [
        'flowchart LR',
        '  p1["准备"]',
        '  g1{{"进入建设 (1/4)"}}',
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
