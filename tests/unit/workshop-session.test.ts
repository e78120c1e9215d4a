// @vitest-environment happy-dom
/**
 * The workshop's one controller (src/islands/workshop-session.svelte.ts), run on the
 * in-memory store: where a reload lands, saving with the two-tab check, undo and redo,
 * typing saved once it pauses, import with confirm and restore, export with its mark,
 * housekeeping of the stored list, and the room's participant files. Two sessions on one
 * store are two tabs.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { setAnswer } from '../../src/core/workshop/edit.ts';
import { engagementToYaml } from '../../src/core/workshop/import-export.ts';
import { questionItems, SECTION } from '../../src/core/workshop/sections.ts';
import { loadEngagement, loadExported, type KeyValueStore, type Position } from '../../src/core/workshop/storage.ts';
import {
  WorkshopSession,
  type SessionContent,
  type SessionOptions,
} from '../../src/islands/workshop-session.svelte.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { sample, shipped } from './assess-helpers.ts';
import { fakeStore } from './fake-store.ts';

const content: SessionContent = {
  frameworks: [...shipped.frameworks.values()],
  templates: [...shipped.templates.values()],
  engagements: [...shipped.engagements.values()],
};
const assessments = content.frameworks.filter((f) => f.use === 'assessment');
const first = assessments[0]?.id ?? '';
const sevenS = 'mckinsey-7s';
const pump = sample('industrial-equipment-growth');

/** A tab: a session on `store`, its downloads kept, the clock at 2026-04-01 09:00 UTC and ticking a second a call. */
function tab(store: KeyValueStore, options: Partial<SessionOptions> = {}) {
  const downloads: { name: string; text: string; type: string }[] = [];
  let tick = 0;
  const session = new WorkshopSession({
    lang: 'en',
    page: 'wizard',
    download: (name, text, type) => downloads.push({ name, text, type }),
    now: () => new Date(Date.UTC(2026, 3, 1, 9, 0, tick++)),
    ...options,
  });
  session.init({ store, content });
  return { session, downloads };
}

const stored = (store: KeyValueStore, id: string): Engagement => {
  const loaded = loadEngagement(store, id);
  if (!loaded.ok) throw new Error(`${id}: ${loaded.reason}`);
  return loaded.stored.engagement;
};

function opened(session: WorkshopSession): Engagement {
  if (!session.engagement) throw new Error('nothing open');
  return session.engagement;
}

const blank = {
  clientName: 'Lotus Tea House Ltd.',
  industry: 'Retail',
  size: 'small',
  currency: 'CNY',
  language: 'en',
} as const;

afterEach(() => {
  vi.useRealTimers();
});

