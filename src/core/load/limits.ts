/**
 * The size limit every way a file comes in checks first (the CLI, the site build, the
 * workshop import), before the file is read whole: kept apart from the YAML reader so that
 * the workshop's first page load can check a picked file without loading the parser.
 */
import type { Problem } from './problem.ts';

/**
 * Content files are hand-written: the largest real engagement is tens of kilobytes, a room
 * with thousands of votes a few hundred; anything past 2 MB is a mistake or an attack.
 */
export const MAX_FILE_BYTES = 2_000_000;

/** The refusal for a file of `size` bytes, or undefined when it is within the limit. */
export function sizeProblem(file: string, size: number): Problem | undefined {
  if (size <= MAX_FILE_BYTES) return undefined;
  return { file, line: 1, column: 1, pointer: '', code: 'file-too-large', params: { size, limit: MAX_FILE_BYTES } };
}
