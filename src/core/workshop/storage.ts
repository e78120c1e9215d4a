/**
 * Engagements kept in browser storage, several side by side. Writes are checked: a full
 * quota or unavailable storage is reported, never swallowed, and a stored value that no
 * longer parses is reported as corrupt instead of being dropped. The storage itself is
 * passed in, so this stays testable without a browser.
 */
import type { Engagement } from '../../schemas/generated/types.ts';

/** The part of the Web Storage API used here. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

const PREFIX = 'crmkit:v1:';
const engagementKey = (id: string) => `${PREFIX}engagement:${id}`;
const previousKey = (id: string) => `${PREFIX}previous:${id}`;
const exportedKey = (id: string) => `${PREFIX}exported:${id}`;
const POSITION_KEY = `${PREFIX}position`;

export interface Stored {
  engagement: Engagement;
  savedAt: string;
}

export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable'; detail: string };

export type LoadResult = { ok: true; stored: Stored } | { ok: false; reason: 'missing' | 'corrupt'; detail: string };

/** Where the user was: which engagement, assessment and step. */
export interface Position {
  engagement: string;
  framework?: string;
  step?: number;
  view?: 'wizard' | 'results';
}

function write(store: KeyValueStore, key: string, value: string): SaveResult {
  try {
    store.setItem(key, value);
    return { ok: true };
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    const quota = name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
    return { ok: false, reason: quota ? 'quota' : 'unavailable', detail: (error as Error).message ?? String(error) };
  }
}

export function saveEngagement(store: KeyValueStore, engagement: Engagement, savedAt: string): SaveResult {
  const stored: Stored = { engagement, savedAt };
  return write(store, engagementKey(engagement.id), JSON.stringify(stored));
}

function read(store: KeyValueStore, key: string): LoadResult {
  const raw = store.getItem(key);
  if (raw === null) return { ok: false, reason: 'missing', detail: key };
  try {
    const parsed = JSON.parse(raw) as Partial<Stored>;
    if (!parsed || typeof parsed !== 'object' || !parsed.engagement || typeof parsed.engagement.id !== 'string') {
      return { ok: false, reason: 'corrupt', detail: key };
    }
    return { ok: true, stored: { engagement: parsed.engagement, savedAt: String(parsed.savedAt ?? '') } };
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: (error as Error).message };
  }
}

export function loadEngagement(store: KeyValueStore, id: string): LoadResult {
  return read(store, engagementKey(id));
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
  const result = write(store, engagementKey(id), previous);
  if (result.ok && current !== null) write(store, previousKey(id), current);
  return result;
}

export function removeEngagement(store: KeyValueStore, id: string): void {
  store.removeItem(engagementKey(id));
  store.removeItem(exportedKey(id));
}

/**
 * The engagement as it was last exported, imported or started from a file: the progress
 * section shows what changed since then, so a project office knows what the next commit holds.
 */
export function saveExported(store: KeyValueStore, engagement: Engagement, at: string): SaveResult {
  const stored: Stored = { engagement, savedAt: at };
  return write(store, exportedKey(engagement.id), JSON.stringify(stored));
}

export function loadExported(store: KeyValueStore, id: string): LoadResult {
  return read(store, exportedKey(id));
}

export function savePosition(store: KeyValueStore, position: Position): SaveResult {
  return write(store, POSITION_KEY, JSON.stringify(position));
}

export function loadPosition(store: KeyValueStore): Position | undefined {
  try {
    const parsed = JSON.parse(store.getItem(POSITION_KEY) ?? 'null') as Position | null;
    return parsed && typeof parsed.engagement === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