describe('where a reload lands', () => {
  test('every reload comes back to the same assessment, step and view, not only the first', () => {
    const { store } = fakeStore();
    const a = tab(store).session;
    a.createBlank(blank);
    a.go({ framework: sevenS, step: 2 });
    // Three reloads in a row: each a new session on the same storage.
    for (let reload = 0; reload < 3; reload++) {
      const next = tab(store).session;
      expect(next.engagement?.id, `reload ${reload}`).toBe('lotus-tea-house-ltd');
      expect(next.place, `reload ${reload}`).toEqual({ framework: sevenS, step: 2, view: 'wizard' });
    }
    const results = tab(store).session;
    results.go({ view: 'results' });
    expect(tab(store).session.place).toEqual({ framework: sevenS, step: 2, view: 'results' });
    results.go({ framework: SECTION.risks });
    expect(tab(store).session.place).toEqual({ framework: SECTION.risks, step: 0, view: 'wizard' });
  });

  test('a place that no longer exists lands on the nearest one there is; after closing, a reload shows the list', () => {
    const { store } = fakeStore();
    const a = tab(store).session;
    a.createBlank(blank);
    a.go({ framework: sevenS, step: 99 });
    // 7-S has 7 elements with questions: step 99 is clamped to the last, 6.
    expect(a.place.step).toBe(6);
    store.setItem('crmkit:v1:position', JSON.stringify({ engagement: 'lotus-tea-house-ltd', framework: 'gone' }));
    expect(tab(store).session.place).toEqual({ framework: first, step: 0, view: 'wizard' });
    a.close();
    expect(tab(store).session.engagement).toBeNull();
  });

  test('the room and the presenter keep their own place, the address bar first', () => {
    const { store } = fakeStore();
    tab(store).session.startFromSample(pump);
    const written: Position[] = [];
    const address: { at?: Partial<Position> } = {};
    const room = () =>
      tab(store, {
        page: 'room',
        address: { read: () => address.at, write: (p) => written.push(p) },
      }).session;
    const r = room();
    expect(r.engagement).toBeNull(); // the wizard's position is the wizard's
    r.open('industrial-equipment-growth-copy', { framework: sevenS });
    expect(written.at(-1)).toEqual({
      engagement: 'industrial-equipment-growth-copy',
      framework: sevenS,
      step: 0,
      view: 'wizard',
    });
    // A reload of a plain address still opens the engagement the room had open.
    expect(room().place.framework).toBe(sevenS);
    expect(room().engagement?.id).toBe('industrial-equipment-growth-copy');
    // A link that names an engagement and assessment wins over what the room remembers.
    address.at = { engagement: 'industrial-equipment-growth-copy', framework: first };
    expect(room().place.framework).toBe(first);
    // The presenter counts questions, not elements: the 7-S has 27 (step 26 is the last).
    const present = tab(store, {
      page: 'presenter',
      stepsOf: (f) => questionItems(f).length,
    }).session;
    present.open('industrial-equipment-growth-copy', { framework: sevenS, step: 40 });
    expect(present.place.step).toBe(26);
  });
});

describe('changing the open engagement', () => {
  test('apply saves at once and says so; the same object again is no change', () => {
    const { store } = fakeStore();
    const { session } = tab(store);
    session.createBlank(blank);
    const before = opened(session);
    const next = setAnswer(before, sevenS, 'ss-strategy-1', { value: 3 }, '2026-04-01');
    expect(session.apply(next)).toBe('saved');
    expect(stored(store, before.id)).toEqual(next);
    expect(session.status.text).toMatch(/^Saved at /);
    expect(session.apply(next)).toBe('unchanged');
  });

  test('undo restores exactly the previous engagement, redo the next, in storage too; history is bounded', () => {
    const { store } = fakeStore();
    const { session } = tab(store, { historyLimit: 3 });
    session.createBlank(blank);
    const versions = [opened(session)];
    for (let v = 1; v <= 5; v++) {
      const next = setAnswer(opened(session), sevenS, 'ss-strategy-1', { value: v }, `2026-04-0${v}`);
      session.apply(next);
      versions.push(next);
    }
    session.undo();
    expect(session.engagement).toBe(versions[4]);
    expect(stored(store, 'lotus-tea-house-ltd')).toEqual(versions[4]);
    session.redo();
    expect(session.engagement).toBe(versions[5]);
    expect(session.canRedo).toBe(false);
    // Three steps kept: back to version 2, no further.
    session.undo();
    session.undo();
    session.undo();
    expect(session.engagement).toBe(versions[2]);
    expect(session.canUndo).toBe(false);
    session.undo();
    expect(session.engagement).toBe(versions[2]);
    // A new change after undoing drops what could be redone.
    session.apply({ ...opened(session), title: 'New branch' });
    expect(session.canRedo).toBe(false);
  });

  test('changes in one group (typing a field) are one undo step; another group starts a new one', () => {
    const { store } = fakeStore();
    const { session } = tab(store);
    session.createBlank(blank);
    const start = opened(session);
    for (const title of ['L', 'Lo', 'Lotus']) session.apply({ ...opened(session), title }, { group: 'title' });
    session.apply({ ...opened(session), title: 'Lotus 2' }, { group: 'other' });
    session.undo();
    expect(opened(session).title).toBe('Lotus');
    session.undo();
    expect(session.engagement).toBe(start);
  });

  test('typing is saved once it pauses, and before anything else happens', () => {
    vi.useFakeTimers();
    const { store } = fakeStore();
    const { session } = tab(store, { typingDelay: 300 });
    session.createBlank(blank);
    session.applyLater('title', (e) => ({ ...e, title: 'Lotus T' }));
    session.applyLater('title', (e) => ({ ...e, title: 'Lotus Tea' }));
    expect(stored(store, 'lotus-tea-house-ltd').title).toBe('Lotus Tea House Ltd.');
    vi.advanceTimersByTime(300);
    expect(stored(store, 'lotus-tea-house-ltd').title).toBe('Lotus Tea');
    // Pending text is saved before a move, an export, a close or the tab going away.
    session.applyLater('title', (e) => ({ ...e, title: 'Lotus Tea Co' }));
    expect(session.beforeUnload()).toBe(false);
    expect(stored(store, 'lotus-tea-house-ltd').title).toBe('Lotus Tea Co');
    session.applyLater('title', (e) => ({ ...e, title: 'Gone?' }));
    session.go({ step: 1 });
    expect(stored(store, 'lotus-tea-house-ltd').title).toBe('Gone?');
    // All of it one undo step back to the created title.
    session.undo();
    expect(opened(session).title).toBe('Lotus Tea House Ltd.');
  });
});

