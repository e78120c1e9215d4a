/**
 * The set-up and saving the wizard, the room and the presenter share (session.ts): storage
 * and content reached once, the stored engagements listed, one opened with its room, and
 * saves checked against the revision another tab may have written since.
 */
import { describe, expect, test } from 'vitest';
import { setAnswer } from '../../src/core/workshop/edit.ts';
import { questionRoom, recordAgreed, type RoomParticipant } from '../../src/core/workshop/room.ts';
import { saveRoom } from '../../src/core/workshop/room-storage.ts';
import {
  freshGuard,
  keepMine,
  listStored,
  noticeWrite,
  openSession,
  reachStore,
  saveGuarded,
  setUpSession,
  type SaveGuard,
} from '../../src/core/workshop/session.ts';
import { loadEngagement, saveChecked, type KeyValueStore } from '../../src/core/workshop/storage.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { fakeStore } from './fake-store.ts';

const MAIN = 'crmkit:v1:engagement:acme';

const acme = (title: string, id = 'acme'): Engagement => ({
  kind: 'engagement',
  schemaVersion: 1,
  id,
  title,
  client: { name: 'Acme', industry: 'Retail', size: 'small', currency: 'EUR' },
  answers: {},
});

const stored = (store: KeyValueStore) => {
  const loaded = loadEngagement(store, 'acme');
  if (!loaded.ok) throw new Error(loaded.reason);
  return { ...loaded.stored, revision: loaded.revision };
};

/** Opens the stored acme, as an island does when the user picks it. */
function open(store: KeyValueStore): { engagement: Engagement; guard: SaveGuard } {
  const session = openSession(store, 'acme');
  if (!session) throw new Error('acme does not open');
  return session;
}

