/**
 * Engagements kept in browser storage, several side by side. Writes are checked: a full
 * quota or unavailable storage is reported, never swallowed, and nothing already saved is
 * overwritten by a failed write. Each save first copies the stored value it replaces to a
 * last-good key, so a damaged value can be recovered; an engagement stored by an older
 * crmkit is migrated on load and its original text kept before the first save over it; and
 * a revision counter lets a tab see that another tab saved since it loaded (compare-and-set).
 * The storage itself is passed in, so this stays testable without a browser.
 */
import type { Engagement } from '../../schemas/generated/types.ts';
import {
  readValue,
  revisionOf,
  STORAGE_FORMAT,
  writeValue,
  type OlderFormat,
  type ReadOptions,
} from './stored-value.ts';

export type { OlderFormat, ReadOptions } from './stored-value.ts';

/** The part of the Web Storage API used here. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

const PREFIX = 'crmkit:v1:';
/** The key a tab watches (storage events) to notice another tab's save. */
export const engagementKey = (id: string) => `${PREFIX}engagement:${id}`;
const previousKey = (id: string) => `${PREFIX}previous:${id}`;
const exportedKey = (id: string) => `${PREFIX}exported:${id}`;
const backupKey = (id: string) => `${PREFIX}last-good:${id}`;
const originalKey = (id: string) => `${PREFIX}original:${id}`;
/** The room's participants of an engagement (room-storage.ts reads and writes them). */
export const roomKey = (id: string) => `${PREFIX}room:${id}`;
const POSITION_KEY = `${PREFIX}position`;

export interface Stored {
  engagement: Engagement;
  savedAt: string;
}

type SaveFailure = { ok: false; reason: 'quota' | 'unavailable'; detail: string };

export type SaveResult = { ok: true } | SaveFailure;

/** A compare-and-set save: refused, with what is stored now, when another tab saved in between. */
export type CheckedSave =
  | { ok: true; revision: number }
  | SaveFailure
  | { ok: false; reason: 'conflict'; detail: string; revision: number | undefined };

export type LoadResult =
  | {
      ok: true;
      stored: Stored;
      /** Goes up by one on every save; compare with it before writing. */
      revision: number;
      /** Set when the stored text was in an older format and was migrated in memory. */
      older?: OlderFormat;
    }
  | {
      ok: false;
      reason: 'missing' | 'corrupt' | 'newer';
      detail: string;
      /** The stored text as it is, so the user can download it. */
      raw?: string;
      /** The last good copy, when one is kept and readable. */
      backup?: { stored: Stored; revision: number };
    };

/** Where the user was: which engagement (empty when none is open), assessment and step. */
export interface Position {
  engagement: string;
  framework?: string;
  step?: number;
  view?: 'wizard' | 'pairs' | 'results';
}

/** The pages that keep a position each: the wizard, the room and the presenter. */
export type PositionPage = 'wizard' | 'room' | 'presenter';
// The wizard's key is the one crmkit has always used, so a position saved before stays good.
const positionKey = (page: PositionPage) => (page === 'wizard' ? POSITION_KEY : `${POSITION_KEY}:${page}`);

/** One checked write: a full quota or unavailable storage comes back as a reason, never thrown. */
export function write(store: KeyValueStore, key: string, value: string): SaveResult {
  try {
    store.setItem(key, value);
    return { ok: true };
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    const quota = name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
    return { ok: false, reason: quota ? 'quota' : 'unavailable', detail: (error as Error).message ?? String(error) };
  }
}

function read(store: KeyValueStore, key: string, options: ReadOptions = {}): LoadResult {
  const raw = store.getItem(key);
  if (raw === null) return { ok: false, reason: 'missing', detail: key };
  const value = readValue(raw, options);
  if (!value.ok) return { ok: false, reason: value.reason, detail: value.detail, raw };
  const { engagement, savedAt, revision } = value.value;
  return { ok: true, stored: { engagement, savedAt }, revision, ...(value.older ? { older: value.older } : {}) };
}

/**
 * Saves when the stored revision is still `expected` (the one this tab loaded or last
 * saved); `'any'` overwrites whatever is there. The replaced value, when readable, becomes
 * the last good copy (dropped when the quota has no room for both: the main value
 * matters more), and an older-format value is kept as the original before it is replaced.
 */
export function saveChecked(
  store: KeyValueStore,
  engagement: Engagement,
  savedAt: string,
  expected: number | 'any',
  options: ReadOptions = {},
): CheckedSave {
  const key = engagementKey(engagement.id);
  const raw = store.getItem(key);
  const current = raw === null ? undefined : readValue(raw, options);
  const revision = raw === null ? 0 : revisionOf(raw);
  if (expected !== 'any' && raw !== null && revision !== expected) {
    return { ok: false, reason: 'conflict', detail: `revision ${String(revision)} ≠ ${expected}`, revision };
  }
  if (raw !== null && current?.ok) {
    if (current.older && store.getItem(originalKey(engagement.id)) === null) {
      const kept = write(store, originalKey(engagement.id), raw);
      if (!kept.ok) return kept;
    }
    if (!write(store, backupKey(engagement.id), raw).ok) store.removeItem(backupKey(engagement.id));
  }
  const next = (revision ?? 0) + 1;
  const text = writeValue({ format: STORAGE_FORMAT, revision: next, savedAt, engagement });
  let saved = write(store, key, text);
  if (!saved.ok && saved.reason === 'quota' && store.getItem(backupKey(engagement.id)) !== null) {
    store.removeItem(backupKey(engagement.id));
    saved = write(store, key, text);
  }
  return saved.ok ? { ok: true, revision: next } : saved;
}