describe('two tabs and a full storage', () => {
  test('a save after another tab saved is held: nothing overwritten, the leave rule asks, keep mine or load theirs', () => {
    const { store } = fakeStore();
    const a = tab(store).session;
    a.createBlank(blank);
    const b = tab(store).session;
    b.apply({ ...opened(b), title: 'From tab B' });
    expect(a.apply({ ...opened(a), title: 'From tab A' })).toBe('conflict');
    expect(stored(store, 'lotus-tea-house-ltd').title).toBe('From tab B');
    expect(a.unsaved).toBe(true);
    expect(a.status).toEqual({ text: 'Not saved.', error: true });
    a.requestClose();
    expect(a.leaving).toBe(true);
    expect(a.engagement).not.toBeNull();
    a.keepMine();
    expect(stored(store, 'lotus-tea-house-ltd').title).toBe('From tab A');
    expect(a.unsaved).toBe(false);
    // B hears of A's save through the storage event and loads it.
    b.noticeStorage(
      'crmkit:v1:engagement:lotus-tea-house-ltd',
      store.getItem('crmkit:v1:engagement:lotus-tea-house-ltd'),
    );
    expect(b.guard.conflict?.revision).toBe(3);
    b.loadOther();
    expect(opened(b).title).toBe('From tab A');
    expect(b.unsaved).toBe(false);
  });

  test('a full storage keeps the stored copy and the draft; the next save that fits clears it', () => {
    const { store, state } = fakeStore();
    const { session } = tab(store);
    session.createBlank(blank);
    state.refuse = (key) => key.includes(':engagement:');
    expect(session.apply({ ...opened(session), title: 'Too big' })).toBe('failed');
    expect(session.guard.problem?.reason).toBe('quota');
    expect(stored(store, 'lotus-tea-house-ltd').title).toBe('Lotus Tea House Ltd.');
    expect(opened(session).title).toBe('Too big');
    expect(session.beforeUnload()).toBe(true);
    state.refuse = () => false;
    expect(session.apply({ ...opened(session), title: 'Fits' })).toBe('saved');
    expect(session.unsaved).toBe(false);
  });
});

