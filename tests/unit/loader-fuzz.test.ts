/**
 * Property-based fuzzing of the loader, the browser's import path and `crmkit validate`:
 * whatever text arrives (arbitrary characters, arbitrary YAML, arbitrary JSON, mutated
 * copies of the sample engagements), the result is either a valid engagement or a
 * non-empty list of problems, each at a real line and column with a JSON pointer and a
 * message in both languages. Nothing throws. The run counts are in the test titles.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { type Problem } from '../../src/core/load/problem.ts';
import { problemMessage } from '../../src/i18n/messages.ts';
import { importEngagement } from '../../src/core/workshop/import-export.ts';
import { validateEngagement } from '../../src/schemas/generated/validators.js';
import { shipped } from './assess-helpers.ts';

const context = { frameworks: shipped.frameworks, templates: shipped.templates };
const SAMPLES = ['industrial-equipment-growth', 'sony-china-after-sales'].map((id) =>
  readFileSync(`assessments/${id}.yaml`, 'utf8'),
);

/** Run counts, kept here so the titles and the summary line say what actually ran. */
const RUNS = { text: 400, yamlAnything: 300, engagementShaped: 300, json: 300, mutated: 100, cli: 120 };
const ran = { text: 0, yamlAnything: 0, engagementShaped: 0, json: 0, mutated: 0, cli: 0 };

/** What every import must satisfy: ok with a schema-valid engagement, or located problems. */
function expectAcceptedOrLocated(text: string): 'ok' | 'problems' {
  const result = importEngagement('fuzz.yaml', text, context);
  if (result.ok) {
    expect(validateEngagement(result.engagement)).toBe(true);
    return 'ok';
  }
  expect(result.problems.length).toBeGreaterThan(0);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const p of result.problems) expectLocated(p, lines);
  return 'problems';
}

function expectLocated(p: Problem, lines: number): void {
  expect(p.file).toBe('fuzz.yaml');
  expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines + 1).toBe(true);
  expect(Number.isInteger(p.column) && p.column >= 1).toBe(true);
  // A JSON pointer: empty (the whole file) or /segment/segment…
  expect(p.pointer).toMatch(/^(\/[^/]*)*$/);
  expect(problemMessage(p, 'en').trim()).not.toBe('');
  expect(problemMessage(p, 'zh').trim()).not.toBe('');
}

// Characters YAML gives meaning to, so random text reaches the parser's corners.
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ':',
        ': ',
        '- ',
        '\n',
        '\n  ',
        '\t',
        '"',
        "'",
        '[',
        ']',
        '{',
        '}',
        ',',
        '&a ',
        '*a',
        '!!str ',
        '!<tag> ',
        '? ',
        '|',
        '>-',
        '#',
        '%YAML 1.2\n',
        '---\n',
        '...\n',
        '<<: *a',
        'kind: engagement\n',
        'schemaVersion: 1\n',
        '__proto__',
        'constructor',
        '\uFEFF',
        '\u2028',
        '中文',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), yamlish);

/** A value as YAML text; yaml's stringify gives undefined for undefined. */
const asYaml = (value: unknown) => stringify(value, { lineWidth: 0 }) ?? '';

// Top-level keys of an engagement with arbitrary values, so the schema check and the
// cross-file checks (not only the parser) see junk in every place.
const engagementKeys = [
  'id',
  'title',
  'language',
  'created',
  'client',
  'team',
  'answers',
  'alignment',
  'segments',
  'vendors',
  'vendorSelection',
  'finance',
  'risks',
  'plan',
  'tasks',
  'gates',
  'snapshots',
];
const engagementShaped = fc
  .tuple(
    fc.constantFrom<unknown>('engagement', 'framework', 'template', 'nonsense', 1, null),
    fc.constantFrom<unknown>(1, 0, 2, 99, '1', 1.5, null),
    fc.dictionary(fc.constantFrom(...engagementKeys), fc.anything({ maxDepth: 3 }), { maxKeys: 8 }),
  )
  .map(([kind, schemaVersion, rest]) => ({ ...rest, kind, schemaVersion }));

// ---- Mutated copies of the real samples: flip types, delete keys, insert junk. ----

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

const JUNK: unknown[] = [
  0,
  -1,
  1.5,
  1e308,
  Number.NaN,
  '',
  'x',
  '2026-02-30',
  'na',
  true,
  null,
  [],
  {},
  [1, 'two'],
  { nested: { deeper: [] } },
  '<script>window.__pwned=1</script>',
  "=cmd|' /C calc'!A0",
];

const mutation = fc.record({
  op: fc.constantFrom('replace', 'delete', 'insert', 'rename'),
  at: fc.nat(),
  junk: fc.oneof(fc.constantFrom(...JUNK), fc.jsonValue({ maxDepth: 2 })),
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'title', 'value'), fc.string()),
});

