import { describe, expect, test } from 'vitest';
import { migrate, MIGRATIONS, type Migration } from '../../src/core/load/migrate.ts';

// A made-up format history, injected so the mechanism is tested without a real v2.
const renameTitle: Migration = { from: 1, migrate: ({ name, ...rest }) => ({ ...rest, title: name }) };
const addLanguage: Migration = { from: 2, migrate: (data) => ({ ...data, language: 'en' }) };

describe('migrate', () => {
  test('files at the current version pass through untouched', () => {
    const data = { schemaVersion: 1, id: 'a' };
    expect(migrate(data, MIGRATIONS['engagement'] ?? [])).toEqual({ data, applied: [], problems: [] });
  });

  test('an older file is carried through every step, and the input is left alone', () => {
    const original = { schemaVersion: 1, id: 'a', name: 'Old' };
    const result = migrate(original, [renameTitle, addLanguage], 3);
    expect(result.data).toEqual({ schemaVersion: 3, id: 'a', title: 'Old', language: 'en' });
    expect(result.applied).toEqual([1, 2]);
    expect(original).toEqual({ schemaVersion: 1, id: 'a', name: 'Old' });
  });

  test('a file newer than this crmkit is refused, not half-read', () => {
    const result = migrate({ schemaVersion: 4 }, [renameTitle], 3);
    expect(result.problems).toEqual([
      { pointer: '/schemaVersion', code: 'schema-version-newer', params: { found: 4, supported: 3 } },
    ]);
  });

  test('a version with no path to the current one is reported', () => {
    const result = migrate({ schemaVersion: 0 }, [renameTitle], 2);
    expect(result.problems[0]?.code).toBe('schema-version-unknown');
  });

  test('a missing version is left for the schema check to report', () => {
    expect(migrate({ id: 'a' }, []).problems).toEqual([]);
  });
});