/** Saves whatever is stored (last writer wins); the workshop uses saveChecked between tabs. */
export function saveEngagement(store: KeyValueStore, engagement: Engagement, savedAt: string): SaveResult {
  const result = saveChecked(store, engagement, savedAt, 'any');
  return result.ok ? { ok: true } : (result as SaveFailure);
}

export function loadEngagement(store: KeyValueStore, id: string, options: ReadOptions = {}): LoadResult {
  const result = read(store, engagementKey(id), options);
  if (result.ok || result.reason === 'missing') return result;
  const backup = read(store, backupKey(id), options);
  return backup.ok ? { ...result, backup: { stored: backup.stored, revision: backup.revision } } : result;
}

/** Every stored engagement id, sorted; corrupt ones included so the UI can report them. */
export function storedEngagementIds(store: KeyValueStore): string[] {
  const ids: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(`${PREFIX}engagement:`)) ids.push(key.slice(`${PREFIX}engagement:`.length));
  }
  return ids.sort();
}

/** Writes a kept copy back as the current value, one revision past what is stored, so open tabs notice. */
function putBack(store: KeyValueStore, id: string, raw: string): SaveResult {
  const stored = revisionOf(store.getItem(engagementKey(id)));
  const kept = revisionOf(raw);
  let text = raw;
  if (kept !== undefined) {
    const value = JSON.parse(raw) as Record<string, unknown>;
    text = JSON.stringify({ ...value, revision: Math.max(stored ?? 0, kept) + 1 });
  }
  return write(store, engagementKey(id), text);
}

/** The stored engagement replaced by its last good copy (after the damaged text was saved elsewhere). */
export function restoreLastGood(store: KeyValueStore, id: string): SaveResult {
  const backup = store.getItem(backupKey(id));
  if (backup === null) return { ok: false, reason: 'unavailable', detail: 'no last good copy' };
  return putBack(store, id, backup);
}

/**
 * The text as an older crmkit stored it: the kept original once a save replaced it, or the
 * current value while it is still in the older format. Null when there is no such text.
 */
export function loadOriginal(store: KeyValueStore, id: string, options: ReadOptions = {}): string | null {
  const kept = store.getItem(originalKey(id));
  if (kept !== null) return kept;
  const loaded = read(store, engagementKey(id), options);
  return loaded.ok && loaded.older ? store.getItem(engagementKey(id)) : null;
}

/** Before an import replaces an engagement, keep the current one recoverable. */
export function keepPrevious(store: KeyValueStore, id: string): SaveResult {
  const raw = store.getItem(engagementKey(id));
  return raw === null ? { ok: true } : write(store, previousKey(id), raw);
}

export function loadPrevious(store: KeyValueStore, id: string): LoadResult {
  return read(store, previousKey(id));
}

/** Puts the kept previous version back (the replaced one becomes the previous). */
export function restorePrevious(store: KeyValueStore, id: string): SaveResult {
  const previous = store.getItem(previousKey(id));
  if (previous === null) return { ok: false, reason: 'unavailable', detail: 'no previous version' };
  const current = store.getItem(engagementKey(id));
  const result = putBack(store, id, previous);
  if (result.ok && current !== null) write(store, previousKey(id), current);
  return result;
}

/** Every key kept for one engagement: the value, its kept copies, the export mark and the room. */
const keysOf = (id: string) => [
  engagementKey(id),
  previousKey(id),
  exportedKey(id),
  backupKey(id),
  originalKey(id),
  roomKey(id),
];

/**
 * Deletes an engagement with everything kept beside it, and hands back what was stored, key
 * by key, so `putBackEntries` can undo the deletion exactly.
 */
export function takeEngagement(store: KeyValueStore, id: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const key of keysOf(id)) {
    const value = store.getItem(key);
    if (value !== null) entries[key] = value;
    store.removeItem(key);
  }
  return entries;
}

/**
 * Undoes `takeEngagement`. Refused when an engagement of that id has been stored since
 * (another tab, an import), and any other key written since stays as it is: the undo never
 * overwrites newer work.
 */
export function putBackEntries(
  store: KeyValueStore,
  id: string,
  entries: Readonly<Record<string, string>>,
): SaveResult {
  if (store.getItem(engagementKey(id)) !== null)
    return { ok: false, reason: 'unavailable', detail: 'stored again since' };
  for (const [key, value] of Object.entries(entries)) {
    if (store.getItem(key) !== null) continue;
    const result = write(store, key, value);
    if (!result.ok) return result;
  }
  return { ok: true };
}

/**
 * The engagement as it was last exported, imported or started from a file: the progress
 * section shows what changed since then, so a project office knows what the next commit holds.
 */
export function saveExported(store: KeyValueStore, engagement: Engagement, at: string): SaveResult {
  const value = writeValue({ format: STORAGE_FORMAT, revision: 0, savedAt: at, engagement });
  return write(store, exportedKey(engagement.id), value);
}

export function loadExported(store: KeyValueStore, id: string): LoadResult {
  return read(store, exportedKey(id));
}

export function savePosition(store: KeyValueStore, position: Position, page: PositionPage = 'wizard'): SaveResult {
  return write(store, positionKey(page), JSON.stringify(position));
}

export function loadPosition(store: KeyValueStore, page: PositionPage = 'wizard'): Position | undefined {
  try {
    const parsed = JSON.parse(store.getItem(positionKey(page)) ?? 'null') as Position | null;
    return parsed && typeof parsed.engagement === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