describe('import, export and restore', () => {
  test('a file that is not UTF-8 is refused on import with the encoding named, as the CLI does', async () => {
    const { store } = fakeStore();
    const { session } = tab(store);
    const latin1 = Uint8Array.from([...'kind: engagement\ntitle: M'].map((c) => c.charCodeAt(0)).concat(0xfc, 0x6c));
    expect(await session.importFile({ name: 'latin1.yaml', data: latin1 })).toEqual({ outcome: 'refused' });
    expect(session.importProblems?.lines).toEqual([
      'latin1.yaml:2:9  /  the file is not UTF-8 (it looks like Latin-1/Windows-1252): save it as UTF-8 and try again; nothing was read',
    ]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'kind: x\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    await session.importFile({ name: 'u16.yaml', data: utf16 });
    expect(session.importProblems?.lines[0]).toContain('it looks like UTF-16LE');
    expect(store.length).toBe(0);
  });

  test('a broken file lists its problems with lines; a new one opens; the same id asks, replaces, and can be put back', async () => {
    const { store } = fakeStore();
    const { session } = tab(store);
    const refused = await session.importFile({ name: 'bad.yaml', data: 'kind: engagement\nid: Not An Id\n' });
    expect(refused).toEqual({ outcome: 'refused' });
    expect(session.importProblems?.lines.some((l) => /^bad\.yaml:\d+:\d+/.test(l))).toBe(true);
    expect(store.length).toBe(0);

    const yaml = engagementToYaml(pump);
    expect(await session.importFile({ name: 'pump.yaml', data: yaml })).toEqual({
      outcome: 'imported',
      title: pump.title,
    });
    expect(session.engagement?.id).toBe(pump.id);
    expect(session.status.text).toBe(`Imported “${pump.title}”.`);

    const changed = yaml.replace(/^title: .*$/m, 'title: Changed by import');
    expect((await session.importFile({ name: 'same.yaml', data: changed })).outcome).toBe('asking');
    expect(session.pendingImport?.title).toBe('Changed by import');
    expect(stored(store, pump.id).title).toBe(pump.title);
    const pending = session.pendingImport;
    if (!pending) throw new Error('no import waiting');
    session.finishImport(pending);
    expect(stored(store, pump.id).title).toBe('Changed by import');
    expect(session.canRestore).toBe(pump.id);
    session.restorePrevious();
    expect(opened(session).title).toBe(pump.title);
    expect(session.status.text).toBe('The previous version is back.');
    // The room never replaces from its own import.
    expect(await session.importFile({ name: 'same.yaml', data: changed }, false)).toEqual({
      outcome: 'stored',
      title: 'Changed by import',
    });
    expect(session.pendingImport).toBeNull();
  });

  test('export downloads YAML that imports back the same, and marks it as the last export', async () => {
    const { store } = fakeStore();
    const { session, downloads } = tab(store);
    session.startFromSample(pump);
    const edited = setAnswer(opened(session), sevenS, 'ss-strategy-1', { value: 1 }, '2026-04-01');
    session.apply(edited);
    expect(session.lastExport(edited.id)?.engagement).not.toEqual(edited); // the mark is the started copy
    await session.exportYaml();
    expect(downloads.map((d) => [d.name, d.type])).toEqual([[`${edited.id}.yaml`, 'application/yaml']]);
    expect(downloads[0]?.text).toBe(engagementToYaml(edited));
    const mark = loadExported(store, edited.id);
    expect(mark.ok && mark.stored.engagement).toEqual(edited);
    const at = session.exportedAt;
    expect(at).toBeGreaterThanOrEqual(Date.UTC(2026, 3, 1, 9, 0, 0));
    await session.exportYaml();
    expect(session.exportedAt).toBeGreaterThan(at); // views comparing with the last export read it again
  });

  test('a damaged stored value is downloaded first, then replaced by its last good copy', () => {
    const { store, data } = fakeStore();
    const a = tab(store).session;
    a.createBlank(blank);
    a.apply({ ...opened(a), title: 'Second save' }); // the first save is now the last good copy
    data.set('crmkit:v1:engagement:lotus-tea-house-ltd', '{"trunc');
    const { session, downloads } = tab(store);
    expect(session.engagement).toBeNull();
    expect(session.list.unreadable['lotus-tea-house-ltd']?.reason).toBe('corrupt');
    session.restoreDamaged('lotus-tea-house-ltd');
    expect(downloads).toEqual([{ name: 'lotus-tea-house-ltd.stored.txt', text: '{"trunc', type: 'text/plain' }]);
    expect(opened(session).title).toBe('Lotus Tea House Ltd.');
  });
});

describe('housekeeping of the stored list', () => {
  test('duplicate keeps the original and makes a copy with its own id; rename saves only over what it read', () => {
    const { store } = fakeStore();
    const { session } = tab(store);
    session.createBlank(blank);
    session.close();
    const copy = session.duplicateStored('lotus-tea-house-ltd');
    expect(copy).toBe('lotus-tea-house-ltd-copy');
    expect(session.list.readable.map((s) => s.title)).toEqual(['Lotus Tea House Ltd.', 'Lotus Tea House Ltd. (copy)']);
    expect({ ...stored(store, 'lotus-tea-house-ltd-copy'), id: 'x', title: 'x' }).toEqual({
      ...stored(store, 'lotus-tea-house-ltd'),
      id: 'x',
      title: 'x',
    });
    expect(session.renameStored('lotus-tea-house-ltd-copy', '  Lotus, second try ')).toBe(true);
    expect(stored(store, 'lotus-tea-house-ltd-copy').title).toBe('Lotus, second try');
    expect(session.renameStored('lotus-tea-house-ltd-copy', '   ')).toBe(false);
    expect(stored(store, 'lotus-tea-house-ltd-copy').title).toBe('Lotus, second try');
  });

  test('delete takes everything kept for the engagement; Undo puts back exactly that, never over newer work', () => {
    const { store, data } = fakeStore();
    const { session } = tab(store);
    session.startFromSample(pump);
    const id = opened(session).id;
    session.setParticipants([{ source: 'a.yaml', answers: {} }]);
    const before = new Map([...data].filter(([k]) => k.endsWith(`:${id}`)));
    expect(before.size).toBe(3); // the engagement, its export mark and the room
    session.removeStored(id);
    expect(session.engagement).toBeNull();
    expect([...data.keys()].filter((k) => k.endsWith(`:${id}`))).toEqual([]);
    expect(session.status).toEqual({ text: `Deleted “${pump.title}”.`, error: false, undo: 'removal' });
    session.undoRemove();
    expect(new Map([...data].filter(([k]) => k.endsWith(`:${id}`)))).toEqual(before);
    expect(session.list.readable.map((s) => s.id)).toEqual([id]);

    session.removeStored(id);
    const other = tab(store).session;
    other.startFromSample({ ...pump, id: 'industrial-equipment-growth' }); // another engagement gets the same id
    const stolen = copyOf(data, id);
    session.undoRemove();
    expect(session.status.error).toBe(true);
    expect(copyOf(data, id)).toEqual(stolen);
  });
});

const copyOf = (data: Map<string, string>, id: string) => data.get(`crmkit:v1:engagement:${id}`);

describe("the room's participant files", () => {
  test('good files join and are stored beside the engagement; another client, a repeat or a broken file are refused', async () => {
    const { store } = fakeStore();
    const { session } = tab(store, { page: 'room' });
    await session.importFile({ name: 'pump.yaml', data: engagementToYaml(pump) });
    const mine = engagementToYaml({ ...pump, id: 'anna-copy', participant: 'Anna' });
    const result = await session.addParticipantFiles([
      { name: 'anna.yaml', data: mine },
      { name: 'anna.yaml', data: mine },
      { name: 'sony.yaml', data: engagementToYaml(sample('sony-china-after-sales')) },
      { name: 'broken.yaml', data: 'kind: engagement\n' },
    ]);
    expect(result.added).toBe(1);
    expect(result.problems.map((p) => [p.file, p.reason])).toEqual([
      ['anna.yaml', 'duplicate'],
      ['sony.yaml', 'other-engagement'],
      ['broken.yaml', 'problems'],
    ]);
    expect(session.participants.map((p) => p.name)).toEqual(['Anna']);
    // Stored: the next session on this engagement has Anna in the room.
    expect(tab(store, { page: 'room' }).session.participants.map((p) => p.name)).toEqual(['Anna']);
  });
});
