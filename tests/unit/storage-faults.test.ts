/**
 * Browser storage faults in the workshop: a full quota while autosaving, a damaged stored
 * value, an engagement stored by an older crmkit, and the same engagement in two tabs.
 * The store is a fake that can refuse writes the way a full localStorage does.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Migration } from '../../src/core/load/migrate.ts';
import {
  keepPrevious,
  loadEngagement,
  loadOriginal,
  restoreLastGood,
  restorePrevious,
  saveChecked,
  saveEngagement,
  storedEngagementIds,
  type KeyValueStore,
} from '../../src/core/workshop/storage.ts';
import { validateEngagement } from '../../src/schemas/generated/validators.js';
import { schemaProblems } from '../../src/core/load/schema-errors.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { sample } from './assess-helpers.ts';
import { fakeStore } from './fake-store.ts';
import { STORAGE } from '../../src/i18n/storage.ts';

const MAIN = 'crmkit:v1:engagement:acme';
const LAST_GOOD = 'crmkit:v1:last-good:acme';
const ORIGINAL = 'crmkit:v1:original:acme';

const acme = (title: string): Engagement => ({
  kind: 'engagement',
  schemaVersion: 1,
  id: 'acme',
  title,
  client: { name: 'Acme', industry: 'Retail', size: 'small', currency: 'EUR' },
  answers: {},
});

const titleOf = (store: KeyValueStore) => {
  const loaded = loadEngagement(store, 'acme');
  return loaded.ok ? loaded.stored.engagement.title : `(${loaded.reason})`;
};

describe('a full quota while autosaving', () => {
  test('is reported as quota, the stored copy stays, and the next save goes through', () => {
    const { store, data, state } = fakeStore();
    expect(saveChecked(store, acme('One'), 't1', 0)).toEqual({ ok: true, revision: 1 });
    const before = data.get(MAIN);
    state.refuse = () => true;
    expect(saveChecked(store, acme('Two'), 't2', 1)).toMatchObject({ ok: false, reason: 'quota' });
    expect(data.get(MAIN)).toBe(before);
    expect(titleOf(store)).toBe('One');
    state.refuse = () => false;
    // The failed save did not move the revision: the tab's expected revision is still right.
    expect(saveChecked(store, acme('Two'), 't3', 1)).toEqual({ ok: true, revision: 2 });
    expect(titleOf(store)).toBe('Two');
  });

  test('the last-good copy gives way when only the main value fits', () => {
    const size = JSON.stringify({ format: 2, revision: 1, savedAt: 't1', engagement: acme('One') }).length;
    // Room for two copies of a small engagement, not for one bigger engagement beside a copy.
    const { store, data } = fakeStore(MAIN.length + LAST_GOOD.length + 2 * size + 5);
    expect(saveChecked(store, acme('One'), 't1', 0)).toEqual({ ok: true, revision: 1 });
    expect(saveChecked(store, acme('Two'), 't2', 1)).toEqual({ ok: true, revision: 2 });
    expect(data.has(LAST_GOOD)).toBe(true);
    expect(saveChecked(store, acme('Three, with a longer title'), 't3', 2)).toEqual({ ok: true, revision: 3 });
    expect(data.has(LAST_GOOD)).toBe(false);
    expect(titleOf(store)).toBe('Three, with a longer title');
  });

  test('property: a refused write never changes what is stored, an accepted one is read back', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: fc.string({ maxLength: 8 }),
            refuse: fc.constantFrom('none', 'main', 'last-good', 'all'),
          }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (steps) => {
          const { store, data, state } = fakeStore();
          let revision = 0;
          let lastSaved: string | undefined;
          for (const { title, refuse } of steps) {
            state.refuse = (key) =>
              refuse === 'all' || (refuse === 'main' ? key === MAIN : refuse === 'last-good' && key === LAST_GOOD);
            const before = data.get(MAIN);
            const result = saveChecked(store, acme(title), 't', revision);
            if (result.ok) {
              revision = result.revision;
              lastSaved = title;
            } else {
              expect(result.reason).toBe('quota');
              expect(data.get(MAIN)).toBe(before);
            }
            expect(titleOf(store)).toBe(lastSaved ?? '(missing)');
          }
        },
      ),
    );
  });
});

describe('a damaged stored engagement', () => {
  test('comes back with the last good copy and its raw text, and is not removed', () => {
    const { store, data } = fakeStore();
    saveChecked(store, acme('One'), 't1', 0);
    saveChecked(store, acme('Two'), 't2', 1);
    data.set(MAIN, '{"format":2,"revision":2,"engagement":{"id":"ac');
    const loaded = loadEngagement(store, 'acme');
    expect(loaded).toMatchObject({
      ok: false,
      reason: 'corrupt',
      raw: '{"format":2,"revision":2,"engagement":{"id":"ac',
    });
    // The last good copy is the value the latest save replaced.
    expect(!loaded.ok && loaded.backup).toEqual({ stored: { engagement: acme('One'), savedAt: 't1' }, revision: 1 });
    expect(storedEngagementIds(store)).toEqual(['acme']);
    expect(data.get(MAIN)).toBe('{"format":2,"revision":2,"engagement":{"id":"ac');
  });

  test('a tab never writes over a damaged value; restoring the last good copy moves the revision on', () => {
    const { store, data } = fakeStore();
    saveChecked(store, acme('One'), 't1', 0);
    saveChecked(store, acme('Two'), 't2', 1);
    data.set(MAIN, 'not json');
    expect(saveChecked(store, acme('Three'), 't3', 2)).toMatchObject({
      ok: false,
      reason: 'conflict',
      revision: undefined,
    });
    expect(data.get(MAIN)).toBe('not json');
    expect(restoreLastGood(store, 'acme')).toEqual({ ok: true });
    const restored = loadEngagement(store, 'acme');
    expect(restored.ok && [restored.stored.engagement.title, restored.revision]).toEqual(['One', 2]);
  });

  test('without a last good copy it is still listed, with its text', () => {
    const { store } = fakeStore();
    store.setItem(MAIN, '{"engagement": {"id": "acme"');
    expect(loadEngagement(store, 'acme')).toMatchObject({
      ok: false,
      reason: 'corrupt',
      raw: '{"engagement": {"id": "acme"',
    });
    expect(loadEngagement(store, 'acme')).not.toHaveProperty('backup');
    expect(restoreLastGood(store, 'acme')).toMatchObject({ ok: false });
    expect(storedEngagementIds(store)).toEqual(['acme']);
  });

  test('JSON that parses but is not an engagement is damaged, naming the fields', () => {
    const { store } = fakeStore();
    const noClient: Partial<Engagement> = acme('One');
    delete noClient.client;
    store.setItem(
      MAIN,
      JSON.stringify({ format: 2, revision: 1, savedAt: 't', engagement: { ...noClient, risks: {} } }),
    );
    expect(loadEngagement(store, 'acme')).toMatchObject({
      ok: false,
      reason: 'corrupt',
      detail: 'client.name: not text; risks: not a list',
    });
  });

  test('a full schema check can be plugged in', () => {
    const { store } = fakeStore();
    const bad = { ...acme('One'), answers: { 'mckinsey-7s': { 'strategy-clarity': { value: 'high' } } } };
    store.setItem(MAIN, JSON.stringify({ format: 2, revision: 1, savedAt: 't', engagement: bad }));
    expect(loadEngagement(store, 'acme').ok).toBe(true);
    const validate = (data: unknown) =>
      validateEngagement(data)
        ? []
        : schemaProblems(validateEngagement.errors ?? []).map((p) => `${p.pointer} ${p.code}`);
    const checked = loadEngagement(store, 'acme', { validate });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.detail).toContain('/answers/mckinsey-7s/strategy-clarity/value');
    expect(loadEngagement(store, 'acme', { validate: () => [] }).ok).toBe(true);
    expect(sample('industrial-equipment-growth') && validate(sample('industrial-equipment-growth'))).toEqual([]);
  });
});

describe('an engagement stored by an older crmkit', () => {
  // A made-up version 2 that renamed `name` to `title`, injected as migrate.test.ts does.
  const renameTitle: Migration = { from: 1, migrate: ({ name, ...rest }) => ({ ...rest, title: name }) };
  const options = { migrations: [renameTitle], current: 2 };
  const untitled: Partial<Engagement> = acme('');
  delete untitled.title;
  const oldText = JSON.stringify({ format: 2, revision: 4, savedAt: 't0', engagement: { ...untitled, name: 'Old' } });

  test('is migrated through the file migrations, and the original is kept before the first save', () => {
    const { store, data } = fakeStore();
    data.set(MAIN, oldText);
    const loaded = loadEngagement(store, 'acme', options);
    expect(loaded).toMatchObject({ ok: true, revision: 4, older: { storageFormat: 2, schemaVersion: 1 } });
    expect(loaded.ok && loaded.stored.engagement).toEqual({ ...untitled, schemaVersion: 2, title: 'Old' });
    expect(loadOriginal(store, 'acme', options)).toBe(oldText);
    expect(data.has(ORIGINAL)).toBe(false);

    const migrated = loaded.ok ? { ...loaded.stored.engagement, title: 'Edited' } : acme('?');
    expect(saveChecked(store, migrated, 't1', 4, options)).toEqual({ ok: true, revision: 5 });
    expect(data.get(ORIGINAL)).toBe(oldText);
    expect(loadOriginal(store, 'acme', options)).toBe(oldText);
    const again = loadEngagement(store, 'acme', options);
    expect(again.ok && again.stored.engagement.title).toBe('Edited');
    expect(again).not.toHaveProperty('older');
    // A later save leaves the kept original alone.
    saveChecked(store, { ...migrated, title: 'Again' }, 't2', 5, options);
    expect(data.get(ORIGINAL)).toBe(oldText);
  });

  test('no room for the original means no save over it', () => {
    const { store, data, state } = fakeStore();
    data.set(MAIN, oldText);
    state.refuse = (key) => key === ORIGINAL;
    expect(saveChecked(store, acme('Edited'), 't1', 4, options)).toMatchObject({ ok: false, reason: 'quota' });
    expect(data.get(MAIN)).toBe(oldText);
  });

  test('the storage format before revisions is read as revision 0 and kept as the original', () => {
    const { store, data } = fakeStore();
    const legacy = JSON.stringify({ engagement: acme('Legacy'), savedAt: '2026-01-01T00:00:00Z' });
    data.set(MAIN, legacy);
    const loaded = loadEngagement(store, 'acme');
    expect(loaded).toMatchObject({ ok: true, revision: 0, older: { storageFormat: 1, schemaVersion: 1 } });
    expect(saveChecked(store, acme('Legacy, edited'), 't1', 0)).toEqual({ ok: true, revision: 1 });
    expect(data.get(ORIGINAL)).toBe(legacy);
  });

  test('an engagement from a newer crmkit is refused, not half-read', () => {
    const { store, data } = fakeStore();
    data.set(
      MAIN,
      JSON.stringify({ format: 2, revision: 1, savedAt: 't', engagement: { ...acme('New'), schemaVersion: 9 } }),
    );
    expect(loadEngagement(store, 'acme')).toMatchObject({
      ok: false,
      reason: 'newer',
      detail: 'schemaVersion 9: schema-version-newer',
    });
    data.set(MAIN, JSON.stringify({ format: 3, revision: 1, engagement: acme('New') }));
    expect(loadEngagement(store, 'acme')).toMatchObject({ ok: false, reason: 'newer' });
  });
});

describe('the same engagement in two tabs', () => {
  test('the second writer is refused with the stored revision; neither version is lost', () => {
    const { store } = fakeStore();
    saveChecked(store, acme('Start'), 't0', 0);
    // Both tabs loaded revision 1.
    expect(saveChecked(store, acme('Tab A'), 't1', 1)).toEqual({ ok: true, revision: 2 });
    expect(saveChecked(store, acme('Tab B'), 't2', 1)).toMatchObject({ ok: false, reason: 'conflict', revision: 2 });
    expect(titleOf(store)).toBe('Tab A');
    // Tab B chooses to keep its version: tab A's is then the last good copy, and tab A is refused next.
    expect(saveChecked(store, acme('Tab B'), 't3', 2)).toEqual({ ok: true, revision: 3 });
    store.setItem(MAIN, 'damaged');
    const loaded = loadEngagement(store, 'acme');
    expect(!loaded.ok && loaded.backup?.stored.engagement.title).toBe('Tab A');
  });

  test('restoring the version kept before an import moves the revision past every tab', () => {
    const { store } = fakeStore();
    saveChecked(store, acme('Before import'), 't0', 0);
    keepPrevious(store, 'acme');
    expect(saveEngagement(store, acme('Imported'), 't1')).toEqual({ ok: true });
    expect(restorePrevious(store, 'acme')).toEqual({ ok: true });
    expect(titleOf(store)).toBe('Before import');
    const loaded = loadEngagement(store, 'acme');
    expect(loaded.ok && loaded.revision).toBe(3);
    // A tab still on the imported revision (2) is told rather than writing over the restore.
    expect(saveChecked(store, acme('Stale tab'), 't2', 2)).toMatchObject({ ok: false, reason: 'conflict' });
  });
});

describe('the words of the storage notices', () => {
  test('every notice exists in English and Chinese, and says what was passed in', () => {
    expect(Object.keys(STORAGE.zh)).toEqual(Object.keys(STORAGE.en));
    for (const lang of ['en', 'zh'] as const) {
      for (const [key, word] of Object.entries(STORAGE[lang])) {
        const text = typeof word === 'function' ? (word as (x: string, y: string) => string)('«X»', '«Y»') : word;
        expect(text.length, `${lang}.${key}`).toBeGreaterThan(1);
        if (lang === 'zh') expect(text, key).toMatch(/[\u4e00-\u9fff]/);
        if (typeof word === 'function' && word.length > 0) expect(text, `${lang}.${key}`).toContain('«X»');
      }
    }
    // An empty time leaves no empty brackets behind.
    expect(STORAGE.en.quota('')).not.toContain('()');
    expect(STORAGE.zh.conflict('')).not.toContain('（）');
  });
});