describe('setting up', () => {
  test('storage that throws when reached is no storage, not an error', () => {
    const { store } = fakeStore();
    expect(reachStore(() => store)).toBe(store);
    const blocked = () => {
      throw Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' });
    };
    expect(reachStore(blocked)).toBeNull();
  });

  test('the content comes back as fetched; a failed fetch or unreadable JSON gives no content, storage still reached', async () => {
    const { store } = fakeStore();
    const asked: string[] = [];
    const ok = await setUpSession<{ frameworks: string[] }>(
      () => store,
      '/content.json',
      (url) => (asked.push(url), Promise.resolve({ json: () => Promise.resolve({ frameworks: ['7s'] }) })),
    );
    expect(asked).toEqual(['/content.json']);
    expect(ok).toEqual({ store, content: { frameworks: ['7s'] } });
    const offline = await setUpSession(
      () => store,
      '/content.json',
      () => Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(offline).toEqual({ store, content: null });
    const garbled = await setUpSession(
      () => store,
      '/content.json',
      () => Promise.resolve({ json: () => Promise.reject(new SyntaxError('Unexpected token <')) }),
    );
    expect(garbled).toEqual({ store, content: null });
    const blocked = await setUpSession(
      () => {
        throw new Error('denied');
      },
      '/content.json',
      () => Promise.resolve({ json: () => Promise.resolve({}) }),
    );
    expect(blocked).toEqual({ store: null, content: {} });
  });
});

describe('the stored engagements', () => {
  test('are listed in id order with titles; a damaged one is listed apart with its text; other keys are not engagements', () => {
    const { store, data } = fakeStore();
    saveChecked(store, acme('Zeta rollout', 'zeta'), 't1', 0);
    saveChecked(store, acme('Acme CRM'), 't2', 0);
    data.set('crmkit:v1:engagement:beta', '{"trunc');
    saveRoom(store, 'acme', []);
    data.set('crmkit:v1:position', '{"engagement":"acme"}');
    const list = listStored(store);
    expect(list.ids).toEqual(['acme', 'beta', 'zeta']);
    expect(list.readable).toEqual([
      { id: 'acme', title: 'Acme CRM', client: 'Acme' },
      { id: 'zeta', title: 'Zeta rollout', client: 'Acme' },
    ]);
    expect(Object.keys(list.unreadable)).toEqual(['beta']);
    expect(list.unreadable['beta']).toMatchObject({ ok: false, reason: 'corrupt', raw: '{"trunc' });
  });

  test('without storage the list is empty', () => {
    expect(listStored(null)).toEqual({ ids: [], readable: [], unreadable: {} });
  });
});

describe('opening an engagement', () => {
  test('brings its room and the revision and time it was saved at', () => {
    const { store } = fakeStore();
    saveChecked(store, acme('First'), '2026-03-01T09:00:00.000Z', 0);
    saveChecked(store, acme('Second'), '2026-03-01T10:00:00.000Z', 1);
    const anna: RoomParticipant = { name: 'Anna', source: 'anna.yaml', answers: { '7s': { q: { value: 2 } } } };
    saveRoom(store, 'acme', [anna]);
    expect(openSession(store, 'acme')).toEqual({
      engagement: acme('Second'),
      participants: [anna],
      guard: { base: 2, savedAt: '2026-03-01T10:00:00.000Z', conflict: null, problem: null },
    });
  });

  test('an engagement stored by an older crmkit opens at revision 0 and says so', () => {
    const { store, data } = fakeStore();
    data.set(MAIN, JSON.stringify({ engagement: acme('Old'), savedAt: 't0' }));
    const session = openSession(store, 'acme');
    expect(session?.guard.base).toBe(0);
    expect(session?.older).toEqual({ storageFormat: 1, schemaVersion: 1 });
    expect(session?.participants).toEqual([]);
  });

  test('a missing or damaged engagement, or no storage, opens nothing', () => {
    const { store, data } = fakeStore();
    expect(openSession(store, 'acme')).toBeNull();
    data.set(MAIN, 'not json');
    expect(openSession(store, 'acme')).toBeNull();
    expect(openSession(null, 'acme')).toBeNull();
  });
});

describe('saving with the revision check', () => {
  test('each save moves the guard to the revision it wrote', () => {
    const { store } = fakeStore();
    saveChecked(store, acme('One'), 't1', 0);
    const tab = open(store);
    const first = saveGuarded(store, acme('Two'), 't2', tab.guard);
    expect(first).toEqual({ outcome: 'saved', guard: { base: 2, savedAt: 't2', conflict: null, problem: null } });
    const second = saveGuarded(store, acme('Three'), 't3', first.guard);
    expect(second.guard.base).toBe(3);
    expect(stored(store)).toMatchObject({ engagement: { title: 'Three' }, savedAt: 't3', revision: 3 });
  });

  test('another tab saved first: refused, the other tab\u2019s copy kept, and later saves held until the user chooses', () => {
    const { store } = fakeStore();
    saveChecked(store, acme('One'), 't1', 0);
    const a = open(store);
    const b = open(store);
    expect(saveGuarded(store, acme('B'), 't-b', b.guard).outcome).toBe('saved');
    const refused = saveGuarded(store, acme('A'), 't-a', a.guard);
    expect(refused).toEqual({
      outcome: 'conflict',
      guard: { base: 1, savedAt: 't1', conflict: { revision: 2, savedAt: 't-b' }, problem: null },
    });
    const held = saveGuarded(store, acme('A again'), 't-a2', refused.guard);
    expect(held).toEqual({ outcome: 'held', guard: refused.guard });
    expect(stored(store)).toMatchObject({ engagement: { title: 'B' }, revision: 2 });
  });

  test('a full quota: nothing stored changes, the problem is kept with the last saved time, the next save clears it', () => {
    const { store, state } = fakeStore();
    saveChecked(store, acme('One'), 't1', 0);
    const tab = open(store);
    state.refuse = () => true;
    const failed = saveGuarded(store, acme('Two'), 't2', tab.guard);
    expect(failed.outcome).toBe('failed');
    expect(failed.guard).toEqual({
      base: 1,
      savedAt: 't1',
      conflict: null,
      problem: { reason: 'quota', detail: 'The quota has been exceeded.' },
    });
    expect(stored(store)).toMatchObject({ engagement: { title: 'One' }, revision: 1 });
    state.refuse = () => false;
    expect(saveGuarded(store, acme('Two'), 't3', failed.guard)).toEqual({
      outcome: 'saved',
      guard: { base: 2, savedAt: 't3', conflict: null, problem: null },
    });
  });

  test('revision 0 stores a new engagement but never over one already there, readable or not', () => {
    const { store, data } = fakeStore();
    expect(saveGuarded(store, acme('New'), 't1', freshGuard(0)).outcome).toBe('saved');
    expect(saveGuarded(store, acme('Other'), 't2', freshGuard(0)).guard.conflict).toEqual({
      revision: 1,
      savedAt: 't1',
    });
    data.set(MAIN, '{"trunc');
    expect(saveGuarded(store, acme('Other'), 't3', freshGuard(0)).guard.conflict).toEqual({
      revision: undefined,
      savedAt: '',
    });
    expect(data.get(MAIN)).toBe('{"trunc');
  });
});

describe("another tab's write, seen as a storage event", () => {
  test('only a write of this engagement at a revision this tab did not write is a conflict', () => {
    const { store } = fakeStore();
    saveChecked(store, acme('One'), 't1', 0);
    const tab = open(store);
    const mine = store.getItem(MAIN);
    expect(noticeWrite(store, tab.guard, 'acme', 'crmkit:v1:room:acme', '[]')).toBeNull();
    expect(noticeWrite(store, tab.guard, 'acme', MAIN, null)).toBeNull();
    expect(noticeWrite(store, tab.guard, 'acme', MAIN, mine)).toBeNull();
    saveChecked(store, acme('Other tab'), 't2', 1);
    expect(noticeWrite(store, tab.guard, 'acme', MAIN, store.getItem(MAIN))?.conflict).toEqual({
      revision: 2,
      savedAt: 't2',
    });
    expect(noticeWrite(store, tab.guard, 'acme', MAIN, 'garbage')?.conflict).toEqual({
      revision: undefined,
      savedAt: 't2',
    });
  });
});

describe('keep mine', () => {
  test('overwrites the other tab\u2019s revision on the next save, and only then', () => {
    const { store } = fakeStore();
    saveChecked(store, acme('One'), 't1', 0);
    const a = open(store);
    saveChecked(store, acme('B'), 't-b', 1);
    const refused = saveGuarded(store, acme('A'), 't-a', a.guard);
    const kept = keepMine(store, refused.guard, 'acme');
    expect(kept).toEqual({ damaged: null, guard: { base: 2, savedAt: 't1', conflict: null, problem: null } });
    expect(stored(store).engagement.title).toBe('B');
    expect(saveGuarded(store, acme('A'), 't-a2', kept.guard).guard.base).toBe(3);
    expect(stored(store).engagement.title).toBe('A');
  });

  test('a stored value that no longer reads comes back as text to download before it is overwritten', () => {
    const { store, data } = fakeStore();
    saveChecked(store, acme('One'), 't1', 0);
    const a = open(store);
    data.set(MAIN, '{"trunc');
    const refused = saveGuarded(store, acme('A'), 't2', a.guard);
    const kept = keepMine(store, refused.guard, 'acme');
    expect(kept).toEqual({ damaged: '{"trunc', guard: { base: 'any', savedAt: 't1', conflict: null, problem: null } });
    expect(saveGuarded(store, acme('A'), 't3', kept.guard).outcome).toBe('saved');
    expect(stored(store).engagement.title).toBe('A');
  });

  test('without a conflict nothing changes', () => {
    const { store } = fakeStore();
    const guard = freshGuard(4, 't');
    expect(keepMine(store, guard, 'acme')).toEqual({ guard, damaged: null });
  });
});

test('the wizard changes an answer, then the room records an agreed one: the room is refused and loads the wizard’s', () => {
  const { store } = fakeStore();
  saveChecked(store, acme('Acme CRM'), 't0', 0);
  const wizard = open(store);
  const room = open(store);
  const next = setAnswer(wizard.engagement, '7s', 'clarity', { value: 4 }, '2026-03-02');
  expect(saveGuarded(store, next, 't1', wizard.guard).outcome).toBe('saved');
  const votes: RoomParticipant[] = [
    { source: 'a.yaml', answers: { '7s': { position: { value: 1 } } } },
    { source: 'b.yaml', answers: { '7s': { position: { value: 3 } } } },
  ];
  const agreed = recordAgreed(room.engagement, '7s', questionRoom('e', 'position', undefined, '7s', votes), 2, 'd');
  const refused = saveGuarded(store, agreed, 't2', room.guard);
  expect(refused.outcome).toBe('conflict');
  expect(stored(store).engagement.answers).toEqual({ '7s': { clarity: { value: 4 } } });
  // "Load theirs" is opening it again: the wizard's answer, and saves go through from there.
  const reloaded = open(store);
  expect(reloaded.engagement.answers?.['7s']?.['clarity']).toEqual({ value: 4 });
  const again = recordAgreed(reloaded.engagement, '7s', questionRoom('e', 'position', undefined, '7s', votes), 2, 'd');
  expect(saveGuarded(store, again, 't3', reloaded.guard).outcome).toBe('saved');
  expect(stored(store).engagement.answers?.['7s']).toMatchObject({
    clarity: { value: 4 },
    position: { value: 2, room: { votes: [{ value: 1 }, { value: 3 }], mean: 2, median: 2, spread: 2 } },
  });
});
