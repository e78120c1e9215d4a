import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findCycles } from '../../src/core/shared/graph.ts';

type Graph = Map<string, { dependsOn: string[] }>;

/** A random DAG: task i may only depend on tasks before it. */
const dag = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc
      .array(fc.array(fc.nat(), { maxLength: 4 }), { minLength: n, maxLength: n })
      .map(
        (deps): Graph =>
          new Map(deps.map((d, i) => [`t${i}`, { dependsOn: i === 0 ? [] : d.map((x) => `t${x % i}`) }])),
      ),
  );

describe('findCycles', () => {
  test('a chain of tasks has no cycle; closing it makes exactly one', () => {
    const chain: Graph = new Map([
      ['a', { dependsOn: [] }],
      ['b', { dependsOn: ['a'] }],
      ['c', { dependsOn: ['b'] }],
    ]);
    expect(findCycles(chain)).toEqual([]);
    chain.set('a', { dependsOn: ['c'] });
    expect(findCycles(chain)).toEqual([['a', 'c', 'b']]);
  });

  test('a task depending on itself is a cycle of one', () => {
    expect(findCycles(new Map([['a', { dependsOn: ['a'] }]]))).toEqual([['a']]);
  });

  test('property: graphs whose edges only point backwards never have cycles', () => {
    fc.assert(
      fc.property(dag, (graph) => {
        expect(findCycles(graph)).toEqual([]);
      }),
    );
  });

  test('property: adding an edge from the first task to a task that reaches it creates a cycle through both', () => {
    fc.assert(
      fc.property(dag, fc.nat(), (graph, pick) => {
        const last = `t${graph.size - 1}`;
        if (graph.size < 2) return;
        // t_last depends (directly) on some earlier task; make that task depend on t_last.
        const target = graph.get(last)?.dependsOn[pick % Math.max(1, graph.get(last)?.dependsOn.length ?? 1)];
        if (!target) return;
        graph.get(target)?.dependsOn.push(last);
        const cycles = findCycles(graph);
        expect(cycles.length).toBeGreaterThan(0);
        expect(cycles.some((c) => c.includes(last) && c.includes(target))).toBe(true);
      }),
    );
  });

  test('a chain of 20,000 tasks does not overflow the stack', () => {
    const graph: Graph = new Map(
      Array.from({ length: 20_000 }, (_, i) => [`t${i}`, { dependsOn: i ? [`t${i - 1}`] : [] }]),
    );
    expect(findCycles(graph)).toEqual([]);
  });
});
