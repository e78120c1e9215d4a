/**
 * `npm run bench`: engine timings at growing sizes and the page weight of the built site,
 * each against its budget, printed as tables and written to bench/results.json.
 * Not part of `npm test`: timings depend on the machine, budgets are read, not asserted.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { loadTargets } from '../src/cli/load-targets.ts';
import { engineCases, type EngineCase } from './engine.ts';
import { pageWeights, type PageWeight } from './page-weight.ts';

const SAMPLE = 'assessments/sony-china-after-sales.yaml';
const DIST = 'dist';
const KB = 1024;

interface Budget {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
}

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value: number): string => (value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(2)} ms`);

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
  return [
    { name: 'Monte Carlo, 10,000 runs', limit: '< 1 s', actual: ms(mc), pass: mc < 1000 },
    { name: 'AHP, 15 × 15', limit: '< 10 ms', actual: ms(ahp15), pass: ahp15 < 10 },
    {
      name: 'Schedule growth, 100 → 10,000 tasks',
      limit: 'k < 1.5',
      actual: `k = ${sched.toFixed(2)}`,
      pass: sched < 1.5,
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

const budgets = [...engineBudgets(cases), ...(pages.length > 0 ? pageBudgets(pages) : [])];
console.log('Budgets\n');
printTable(
  ['budget', 'limit', 'actual', 'result'],
  budgets.map((b) => [b.name, b.limit, b.actual, b.pass ? 'pass' : 'FAIL']),
);
writeFileSync(
  'bench/results.json',
  JSON.stringify({ node: process.version, engine: cases, pages, budgets }, null, 2) + '\n',
);
console.log('Written to bench/results.json');
