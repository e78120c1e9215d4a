/** The README and the docs are the contract: their examples must work against the shipped content, their links must lead somewhere. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/core/check/load-content.ts';
import { formatProblem } from '../../src/i18n/messages.ts';
import { readSources, shippedContentFiles } from '../../src/node/content-files.ts';

const docs = [
  'README.md',
  ...readdirSync('docs', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];
const readme = docs.map((file) => readFileSync(file, 'utf8')).join('\n');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('README and docs examples', () => {
  test('the overlay example applies cleanly to the shipped framework it extends', () => {
    const overlay = yamlBlocks.find((block) => block.includes('kind: framework-overlay'));
    expect(overlay).toBeDefined();
    const shipped = readSources(shippedContentFiles()).sources;
    const content = loadContent([...shipped, { path: 'README.md#overlay', text: overlay ?? '' }]);
    expect(content.problems.map((p) => formatProblem(p))).toEqual([]);
    const sevenS = content.frameworks.get('mckinsey-7s');
    expect(sevenS?.elements.find((e) => e.id === 'systems')?.weight).toBe(2);
    expect(sevenS?.elements.find((e) => e.id === 'staff')?.questions?.map((q) => q.id)).toContain(
      'staff-crm-incentives',
    );
  });

  test('every relative link leads to a file that exists', () => {
    for (const file of docs) {
      const text = readFileSync(file, 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (!target || /^[a-z]+:/.test(target)) continue;
        expect(existsSync(join(dirname(file), target)), `${file} → ${target}`).toBe(true);
      }
    }
  });

  test('the commands it names exist as npm scripts', () => {
    const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts);
    for (const [, name] of readme.matchAll(/(?:`|\n)npm (?:run )?([a-z0-9:-]+)/g)) {
      if (name === 'install') continue;
      expect(scripts, `npm ${name}`).toContain(name);
    }
  });
});