/** Sets an own property even for "__proto__", as a YAML key is data, not a prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutate(
  original: unknown,
  mutations: readonly { op: string; at: number; junk: unknown; key: string }[],
): unknown {
  const root = structuredClone(original) as Record<string, unknown>;
  for (const m of mutations) {
    const paths = pathsOf(root).slice(1); // never the root itself
    const path = paths[m.at % paths.length];
    if (!path) continue;
    const parent = path.slice(0, -1).reduce<unknown>((node, seg) => (node as Record<string, unknown>)[seg], root) as
      Record<string, unknown> | unknown[];
    const last = path[path.length - 1] as string | number;
    const target = (parent as Record<string, unknown>)[last];
    if (m.op === 'replace') (parent as Record<string, unknown>)[last] = m.junk;
    else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else Reflect.deleteProperty(parent, last);
    } else if (m.op === 'insert') {
      if (Array.isArray(target)) target.push(m.junk);
      else if (target && typeof target === 'object') setOwn(target as Record<string, unknown>, m.key, m.junk);
      else (parent as Record<string, unknown>)[last] = m.junk;
    } else if (!Array.isArray(parent)) {
      Reflect.deleteProperty(parent, last);
      setOwn(parent, m.key, target);
    }
  }
  return root;
}

const sampleData = SAMPLES.map((text) => parse(text) as unknown);
const mutatedSample = fc
  .tuple(fc.constantFrom(0, 1), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([i, ms]) => mutate(sampleData[i], ms));

describe('the loader and the import path never throw', () => {
  test('the unmutated samples import cleanly, as YAML and as JSON (the baseline the mutations start from)', () => {
    for (const data of sampleData) {
      expect(expectAcceptedOrLocated(asYaml(data))).toBe('ok');
      expect(expectAcceptedOrLocated(JSON.stringify(data))).toBe('ok');
    }
  });

  test(`arbitrary text (${RUNS.text} runs): accepted or located problems`, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        ran.text++;
        expectAcceptedOrLocated(text);
      }),
      { numRuns: RUNS.text },
    );
  });

  test(`arbitrary values written as YAML (${RUNS.yamlAnything} runs)`, () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (value) => {
        ran.yamlAnything++;
        expectAcceptedOrLocated(asYaml(value));
      }),
      { numRuns: RUNS.yamlAnything },
    );
  });

  test(`engagement-shaped YAML with arbitrary values under every top-level key (${RUNS.engagementShaped} runs)`, () => {
    fc.assert(
      fc.property(engagementShaped, (value) => {
        ran.engagementShaped++;
        expect(expectAcceptedOrLocated(asYaml(value))).toBe('problems');
      }),
      { numRuns: RUNS.engagementShaped },
    );
  });

  test(`arbitrary JSON text (${RUNS.json} runs), JSON being YAML too`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), engagementShaped), (value) => {
        ran.json++;
        expectAcceptedOrLocated(JSON.stringify(value) ?? 'null');
      }),
      { numRuns: RUNS.json },
    );
  });

  test(`mutated sample engagements (${RUNS.mutated} runs of 1 to 4 mutations), as YAML and as JSON`, () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutatedSample, (data) => {
        ran.mutated++;
        const asText = expectAcceptedOrLocated(asYaml(data));
        expect(expectAcceptedOrLocated(JSON.stringify(data))).toBe(asText);
        if (asText === 'problems') rejected++;
      }),
      { numRuns: RUNS.mutated },
    );
    // Most mutations must break the file, or the property says little about rejection.
    expect(rejected).toBeGreaterThan(RUNS.mutated / 2);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('crmkit validate never crashes on fuzzed files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crmkit-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test(`${RUNS.cli} fuzzed files in one folder: every problem printed as file:line:column  pointer  message`, () => {
    const cases = [
      ...fc.sample(anyText, { numRuns: RUNS.cli / 4, seed: 7 }),
      ...fc.sample(engagementShaped.map(asYaml), { numRuns: RUNS.cli / 4, seed: 7 }),
      ...fc.sample(
        fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
        { numRuns: RUNS.cli / 4, seed: 7 },
      ),
      ...fc.sample(mutatedSample.map(asYaml), { numRuns: RUNS.cli / 4, seed: 7 }),
    ];
    mkdirSync(join(dir, 'cases'));
    cases.forEach((text, i) => writeFileSync(join(dir, 'cases', `case-${i}.yaml`), text));
    ran.cli = cases.length;
    const result = run(['validate', join(dir, 'cases')]);
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    const summary = lines.pop() ?? '';
    expect(summary).toMatch(
      /^\d+ problems? in \d+ files? \(\d+ checked\)(; \d+ warnings? \(a warning does not make a file invalid\))?$/,
    );
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(line).toMatch(/^\S+\.yaml:\d+:\d+ {2}\/\S* {2}\S/);
    const json = JSON.parse(run(['validate', '--json', join(dir, 'cases')]).stdout) as { problems: Problem[] };
    expect(json.problems.length).toBe(lines.length);
  });

  afterAll(() => {
    const total = Object.values(ran).reduce((a, b) => a + b, 0);
    console.log(`loader fuzz: ${total} cases run (${JSON.stringify(ran)})`);
  });
});
