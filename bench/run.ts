/**
 * `npm run bench`: engine timings at growing sizes, Gantt render time in Chromium and the
 * page weight of the built site, each against its budget, printed as tables and written to
 * bench/results.json.
 * Not part of `npm test`: timings depend on the machine, budgets are read, not asserted.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { loadTargets } from '../src/cli/load-targets.ts';
import { engineCases, type EngineCase } from './engine.ts';
import { ganttRenders, type GanttResult } from './gantt.ts';
import { pageWeights, type PageWeight } from './page-weight.ts';

const SAMPLE = 'assessments/sony-china-after-sales.yaml';
const DIST = 'dist';
const KB = 1024;
const GANTT_SIZES = [50, 200, 500];
/** Budget for rendering the largest Gantt chart (GANTT_SIZES' last) in Chromium. */
const GANTT_BUDGET_MS = 1_000;

interface Budget {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
}

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value: number): string => (value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(2)} ms`);

function mermaidVersion(): string {
  const manifest = JSON.parse(readFileSync('node_modules/mermaid/package.json', 'utf8')) as { version?: string };
  return manifest.version ?? '?';
}

function printTable(head: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log('');
}

function engineBudgets(cases: readonly EngineCase[]): Budget[] {
  const at = (name: string, size: number): number =>
    cases.find((c) => c.name.startsWith(name))?.timings.find((t) => t.size === size)?.ms ?? Number.NaN;
  const exponent = (name: string): number => cases.find((c) => c.name.startsWith(name))?.exponent ?? Number.NaN;
  const mc = at('Monte Carlo', 10_000);
  const ahp15 = at('AHP', 15);
  const sched = exponent('Schedule');
  const planned = exponent('Plan generation + schedule');
  return [
    { name: 'Monte Carlo, 10,000 runs', limit: '< 1 s', actual: ms(mc), pass: mc < 1000 },
    { name: 'AHP, 15 × 15', limit: '< 10 ms', actual: ms(ahp15), pass: ahp15 < 10 },
    {
      name: 'Schedule growth, 100 → 10,000 tasks',
      limit: 'k < 1.5',
      actual: `k = ${sched.toFixed(2)}`,
      pass: sched < 1.5,
    },
    {
      name: 'Plan generation + schedule growth, 100 → 10,000 tasks',
      limit: 'k < 1.5',
      actual: `k = ${planned.toFixed(2)}`,
      pass: planned < 1.5,
    },
  ];
}

function ganttBudgets(gantt: GanttResult): Budget[] {
  if (!gantt.timings) return [];
  const largest = gantt.timings[gantt.timings.length - 1];
  const short = gantt.timings.filter((t) => t.bars !== t.tasks);
  return [
    {
      name: `Gantt render, ${largest?.size ?? '?'} tasks (Chromium)`,
      limit: `< ${GANTT_BUDGET_MS / 1000} s`,
      actual: largest ? ms(largest.ms) : 'none',
      pass: largest !== undefined && largest.ms < GANTT_BUDGET_MS,
    },
    {
      name: 'Gantt draws one bar per plan task',
      limit: 'all sizes',
      actual: short.length === 0 ? 'yes' : short.map((t) => `${t.bars} of ${t.tasks}`).join(', '),
      pass: short.length === 0,
    },
  ];
}

/** Pages that draw charts or diagrams, or edit, need JavaScript; every other page ships none. */
function pageBudgets(pages: readonly PageWeight[]): Budget[] {
  const interactive = pages.filter((p) => p.js.chunks.length > 0);
  const mermaidUpFront = pages.filter((p) =>
    p.js.chunks.some((c) => /mermaid|Diagram-|chunk-/.test(c) && !/MermaidDiagram/.test(c)),
  );
  const heaviest = [...interactive].sort((a, b) => b.js.gzip - a.js.gzip)[0];
  const islandFree = pages.filter((p) => p.js.chunks.length === 0);
  const inlineOnly = islandFree.filter((p) => p.js.raw > 0);
  return [
    {
      name: 'Pages without islands ship no JS',
      limit: '0 KB',
      actual: `${islandFree.length} pages, ${inlineOnly.length} with inline JS`,
      pass: inlineOnly.length === 0,
    },
    {
      name: 'Heaviest initial JS (before Chart.js/Mermaid)',
      limit: '< 80 KB gzip',
      actual: heaviest ? `${kb(heaviest.js.gzip)} ${heaviest.page}` : 'none',
      pass: !heaviest || heaviest.js.gzip < 80 * KB,
    },
    {
      name: 'Mermaid never in the initial load',
      limit: '0 pages',
      actual: `${mermaidUpFront.length} pages`,
      pass: mermaidUpFront.length === 0,
    },
  ];
}

const loaded = loadTargets([SAMPLE], [], process.cwd());
const sample = [...loaded.content.engagements.values()].find((e) => e.id === 'sony-china-after-sales');
if (loaded.problems.length > 0 || !sample) throw new Error(`cannot load ${SAMPLE}`);

console.log(`crmkit bench · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);
console.log('Engine (median per call; k = growth exponent, time ∝ sizeᵏ)\n');
const cases = engineCases(loaded.content, sample);
printTable(
  ['case', 'size', 'time', 'k'],
  cases.flatMap((c) =>
    c.timings.map((t, i) => [
      i === 0 ? c.name : '',
      `${t.size.toLocaleString('en')} ${c.unit}`,
      ms(t.ms),
      i === c.timings.length - 1 && c.exponent !== undefined ? c.exponent.toFixed(2) : '',
    ]),
  ),
);

