/**
 * The server-drawn task chart (render/task-chart.ts) on the same synthetic plans as the
 * Mermaid gantt: gantt rows plus the SVG, timed in Node (median of `runs` after a warm-up),
 * with the size of the markup and the task marks counted, so the two can stand side by side.
 */
import { ganttData } from '../src/core/plan/gantt-data.ts';
import { taskChart } from '../src/render/task-chart.ts';
import { median } from './browser.ts';
import { syntheticPlan } from './synthetic-plan.ts';

export interface TaskChartTiming {
  size: number;
  tasks: number;
  /** Elements carrying a task id: one bar or diamond per task. */
  marks: number;
  ms: number;
  svgBytes: number;
}

export function taskChartTimings(sizes: readonly number[], runs = 5): TaskChartTiming[] {
  return sizes.map((size) => {
    const { plan, schedule } = syntheticPlan(size);
    const draw = () => {
      const data = ganttData(plan, schedule, 'en');
      return taskChart({ lang: 'en', rows: data.rows, asOf: schedule.start, title: 'All tasks', id: 'bench' }).value;
    };
    let svg = draw();
    const times: number[] = [];
    for (let k = 0; k < runs; k += 1) {
      const started = performance.now();
      svg = draw();
      times.push(performance.now() - started);
    }
    return {
      size,
      tasks: plan.tasks.length,
      marks: (svg.match(/\sdata-task="/g) ?? []).length,
      ms: median(times),
      svgBytes: Buffer.byteLength(svg),
    };
  });
}
