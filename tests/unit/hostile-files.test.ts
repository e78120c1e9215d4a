/**
 * The corpus of hostile engagements in tests/fixtures/hostile (see its README.md): each
 * goes through the loader, the import path and every `crmkit` command and format. The
 * valid ones must come out with their hostile text as text in every format (escaped
 * where the format has syntax); the invalid ones must be refused fast with located
 * problems; nothing may touch Object.prototype.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { terminalText } from '../../src/cli/terminal-text.ts';
import { formatProblem } from '../../src/i18n/messages.ts';
import { LIMITS } from '../../src/core/load/yaml-source.ts';
import { CSV_COLUMNS } from '../../src/render/csv.ts';
import { calendarName } from '../../src/render/icalendar.ts';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import { markdownText } from '../../src/render/markdown.ts';
import { xmlChars } from '../../src/render/mspdi.ts';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { importEngagement } from '../../src/core/workshop/import-export.ts';
import { PAYLOADS } from '../fixtures/hostile/payloads.ts';
import { shipped } from './assess-helpers.ts';

const DIR = 'tests/fixtures/hostile';
const context = { frameworks: shipped.frameworks, templates: shipped.templates };
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const read = (name: string) => readFileSync(`${DIR}/${name}.yaml`, 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'crmkit-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function expectPrototypeUntouched() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

/** Runs the CLI and insists it finished on its own terms: exit 0 and no stderr. */
function crmkit(args: string[], cwd?: string): string {
  const result = run(args, cwd);
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return result.stdout;
}

/** RFC 4180 records: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Mermaid text in which user text could only hide inside labels: nothing opens a directive or a statement. */
function expectInertMermaid(text: string) {
  expect(text).not.toContain('%%');
  expect(text.replace(/-->/g, '')).not.toMatch(/[<>]/);
  for (const line of text.split('\n')) {
    expect(line.trim()).not.toMatch(/^(click|call|href|style|classDef|class|linkStyle|title|end)\b/i);
    // A gantt task is `label :meta`: one colon, so a label cannot add its own metadata.
    if (/^ {4}\S/.test(line) && !text.startsWith('flowchart')) expect(line.split(':')).toHaveLength(2);
  }
}

function engagementOf(text: string): Engagement {
  const result = importEngagement('x.yaml', text, context);
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'));
  return result.engagement;
}

function planOf(text: string) {
  const result = planEngagement(engagementOf(text), shipped.frameworks, shipped.templates);
  if (!result.ok) throw new Error('no plan');
  return result;
}

