/**
 * Every output at the schema's extremes: engagements that validate with amounts at their
 * bounds (0 and 10^15), a discount rate at −50 % and 100 %, the longest and shortest
 * horizons, many or no cost and benefit lines, risks and vendors, vendors scored all `na`
 * or all alike, snapshots on one day, and a plan that starts on 1900-01-01 or ends on
 * 9999-12-31. Each goes through every CLI command and format (the terminal tables, JSON,
 * Markdown, CSV, iCalendar, Mermaid, the HTML report) and through the files and the summary
 * page the site builds from it (tasks.csv, milestones.ics, the SVG charts, the summary HTML
 * in both languages). None may throw, and none may write NaN, Infinity, ∞, `undefined`, or
 * a year past 9999 (+010000-…) where a number or a date belongs.
 *
 * Like tests/unit/cli-fuzz.test.ts, the commands run in-process with the shipped content
 * read once and the case checked by the workshop's import path (the same loader and checks).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { describe, expect, test, vi } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { availableExports, exportFile } from '../../src/render/export-files.ts';
import { summaryHtml } from '../../src/render/summary-html.ts';
import { executiveSummary } from '../../src/core/views/summary-view.ts';
import { planLength, setStartDate } from '../../src/core/workshop/edit-plan.ts';
import { importEngagement } from '../../src/core/workshop/import-export.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';

const cases = vi.hoisted(() => new Map<string, Engagement>());

vi.mock('../../src/cli/load-targets.ts', async () => {
  const { loadContent } = await import('../../src/core/check/load-content.ts');
  const { readSources, shippedContentFiles } = await import('../../src/node/content-files.ts');
  const shipped = loadContent(readSources(shippedContentFiles()).sources);
  return {
    loadTargets(paths: readonly string[]) {
      const path = paths[0] ?? '';
      const engagement = cases.get(path);
      if (engagement === undefined) throw new Error(`not a case: ${path}`);
      const engagements = new Map(shipped.engagements).set(engagement.id, engagement);
      const origins = new Map(shipped.origins).set(`engagement:${engagement.id}`, { file: path, overlays: [] });
      return { content: { ...shipped, engagements, origins }, problems: [], checked: 1, targets: [path] };
    },
  };
});

const { shipped } = await import('./assess-helpers.ts');
const { COMMANDS } = await import('../support/cli-commands.ts');
const context = { frameworks: shipped.frameworks, templates: shipped.templates };
const content = { frameworks: [...shipped.frameworks.values()], templates: [...shipped.templates.values()] };

const BASES: Engagement[] = ['industrial-equipment-growth', 'sony-china-after-sales', 'singapore-tea-shop-loyalty'].map(
  (id) => parse(readFileSync(`assessments/${id}.yaml`, 'utf8')) as Engagement,
);

// ---- Extremes, each a change to a sample ----

type Change = (e: Engagement) => void;
const MAX = 1e15;
const amount = fc.constantFrom(0, 0.01, 1, MAX / 3, MAX - 1, MAX);

/** Every finance amount at an extreme; `lines` copies of the cost and benefit lines (0 = none). */
const financeChange = fc
  .record({
    costs: fc.array(amount, { maxLength: 4 }),
    benefits: fc.array(amount, { maxLength: 4 }),
    copies: fc.constantFrom(0, 1, 8),
    rate: fc.constantFrom(-0.5, 0, 1),
    horizon: fc.constantFrom<[string, number]>(['year', 1], ['year', 10], ['month', 1], ['month', 120]),
    reduction: fc.constantFrom(0, 1),
    increase: fc.constantFrom(0, 5),
    ramp: fc.constantFrom<number[]>([], [0], [1], [0, 0, 0, 0, 0, 1]),
  })
  .map((x): Change => (e) => {
    const f = e.finance;
    if (!f) return;
    const pick = (values: number[], i: number): number => values[i % Math.max(1, values.length)] ?? 0;
    const costs = (f.costs ?? []).map((c, i) => ({
      ...c,
      ...(c.oneTime !== undefined ? { oneTime: pick(x.costs, i) } : {}),
      ...(c.recurring !== undefined ? { recurring: pick(x.costs, i + 1) } : {}),
    }));
    const benefits = (f.benefits ?? []).map((b, i) => ({ ...b, annual: pick(x.benefits, i), rampUp: x.ramp }));
    const copied = <T extends { id: string }>(lines: T[]): T[] =>
      Array.from({ length: x.copies }, (_, k) =>
        lines.map((l) => ({ ...l, id: k === 0 ? l.id : `${l.id}-${k}` })),
      ).flat();
    f.costs = copied(costs);
    f.benefits = copied(benefits);
    f.discountRate = x.rate;
    f.periodUnit = x.horizon[0] as 'year' | 'month';
    f.horizon = x.horizon[1];
    f.riskAdjustment = { benefitReduction: x.reduction, costIncrease: x.increase };
    if (x.copies === 0 || x.ramp.length === 0) Reflect.deleteProperty(f, 'simulation');
  });

