import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LIMITS, locate, parseYaml } from '../../src/core/load/yaml-source.ts';
import { problemMessage } from '../../src/i18n/messages.ts';

describe('parseYaml', () => {
  test('keeps positions so any pointer can be located', () => {
    const source = parseYaml(
      'f.yaml',
      'kind: framework\nelements:\n  - id: a\n    questions:\n      - id: q1\n        scale: s\n',
    );
    expect(source.problems).toEqual([]);
    expect(locate(source, '/elements/0/questions/0/scale')).toEqual({ line: 6, column: 16 });
    expect(locate(source, '/elements/0/questions/0/scale', 'key')).toEqual({ line: 6, column: 9 });
    expect(locate(source, '/elements/0')).toEqual({ line: 3, column: 5 });
  });

  test('a pointer past what exists points at the deepest part that does', () => {
    const source = parseYaml('f.yaml', 'client:\n  name: A\n');
    expect(locate(source, '/client/currency')).toEqual({ line: 2, column: 3 });
    expect(locate(source, '/nothing/here')).toEqual({ line: 1, column: 1 });
  });

  test('refuses files over the size limit without parsing them', () => {
    const big = 'a: "' + 'x'.repeat(LIMITS.maxBytes) + '"\n';
    const source = parseYaml('big.yaml', big);
    expect(source.problems.map((p) => problemMessage(p))).toEqual([
      `the file is ${big.length.toLocaleString('en')} bytes (2.0 MB); files over 2,000,000 bytes (2 MB) are refused before they are read: no crmkit file needs to be that large`,
    ]);
  });

  test('refuses deeply nested flow collections before the parser can overflow', () => {
    const deep = 'a: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n';
    expect(parseYaml('deep.yaml', deep).problems.map((p) => p.code)).toEqual(['yaml-too-deep']);
  });

  test('brackets in text are words: quoted, plain, in comments and in block text', () => {
    // 80 each: past the depth limit of 64, and under the backstop of 1,000 in all.
    const open = '['.repeat(80);
    const text = [
      'kind: engagement',
      `title: "${open} in double quotes \\" still quoted ${open}"`,
      `note: '${open} single, it''s ${open}'`,
      `plain: see ${open} and {${'{'.repeat(70)}`,
      `# a comment ${open}`,
      'block: |',
      `  ${open}`,
      `list: [a, "b ${open}", 'c ${open}']`,
      '',
    ].join('\n');
    const source = parseYaml('text.yaml', text);
    expect(source.problems).toEqual([]);
    expect((source.data as { plain: string }).plain).toBe(`see ${open} and {${'{'.repeat(70)}`);
  });

  test('real nesting is still refused, quoted or not around it, and so is a flood of brackets in text', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const codes = (text: string) => parseYaml('x.yaml', text).problems.map((p) => p.code);
    expect(codes(`a: ${deep(64)}\n`)).toEqual([]);
    expect(codes(`a: ${deep(65)}\n`)).toEqual(['yaml-too-deep']);
    expect(codes(`a: ["x", 'y', ${deep(65)}]\n`)).toEqual(['yaml-too-deep']);
    expect(codes(`a: {"k":${deep(65)}}\n`)).toEqual(['yaml-too-deep']);
    expect(codes(`- - ${deep(65)}\n`)).toEqual(['yaml-too-deep']);
    // A quote the finer count could misread (inside block text) cannot hide a flood.
    expect(codes(`a: |\n  'text\nb: ${deep(1_001)}\n`)).toEqual(['yaml-too-deep']);
    expect(codes(`a: "${'['.repeat(1_001)}"\n`)).toEqual(['yaml-too-deep']);
  });

  test('keeps keys like __proto__ as plain data', () => {
    const source = parseYaml('proto.yaml', '__proto__:\n  polluted: true\nkind: engagement\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(source.data)).toBe(Object.prototype);
  });

  test('any text at all yields data or located problems, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const source = parseYaml('any.yaml', text);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const problem of source.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lines + 1);
          expect(problem.column).toBeGreaterThanOrEqual(1);
          expect(problemMessage(problem)).not.toMatch(/undefined|\[object/);
        }
        expect(source.problems.length > 0 || source.data !== undefined).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('YAML-looking text from arbitrary JSON values never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const source = parseYaml('json.yaml', JSON.stringify(value));
        expect(Array.isArray(source.problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
