/**
 * A file that validates never crashes anything: any engagement `crmkit validate` accepts runs
 * through every command and format (validate, assess, risks, vendors, roi, plan in every
 * format and diagram, report) without an internal error: no thrown exception, no stack
 * trace, no NaN, Infinity or year past 9999 in what it prints. Cases are the samples and the
 * valid hostile files, changed the way a re-assessment or a careless edit changes them
 * (answers, dates near both ends of the calendar, amounts, statuses, whole sections gone) and,
 * less often, the loader fuzz's junk mutations.
 *
 * The commands run in-process through `run`. Reading the shipped content from disk for every
 * command would cost a second each, so here `loadTargets` reads the shipped content once and
 * checks the case with the workshop's import path, which runs the same loader and checks as
 * `loadContent` (tests/unit/cli.test.ts runs the real one).
 */
import fc from 'fast-check';
import { SyntaxValidator } from 'fast-xml-validator';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { describe, expect, test, vi } from 'vitest';
import { run } from '../../src/cli/main.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';

const cases = vi.hoisted(() => new Map<string, string>());

vi.mock('../../src/cli/load-targets.ts', async () => {
  const { loadContent } = await import('../../src/core/content/load-content.ts');
  const { importEngagement } = await import('../../src/core/workshop/import-export.ts');
  const { readSources, shippedContentFiles } = await import('../../src/node/content-files.ts');
  const shipped = loadContent(readSources(shippedContentFiles()).sources);
  // Every command of a case reads the same text: check it once.
  const checked = new Map<string, ReturnType<typeof importEngagement>>();
  return {
    loadTargets(paths: readonly string[]) {
      const path = paths[0] ?? '';
      const text = cases.get(path);
      if (text === undefined) throw new Error(`not a fuzz case: ${path}`);
      const result = checked.get(path) ?? importEngagement(path, text, shipped);
      checked.set(path, result);
      const engagements = new Map(shipped.engagements);
      const origins = new Map(shipped.origins);
      if (result.ok) {
        engagements.set(result.engagement.id, result.engagement);
        origins.set(`engagement:${result.engagement.id}`, { file: path, overlays: [] });
      }
      return {
        content: { ...shipped, engagements, origins },
        problems: result.ok ? result.warnings : result.problems,
        checked: 1,
        targets: [path],
      };
    },
  };
});

const { shipped } = await import('./assess-helpers.ts');

/** Each command and format, as typed. */
const COMMANDS: string[][] = [
  ['assess'],
  ['assess', '--json'],
  ['risks'],
  ['risks', '--json'],
  ['vendors'],
  ['vendors', '--json'],
  ['roi'],
  ['roi', '--json'],
  ['plan'],
  ...['json', 'markdown', 'csv', 'ical', 'mspdi'].map((f) => ['plan', '--format', f]),
  ...['gantt', 'roadmap', 'flow'].map((m) => ['plan', '--mermaid', m]),
  ['report', '--lang', 'en'],
  ['report', '--lang', 'zh'],
];

const BASES: Engagement[] = [
  ...['sony-china-after-sales', 'industrial-equipment-growth'].map(
    (id) => parse(readFileSync(`assessments/${id}.yaml`, 'utf8')) as Engagement,
  ),
  ...['html-injection', 'terminal-escapes'].map(
    (name) => parse(readFileSync(`tests/fixtures/hostile/${name}.yaml`, 'utf8')) as Engagement,
  ),
];

// ---- Changes an engagement goes through: each picks its target by index, modulo what exists. ----

type Change = (e: Engagement) => void;
const pickFrom = <T>(items: readonly T[], i: number): T | undefined => items[i % Math.max(1, items.length)];

const date = fc
  .oneof(
    { weight: 6, arbitrary: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2029, 11, 31) }) },
    { weight: 1, arbitrary: fc.integer({ min: Date.UTC(9999, 0, 1), max: Date.UTC(9999, 11, 31) }) },
    { weight: 1, arbitrary: fc.integer({ min: Date.UTC(1899, 11, 1), max: Date.UTC(1900, 1, 1) }) },
    { weight: 1, arbitrary: fc.constantFrom(Date.UTC(2028, 1, 29), Date.UTC(9998, 6, 4), Date.UTC(0, 7, 1)) },
  )
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

