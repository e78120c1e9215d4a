/**
 * The engine's layers (.dependency-cruiser.mjs, run by `npm run check`): a fixture tree with one
 * break of each rule is refused rule by rule, and the real src/core has no folder that imports
 * a folder above it, no file cycle, and no known violation other than words still to move out.
 */
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import config, { LAYERS } from '../../.dependency-cruiser.mjs';

const FIXTURE = new URL('../fixtures/layers/', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;

async function cruiseIn(baseDir: string): Promise<ICruiseResult> {
  // Without the project's tsconfig: the fixture's imports resolve by their paths alone.
  const options = { ...config.options };
  delete options.tsConfig;
  const result = await cruise(['src'], {
    ...options,
    ruleSet: { forbidden: config.forbidden ?? [] },
    validate: true,
    baseDir,
  });
  return result.output as ICruiseResult;
}

const brief = (v: IViolation) => `${v.rule.name}: ${v.from} → ${v.to}`;

describe('engine layers', () => {
  test('each rule refuses its break in the fixture tree, and allows an import downwards', async () => {
    const violations = (await cruiseIn(FIXTURE)).summary.violations.map(brief).sort();
    expect(violations).toEqual([
      'core-has-no-words: src/core/assess/words.ts → src/i18n/words.ts',
      'core-in-a-layer: src/core/assess/fine.ts → src/core/loose.ts',
      'layer-shared: src/core/shared/dates.ts → src/core/plan/start.ts',
      'no-circular: src/core/plan/later.ts → src/core/plan/start.ts',
    ]);
  }, 60_000);

  test('src/core: no folder cycle, no file cycle, only the known word imports left', async () => {
    const result = await cruiseIn(ROOT);
    const known = JSON.parse(readFileSync(`${ROOT}.dependency-cruiser-known-violations.json`, 'utf8')) as {
      rule: { name: string };
      from: string;
      to: string;
    }[];
    const knownKeys = new Set(known.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`));
    const found = result.summary.violations.map(brief);
    expect(found.filter((v) => !knownKeys.has(v))).toEqual([]);
    expect(new Set(known.map((v) => v.rule.name))).toEqual(new Set(['core-has-no-words']));

    // Folder-level graph of src/core, and its cycles (strongly connected parts of two or more).
    const folder = (path: string) => /^src\/core\/([^/]+)\//.exec(path)?.[1];
    const edges = new Map<string, Set<string>>();
    for (const module of result.modules) {
      const from = folder(module.source);
      if (!from) continue;
      for (const dependency of module.dependencies) {
        const to = folder(dependency.resolved);
        if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    const order = LAYERS.map(([name]) => name);
    for (const [from, tos] of edges) {
      for (const to of tos) expect(order.indexOf(to), `${from} → ${to}`).toBeLessThan(order.indexOf(from));
    }
    expect([...edges.keys()].every((name) => order.includes(name))).toBe(true);
  }, 60_000);
});
