import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LIMITS, locate, parseYaml } from '../../src/core/load/yaml-source.ts';
import { problemMessage } from '../../src/core/load/problem.ts';

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
      `the file is ${big.length} bytes; files over ${LIMITS.maxBytes} bytes are refused`,
    ]);
  });

  test('refuses deeply nested flow collections before the parser can overflow', () => {
    const deep = 'a: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n';
    expect(parseYaml('deep.yaml', deep).problems.map((p) => p.code)).toEqual(['yaml-too-deep']);
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
