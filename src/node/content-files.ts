/**
 * Finds and reads content files on disk for the CLI and the site build (Node only;
 * the engine itself never touches the file system).
 */
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { delimiter, join, relative, resolve, sep } from 'node:path';
import type { SourceFile } from '../core/check/load-content.ts';
import { decodeText, encodingProblem } from '../core/load/decode.ts';
import { MAX_FILE_BYTES, sizeProblem } from '../core/load/limits.ts';
import type { Problem } from '../core/load/problem.ts';

/** The folder holding the shipped frameworks/, templates/ and assessments/. */
export const PACKAGE_ROOT = resolve(import.meta.dirname, '..', '..');
export const SHIPPED_FOLDERS = ['frameworks', 'templates', 'assessments'] as const;

const YAML_FILE = /\.ya?ml$/i;

/** Extra content folders named in CRMKIT_CONTENT (separated like PATH), e.g. a consultancy's own. */
export function extraContentRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env['CRMKIT_CONTENT'] ?? '')
    .split(delimiter)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => resolve(p));
}

/** Every .yaml/.yml file under a path (or the path itself), sorted for stable output. */
export function yamlFilesUnder(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return [resolve(path)];
  if (!stat.isDirectory()) return [];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      if (entry.isDirectory()) return yamlFilesUnder(full);
      return YAML_FILE.test(entry.name) ? [resolve(full)] : [];
    });
}

export function shippedContentFiles(root: string = PACKAGE_ROOT): string[] {
  return SHIPPED_FOLDERS.flatMap((folder) => yamlFilesUnder(join(root, folder)));
}

/** Path as shown in messages: relative to the working directory when inside it. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : file;
}

export interface ReadResult {
  sources: SourceFile[];
  /** Files that could not be read at all (missing, a directory, no permission) or not as UTF-8. */
  problems: Problem[];
}

export function readSources(files: readonly string[], cwd: string = process.cwd()): ReadResult {
  const result: ReadResult = { sources: [], problems: [] };
  for (const file of new Set(files)) {
    const path = displayPath(file, cwd);
    let bytes: Uint8Array;
    try {
      const read = readWithinLimit(file, path);
      if ('problem' in read) {
        result.problems.push(read.problem);
        continue;
      }
      bytes = read.bytes;
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message;
      result.problems.push({
        file: path,
        line: 1,
        column: 1,
        pointer: '',
        code: 'file-unreadable',
        params: { reason },
      });
      continue;
    }
    const decoded = decodeText(bytes);
    if (decoded.ok) result.sources.push({ path, text: decoded.text });
    else result.problems.push(encodingProblem(path, decoded));
  }
  return result;
}

/**
 * A file's bytes, or its size refusal: the size on disk is checked first, on the same open
 * file, so a file over the limit is never read (a 50 MB file costs a stat, not 260 MB).
 */
function readWithinLimit(file: string, path: string): { bytes: Uint8Array } | { problem: Problem } {
  const fd = openSync(file, 'r');
  try {
    const problem = sizeProblem(path, fstatSync(fd).size);
    if (problem) return { problem };
    // Read at most one byte past the limit: a file that grows meanwhile, or a device that
    // reports size 0 and never ends (/dev/zero), is refused by what was read, not read forever.
    const buffer = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    }
    const over = sizeProblem(path, length);
    return over ? { problem: over } : { bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}