function answered(e: Engagement) {
  return Object.entries(e.answers ?? {}).flatMap(([framework, answers]) => {
    const f = shipped.frameworks.get(framework);
    const questions = new Map(f?.elements.flatMap((el) => el.questions ?? []).map((q) => [q.id, q]));
    return Object.keys(answers).map((question) => ({
      framework,
      question,
      points: f?.scales?.find((s) => s.id === questions.get(question)?.scale)?.points.map((p) => p.value) ?? [1],
    }));
  });
}

const answerChange = fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([i, p, na]): Change => (e) => {
  const q = pickFrom(answered(e), i);
  const answer = q && e.answers?.[q.framework]?.[q.question];
  if (q && answer) answer.value = na && p % 5 === 0 ? 'na' : (pickFrom(q.points, p) ?? answer.value);
});

/** Every place an engagement keeps a date, as setters. */
function dateSlots(e: Engagement): ((d: string) => void)[] {
  return [
    (d) => (e.created = d),
    (d) => (e.updated = d),
    ...(e.plan
      ? [(d: string) => e.plan && (e.plan.startDate = d), (d: string) => e.plan && (e.plan.holidays = [d])]
      : []),
    // Work reported on a task: the other date moves too when it would come out of order.
    ...Object.values(e.tasks ?? {}).flatMap((t) => [
      (d: string) => {
        t.actualStart = d;
        if (t.actualFinish !== undefined && t.actualFinish < d) t.actualFinish = d;
      },
      (d: string) => {
        t.actualFinish = d;
        if (t.actualStart !== undefined && t.actualStart > d) t.actualStart = d;
      },
    ]),
    ...(e.snapshots ?? []).map((s) => (d: string) => (s.date = d)),
    ...Object.values(e.gates ?? {}).map((g) => (d: string) => (g.decided = d)),
  ];
}
const dateChange = fc.tuple(fc.nat(), date).map(
  ([i, d]): Change =>
    (e) =>
      pickFrom(dateSlots(e), i)?.(d),
);

// Up to 1e300; amounts near the largest double (1.8e308), whose sums overflow, are for the
// numeric bounds of validation, not yet in place.
const AMOUNTS = [0, 1, 99.5, 12_345.678, 1e6, 3e9, 1e12, 1e300];
const amountChange = fc
  .tuple(fc.nat(), fc.constantFrom(...AMOUNTS), fc.nat({ max: 4 }))
  .map(([i, amount, field]): Change => (e) => {
    const f = e.finance;
    if (!f) return;
    const cost = pickFrom(f.costs ?? [], i);
    const benefit = pickFrom(f.benefits ?? [], i);
    if (field === 0 && cost) cost.oneTime = amount;
    else if (field === 1 && cost) cost.recurring = amount;
    else if (field === 2 && benefit) benefit.annual = amount;
    else if (field === 3) f.discountRate = [-0.5, 0, 0.08, 0.3, 0.99][i % 5] ?? 0.08;
    else f.horizon = (i % 10) + 1;
  });

const STATUSES = ['not-started', 'in-progress', 'blocked', 'done'] as const;
const taskChange = fc
  .tuple(fc.nat(), fc.constantFrom(...STATUSES), fc.nat({ max: 100 }), fc.boolean())
  .map(([i, status, percent, generated]): Change => (e) => {
    const ids = Object.keys(e.tasks ?? {});
    const id = generated ? `risk-gone-${i % 7}` : pickFrom(ids, i);
    if (id === undefined) return;
    e.tasks = { ...e.tasks, [id]: { ...e.tasks?.[id], status, percent } };
  });

const SECTIONS = [
  'finance',
  'vendors',
  'vendorSelection',
  'risks',
  'plan',
  'tasks',
  'gates',
  'snapshots',
  'segments',
  'alignment',
] as const;
/** A section dropped with what only makes sense beside it (status without a plan, a choice without vendors). */
const ALONG: Partial<Record<(typeof SECTIONS)[number], string[]>> = {
  plan: ['tasks', 'gates'],
  vendors: ['vendorSelection'],
};
const dropSection = fc.constantFrom(...SECTIONS).map((key): Change => (e) => {
  for (const k of [key, ...(ALONG[key] ?? [])]) Reflect.deleteProperty(e, k);
});

