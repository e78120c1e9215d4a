/** Writes a command's --out file, or says in one sentence (in the user's language) why it could not. */
import { writeOutputFile } from '../node/write-file.ts';
import type { Language } from '../schemas/generated/types.ts';
import { CLI_STRINGS } from './strings.ts';

export function writeOutput(path: string, shown: string, data: string, lang: Language): string | undefined {
  const failed = writeOutputFile(path, data);
  return failed && CLI_STRINGS[lang].cannotWrite(shown, failed.cause, failed.detail);
}