console.log(`Gantt render in Chromium (Mermaid to SVG; median of 5 after a warm-up; k as above)\n`);
const gantt = await ganttRenders(GANTT_SIZES);
if (gantt.timings) {
  console.log(`${gantt.browser}, Mermaid ${mermaidVersion()}; each plan adds one gate milestone per phase (5)\n`);
  printTable(
    ['size', 'bars', 'SVG', 'median', 'runs (ms)', 'k'],
    gantt.timings.map((t, i, all) => [
      `${t.size.toLocaleString('en')} tasks`,
      `${t.bars} of ${t.tasks}`,
      kb(t.svgBytes),
      ms(t.ms),
      t.runs.map((r) => r.toFixed(0)).join(' '),
      i === all.length - 1 && gantt.exponent !== undefined ? gantt.exponent.toFixed(2) : '',
    ]),
  );
} else {
  console.log(`skipped: ${gantt.skipped}\n`);
}

let pages: PageWeight[] = [];
if (existsSync(DIST)) {
  pages = pageWeights(DIST);
  console.log(`Page weight of ${DIST}/ (${pages.length} pages; English pages shown, Chinese ones weigh the same)\n`);
  printTable(
    ['page', 'JS raw', 'JS gzip', 'CSS gzip', 'lazy chunks'],
    pages
      .filter((p) => !p.page.startsWith('/zh/'))
      .map((p) => [p.page, kb(p.js.raw), kb(p.js.gzip), kb(p.css.gzip), String(p.lazy.length)]),
  );
} else {
  console.log(`No ${DIST}/: run \`npm run build\` first for page weights.\n`);
}

const budgets = [...engineBudgets(cases), ...ganttBudgets(gantt), ...(pages.length > 0 ? pageBudgets(pages) : [])];
console.log('Budgets\n');
printTable(
  ['budget', 'limit', 'actual', 'result'],
  budgets.map((b) => [b.name, b.limit, b.actual, b.pass ? 'pass' : 'FAIL']),
);
writeFileSync(
  'bench/results.json',
  JSON.stringify({ node: process.version, engine: cases, gantt, pages, budgets }, null, 2) + '\n',
);
console.log('Written to bench/results.json');