describe.each(Object.keys(PAYLOADS))('%s.yaml: a valid engagement whose text stays text', (name) => {
  const text = read(name);
  const payloads = PAYLOADS[name]?.payloads ?? [];
  const file = `${DIR}/${name}.yaml`;

  test('imports as a valid engagement carrying the payloads unchanged', () => {
    const result = importEngagement(`${name}.yaml`, text, context);
    if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'));
    expect(result.engagement.title).toBe(payloads[0]);
    expect(result.engagement.risks?.map((r) => r.title)).toEqual(
      expect.arrayContaining(payloads.filter((p) => result.engagement.risks?.some((r) => r.title === p))),
    );
    expectPrototypeUntouched();
  });

  test('plan --format markdown: no HTML, link, heading or table cell can be opened by user text', () => {
    const md = crmkit(['plan', file, '--format', 'markdown']);
    // The report's own <br> joins reasons inside a table cell; nothing else may look like a tag.
    const prose = md.replace(/```mermaid\n[\s\S]*?```/g, '').replace(/<br>/g, '');
    expect(prose).not.toMatch(/<[a-z!/]/i);
    expect(prose).not.toMatch(/\]\(javascript:/i);
    expect(md.split('\n')[0]).toBe(
      `# ${markdownText(payloads[0] ?? '')} — Growth\\-stage SME\\: sales\\-process\\-led CRM`,
    );
    // Every table row has as many unescaped | as its header row.
    const tables = prose.match(/^\|.*(\n\|.*)*/gm) ?? [];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const pipes = table.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
      expect(new Set(pipes).size).toBe(1);
    }
    for (const line of prose.split('\n')) if (/^#/.test(line)) expect(line).toMatch(/^#{1,3} /);
    for (const block of md.match(/```mermaid\n[\s\S]*?```/g) ?? []) expectInertMermaid(block.slice(10, -3));
  });

  test('plan --mermaid flow (the roadmap and gantt charts are in the Markdown report): inert Mermaid text', () => {
    expectInertMermaid(crmkit(['plan', file, '--mermaid', 'flow']));
  });

  test('plan --format csv: one row per task, 16 columns, no cell a spreadsheet would run', () => {
    const rows = parseCsv(crmkit(['plan', file, '--format', 'csv']).replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(planOf(text).plan.tasks.length + 1);
    for (const row of rows) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  test('plan --format ical: only real properties, folded at 75 octets, title escaped', () => {
    const ics = crmkit(['plan', file, '--format', 'ical']);
    const physical = ics.split('\r\n');
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const lines = ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
    for (const line of lines) {
      expect(line).toMatch(/^[A-Z][A-Z-]*[;:]/);
      // eslint-disable-next-line no-control-regex -- control characters are what is being checked for
      expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    }
    expect(lines.filter((l) => l === 'BEGIN:VCALENDAR')).toHaveLength(1);
    expect(lines.filter((l) => l === 'END:VCALENDAR')).toHaveLength(1);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT').length).toBe(lines.filter((l) => l === 'END:VEVENT').length);
    expect(lines).toContain(`NAME:${calendarName(payloads[0] ?? '')}`);
  });

  test('plan --format mspdi: well-formed XML whose project title comes back as written (less what XML forbids)', () => {
    const result = run(['plan', file, '--format', 'mspdi']);
    expect(result.exitCode).toBe(0);
    expect(SyntaxValidator.validate(result.stdout)).toBe(true);
    const parsed = new XMLParser({ parseTagValue: false, trimValues: false, processEntities: true }).parse(
      result.stdout,
    ) as { Project: { Title: string } };
    const expected = xmlChars(payloads[0] ?? '');
    // CR is written as &#13;, which this parser leaves as it is.
    expect(parsed.Project.Title.replaceAll('&#13;', '\r')).toBe(expected.text);
    // What was removed is said on stderr, naming the title or the task; nothing else is said there.
    for (const line of result.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^MS Project XML: /);
    if (expected.removed > 0) expect(result.stderr).toContain('MS Project XML: the project title: ');
  });

  test('assess, risks, roi (text) and vendors (JSON): the hostile text comes out as it was written', () => {
    const engagement = engagementOf(text);
    crmkit(['assess', file]);
    crmkit(['roi', file]);
    const firstRisk = engagement.risks?.[0]?.title ?? '';
    // A one-line payload appears in the plain-text risk register as written, controls made visible.
    if (!firstRisk.includes('\n')) expect(crmkit(['risks', file])).toContain(terminalText(firstRisk));
    const vendors = crmkit(['vendors', file, '--json']);
    expect(vendors).toContain(JSON.stringify(engagement.vendors?.[0]?.name ?? ''));
  });
});

describe('terminal-escapes.yaml: nothing in a plain-text report can drive the terminal', () => {
  const file = `${DIR}/terminal-escapes.yaml`;
  // ESC and CSI, other C0 but tab and newline, DEL, C1, bidi embeddings, overrides, isolates and marks.
  // eslint-disable-next-line no-control-regex -- control characters are what is being checked for
  const DRIVES_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

  test.each([['assess'], ['plan'], ['risks'], ['roi'], ['vendors'], ['validate'], ['plan', '--start', '2026-03-02']])(
    'crmkit %s: no control character left, the escapes shown as text',
    (...args) => {
      const out = crmkit([...args.slice(0, 1), file, ...args.slice(1)]);
      expect(out).not.toMatch(DRIVES_TERMINAL);
      if (args[0] !== 'validate')
        expect(out.split('\n')[0]).toContain('Growth plan\\x1b[2J\\x1b[H\\x1b[32mAll checks passed');
    },
  );

  test('crmkit report without --out: no control character on the terminal; the --out file keeps the text exactly', () => {
    const out = crmkit(['report', file, '--lang', 'en']);
    expect(out).not.toMatch(DRIVES_TERMINAL);
    expect(out).toContain('Growth plan\\x1b[2J\\x1b[H\\x1b[32mAll checks passed');
    const dir = mkdtempSync(join(tmp, 'report-'));
    const wrote = crmkit(['report', file, '--lang', 'en', '--out', 'r.html'], dir);
    expect(wrote).toContain('wrote r.html');
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toMatch(DRIVES_TERMINAL);
    expect(html).toContain('Growth plan\u001b[2J\u001b[H\u001b[32mAll checks passed');
    // Only the control characters differ: written back, the terminal text is the file.
    expect(terminalText(html)).toBe(out);
  });

  test('a report without control characters goes to standard output byte for byte as --out writes it', () => {
    const sony = 'assessments/sony-china-after-sales.yaml';
    const dir = mkdtempSync(join(tmp, 'report-'));
    const out = crmkit(['report', sony, '--lang', 'en']);
    crmkit(['report', sony, '--lang', 'en', '--out', 'r.html'], dir);
    expect(out).toBe(readFileSync(join(dir, 'r.html'), 'utf8'));
  });

  test('the bytes the real command writes hold no ESC, no C1 and no bidi override', () => {
    const result = spawnSync(process.execPath, ['bin/crmkit.js', 'risks', file]);
    expect(result.status).toBe(0);
    const bytes = result.stdout as Buffer;
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.includes(0x1b)).toBe(false);
    expect(bytes.includes(0x0d)).toBe(false);
    // C1 in UTF-8 is C2 80…C2 9F; RLO is E2 80 AE.
    expect(bytes.toString('latin1')).not.toMatch(/\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]/);
    expect(bytes.toString('utf8')).toContain('Budget approved\\x0dBudget REJECTED');
  });

  test('validate: problems quoting hostile keys and values are made safe too', () => {
    const broken =
      read('terminal-escapes').replace(/^ {2}size: medium$/m, '  size: "huge\\e[31m\\u202e"') + '"evil\\e[2J": 1\n';
    writeFileSync(join(tmp, 'terminal-broken.yaml'), broken);
    const result = run(['validate', join(tmp, 'terminal-broken.yaml')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).not.toMatch(DRIVES_TERMINAL);
    expect(result.stdout).toContain('/evil\\x1b[2J  unknown field "evil\\x1b[2J"');
    expect(result.stdout).toContain('got "huge\\u001b[31m\\u202e"');
  });

  test('JSON carries the exact text; CSV writes each control character as a visible escape', () => {
    const engagement = engagementOf(read('terminal-escapes'));
    const names = engagement.vendors?.map((v) => v.name) ?? [];
    // eslint-disable-next-line no-control-regex -- control characters are what is being checked for
    expect(names.join('')).toMatch(/[\u0000-\u001f\u009b\u202e]/);
    const json = JSON.parse(crmkit(['vendors', file, '--json'])) as { vendors: { id: string; name: string }[] }[];
    expect(json[0]?.vendors.map((v) => v.name).sort()).toEqual([...names].sort());
    const csv = crmkit(['plan', file, '--format', 'csv']);
    // eslint-disable-next-line no-control-regex -- control characters are what is being checked for
    expect(csv).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    expect(csv).toContain('\\x1b');
  });
});

test('the calendar name escapes backslash, semicolon, comma and line breaks (RFC 5545 TEXT)', () => {
  expect(calendarName('Plan; v2, draft\\x\r\nEND:VCALENDAR\nnext\u0007')).toBe(
    'Plan\\; v2\\, draft\\\\x\\nEND:VCALENDAR\\nnext ',
  );
});

describe('files that must be refused', () => {
  test('all the valid hostile files pass crmkit validate together', () => {
    const out = crmkit(['validate', ...Object.keys(PAYLOADS).map((n) => `${DIR}/${n}.yaml`)]);
    expect(out).toMatch(/files checked: no problems\n$/);
  });

  test('prototype-keys.yaml: every __proto__, constructor and prototype key is reported at its line, none reaches Object.prototype', () => {
    const text = read('prototype-keys');
    const result = importEngagement('prototype-keys.yaml', text, context);
    if (result.ok) throw new Error('accepted');
    expectPrototypeUntouched();
    const lines = text.split('\n');
    const keyLines = lines.flatMap((l, i) => (/^\s*(- )?(__proto__|constructor|prototype):/.test(l) ? [i + 1] : []));
    expect(keyLines.length).toBeGreaterThan(100);
    const reported = new Set(result.problems.map((p) => p.line));
    // In a map the schema closes the key is an unknown field. In an id-keyed map (answers,
    // gates) "constructor" is a well-formed id, so the problem is in its value, a line below.
    const missed = keyLines.filter((l) => !reported.has(l) && !reported.has(l + 1));
    expect(missed).toEqual([]);
    for (const p of result.problems) {
      expect(p.pointer).toMatch(/\/(__proto__|constructor|prototype)(\/|$)/);
      expect(lines[p.line - 1]?.slice(p.column - 1)).toMatch(/^(__proto__|constructor|prototype|\{|polluted)/);
    }
    const cli = run(['validate', `${DIR}/prototype-keys.yaml`]);
    expect(cli.exitCode).toBe(1);
    expect(cli.stdout).toContain(`${DIR}/prototype-keys.yaml:`);
    expectPrototypeUntouched();
  });

  test('billion-laughs.yaml: refused in well under a second, naming the aliases', () => {
    const started = performance.now();
    const result = importEngagement('billion-laughs.yaml', read('billion-laughs'), context);
    expect(performance.now() - started).toBeLessThan(1000);
    if (result.ok) throw new Error('accepted');
    expect(result.problems.map((p) => formatProblem(p))).toEqual([
      'billion-laughs.yaml:1:1  /  the file uses too many YAML aliases (*name) to expand safely; write the values out',
    ]);
    expect(run(['validate', `${DIR}/billion-laughs.yaml`]).stdout).toContain('too many YAML aliases');
  });

  test('deep-nesting.yaml and 1,500 levels of block nesting: refused before parsing', () => {
    const deepBlock =
      read('html-injection') +
      'deep:\n' +
      Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i + 2)}a${i}:`).join('\n') +
      ' end\n';
    writeFileSync(join(tmp, 'deep-block.yaml'), deepBlock);
    for (const [name, text] of [
      ['deep-nesting.yaml', read('deep-nesting')],
      ['deep-block.yaml', deepBlock],
    ] as const) {
      const started = performance.now();
      const result = importEngagement(name, text, context);
      expect(performance.now() - started).toBeLessThan(1000);
      if (result.ok) throw new Error('accepted');
      expect(result.problems.map((p) => formatProblem(p))).toEqual([
        `${name}:1:1  /  the file is nested too deeply to read safely`,
      ]);
    }
    const cli = run(['validate', `${DIR}/deep-nesting.yaml`, join(tmp, 'deep-block.yaml')]);
    expect(cli.exitCode).toBe(1);
    expect(cli.stdout.match(/nested too deeply/g)).toHaveLength(2);
  });

  test('a 10 MB description (built here, not committed): refused by size before parsing', () => {
    const text = read('html-injection').replace(
      /^ {2}description: .*$/m,
      `  description: "${'<script>'.repeat(10 * 1024 * 128)}"`,
    );
    expect(text.length).toBeGreaterThan(10_000_000);
    const started = performance.now();
    const result = importEngagement('huge.yaml', text, context);
    expect(performance.now() - started).toBeLessThan(1000);
    if (result.ok) throw new Error('accepted');
    expect(result.problems.map((p) => p.code)).toEqual(['file-too-large']);
    expect(result.problems[0]?.params['limit']).toBe(LIMITS.maxBytes);
    writeFileSync(join(tmp, 'huge.yaml'), text);
    const cli = run(['validate', join(tmp, 'huge.yaml')]);
    expect(cli.exitCode).toBe(1);
    expect(cli.stdout).toContain(`files over ${LIMITS.maxBytes.toLocaleString('en')} bytes (2 MB) are refused`);
  });
});
