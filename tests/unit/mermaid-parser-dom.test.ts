// @vitest-environment happy-dom
/**
 * The parts of Mermaid's parser that sanitise labels with DOMPurify (flowchart node text and
 * the gantt title) need a DOM; happy-dom provides one. For any phase and gate titles, the
 * phase flowchart parses with exactly one node per phase and gate, chained in order, each
 * showing its title as written. A title that broke out of its label would add, drop or
 * rename a node or an edge here.
 */
import fc from 'fast-check';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { ganttChart, phaseFlowchart } from '../../src/render/mermaid.ts';
import { schedule } from '../../src/core/plan/schedule.ts';
import type { Plan, PlanPhase } from '../../src/core/plan/types.ts';
import { decode, hostile, normalise, planOf } from './mermaid-hostile.ts';

interface ParsedFlowchart {
  db: {
    getVertices(): Map<string, { id: string; text: string }>;
    getEdges(): { start: string; end: string }[];
  };
}
interface ParsedGantt {
  db: { getDiagramTitle(): string; getTasks(): { id: string }[] };
}
const parser = mermaid as unknown as { mermaidAPI: { getDiagramFromText(text: string): Promise<unknown> } };

function phasesPlan(titles: readonly (readonly [string, string])[]): Plan {
  const phases: PlanPhase[] = titles.map(([phase, gate], i) => ({
    id: `p${i}`,
    title: { en: phase, zh: phase },
    goal: { en: '', zh: '' },
    gate: { id: `g${i}`, title: { en: gate, zh: gate }, criteria: [], checklist: [] },
    targets: [],
    tasks: [],
  }));
  return { template: 'x', tasks: [], phases, leftOut: [] };
}

describe('escaped Mermaid labels through the DOMPurify-sanitised parts of Mermaid’s parser', () => {
  beforeAll(async () => {
    await mermaid.parse('flowchart LR\n  a --> b\n');
  });

  it('the phase flowchart keeps exactly its phases and gates, in order, with their titles', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(hostile, hostile), { minLength: 1, maxLength: 4 }), async (titles) => {
        const plan = phasesPlan(titles);
        const diagram = (await parser.mermaidAPI.getDiagramFromText(phaseFlowchart(plan, 'en'))) as ParsedFlowchart;
        const vertices = [...diagram.db.getVertices().values()];
        const expected = titles.flatMap((_, i) => [`p${i + 1}`, `g${i + 1}`]);
        expect(vertices.map((v) => v.id).sort()).toEqual([...expected].sort());
        const text = new Map(vertices.map((v) => [v.id, decode(v.text)]));
        titles.forEach(([phase, gate], i) => {
          expect(text.get(`p${i + 1}`)).toBe(normalise(phase));
          expect(text.get(`g${i + 1}`)).toBe(normalise(gate));
        });
        const edges = diagram.db.getEdges().map((e) => `${e.start}>${e.end}`);
        const chain = titles.flatMap((_, i) => [`p${i + 1}>g${i + 1}`, ...(i > 0 ? [`g${i}>p${i + 1}`] : [])]);
        expect(edges.sort()).toEqual(chain.sort());
      }),
      { numRuns: 150 },
    );
  });

  it('a gantt title shows as written and adds no task', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (title, taskTitle) => {
        const plan = planOf([taskTitle], 'phase');
        const placed = schedule([{ id: 't0', duration: 1, dependsOn: [] }], '2026-01-05');
        if (!placed.ok) throw new Error('schedule failed');
        const text = ganttChart(plan, placed, { lang: 'en', title });
        const diagram = (await parser.mermaidAPI.getDiagramFromText(text)) as ParsedGantt;
        expect(diagram.db.getTasks().map((t) => t.id)).toEqual(['t0']);
        expect(decode(diagram.db.getDiagramTitle())).toBe(title ? normalise(title) : '');
      }),
      { numRuns: 150 },
    );
  });
});