const riskChange = fc.constantFrom(0, 1, 40).map((count): Change => (e) => {
  const first = e.risks?.[0];
  if (!first) return;
  e.risks = Array.from({ length: count }, (_, i) => ({ ...first, id: `${first.id}-${i}`, likelihood: 5, impact: 5 }));
  if (count === 0) Reflect.deleteProperty(e, 'risks');
});

const vendorChange = fc.constantFrom('none', 'all-na', 'all-alike', 'one').map((kind): Change => (e) => {
  const vendors = e.vendors ?? [];
  if (kind === 'none') {
    Reflect.deleteProperty(e, 'vendors');
    Reflect.deleteProperty(e, 'vendorSelection');
    return;
  }
  if (kind === 'one') {
    e.vendors = vendors.slice(0, 1);
    if (e.vendorSelection?.chosen !== undefined && e.vendorSelection.chosen !== e.vendors[0]?.id)
      Reflect.deleteProperty(e.vendorSelection, 'chosen');
    return;
  }
  for (const v of vendors)
    for (const score of Object.values(v.scores ?? {})) score.value = kind === 'all-na' ? 'na' : 3;
});

const snapshotChange = fc.constantFrom('none', 'same-day', 'bounds').map((kind): Change => (e) => {
  const first = e.snapshots?.[0];
  if (kind === 'none' || !first) {
    Reflect.deleteProperty(e, 'snapshots');
    return;
  }
  e.snapshots =
    kind === 'same-day'
      ? [first, { ...first, label: `${first.label ?? ''} (again)` }]
      : [
          { ...first, date: '1900-01-01' },
          { ...first, date: '9999-12-31' },
        ];
});

const taskChange = fc.constantFrom('none', 'all-done', 'bounds').map((kind): Change => (e) => {
  if (kind === 'none') {
    Reflect.deleteProperty(e, 'tasks');
    return;
  }
  for (const t of Object.values(e.tasks ?? {})) {
    t.status = 'done';
    t.percent = 100;
    if (kind === 'bounds') Object.assign(t, { actualStart: '1900-01-01', actualFinish: '9999-12-31' });
  }
});

/** The plan at either end of the calendar: from 1900-01-01, or the latest start that still ends by 9999-12-31. */
const planChange = fc.constantFrom('first', 'last').map((end): Change => (e) => {
  if (!e.plan) return;
  e.plan = { ...e.plan, holidays: [] };
  if (end === 'first') {
    e.plan.startDate = '1900-01-01';
    return;
  }
  const days = planLength(e, shipped.frameworks, shipped.templates);
  const edit = setStartDate(e, '9999-12-31', '2026-06-01', days);
  if (!edit.ok && edit.refusal.kind === 'past-last-date') e.plan.startDate = edit.refusal.latest;
  else if (edit.ok && edit.engagement.plan) e.plan = edit.engagement.plan;
});

/** Each kind of extreme present or not: most cases hold several at once. */
const extremes = fc
  .record({
    base: fc.nat({ max: BASES.length - 1 }),
    changes: fc.tuple(
      ...[financeChange, riskChange, vendorChange, snapshotChange, taskChange].map((c) =>
        fc.option(c, { nil: undefined, freq: 2 }),
      ),
    ),
    plan: fc.option(planChange, { nil: undefined, freq: 2 }),
  })
  .map(({ base, changes, plan }) => {
    const e = structuredClone(BASES[base]) as Engagement;
    for (const c of changes) c?.(e);
    plan?.(e); // last: the plan's length depends on the risks and vendors above
    e.id = 'extreme-case';
    return e;
  });

