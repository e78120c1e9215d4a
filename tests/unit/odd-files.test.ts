/**
 * Files that are valid but odd must be read, and files in another encoding refused with
 * the encoding named: each case here was refused wrongly, or read as "�", before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeText } from '../../src/core/load/decode.ts';
import { parseYaml } from '../../src/core/load/yaml-source.ts';
import { run } from '../../src/cli/main.ts';

const codes = (text: string) => parseYaml('f.yaml', text).problems.map((p) => p.code);
const sample = readFileSync('assessments/singapore-tea-shop-loyalty.yaml', 'utf8');

describe('valid YAML that was refused', () => {
  test('!!float on an integer is a float (YAML 1.2), in block and flow style', () => {
    const source = parseYaml('f.yaml', 'a: !!float 350\nb: { v: !!float 4, w: !!float -2.5e1 }\nc: !!float .inf\n');
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({ a: 350, b: { v: 4, w: -25 }, c: Infinity });
  });

  test('!!float on text that is no number is still a problem', () => {
    expect(codes('a: !!float abc\n')).toEqual(['yaml-syntax']);
  });

  test('a literal block with a 140-hyphen rule is text, not nesting', () => {
    const text = `note: |\n  ${'-'.repeat(140)}\n  after the rule\nrule: ${'-'.repeat(140)}\n`;
    const source = parseYaml('f.yaml', text);
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({ note: `${'-'.repeat(140)}\nafter the rule\n`, rule: '-'.repeat(140) });
  });

  test('sequence dashes still count as nesting: 70 levels of "- " are refused', () => {
    const deep = Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i)}- `).join('\n') + 'x\n';
    expect(codes(deep)).toEqual(['yaml-too-deep']);
  });

  test('bare CR line ends: the 700-line sample reads the same as with LF', () => {
    const cr = parseYaml('f.yaml', sample.replace(/\n/g, '\r'));
    expect(cr.problems).toEqual([]);
    expect(cr.data).toEqual(parseYaml('f.yaml', sample).data);
    // Problems are placed by line as in the LF file.
    const twice = parseYaml('f.yaml', 'a: 1\rb: 1\rb: 2\r');
    expect(twice.problems.map((p) => [p.code, p.line])).toEqual([['yaml-duplicate-key', 3]]);
  });

  test('an empty first document: only "several documents", not "the file is empty"', () => {
    const source = parseYaml('f.yaml', '---\n---\nkind: engagement\n');
    expect(source.problems.map((p) => [p.code, p.line])).toEqual([['yaml-several-documents', 2]]);
    expect(source.data).toEqual({ kind: 'engagement' });
    expect(codes('---\n---\n')).toEqual(['file-empty']);
  });
});

describe('encodings', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  test('UTF-8 with and without a byte-order mark is read; the mark is dropped', () => {
    expect(decodeText(bytes('a: ö'))).toEqual({ ok: true, text: 'a: ö' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('a: ß')]))).toEqual({ ok: true, text: 'a: ß' });
  });

  test('Latin-1 is refused at the first byte that is not UTF-8, by line and character column', () => {
    const text = [...'x: 1\nname: Jürgen'].map((c) => c.charCodeAt(0));
    expect(decodeText(Uint8Array.from(text))).toEqual({
      ok: false,
      encoding: 'Latin-1/Windows-1252',
      line: 2,
      column: 8,
    });
    // A valid multi-byte character before it counts as one column.
    const mixed = Uint8Array.from([...bytes('é '), 0xe9]);
    expect(decodeText(mixed)).toMatchObject({ ok: false, line: 1, column: 3 });
  });

  test('UTF-16 and UTF-32, with or without a mark, are named', () => {
    const le = [...'kind: engagement\n'].flatMap((c) => [c.charCodeAt(0), 0]);
    const be = [...'kind: engagement\n'].flatMap((c) => [0, c.charCodeAt(0)]);
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]))).toMatchObject({ ok: false, encoding: 'UTF-16LE' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toMatchObject({ ok: false, encoding: 'UTF-16BE' });
    expect(decodeText(new Uint8Array(le))).toMatchObject({ ok: false, encoding: 'UTF-16LE' });
    expect(decodeText(new Uint8Array(be))).toMatchObject({ ok: false, encoding: 'UTF-16BE' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x6b, 0, 0, 0]))).toMatchObject({ encoding: 'UTF-32LE' });
  });
});

describe('the odd-files corpus through the CLI (tests/fixtures/odd)', () => {
  const DIR = 'tests/fixtures/odd';
  const pump = parseYaml('p.yaml', readFileSync('assessments/industrial-equipment-growth.yaml', 'utf8')).data as Record<
    string,
    unknown
  >;

  test.each(['bare-cr', 'crlf', 'utf8-bom', 'hyphen-rule', 'float-tag'])(
    '%s is read and runs through plan and report',
    (name) => {
      const file = `${DIR}/${name}.yaml`;
      expect(run(['validate', file]).exitCode).toBe(0);
      expect(run(['report', file]).exitCode).toBe(0);
    },
  );

  test('line ends and the byte-order mark change nothing in the data', () => {
    for (const name of ['bare-cr', 'crlf']) {
      const data = parseYaml('f', readFileSync(`${DIR}/${name}.yaml`, 'utf8').replace(/\r\n?/g, '\n')).data;
      expect({ ...(data as object), id: pump['id'] }).toEqual(pump);
    }
    expect(run(['report', `${DIR}/utf8-bom.yaml`]).exitCode).toBe(0);
    expect(run(['plan', `${DIR}/bare-cr.yaml`, '--check']).exitCode).toBe(0);
    const bom = decodeText(readFileSync(`${DIR}/utf8-bom.yaml`));
    expect(bom.ok && bom.text.startsWith('# yaml-language-server') && bom.text.includes('Pumpen für Prozesse')).toBe(
      true,
    );
    expect(run(['plan', `${DIR}/float-tag.yaml`, '--format', 'json']).stdout).not.toContain('"4200000"');
  });

  test.each([
    ['latin1', 'Latin-1/Windows-1252'],
    ['windows-1252', 'Latin-1/Windows-1252'],
    ['utf16le-bom', 'UTF-16LE'],
    ['utf16be-no-bom', 'UTF-16BE'],
  ])('%s is refused by validate and report, naming %s', (name, encoding) => {
    const file = `${DIR}/${name}.yaml`;
    for (const command of ['validate', 'report']) {
      const r = run([command, file]);
      expect(r.exitCode, command).toBe(1);
      expect(r.stdout, command).toContain(`the file is not UTF-8 (it looks like ${encoding})`);
      expect(r.stdout, command).not.toContain('�');
    }
  });
});
