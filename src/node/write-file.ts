/**
 * Writing an output file for the CLI: a failure (missing folder, a folder in the way, a
 * full disk, no permission) comes back as a cause the command can say in one sentence,
 * never as a Node stack trace.
 */
import { writeFileSync } from 'node:fs';

export type WriteFailure = 'no-folder' | 'is-folder' | 'disk-full' | 'no-permission' | 'other';

const CAUSES: Readonly<Record<string, WriteFailure>> = {
  ENOENT: 'no-folder',
  ENOTDIR: 'no-folder',
  EISDIR: 'is-folder',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EROFS: 'no-permission',
};

/** Writes the file; undefined when it worked, else why not (with the system's own words for "other"). */
export function writeOutputFile(
  path: string,
  data: string | Uint8Array,
  write: (path: string, data: string | Uint8Array) => void = writeFileSync,
): { cause: WriteFailure; detail: string } | undefined {
  try {
    write(path, data);
    return undefined;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { cause: CAUSES[e.code ?? ''] ?? 'other', detail: e.code ?? e.message };
  }
}
