/**
 * One home for words: Chinese text appears in src/ only in src/i18n (content YAML and tests
 * are outside src/). A sentence template or a unit written in the engine, a renderer or a
 * component would put words where a translator does not look; this names the file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const HAN = /\p{Script=Han}/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join('src', 'i18n') ? [] : sourceFiles(path);
    return /\.(ts|js|mjs|svelte|astro|css)$/.test(entry.name) ? [path] : [];
  });
}

test('no source file outside src/i18n holds Chinese text', () => {
  const files = sourceFiles('src');
  expect(files.length).toBeGreaterThan(200);
  const found = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (HAN.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 80)}`] : [])),
  );
  expect(found).toEqual([]);
});
