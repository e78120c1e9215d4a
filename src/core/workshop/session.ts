/**
 * What the workshop's islands (wizard, room, presenter) share before and while they edit an
 * engagement: reaching browser storage, fetching the content the build wrote, listing the
 * stored engagements, opening one with its room's participants, and saving it with the
 * revision check between tabs. Storage and fetch are passed in, so this runs without a browser.
 */
import type { Engagement, Framework, Template } from '../../schemas/generated/types.ts';
import type { ImportContext } from './import-export.ts';
import { loadRoom } from './room-storage.ts';
import type { RoomParticipant } from './room.ts';
import {
  engagementKey,
  loadEngagement,
  saveChecked,
  storedEngagementIds,
  type KeyValueStore,
  type LoadResult,
  type OlderFormat,
} from './storage.ts';
import { revisionOf } from './stored-value.ts';

export type LoadFailure = Extract<LoadResult, { ok: false }>;

/** The browser's storage, or null where reading it throws (blocked by privacy settings, a sandboxed frame). */
export function reachStore(get: () => KeyValueStore): KeyValueStore | null {
  try {
    return get();
  } catch {
    return null;
  }
}

type Fetcher = (url: string) => Promise<{ json(): Promise<unknown> }>;

/** Storage and the build's content JSON (`fetcher` is the browser's fetch); content is null when it could not be fetched or parsed. */
export async function setUpSession<T>(
  getStore: () => KeyValueStore,
  contentUrl: string,
  fetcher: Fetcher,
): Promise<{ store: KeyValueStore | null; content: T | null }> {
  const store = reachStore(getStore);
  try {
    return { store, content: (await (await fetcher(contentUrl)).json()) as T };
  } catch {
    return { store, content: null };
  }
}

export interface StoredList {
  /** Every stored engagement id, sorted, unreadable ones included. */
  ids: string[];
  /** The ones that open, with their titles and clients, in id order. */
  readable: { id: string; title: string; client: string }[];
  /** The ones that do not, with the reason, the raw text and any last good copy. */
  unreadable: Record<string, LoadFailure>;
}

/** The ids a new engagement must not take: every stored one, unreadable ones too. */
export const takenIds = (list: StoredList): ReadonlySet<string> => new Set(list.ids);

/** The clock of a session that is not given one. */
export const systemClock = (): Date => new Date();

/** What an import checks a file against: the loaded frameworks and templates by id. */
export function importContext(content: {
  frameworks: readonly Framework[];
  templates?: readonly Template[];
}): ImportContext {
  return {
    frameworks: new Map(content.frameworks.map((f) => [f.id, f])),
    templates: new Map((content.templates ?? []).map((t) => [t.id, t])),
  };
}

export function listStored(store: KeyValueStore | null): StoredList {
  const list: StoredList = { ids: [], readable: [], unreadable: {} };
  if (!store) return list;
  list.ids = storedEngagementIds(store);
  for (const id of list.ids) {
    const loaded = loadEngagement(store, id);
    if (loaded.ok) {
      const { title, client } = loaded.stored.engagement;
      list.readable.push({ id, title, client: client.name });
    } else list.unreadable[id] = loaded;
  }
  return list;
}

/** Another tab saved the engagement after this one loaded it; `revision` is undefined when what is stored no longer reads. */
export interface Conflict {
  revision: number | undefined;
  savedAt: string;
}

/** Where a tab's copy stands against storage; each island keeps one per open engagement. */
export interface SaveGuard {
  /** The stored revision this tab loaded or last saved; 'any' right after a deliberate replace. */
  base: number | 'any';
  /** When the copy in storage that this tab knows was saved ('' when none). */
  savedAt: string;
  /** Set while another tab's save is unresolved: nothing is written until the user chooses. */
  conflict: Conflict | null;
  /** The last save failed for lack of room or storage: the copy on screen is ahead of the stored one. */
  problem: { reason: 'quota' | 'unavailable'; detail: string } | null;
}

export const freshGuard = (base: number | 'any', savedAt = ''): SaveGuard => ({
  base,
  savedAt,
  conflict: null,
  problem: null,
});

export interface Session {
  engagement: Engagement;
  participants: RoomParticipant[];
  guard: SaveGuard;
  /** Set when the engagement was stored by an older crmkit and migrated on opening. */
  older?: OlderFormat;
}

/** A stored engagement with its room's participants, or null when it is missing or does not read. */
export function openSession(store: KeyValueStore | null, id: string): Session | null {
  if (!store) return null;
  const loaded = loadEngagement(store, id);
  if (!loaded.ok) return null;
  return {
    engagement: loaded.stored.engagement,
    participants: loadRoom(store, id),
    guard: freshGuard(loaded.revision, loaded.stored.savedAt),
    ...(loaded.older ? { older: loaded.older } : {}),
  };
}

/** The conflict as it stands now: the revision another tab wrote and when that was saved. */
export function conflictWith(store: KeyValueStore, id: string, revision: number | undefined): Conflict {
  const loaded = loadEngagement(store, id);
  return { revision, savedAt: loaded.ok ? loaded.stored.savedAt : '' };
}

/**
 * `saved`: written; `held`: not tried, a conflict is waiting for the user; `conflict`: refused,
 * another tab saved first; `failed`: storage full or unavailable, the stored copy unchanged.
 */
export type SaveOutcome = 'saved' | 'held' | 'conflict' | 'failed';

/** Saves unless another tab saved since this one loaded; the guard that comes back replaces the old one. */
export function saveGuarded(
  store: KeyValueStore,
  engagement: Engagement,
  savedAt: string,
  guard: SaveGuard,
): { guard: SaveGuard; outcome: SaveOutcome } {
  if (guard.conflict) return { guard, outcome: 'held' };
  const result = saveChecked(store, engagement, savedAt, guard.base);
  if (result.ok) return { guard: freshGuard(result.revision, savedAt), outcome: 'saved' };
  if (result.reason === 'conflict') {
    return { guard: { ...guard, conflict: conflictWith(store, engagement.id, result.revision) }, outcome: 'conflict' };
  }
  return { guard: { ...guard, problem: { reason: result.reason, detail: result.detail } }, outcome: 'failed' };
}

/**
 * A storage event from another tab: the guard with a conflict when it wrote this engagement
 * at a revision this tab did not, or null when it concerns something else.
 */
export function noticeWrite(
  store: KeyValueStore,
  guard: SaveGuard,
  id: string,
  key: string | null,
  newValue: string | null,
): SaveGuard | null {
  if (key !== engagementKey(id) || newValue === null) return null;
  const revision = revisionOf(newValue);
  return revision === guard.base ? null : { ...guard, conflict: conflictWith(store, id, revision) };
}

/**
 * "Keep mine": the guard for a save that overwrites what the other tab stored, and the stored
 * text when it no longer reads (`damaged`), which the island offers as a download first so
 * nothing is lost. Without a conflict, nothing changes.
 */
export function keepMine(
  store: KeyValueStore,
  guard: SaveGuard,
  id: string,
): { guard: SaveGuard; damaged: string | null } {
  if (!guard.conflict) return { guard, damaged: null };
  const damaged = guard.conflict.revision === undefined ? store.getItem(engagementKey(id)) : null;
  return { guard: { ...guard, base: guard.conflict.revision ?? 'any', conflict: null }, damaged };
}
