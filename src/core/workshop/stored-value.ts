/**
 * One stored engagement value, from the raw text in browser storage to an engagement the
 * workshop can open, or to a precise reason it cannot. The text goes through the same
 * version migrations as files, so an engagement saved by an older crmkit opens in today's
 * format; what was stored is never changed here (storage.ts keeps the original).
 *
 * Storage formats: 1 is `{ engagement, savedAt }` (crmkit before revisions); 2 adds
 * `format` and `revision`, the counter that lets two tabs notice each other's writes.
 */
import { CURRENT_SCHEMA_VERSION, migrate, MIGRATIONS, type Migration } from '../load/migrate.ts';
import type { Engagement } from '../../schemas/generated/types.ts';

export const STORAGE_FORMAT = 2;

export interface StoredValue {
  format: typeof STORAGE_FORMAT;
  revision: number;
  savedAt: string;
  engagement: Engagement;
}

export interface ReadOptions {
  /** Engagement migrations, oldest first; the shipped chain by default (tests inject their own). */
  migrations?: readonly Migration[];
  current?: number;
  /**
   * A full check of the migrated engagement (the JSON Schema validator, say), returning its
   * problems. The built-in check only covers the shape the workshop needs to open it.
   */
  validate?: (engagement: unknown) => string[];
}

/** What was stored, when it is not in today's format: the original is worth keeping. */
export interface OlderFormat {
  storageFormat: number;
  schemaVersion: number;
}

export type ReadValue =
  { ok: true; value: StoredValue; older?: OlderFormat } | { ok: false; reason: 'corrupt' | 'newer'; detail: string };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The problems that would stop the workshop from opening the engagement, by field. */
export function shapeProblems(data: unknown): string[] {
  if (!isObject(data)) return ['engagement: not an object'];
  const problems: string[] = [];
  if (data['kind'] !== 'engagement') problems.push('kind: not "engagement"');
  if (typeof data['id'] !== 'string' || !ID.test(data['id'])) problems.push('id: not an id');
  if (typeof data['title'] !== 'string') problems.push('title: not text');
  const client = data['client'];
  if (!isObject(client) || typeof client['name'] !== 'string') problems.push('client.name: not text');
  for (const field of ['answers', 'alignment', 'finance', 'plan', 'tasks', 'gates', 'vendorSelection']) {
    if (data[field] !== undefined && !isObject(data[field])) problems.push(`${field}: not an object`);
  }
  for (const field of ['team', 'segments', 'vendors', 'riskCategories', 'risks', 'snapshots']) {
    if (data[field] !== undefined && !Array.isArray(data[field])) problems.push(`${field}: not a list`);
  }
  return problems;
}

/** The revision of a stored text without checking the rest: 0 for format 1, undefined when unreadable. */
export function revisionOf(raw: string | null): number | undefined {
  if (raw === null) return undefined;
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!isObject(parsed)) return undefined;
    return typeof parsed['revision'] === 'number' ? parsed['revision'] : 0;
  } catch {
    return undefined;
  }
}

export function readValue(raw: string, options: ReadOptions = {}): ReadValue {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: (error as Error).message };
  }
  if (!isObject(parsed) || !isObject(parsed['engagement'])) {
    return { ok: false, reason: 'corrupt', detail: 'engagement: missing' };
  }
  const storageFormat = typeof parsed['format'] === 'number' ? parsed['format'] : 1;
  if (storageFormat > STORAGE_FORMAT) {
    return { ok: false, reason: 'newer', detail: `storage format ${storageFormat} > ${STORAGE_FORMAT}` };
  }
  const engagement = parsed['engagement'];
  const schemaVersion = engagement['schemaVersion'];
  const current = options.current ?? CURRENT_SCHEMA_VERSION;
  const migration = migrate(engagement, options.migrations ?? MIGRATIONS['engagement'] ?? [], current);
  const refused = migration.problems[0];
  if (refused) {
    const reason = refused.code === 'schema-version-newer' ? 'newer' : 'corrupt';
    return { ok: false, reason, detail: `schemaVersion ${String(schemaVersion)}: ${refused.code}` };
  }
  const problems = [
    ...(typeof migration.data['schemaVersion'] === 'number' ? [] : ['schemaVersion: not a number']),
    ...shapeProblems(migration.data),
  ];
  if (problems.length === 0 && options.validate) problems.push(...options.validate(migration.data));
  if (problems.length > 0) return { ok: false, reason: 'corrupt', detail: problems.join('; ') };
  const value: StoredValue = {
    format: STORAGE_FORMAT,
    revision: typeof parsed['revision'] === 'number' ? parsed['revision'] : 0,
    savedAt: String(parsed['savedAt'] ?? ''),
    engagement: migration.data as unknown as Engagement, // shape checked above, schema by the caller's validate
  };
  const older = storageFormat < STORAGE_FORMAT || migration.applied.length > 0;
  return older
    ? { ok: true, value, older: { storageFormat, schemaVersion: schemaVersion as number } }
    : { ok: true, value };
}

export function writeValue(value: StoredValue): string {
  return JSON.stringify(value);
}
