import { describe, expect, test } from 'vitest';
import { MESSAGE_CODES as codes } from '../../src/core/load/message-codes.ts';
import { renderMessage } from '../../src/i18n/messages.ts';

// Every code, rendered with typical params in both languages, must read as finished text.
const params = {
  what: 'scale',
  id: 'x',
  known: 'a, b',
  got: '"x"',
  gotKind: 'text',
  expected: 'integer',
  min: 1,
  max: 5,
  field: 'f',
  allowed: 'a, b',
  forms: 'a or b',
  size: 10,
  limit: 5,
  reason: 'r',
  encoding: 'UTF-16LE',
  key: 'k',
  detail: 'd',
  found: 2,
  supported: 1,
  length: 9,
  pattern: 'p',
  count: 0,
  firstLine: 3,
  otherFile: 'o.yaml',
  from: 1,
  to: 2,
  a: 'a',
  b: 'b',
  value: 2,
  previous: 3,
  question: 'q',
  points: '1 to 5',
  cycle: 'a → b → a',
  later: 'l',
  laterDate: '2026-01-01',
  earlier: 'e',
  earlierDate: '2026-01-02',
  framework: 'f',
  use: 'catalog',
  na: 1,
  missing: 'a / b',
  mode: 3,
  line: 'lic',
  stage: 'build',
  intent: 'system-selection',
  target: 'mckinsey-7s/systems',
  minimum: 0,
  sum: 0.9,
  criterion: 'c',
  row: 1,
  column: 2,
  vendor: 'v',
  gate: 'g',
  days: 32,
  latest: '9999-11-18',
  other: 'Salesforce',
  at: '/vendors/0/name',
  name: 'Ѕalesforce',
  chars: 'Ѕ U+0405',
  phrases: 'riskTask, riskReduced',
  calendar: 'cn-mainland',
  start: '2026-09-01',
  end: '2027-02-10',
  first: 2004,
  last: 2026,
};

describe('messages', () => {
  test('the catalogue was found', () => expect(codes.length).toBeGreaterThan(40));

  test.each(codes)('%s renders in English and Chinese', (code) => {
    for (const lang of ['en', 'zh'] as const) {
      const text = renderMessage(code, params, lang);
      expect(text.length).toBeGreaterThan(3);
      expect(text).not.toMatch(/undefined|\[object|\$\{/);
    }
    expect(renderMessage(code, params, 'zh')).not.toBe(renderMessage(code, params, 'en'));
  });
});
