/**
 * Whatever validation accepts also builds: three of the CLI fuzz's changed engagements (the
 * same generator and seed) that the import accepts are put in a CRMKIT_CONTENT folder and the
 * whole site is built from it. The build must succeed, write every page of each engagement,
 * show no engine failure block and no NaN or Infinity where the file held none.
 */
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { importEngagement } from '../../src/core/workshop/import-export.ts';
import { changedEngagementText } from '../support/engagement-changes.ts';
import { shipped } from './assess-helpers.ts';

const NUMBER_JUNK = /\bNaN\b|\bInfinity\b|∞/;
const PAGES = ['index.html', 'plan/index.html', 'summary/index.html', 'tracking/index.html', 'roi/index.html'];

const accepted = fc
  .sample(changedEngagementText(shipped.frameworks), { seed: 2026, numRuns: 12 })
  .map((text, i) => text.replace(/^id: fuzz-case$/m, `id: fuzz-case-${i + 1}`))
  .filter((text) => importEngagement('case.yaml', text, shipped).ok)
  .slice(0, 3);

const work = mkdtempSync(join(tmpdir(), 'crmkit-build-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('three accepted changed engagements build into every page, no failure block, no NaN', () => {
  expect(accepted).toHaveLength(3);
  const content = join(work, 'content');
  const out = join(work, 'dist');
  mkdirSync(content);
  accepted.forEach((text, i) => writeFileSync(join(content, `case-${i + 1}.yaml`), text));
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    encoding: 'utf8',
    env: { ...process.env, CRMKIT_CONTENT: content },
  });
  expect(build.status, build.stderr + build.stdout.slice(-2000)).toBe(0);
  for (const text of accepted) {
    const id = /^id: (\S+)$/m.exec(text)?.[1] ?? '';
    const dir = join(out, 'engagements', id);
    expect(existsSync(dir), id).toBe(true);
    expect(existsSync(join(dir, 'index.html')), id).toBe(true);
    for (const page of PAGES) {
      if (!existsSync(join(dir, page))) continue;
      const html = readFileSync(join(dir, page), 'utf8');
      expect(html, `${id}/${page}`).not.toContain('data-testid="compute-failure"');
      if (!NUMBER_JUNK.test(text)) expect(html.match(NUMBER_JUNK)?.[0], `${id}/${page}`).toBeUndefined();
    }
  }
}, 300_000);
