/** The server-drawn task chart: titles wrapped and never cut, one mark per task, links, baseline bars, the status date, escaped text. */
import fc from 'fast-check';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { ganttData, type GanttRow } from '../../src/core/plan/gantt-data.ts';
import { freezeBaseline } from '../../src/core/plan/baselines.ts';
import { taskChart, wrapTitle } from '../../src/render/task-chart.ts';
import { displayWidth } from '../../src/core/shared/text.ts';
import { chainPlan, chainSchedule } from '../fixtures/chain-plan.ts';

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

describe('wrapTitle', () => {
  it('breaks Latin text at spaces and Chinese between characters, within the width', () => {
    expect(wrapTitle('Define sales stages and exit criteria', 20)).toEqual([
      'Define sales stages',
      'and exit criteria',
    ]);
    // Each Chinese character counts two: four to a line of width 8.
    expect(wrapTitle('项目章程与团队组建', 8)).toEqual(['项目章程', '与团队组', '建']);
    expect(wrapTitle('CRM 愿景章程', 8)).toEqual(['CRM 愿景', '章程']);
  });
  it('cuts a word longer than a line into pieces, keeping every letter', () => {
    expect(wrapTitle('Supercalifragilistic', 8)).toEqual(['Supercal', 'ifragili', 'stic']);
  });
  it('keeps every character and no line is wider than asked (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'B', ' ', '项', '目', '—', '“', '1', 'é'), { maxLength: 120 }),
        fc.integer({ min: 2, max: 60 }),
        (chars, width) => {
          const text = chars.join('');
          const lines = wrapTitle(text, width);
          const squeeze = (s: string) => s.replace(/\s+/g, '');
          return squeeze(lines.join('')) === squeeze(text) && lines.every((line) => displayWidth(line) <= width);
        },
      ),
    );
  });
});

describe('taskChart', () => {
  const placed = chainSchedule('2026-03-02');
  const engagement = {
    tasks: { A: { status: 'done' as const }, B: { status: 'in-progress' as const, percent: 40 } },
  };
  const data = ganttData(chainPlan, placed, 'en', engagement);
  const svg = taskChart({ lang: 'en', rows: data.rows, asOf: '2026-03-10', title: 'All tasks', id: 'plan-all' }).value;

  it('is well-formed SVG with one bar per task and a diamond per milestone', () => {
    expect(SyntaxValidator.validate(`<?xml version="1.0"?>${svg}`)).toBe(true);
    expect(count(svg, /<rect\s+class="task-bar [^"]*"\s+data-task=/g)).toBe(3);
    expect(count(svg, /<path\s+class="task-milestone [^"]*"\s+data-task=/g)).toBe(1);
    expect(svg).toContain('class="task-bar state-done critical"');
    // B is 40% done: its filled part is 40% of its bar.
    const bar =
      /class="task-bar state-active critical"\s+data-task="B"\s+x="([\d.]+)"\s+y="[\d.]+"\s+width="([\d.]+)"/.exec(svg);
    const fill = /class="task-progress"\s+x="([\d.]+)"\s+y="[\d.]+"\s+width="([\d.]+)"/.exec(svg);
    expect(Number(fill?.[2])).toBeCloseTo(Number(bar?.[2]) * 0.4, 0);
  });
  it('draws an arrow for each dependency, the status date, and a legend without a baseline entry', () => {
    expect(count(svg, /class="task-link"/g)).toBe(3); // A→B, B→C, C→D
    expect(svg).toContain('marker-end="url(#plan-all-arrow)"');
    expect(count(svg, /class="chart-status"/g)).toBe(2); // the line and its legend swatch
    expect(svg).toContain('Status date: 2026-03-10');
    expect(svg).not.toContain('class="task-baseline"');
  });
  it('draws the baseline under each task once one is chosen, and names it in the legend', () => {
    // The baseline: the same plan started a week earlier.
    const earlier = freezeBaseline(chainSchedule('2026-02-23'), 'Gate 1', '2026-02-20');
    const withBaseline = ganttData(chainPlan, placed, 'en', {
      ...engagement,
      plan: { baseline: 'Gate 1' },
      baselines: [earlier],
    });
    expect(withBaseline.rows.map((r) => r.baseline)).toEqual([
      { start: '2026-02-23', finish: '2026-02-27' },
      { start: '2026-03-02', finish: '2026-03-06' },
      { start: '2026-03-09', finish: '2026-03-11' },
      { start: '2026-03-11', finish: '2026-03-11' },
    ]);
    const drawn = taskChart({ lang: 'en', rows: withBaseline.rows, title: 'All', id: 'x' }).value;
    expect(count(drawn, /<rect\s+class="task-baseline"/g)).toBe(4 + 1); // four tasks and the legend swatch
    expect(drawn).toContain('Baseline: 2026-02-23 – 2026-02-27');
  });
  it('keeps every title whole, wrapped over lines, and hostile text stays text', () => {
    const long = 'Agree a single definition of “customer”, of every segment, and of who owns each account <script>';
    const rows: GanttRow[] = data.rows.map((r, i) => (i === 0 ? { ...r, title: long } : r));
    const drawn = taskChart({ lang: 'en', rows, title: '<b>x</b>', id: 'h' }).value;
    expect(drawn).not.toContain('<script>');
    expect(drawn).not.toContain('<b>');
    const text = [...drawn.matchAll(/<tspan[^>]*>([^<]*)<\/tspan/g)].map((m) => m[1]?.trim()).join(' ');
    expect(text).toContain(
      '1. Agree a single definition of “customer”, of every segment, and of who owns each account &lt;script&gt;',
    );
    expect(SyntaxValidator.validate(drawn)).toBe(true);
  });
  it('words the legend in Chinese', () => {
    const zh = taskChart({
      lang: 'zh',
      rows: ganttData(chainPlan, placed, 'zh', engagement).rows,
      title: '全部任务',
      id: 'z',
    }).value;
    expect(zh).toContain('关键路径');
    expect(zh).toContain('全部任务的任务图');
  });
  it('drawn at the width it gets on a large screen: the time line takes the room, titles take fewer lines', () => {
    const long = 'Agree a single definition of customer, of every segment, and of who owns each account';
    const rows: GanttRow[] = data.rows.map((r, i) => (i === 0 ? { ...r, title: long } : r));
    const drawn = (width?: number) => taskChart({ lang: 'en', rows, title: 'All', id: 'w', width }).value;
    const viewBox = (svg: string) => /viewBox="0 0 ([\d.]+) /.exec(svg)?.[1];
    const titleLines = (svg: string) => count(svg.split('class="task-row"')[1] ?? '', /<tspan/g);
    // Narrower than the design width: drawn at 1200 and scaled down, as before.
    expect(viewBox(drawn(800))).toBe('1200');
    expect(drawn(800)).toBe(drawn());
    // 1,860 px: drawn at 1,860; the label column is wider (56 letters a line against 40).
    expect(viewBox(drawn(1860))).toBe('1860');
    expect(titleLines(drawn())).toBe(3);
    expect(titleLines(drawn(1860))).toBe(2);
    // Bar A (5 of the 13 working-day span) is longer on the wider time line.
    const barWidth = (svg: string) =>
      Number(/data-task="A"\s+x="[\d.]+"\s+y="[\d.]+"\s+width="([\d.]+)"/.exec(svg)?.[1]);
    expect(barWidth(drawn(1860))).toBeGreaterThan(barWidth(drawn()) * 1.5);
  });
});
