/**
 * The dictionaries' Chinese side is typed by the English side (src/i18n/lib/bilingual.ts):
 * each wrong translation below must be a type error, which `npm run check` proves by
 * failing on an unused `@ts-expect-error` if the typing ever stops catching it.
 */
import { expect, test } from 'vitest';
import { bilingual } from '../../src/i18n/lib/bilingual.ts';

test('a missing key, an extra key or a sentence with other parameters does not type-check', () => {
  const en = { title: 'Plan', count: (n: number) => `${n} tasks`, nested: { a: 'A' } };
  const ok = bilingual({ en, zh: { title: '计划', count: (n: number) => `${n} 项任务`, nested: { a: '甲' } } });
  // @ts-expect-error the Chinese misses `nested.a`
  bilingual({ en, zh: { title: '计划', count: (n: number) => `${n}`, nested: {} } });
  // @ts-expect-error the Chinese has a key the English does not
  bilingual({ en, zh: { title: '计划', count: (n: number) => `${n}`, nested: { a: '甲' }, extra: '多余' } });
  // @ts-expect-error the Chinese sentence takes a text, the English a number
  bilingual({ en, zh: { title: '计划', count: (s: string) => s, nested: { a: '甲' } } });
  expect(ok.zh.count(3)).toBe('3 项任务');
});
