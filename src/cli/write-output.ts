/** Writes a command's --out file, or says in one sentence (in the user's language) why it could not. */
import { writeOutputFile } from '../node/write-file.ts';
import type { Language } from '../schemas/generated/types.ts';
import { CLI_STRINGS } from '../i18n/cli.ts';
import { resolve } from 'node:path';
import type { CommandResult, PendingWrite } from './validate.ts';

export function writeOutput(path: string, shown: string, data: string, lang: Language): string | undefined {
  const failed = writeOutputFile(path, data);
  return failed && CLI_STRINGS[lang].cannotWrite(shown, failed.cause, failed.detail);
}

/**
 * Produces and writes a pending binary file: the bytes, or undefined with the one sentence saying
 * why not (a failure to produce them reads like any other write failure, never as a stack trace).
 */
export async function writePending(
  pending: PendingWrite,
): Promise<{ ok: true; bytes: number } | { ok: false; message: string }> {
  let data: Uint8Array;
  try {
    data = await pending.bytes();
  } catch (error) {
    return {
      ok: false,
      message: CLI_STRINGS[pending.lang].cannotWrite(pending.shown, 'other', (error as Error).message),
    };
  }
  const failed = writeOutputFile(pending.path, data);
  if (failed)
    return { ok: false, message: CLI_STRINGS[pending.lang].cannotWrite(pending.shown, failed.cause, failed.detail) };
  return { ok: true, bytes: data.byteLength };
}

/** A command's result that leaves a binary file for runAsync to produce and write (`--out`, resolved against `cwd`). */
export function pendingFile(cwd: string, out: string, lang: Language, bytes: PendingWrite['bytes']): CommandResult {
  return { exitCode: 0, stdout: '', pendingWrite: { path: resolve(cwd, out), shown: out, lang, bytes } };
}