/** Number or date junk in what crmkit writes. */
const JUNK =
  /\bNaN\b|\bInfinity\b|∞|\bundefined\b|\[object Object\]|[+-]0\d{5}-\d\d|(?<![\w.,-])[-−]0(?:[.,]0+)?(?![\w.,])/;
const INTERNAL = /\n\s+at \S+ \(|\b(TypeError|RangeError|ReferenceError|SyntaxError)\b|Error: /;

const RUNS = Number(process.env['EXTREME_RUNS'] ?? 30);

describe('every output at the schema extremes', () => {
  test(`${RUNS} extreme engagements: no output throws, none writes NaN, Infinity, ∞, undefined or a year past 9999`, () => {
    const outcome = { accepted: 0, refused: 0, outputs: 0 };
    const refusals = new Set<string>();
    const reached = new Set<string>();
    let n = 0;
    fc.assert(
      fc.property(extremes, (drawn) => {
        // What validation accepts, as it reads it back from the file.
        const result = importEngagement('extreme.yaml', stringify(drawn, { lineWidth: 0 }), context);
        if (!result.ok) {
          outcome.refused++;
          for (const p of result.problems) refusals.add(p.code);
          return;
        }
        outcome.accepted++;
        const e = result.engagement;
        const amounts = [
          ...(e.finance?.costs ?? []).flatMap((c) => [c.oneTime, c.recurring]),
          ...(e.finance?.benefits ?? []).map((b) => b.annual),
        ];
        if (amounts.includes(MAX)) reached.add('an amount of 10^15');
        if ((e.finance?.costs ?? []).length === 0 && e.finance) reached.add('no cost lines');
        if ((e.risks ?? []).length >= 40) reached.add('40 risks');
        if (e.plan?.startDate?.startsWith('99')) reached.add('a plan ending in 9999');
        if (e.plan?.startDate === '1900-01-01') reached.add('a plan from 1900-01-01');
        if (e.vendors?.every((v) => Object.values(v.scores ?? {}).every((s) => s.value === 'na')))
          reached.add('all na');
        if (new Set(e.snapshots?.map((s) => s.date)).size === 1 && (e.snapshots?.length ?? 0) > 1)
          reached.add('snapshots on one day');
        const path = `extreme/case-${n++}.yaml`;
        cases.set(path, e);
        const check = (what: string, text: string | undefined) => {
          outcome.outputs++;
          expect(text?.match(INTERNAL)?.[0], what).toBeUndefined();
          const junk = text?.match(JUNK);
          const at = junk?.index ?? 0;
          expect(junk?.[0], `${what}: …${text?.slice(Math.max(0, at - 100), at + 40)}…`).toBeUndefined();
        };
        for (const args of COMMANDS) {
          const [command, ...rest] = args;
          const out = run([command ?? '', path, ...rest]);
          const what = `crmkit ${args.join(' ')}`;
          // 0, or a sentence: no plan, no vendors or no ROI case to report on.
          expect([0, 1, 2], `${what}: ${out.stdout}${out.stderr}`).toContain(out.exitCode);
          check(what, out.stdout + out.stderr);
        }
        for (const file of availableExports(e, content))
          for (const lang of ['en', 'zh'] as const) check(`${file} (${lang})`, exportFile(file, e, lang, content));
        const summary = executiveSummary(e, content);
        for (const lang of ['en', 'zh'] as const)
          check(`summary page (${lang})`, String(summaryHtml(summary, lang, () => undefined)));
        cases.delete(path);
      }),
      { numRuns: RUNS, seed: Number(process.env['EXTREME_SEED'] ?? 9) },
    );
    // Not vacuous: most extreme cases validate and go through every output.
    expect(outcome.accepted).toBeGreaterThan(RUNS / 2);
    // Not vacuous either: the extremes themselves validated and went through.
    expect([...reached].sort()).toEqual([
      '40 risks',
      'a plan ending in 9999',
      'a plan from 1900-01-01',
      'all na',
      'an amount of 10^15',
      'no cost lines',
      'snapshots on one day',
    ]);
    console.log(`output extremes: ${JSON.stringify(outcome)}; refused: ${[...refusals].join(', ')}`);
  }, 300_000);
});
