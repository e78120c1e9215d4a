/**
 * `npm run bench`: builds the site (timed), then prints engine timings at growing sizes,
 * Gantt render time in Chromium, the page weight of the built site, how soon the wizard
 * answers a key press, Lighthouse scores, and the build time of a site with 100 more
 * engagements; ends with every budget, pass or FAIL, and writes it all to
 * bench/results.json. Not part of `npm test`: timings depend on the machine, budgets are
 * read, not asserted.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { loadTargets } from '../src/cli/load-targets.ts';
import { firstLine, startPreview, type Preview } from './browser.ts';
import {
  buildBudgets,
  engineBudgets,
  ganttBudgets,
  keypressBudgets,
  lighthouseBudgets,
  pageBudgets,
  totalBudget,
} from './budgets.ts';
import { buildScaled, buildSite, type BuildResult } from './build-time.ts';
import { engineCases } from './engine.ts';
import { fileSizeBudgets, fileSizeRows, printFileSizeRows } from './file-size.ts';
import { financeCheck } from './finance-check.ts';
import { ganttRenders } from './gantt.ts';
import { taskChartTimings } from './task-chart.ts';
import { keypressTimes, type KeypressResult } from './keypress.ts';
import { LIGHTHOUSE_PAGES, lighthouseScores, SCORE_BAR, type LighthouseRow } from './lighthouse.ts';
import { pageWeights, type PageWeight } from './page-weight.ts';
import { printRoomLoad, roomLoad, roomLoadBudgets } from './room-load.ts';
import { kb, ms, printTable, seconds, verdict } from './report.ts';

const SAMPLE = 'assessments/sony-china-after-sales.yaml';
const DIST = 'dist';
const GANTT_SIZES = [50, 200, 500];
/** Engagements added for the large-site build. */
const MORE_ENGAGEMENTS = 100;
const LIGHTHOUSE_RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);

const started = performance.now();
const version = (pkg: string): string =>
  (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version?: string }).version ?? '?';

