/**
 * Every dictionary in src/i18n says the same things in English and Chinese. Wherever a value
 * splits by language (an object with `en` or `zh`; both shapes in use, `{ en: {…}, zh: {…} }`
 * and `{ key: { en, zh } }`), both languages are there with the same keys, the same kinds of
 * value, sentence functions taking the same number of arguments, and no empty text.
 */
import { describe, expect, test } from 'vitest';

const modules = import.meta.glob<Record<string, unknown>>('../../src/i18n/*.ts', { eager: true });

const kind = (value: unknown): string =>
  typeof value === 'function' ? `function/${value.length}` : Array.isArray(value) ? 'list' : typeof value;

/** What differs between the English and Chinese sides of one value, as `path: en … zh …` lines. */
function compare(en: unknown, zh: unknown, at: string): string[] {
  if (kind(en) !== kind(zh)) return [`${at}: en is ${kind(en)}, zh is ${kind(zh)}`];
  if (typeof en === 'string') return en.trim() === '' || (zh as string).trim() === '' ? [`${at}: empty text`] : [];
  if (Array.isArray(en)) {
    const other = zh as unknown[];
    if (en.length !== other.length) return [`${at}: en has ${en.length} items, zh ${other.length}`];
    return en.flatMap((item, i) => compare(item, other[i], `${at}[${i}]`));
  }
  if (en && typeof en === 'object') {
    const a = en as Record<string, unknown>;
    const b = zh as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) =>
      !(key in a)
        ? [`${at}.${key}: only in zh`]
        : !(key in b)
          ? [`${at}.${key}: only in en`]
          : compare(a[key], b[key], `${at}.${key}`),
    );
  }
  return [];
}

/** Walks a dictionary and compares every language split in it; counts the splits it found. */
function audit(value: unknown, at: string, found: { splits: number }): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const record = value as Record<string, unknown>;
  if ('en' in record || 'zh' in record) {
    found.splits += 1;
    if (!('en' in record) || !('zh' in record)) return [`${at}: only ${'en' in record ? 'en' : 'zh'}`];
    return compare(record['en'], record['zh'], at);
  }
  return Object.entries(record).flatMap(([key, inner]) => audit(inner, `${at}.${key}`, found));
}

describe('translations', () => {
  test('the dictionaries are all read', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(25);
  });

  test.each(Object.keys(modules).map((path) => [path.replace('../../src/i18n/', '')]))(
    '%s: English and Chinese say the same things',
    (file) => {
      const exports = modules[`../../src/i18n/${file}`] ?? {};
      const found = { splits: 0 };
      const problems = Object.entries(exports).flatMap(([name, value]) => audit(value, name, found));
      expect(problems).toEqual([]);
      expect(found.splits, 'a dictionary with no language split').toBeGreaterThan(0);
    },
  );

  test('the audit finds what it is for', () => {
    const found = { splits: 0 };
    const problems = audit(
      {
        page: { en: { title: 'Plan', count: (n: number) => `${n}` }, zh: { title: '', count: () => '' } },
        terms: { go: { en: 'go' }, stop: { en: 'stop', zh: '停止' } },
      },
      'X',
      found,
    );
    expect(problems).toEqual([
      'X.page.title: empty text',
      'X.page.count: en is function/1, zh is function/0',
      'X.terms.go: only en',
    ]);
    expect(found.splits).toBe(3);
  });
});
