import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { ContentProblemsError, readSiteContent } from '../../src/site/content-integration.ts';

function withContent<T>(dirs: string, fn: () => T): T {
  const before = process.env['CRMKIT_CONTENT'];
  process.env['CRMKIT_CONTENT'] = dirs;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env['CRMKIT_CONTENT'];
    else process.env['CRMKIT_CONTENT'] = before;
  }
}

describe('site content', () => {
  test('loads the shipped content plus extra folders, with overlays applied', () => {
    const content = withContent('tests/fixtures/context', () => readSiteContent(process.cwd()));
    expect(content.frameworks.map((f) => f.id)).toContain('fx-fit');
    expect(content.origins['framework:fx-fit']?.overlays).toEqual([
      'tests/fixtures/context/overlays/fx-fit-extras.yaml',
    ]);
  });

  test('invalid content stops with the same lines the CLI prints', () => {
    const load = () =>
      withContent('tests/fixtures/broken/framework-typo-field.yaml', () => readSiteContent(process.cwd()));
    expect(load).toThrow(ContentProblemsError);
    expect(load).toThrow(
      'tests/fixtures/broken/framework-typo-field.yaml:11:5  /elements/0/titel  unknown field "titel"; did you mean "title"?',
    );
  });

  test('`astro build` fails on invalid content and names file, line and field', () => {
    const result = spawnSync('npx', ['astro', 'build', '--outDir', 'test-results/broken-build'], {
      encoding: 'utf8',
      env: { ...process.env, CRMKIT_CONTENT: 'tests/fixtures/broken/framework-unknown-scale.yaml' },
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      'tests/fixtures/broken/framework-unknown-scale.yaml:20:16  /elements/0/questions/0/scale  no scale with id "agree-6"; did you mean "agree-5"?',
    );
  }, 120_000);
});
