/**
 * Every budget the bench holds, as rows of one summary table. Budgets are read, not
 * asserted: a FAIL is printed, the run goes on.
 */
import type { BuildResult } from './build-time.ts';
import { growthExponent, type EngineCase } from './engine.ts';
import type { GanttResult } from './gantt.ts';
import type { KeypressResult } from './keypress.ts';
import { FORM_FACTORS, SCORE_BAR, type LighthouseRow } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import { KB, kb, ms, seconds, type Budget } from './report.ts';

/** Budget for rendering the largest Gantt chart in Chromium. */
const GANTT_BUDGET_MS = 1_000;
/** Initial JavaScript of the wizard and of each result page, gzip, before any chart or diagram library. */
const INITIAL_JS_BUDGET = 80 * KB;
/** Initial JavaScript of the live room's phone page, gzip: a phone on the room's Wi-Fi, sync provider included. */
const PHONE_JS_BUDGET = 40 * KB;
/** From navigation to the wizard showing a key-pressed answer. */
const KEYPRESS_BUDGET_MS = 1_000;
/** From key down to the answer shown: what reads as instant. */
const REACTION_BUDGET_MS = 100;
/** Build time may grow at most this fast with the number of pages (time ∝ pagesᵏ). */
const BUILD_GROWTH_BUDGET = 1.2;
export const TOTAL_BUDGET_S = 600;

export function engineBudgets(cases: readonly EngineCase[]): Budget[] {
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

export function ganttBudgets(gantt: GanttResult): Budget[] {
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

function initialJs(name: string, pages: readonly PageWeight[], budget = INITIAL_JS_BUDGET): Budget {
  const heaviest = [...pages].sort((a, b) => b.js.gzip - a.js.gzip)[0];
  return {
    name,
    limit: `< ${budget / KB} KB gzip`,
    actual: heaviest ? `${kb(heaviest.js.gzip)} ${heaviest.page}` : 'no such page',
    pass: heaviest ? heaviest.js.gzip < budget : undefined,
  };
}

function neverInitial(library: string, pages: readonly PageWeight[]): Budget {
  const loaded = pages.filter((p) => p.libraries.includes(library));
  return {
    name: `${library} never in the initial load`,
    limit: '0 pages',
    actual: `${loaded.length} pages${loaded[0] ? `, e.g. ${loaded[0].page}` : ''}`,
    pass: loaded.length === 0,
  };
}

export function pageBudgets(pages: readonly PageWeight[]): Budget[] {
  const plain = pages.filter((p) => p.kind === 'static');
  const withJs = plain.filter((p) => p.js.raw > 0);
  return [
    {
      name: 'Pages that need no interaction ship no JS',
      limit: '0 KB',
      actual: `${withJs.length} of ${plain.length} pages have JS${withJs[0] ? `, e.g. ${withJs[0].page}` : ''}`,
      pass: plain.length > 0 && withJs.length === 0,
    },
    initialJs(
      'Wizard initial JS (before charts/diagrams)',
      pages.filter((p) => p.kind === 'wizard'),
    ),
    initialJs(
      'Result pages initial JS (before charts/diagrams)',
      pages.filter((p) => p.kind === 'result'),
    ),
    initialJs(
      'Live room phone page initial JS (sync provider included)',
      pages.filter((p) => p.kind === 'phone'),
      PHONE_JS_BUDGET,
    ),
    neverInitial('Mermaid', pages),
    neverInitial('Chart.js', pages),
  ];
}

export function keypressBudgets(keypress: KeypressResult): Budget[] {
  if (!keypress.runs) {
    return [{ name: 'Wizard answers a key press', limit: '', actual: keypress.skipped, pass: undefined }];
  }
  return [
    {
      name: 'Wizard answers a key press, from navigation',
      limit: `< ${KEYPRESS_BUDGET_MS / 1000} s`,
      actual: ms(keypress.answered),
      pass: keypress.answered < KEYPRESS_BUDGET_MS,
    },
    {
      name: 'Key press to answer shown',
      limit: `< ${REACTION_BUDGET_MS} ms`,
      actual: ms(keypress.reaction),
      pass: keypress.reaction < REACTION_BUDGET_MS,
    },
  ];
}

export function lighthouseBudgets(rows: readonly LighthouseRow[] | { skipped: string }): Budget[] {
  if ('skipped' in rows) {
    return [{ name: 'Lighthouse scores', limit: `≥ ${SCORE_BAR}`, actual: rows.skipped, pass: undefined }];
  }
  return FORM_FACTORS.flatMap((formFactor) =>
    (['performance', 'accessibility'] as const).map((category) => {
      const mine = rows.filter((r) => r.formFactor === formFactor);
      const scored = mine.flatMap((r) => (r[category] === undefined ? [] : [{ page: r.page, score: r[category] }]));
      const errors = mine.filter((r) => r.status === 'error').length;
      const lowest = scored.sort((a, b) => a.score - b.score)[0];
      const note = errors > 0 ? ` (${errors} not audited: error)` : '';
      return {
        name: `Lighthouse ${category}, ${formFactor}`,
        limit: `≥ ${SCORE_BAR} every page`,
        actual:
          (!lowest ? 'no page audited' : lowest.score === 100 ? 'all 100' : `lowest ${lowest.score} ${lowest.page}`) +
          note,
        pass: lowest ? lowest.score >= SCORE_BAR : undefined,
      };
    }),
  );
}

export function buildBudgets(site: BuildResult, scaled: BuildResult): Budget[] {
  const name = 'Build time growth with pages';
  if (!('seconds' in site) || !('seconds' in scaled)) {
    return [{ name, limit: `k < ${BUILD_GROWTH_BUDGET}`, actual: 'a build failed', pass: false }];
  }
  const k = growthExponent([
    { size: site.pages, ms: site.seconds },
    { size: scaled.pages, ms: scaled.seconds },
  ]);
  return [
    {
      name: `${name}, ${site.pages.toLocaleString('en')} → ${scaled.pages.toLocaleString('en')} pages`,
      limit: `k < ${BUILD_GROWTH_BUDGET}`,
      actual: k === undefined ? 'n/a' : `k = ${k.toFixed(2)}`,
      pass: k === undefined ? undefined : k < BUILD_GROWTH_BUDGET,
    },
  ];
}

export function totalBudget(totalSeconds: number): Budget {
  return {
    name: 'Whole bench',
    limit: `< ${TOTAL_BUDGET_S / 60} min`,
    actual: seconds(totalSeconds),
    pass: totalSeconds < TOTAL_BUDGET_S,
  };
}
