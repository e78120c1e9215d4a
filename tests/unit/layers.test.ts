/**
 * The engine's layers (.dependency-cruiser.mjs, run by `npm run check`): a fixture tree with one
 * break of each rule is refused rule by rule, and the real src/core has no folder that imports
 * a folder above it, no file cycle, and no engine import of a renderer, the words or a shell.
 */
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
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
      'core-is-the-engine: src/core/plan/draws.ts → src/render/roadmap-text.ts',
      'layer-shared: src/core/shared/dates.ts → src/core/plan/start.ts',
      'no-circular: src/core/plan/later.ts → src/core/plan/start.ts',
      'render-is-pure: src/render/roadmap-text.ts → src/cli/print.ts',
    ]);
  }, 60_000);

  test('src: no layer break, no file cycle, no engine import of words or shells; src/core has no folder cycle', async () => {
    const result = await cruiseIn(ROOT);
    expect(result.summary.violations.map(brief)).toEqual([]);

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
