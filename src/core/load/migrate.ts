/**
 * File-format versions. Every file states its `schemaVersion`. When the format
 * changes incompatibly, the version goes up and a migration from the previous
 * version is added here; files are then migrated in memory when read, and the
 * original file is left as it is (the CLI and the browser offer to save the
 * migrated copy). A file newer than this crmkit is refused with a clear message,
 * never half-read.
 */
import { gotParams } from './got-params.ts';
import type { RawProblem } from './problem.ts';

export const CURRENT_SCHEMA_VERSION = 1;

export interface Migration {
  from: number;
  /** Returns the data in the format of version from + 1. Must not mutate its input. */
  migrate(data: Record<string, unknown>): Record<string, unknown>;
}

/** Migrations per file kind, oldest first. Version 1 is the first format: none yet. */
export const MIGRATIONS: Record<string, readonly Migration[]> = {
  framework: [],
  'framework-overlay': [],
  template: [],
  engagement: [],
};

export interface MigrationResult {
  data: Record<string, unknown>;
  /** Versions the data went through, e.g. [1, 2] for a file migrated from 1 to 2. */
  applied: number[];
  problems: RawProblem[];
}

export function migrate(
  data: Record<string, unknown>,
  migrations: readonly Migration[],
  current: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  const found = data['schemaVersion'];
  // A missing or non-number version is left for the schema check to report.
  if (typeof found !== 'number' || !Number.isInteger(found)) return { data, applied: [], problems: [] };
  if (found > current) {
    return {
      data,
      applied: [],
      problems: [{ pointer: '/schemaVersion', code: 'schema-version-newer', params: { found, supported: current } }],
    };
  }
  let version = found;
  let migrated = data;
  const applied: number[] = [];
  while (version < current) {
    const step = migrations.find((m) => m.from === version);
    if (!step) {
      return {
        data,
        applied: [],
        problems: [
          {
            pointer: '/schemaVersion',
            code: 'schema-version-unknown',
            params: { found, supported: current, ...gotParams(found) },
          },
        ],
      };
    }
    applied.push(version);
    migrated = { ...step.migrate(migrated), schemaVersion: version + 1 };
    version++;
  }
  return { data: migrated, applied, problems: [] };
}
