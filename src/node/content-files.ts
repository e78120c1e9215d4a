/**
 * Finds and reads content files on disk for the CLI and the site build (Node only;
 * the engine itself never touches the file system).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, relative, resolve, sep } from 'node:path';
import type { SourceFile } from '../core/content/load-content.ts';

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
  /** Files that could not be read at all (missing, a directory, no permission). */
  unreadable: { path: string; reason: string }[];
}

export function readSources(files: readonly string[], cwd: string = process.cwd()): ReadResult {
  const result: ReadResult = { sources: [], unreadable: [] };
  for (const file of new Set(files)) {
    try {
      result.sources.push({ path: displayPath(file, cwd), text: readFileSync(file, 'utf8') });
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message;
      result.unreadable.push({ path: displayPath(file, cwd), reason });
    }
  }
  return result;
}