const riskChange = fc
  .tuple(fc.nat(), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .map(([i, likelihood, impact]): Change => (e) => {
    const risk = pickFrom(e.risks ?? [], i);
    if (risk) Object.assign(risk, { likelihood, impact });
  });

const vendorChange = fc
  .tuple(fc.nat(), fc.nat(), fc.constantFrom<number | 'na'>(1, 2, 3, 4, 5, 'na'))
  .map(([v, s, value]): Change => (e) => {
    const vendor = pickFrom(e.vendors ?? [], v);
    const key = pickFrom(Object.keys(vendor?.scores ?? {}), s);
    const score = key !== undefined ? vendor?.scores?.[key] : undefined;
    if (score) score.value = value;
  });

/** Junk where a value was: a careless edit that validation should mostly refuse. */
const junkChange = fc
  .tuple(fc.nat(), fc.constantFrom<unknown>(-1, 1e308, '', 'x', null, [], {}, true))
  .map(([i, junk]): Change => (e) => {
    const keys = Object.keys(e).filter((k) => k !== 'kind' && k !== 'schemaVersion' && k !== 'id');
    const key = pickFrom(keys, i);
    if (key) (e as unknown as Record<string, unknown>)[key] = junk;
  });

const change = fc.oneof(
  { weight: 4, arbitrary: answerChange },
  { weight: 4, arbitrary: dateChange },
  { weight: 3, arbitrary: amountChange },
  { weight: 3, arbitrary: taskChange },
  { weight: 2, arbitrary: dropSection },
  { weight: 2, arbitrary: riskChange },
  { weight: 2, arbitrary: vendorChange },
  { weight: 1, arbitrary: junkChange },
);

const caseText = fc
  .tuple(fc.nat({ max: BASES.length - 1 }), fc.array(change, { minLength: 1, maxLength: 6 }))
  .map(([base, changes]) => {
    const e = structuredClone(BASES[base]) as Engagement;
    for (const c of changes) c(e);
    e.id = 'fuzz-case';
    return stringify(e, { lineWidth: 0 });
  });

/** What an internal error leaves in output. */
const INTERNAL = /\n\s+at \S+ \(|\b(TypeError|RangeError|ReferenceError|SyntaxError)\b|Error: /;
const NUMBER_JUNK = /\bNaN\b|\bInfinity\b|[+-]0\d{5}-\d\d/;

// About 10 s on an idle 2-core machine; the timeout leaves room for a busy one.
const RUNS = 40;

describe('whatever validation accepts runs through every command and format', () => {
  test(`${RUNS} changed engagements: no exception, no stack trace, no NaN, Infinity or year past 9999`, () => {
    const outcome = { accepted: 0, refused: 0, commands: 0 };
    let n = 0;
    fc.assert(
      fc.property(caseText, (text) => {
        const path = `fuzz/case-${n++}.yaml`;
        cases.set(path, text);
        const validate = run(['validate', path]);
        expect(validate.stdout + validate.stderr).not.toMatch(INTERNAL);
        if (validate.exitCode !== 0) {
          outcome.refused++;
          return;
        }
        outcome.accepted++;
        // Numbers and dates the engines write are checked; text the user wrote may say anything.
        const junkInInput = NUMBER_JUNK.test(text);
        for (const args of COMMANDS) {
          const [command, ...rest] = args;
          const result = run([command ?? '', path, ...rest]);
          outcome.commands++;
          const out = result.stdout + result.stderr;
          const what = `crmkit ${args.join(' ')}`;
          expect(out, what).not.toMatch(INTERNAL);
          // 0, or a sentence: no plan or no vendors to report on (1, 2).
          expect([0, 1, 2], what).toContain(result.exitCode);
          if (result.exitCode !== 0) expect(out.trim().split('\n').length, `${what}: ${out}`).toBeLessThan(3);
          if (!junkInInput) expect(out.match(NUMBER_JUNK)?.[0], what).toBeUndefined();
          if (args.includes('--json') || args.includes('json')) {
            if (result.exitCode === 0) expect(() => JSON.parse(result.stdout) as unknown, what).not.toThrow();
          }
          if (args.includes('mspdi') && result.exitCode === 0) {
            expect(() => SyntaxValidator.validate(result.stdout), what).not.toThrow();
          }
        }
        cases.delete(path);
      }),
      { numRuns: RUNS, seed: 2026 },
    );
    // Not vacuous: most cases are valid and went through every command.
    expect(outcome.accepted).toBeGreaterThan(RUNS / 2);
    expect(outcome.commands).toBe(outcome.accepted * COMMANDS.length);
    console.log(`cli fuzz: ${JSON.stringify(outcome)}`);
  }, 120_000);
});
