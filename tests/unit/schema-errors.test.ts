import { describe, expect, test } from 'vitest';
import { closest } from '../../src/core/load/schema-errors.ts';
import { loadFile } from '../../src/core/load/load-file.ts';
import { formatProblem } from '../../src/i18n/messages.ts';

const header = 'kind: engagement\nschemaVersion: 1\nid: e\ntitle: T\n';
const client = 'client: { name: A, industry: B, size: small, currency: CNY }\n';

function problems(text: string): string[] {
  return loadFile('e.yaml', text).problems.map((p) => formatProblem(p));
}

describe('closest', () => {
  test('finds a typo, including swapped letters', () => {
    expect(closest('titel', ['id', 'title', 'summary'])).toBe('title');
    expect(closest('sumary', ['id', 'title', 'summary'])).toBe('summary');
    expect(closest('colour', ['id', 'title'])).toBeUndefined();
  });

  test('keeps short words strict so "ab" does not become "id"', () => {
    expect(closest('ab', ['id'])).toBeUndefined();
  });
});

describe('schema problems', () => {
  test('every problem in a file is listed, not only the first', () => {
    const text =
      header + 'client: { name: A, industry: B, size: huge, currency: cny }\nteam:\n  - { id: x, role: cio }\n';
    expect(problems(text)).toEqual([
      'e.yaml:5:39  /client/size  expected one of micro, small, medium, large, enterprise; got "huge"',
      'e.yaml:5:55  /client/currency  expected a three-letter currency code in capitals (like CNY, USD, EUR), got "cny"',
      'e.yaml:7:20  /team/0/role  expected one of executive-sponsor, marketing-service, it, finance, end-user-rep, external-consultant; got "cio"',
    ]);
  });

  test('a range error quotes both bounds once', () => {
    const text = header + client + 'risks:\n  - { id: r, category: c, title: T, likelihood: 9, impact: 0 }\n';
    expect(problems(text)).toEqual([
      'e.yaml:7:49  /risks/0/likelihood  expected a whole number from 1 to 5, got 9',
      'e.yaml:7:60  /risks/0/impact  expected a whole number from 1 to 5, got 0',
    ]);
  });

  test('an answer in neither accepted form says which forms are accepted', () => {
    const text = header + client + 'answers:\n  f:\n    q: { value: 2.5 }\n';
    expect(problems(text)).toEqual(['e.yaml:8:17  /answers/f/q/value  expected a whole number or "na"; got 2.5']);
  });

  test('a text where two languages are expected says so', () => {
    const text = 'kind: template\nschemaVersion: 1\nid: t\nversion: 1.0.0\ntitle: Just English\n';
    expect(problems(text)).toContain(
      'e.yaml:5:8  /title  expected text in both languages (en: …, zh: …), got "Just English"',
    );
  });

  test('messages render in Chinese too', () => {
    const result = loadFile('e.yaml', header + 'client: { name: A, industry: B, size: small, currency: cny }\n');
    expect(result.problems.map((p) => formatProblem(p, 'zh'))).toEqual([
      'e.yaml:5:56  /client/currency  货币应为三个大写字母的代码（如 CNY、USD、EUR），实际为 "cny"',
    ]);
  });
});
