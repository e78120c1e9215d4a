/** The README is the contract: its examples must work against the shipped content. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/core/check/load-content.ts';
import { formatProblem } from '../../src/i18n/messages.ts';
import { readSources, shippedContentFiles } from '../../src/node/content-files.ts';

const readme = readFileSync('README.md', 'utf8');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('README examples', () => {
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

  test('the commands it names exist as npm scripts', () => {
    const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts);
    for (const [, name] of readme.matchAll(/(?:`|\n)npm (?:run )?([a-z0-9:]+)/g)) {
      if (name === 'install') continue;
      expect(scripts, `npm ${name}`).toContain(name);
    }
  });
});