console.log(`crmkit bench · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);

console.log('Building the site (astro build; its dist/ is what the browser tables read) …\n');
const site = await buildSite();

const loaded = loadTargets([SAMPLE], [], process.cwd());
const sample = [...loaded.content.engagements.values()].find((e) => e.id === 'sony-china-after-sales');
if (loaded.problems.length > 0 || !sample) throw new Error(`cannot load ${SAMPLE}`);

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

console.log(
  'Reading and validating one engagement file (crmkit validate in a fresh process; the shipped content it\n' +
    "always loads is the baseline, taken off every row below it; peak = rise of the process's peak rss)\n",
);
const fileSizes = fileSizeRows();
printFileSizeRows(fileSizes);
const financeFiles = [
  'assessments/industrial-equipment-growth.yaml',
  'assessments/singapore-tea-shop-loyalty.yaml',
  'assessments/sony-china-after-sales.yaml',
];
const financeSamples = [...loadTargets(financeFiles, [], process.cwd()).content.engagements.values()];
console.log(
  `NPV and IRR side by side with the Excel formula library (@formulajs/formulajs ${version('@formulajs/formulajs')}, ` +
    'on the same net flows: net₀ + NPV(rate, net₁…netₙ), IRR(net₀…netₙ, rate); median per call; ratio = formulajs / crmkit)\n',
);
const finance = financeCheck(financeSamples);
const ratio = (t: { crmkit: number; formulajs: number }): string =>
  t.crmkit > 0 ? `${(t.formulajs / t.crmkit).toFixed(2)}×` : 'n/a';
printTable(
  [
    'case',
    'periods',
    '|ΔNPV|',
    '|ΔIRR|',
    'NPV crmkit',
    'NPV formulajs',
    'ratio',
    'IRR crmkit',
    'IRR formulajs',
    'ratio',
  ],
  finance.map((r) => [
    r.name,
    String(r.periods),
    r.npvDifference.toExponential(1),
    r.irrDifference === undefined ? 'no single IRR' : r.irrDifference.toExponential(1),
    ms(r.npvMs.crmkit),
    ms(r.npvMs.formulajs),
    ratio(r.npvMs),
    ms(r.irrMs.crmkit),
    ms(r.irrMs.formulajs),
    ratio(r.irrMs),
  ]),
);
const financeMax = {
  npv: Math.max(...finance.map((r) => r.npvDifference)),
  irr: Math.max(...finance.map((r) => r.irrDifference ?? 0)),
};
console.log(`Largest difference: NPV ${financeMax.npv.toExponential(2)}, IRR ${financeMax.irr.toExponential(2)}\n`);

console.log(`Gantt render in Chromium (Mermaid to SVG; median of 5 after a warm-up; k as above)\n`);
const gantt = await ganttRenders(GANTT_SIZES);
if (gantt.timings) {
  console.log(`${gantt.browser}, Mermaid ${version('mermaid')}; each plan adds one gate milestone per phase (5)\n`);
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

console.log(
  `Task chart drawn on the server (render/task-chart.ts, in Node; median of 5 after a warm-up), beside Mermaid\n`,
);
const serverCharts = taskChartTimings(GANTT_SIZES);
printTable(
  ['size', 'marks', 'SVG', 'median', 'Mermaid median', 'Mermaid SVG'],
  serverCharts.map((t) => {
    const mermaid = gantt.timings?.find((m) => m.size === t.size);
    return [
      `${t.size.toLocaleString('en')} tasks`,
      `${t.marks} of ${t.tasks}`,
      kb(t.svgBytes),
      ms(t.ms),
      mermaid ? ms(mermaid.ms) : 'skipped',
      mermaid ? kb(mermaid.svgBytes) : '',
    ];
  }),
);

/** Chunk file name without its content hash. */
const chunkName = (file: string): string => file.replace(/^_astro\//, '').replace(/\.[\w-]{8}\.js$/, '');

function printPageWeights(pages: readonly PageWeight[]): void {
  console.log(`Page weight of ${DIST}/ (${pages.length} pages; English pages shown, Chinese ones weigh the same)\n`);
  printTable(
    ['page', 'kind', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'lazy chunks'],
    pages
      .filter((p) => !p.page.startsWith('/zh/'))
      .map((p) => [p.page, p.kind, kb(p.js.raw), kb(p.js.gzip), kb(p.css.raw), kb(p.css.gzip), String(p.lazy.length)]),
  );
  // Pages sharing the same chunks, once per group: which code each kind of page loads.
  const groups = new Map<string, PageWeight[]>();
  for (const p of pages) {
    const key = `${p.js.chunks.join(' ')}|${p.lazy.join(' ')}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  console.log('Chunks per group of pages that load the same code (hashes left out)\n');
  const names = (files: readonly string[]): string => [...new Set(files.map(chunkName))].join(', ');
  printTable(
    ['pages', 'JS gzip'],
    [...groups.values()].flatMap((group) => {
      const first = group[0];
      if (!first) return [];
      return [
        [`${group.length} like ${first.page}`, kb(first.js.gzip)],
        [`initial: ${names(first.js.chunks) || 'none'}`],
        ...(first.lazy.length > 0 ? [[`on demand: ${names(first.lazy)}`]] : []),
      ];
    }),
  );
}

let pages: PageWeight[] = [];
if ('seconds' in site && existsSync(DIST)) {
  pages = pageWeights(DIST);
  printPageWeights(pages);
} else {
  console.log(`No page weights: the build failed${'error' in site ? ` (${site.error})` : ''}.\n`);
}

let preview: Preview | undefined;
let previewError = '';
try {
  if ('error' in site) throw new Error(`the build failed: ${site.error}`);
  preview = await startPreview();
} catch (error) {
  previewError = `no preview server (${firstLine(error)})`;
}

console.log('Wizard: from navigation to a key-pressed answer, in Chromium (ms after navigation start)\n');
/** A benchmark that throws becomes a skipped table with its reason; the run goes on. */
const orSkipped = <T>(run: Promise<T>): Promise<T | { skipped: string; runs?: undefined }> =>
  run.catch((error: unknown) => ({ skipped: firstLine(error) }));
const keypress: KeypressResult = preview ? await orSkipped(keypressTimes(preview.origin)) : { skipped: previewError };
if (keypress.runs) {
  console.log(
    'A stored engagement open on its first question, empty HTTP cache, 1280 × 720, no throttling;\n' +
      'ready = first answer exists, key = Space pressed on it, shown = answer drawn\n',
  );
  printTable(
    ['run', 'ready', 'key', 'shown', 'key → shown'],
    [
      ...keypress.runs.map((r, i) => [String(i + 1), ms(r.ready), ms(r.key), ms(r.answered), ms(r.answered - r.key)]),
      ['median', ms(keypress.ready), '', ms(keypress.answered), ms(keypress.reaction)],
    ],
  );
} else {
  console.log(`skipped: ${keypress.skipped}\n`);
}

console.log(
  `Lighthouse ${version('lighthouse')}, performance / accessibility (median of ${LIGHTHOUSE_RUNS} runs by performance; ` +
    `goal 100, bar ${SCORE_BAR})\n` +
    "mobile = Lighthouse's default: phone screen, simulated slow 4G and 4× slower CPU; desktop = its desktop config\n",
);
const lighthouse: LighthouseRow[] | { skipped: string } = preview
  ? await orSkipped(lighthouseScores(preview.origin, DIST, LIGHTHOUSE_PAGES, undefined, LIGHTHOUSE_RUNS))
  : { skipped: previewError };
await preview?.stop();
if (Array.isArray(lighthouse)) {
  const cell = (row: LighthouseRow | undefined): string => {
    if (!row) return '';
    if (row.status !== 'ok') return row.status;
    return `${row.performance ?? '?'} / ${row.accessibility ?? '?'}`;
  };
  printTable(
    ['page', 'mobile perf / a11y', 'desktop perf / a11y', 'performance runs'],
    LIGHTHOUSE_PAGES.flatMap((page) => {
      const rows = lighthouse.filter((r) => r.page === page);
      const mobile = rows.find((r) => r.formFactor === 'mobile');
      const desktop = rows.find((r) => r.formFactor === 'desktop');
      const runs = rows
        .filter((r) => r.performanceRuns.length > 0)
        .map((r) => `${r.formFactor} ${r.performanceRuns.join(' ')}`)
        .join(', ');
      return [
        [page, cell(mobile), cell(desktop), runs],
        ...rows.flatMap((r) => [
          ...(r.error ? [[`${r.formFactor}: error: ${r.error}`]] : []),
          ...r.losses.map((l) => [
            `${r.formFactor} ${l.category} −${l.points.toFixed(l.points < 1 ? 1 : 0)}: ${l.audit}${l.value ? ` (${l.value})` : ''}`,
          ]),
        ]),
      ];
    }),
  );
} else {
  console.log(`skipped: ${lighthouse.skipped}\n`);
}

console.log(`Building a temporary copy with ${MORE_ENGAGEMENTS} more engagements …\n`);
const scaled = await buildScaled(MORE_ENGAGEMENTS);
console.log('Build time (astro build, whole site: both languages, every engagement page)\n');
const buildRow = (b: BuildResult): string[] =>
  'seconds' in b
    ? [
        b.label,
        String(b.engagements),
        b.pages.toLocaleString('en'),
        seconds(b.seconds),
        ms((1000 * b.seconds) / b.pages),
      ]
    : [b.label, String(b.engagements), 'failed', '', '', b.error];
printTable(
  ['build', 'engagements', 'pages', 'time', 'per page'],
  [site, scaled].flatMap((b) => {
    const row = buildRow(b);
    return row.length > 5 ? [row.slice(0, 5), [row[5] ?? '']] : [row];
  }),
);

console.log(
  'Live room on loopback: 100 participants × 20 questions (vote sent → in the facilitator’s document; server in its\n' +
    'own process; the second run kills it with SIGKILL mid-question and starts it again, the facilitator re-syncing the room)\n',
);
const room = await roomLoad();
printRoomLoad(room);

const totalSeconds = (performance.now() - started) / 1000;
const budgets = [
  ...engineBudgets(cases),
  ...fileSizeBudgets(fileSizes),
  ...ganttBudgets(gantt),
  ...(pages.length > 0 ? pageBudgets(pages) : []),
  ...keypressBudgets(keypress),
  ...lighthouseBudgets(lighthouse),
  ...buildBudgets(site, scaled),
  ...roomLoadBudgets(room),
  totalBudget(totalSeconds),
];
console.log('Budgets\n');
printTable(
  ['budget', 'limit', 'actual', 'result'],
  budgets.map((b) => [b.name, b.limit, b.actual, verdict(b.pass)]),
);
writeFileSync(
  'bench/results.json',
  JSON.stringify(
    {
      node: process.version,
      totalSeconds,
      builds: [site, scaled],
      engine: cases,
      fileSizes,
      financeCheck: { rows: finance, largestDifference: financeMax },
      gantt,
      pages,
      keypress,
      lighthouse,
      room,
      budgets,
    },
    null,
    2,
  ) + '\n',
);
console.log('Written to bench/results.json');
console.log(`Total ${seconds(totalSeconds)}`);
