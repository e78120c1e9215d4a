/**
 * Gantt render time in a real browser: a synthetic plan of each size becomes Mermaid text
 * through ganttChart (as on the plan pages), and Mermaid renders it to SVG in headless
 * Chromium. Per size: one warm-up render, then the median of `runs` renders, timed in the
 * page with performance.now(), and the task bars of the SVG counted (one per plan task,
 * gates included) to confirm the whole chart was drawn.
 */
import { resolve } from 'node:path';
import { ganttChart } from '../src/render/mermaid.ts';
import { launchChromium, median } from './browser.ts';
import { growthExponent } from './engine.ts';
import { syntheticPlan } from './synthetic-plan.ts';

const MERMAID = resolve('node_modules/mermaid/dist/mermaid.min.js');

export interface GanttTiming {
  /** Template tasks; the plan adds one gate milestone per phase. */
  size: number;
  /** Tasks in the plan (gates included): the bars the chart should draw. */
  tasks: number;
  /** `rect` elements in the SVG whose class contains `task`. */
  bars: number;
  /** Median milliseconds per render. */
  ms: number;
  /** Every timed render, in milliseconds. */
  runs: number[];
  /** Bytes of SVG markup. */
  svgBytes: number;
}

export type GanttResult =
  { browser: string; timings: GanttTiming[]; exponent?: number } | { skipped: string; timings?: undefined };

/** The part of Mermaid's browser API the benchmark calls. */
interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}

export async function ganttRenders(sizes: readonly number[], runs = 5): Promise<GanttResult> {
  const launched = await launchChromium();
  if ('skipped' in launched) return launched;
  const { browser } = launched;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: MERMAID });
    await page.evaluate(() => {
      const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    });

    const timings: GanttTiming[] = [];
    for (const size of sizes) {
      const { plan, schedule } = syntheticPlan(size);
      const source = ganttChart(plan, schedule, { lang: 'en' });
      const measured = await page.evaluate(
        async ({ source, size, runs }) => {
          const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
          let svg = (await mermaid.render(`gantt-${size}-warm-up`, source)).svg;
          const times: number[] = [];
          for (let k = 0; k < runs; k += 1) {
            const started = performance.now();
            svg = (await mermaid.render(`gantt-${size}-${k}`, source)).svg;
            times.push(performance.now() - started);
          }
          const holder = document.createElement('div');
          holder.innerHTML = svg;
          const bars = [...holder.querySelectorAll('rect')].filter((r) =>
            (r.getAttribute('class') ?? '').includes('task'),
          ).length;
          return { times, bars, svgBytes: svg.length };
        },
        { source, size, runs },
      );
      if (errors.length > 0) throw new Error(`Mermaid failed in Chromium: ${errors.join('; ')}`);
      timings.push({
        size,
        tasks: plan.tasks.length,
        bars: measured.bars,
        ms: median(measured.times),
        runs: measured.times,
        svgBytes: measured.svgBytes,
      });
    }
    const exponent = growthExponent(timings);
    return { browser: `Chromium ${browser.version()}`, timings, ...(exponent === undefined ? {} : { exponent }) };
  } finally {
    await browser.close();
  }
}
