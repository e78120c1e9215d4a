/**
 * The static phase chart (render/svg-charts.ts) drawn by the summary, the report, the plan
 * page and the workshop: geometry worked by hand on a ten-day plan, the status-date line only
 * inside the plan, and every label text.
 */
import { describe, expect, test } from 'vitest';
import type { PhaseTimeline } from '../../src/core/plan/timeline.ts';
import { roadmapChart, standaloneSvg } from '../../src/render/svg-charts.ts';

const gate = (id: string, checked: number, total: number) => ({
  id,
  title: { en: `Gate ${id}`, zh: `关口 ${id}` },
  checked,
  total,
});

/** Ten calendar days: 1–5 January, then 6–10 January. */
const timeline: PhaseTimeline = {
  start: '2026-01-01',
  end: '2026-01-10',
  forecastEnd: '2026-01-10',
  asOf: '2026-01-03',
  percent: 25,
  slip: 0,
  phases: [
    {
      id: 'p1',
      title: { en: 'Discover', zh: '发现' },
      start: '2026-01-01',
      finish: '2026-01-05',
      forecastStart: '2026-01-01',
      forecastFinish: '2026-01-05',
      percent: 50,
      gate: gate('g1', 2, 4),
    },
    {
      id: 'p2',
      title: { en: 'Build <script>alert(1)</script>', zh: '建设' },
      start: '2026-01-06',
      finish: '2026-01-10',
      forecastStart: '2026-01-06',
      forecastFinish: '2026-01-10',
      percent: 0,
      gate: gate('g2', 0, 0),
    },
  ],
};

const attrs = (svg: string, cls: string, name: string): number[] =>
  [...svg.matchAll(new RegExp(`class="${cls}"[^>]*?\\s${name}="([\\d.]+)"`, 'g'))].map((m) => Number(m[1]));

describe('roadmapChart', () => {
  // x(day) = 8 + day / 10 × 696: the plan spans 10 days across 696 px from x = 8.
  const svg = roadmapChart(timeline, 'en').value;

  test('one track, one done bar and one gate per phase, placed on the calendar', () => {
    expect(attrs(svg, 'chart-track', 'x')).toEqual([8, 356]);
    expect(attrs(svg, 'chart-track', 'width')).toEqual([348, 348]);
    // Half of phase 1 is done; nothing of phase 2.
    expect(attrs(svg, 'chart-done', 'width')).toEqual([174, 0]);
    expect(svg.match(/class="chart-gate" d="M 356 /g)).toHaveLength(1);
    expect(svg.match(/class="chart-gate" d="M 704 /g)).toHaveLength(1);
  });

  test('the facts above each bar: share done and gate readiness, in the reader’s language', () => {
    expect(svg).toContain('50% done · Gate readiness 2 of 4');
    expect(svg).toContain('0% done · Gate readiness no checklist');
    const zh = roadmapChart(timeline, 'zh').value;
    expect(zh).toContain('1. 发现');
    expect(zh).toContain('已完成 50% · 关口就绪度 2 / 4');
  });

  test('the status date is a dashed line at the middle of its day, and only inside the plan', () => {
    // 3 January is day 2; its middle is 2.5 days in: 8 + 0.25 × 696 = 182.
    expect(svg).toMatch(/class="chart-status" x1="182" x2="182"/);
    const later = roadmapChart({ ...timeline, asOf: '2026-02-01' }, 'en').value;
    expect(later).not.toContain('chart-status');
  });

  test('drawn wider on a wide page: the time line stretches, the rows keep their height', () => {
    // 1,040 wide: x(day) = 8 + day / 10 × 1,016 (right edge 1,040 − 16).
    const wide = roadmapChart(timeline, 'en', 1040).value;
    expect(wide).toMatch(/viewBox="0 0 1040 /);
    expect(attrs(wide, 'chart-track', 'x')).toEqual([8, 516]);
    expect(attrs(wide, 'chart-track', 'width')).toEqual([508, 508]);
    expect(/viewBox="0 0 \d+ ([\d.]+)"/.exec(wide)?.[1]).toBe(/viewBox="0 0 \d+ ([\d.]+)"/.exec(svg)?.[1]);
    // Never narrower than its design width.
    expect(roadmapChart(timeline, 'en', 300).value).toBe(svg);
  });

  test('user text is text: a phase title cannot open an element', () => {
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  test('as a file of its own it carries its namespace and colours', () => {
    const file = standaloneSvg(roadmapChart(timeline, 'en'));
    expect(file).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="roadmap-chart"/);
    expect(file).toContain('<style>');
    expect(file).toContain('.chart-done');
  });
});
