/**
 * The escaped Mermaid text against Mermaid's own parser: for any task and phase titles, the
 * gantt parses, holds exactly the plan's tasks in the plan's sections, and each name decodes
 * back to the title as written (whitespace collapsed). A title that broke out of its label
 * would add, drop or rename a task here.
 */
import fc from 'fast-check';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECTION_LABEL_WIDTH, shortLabel } from '../../src/core/plan/gantt-data.ts';
import { ganttChart } from '../../src/render/mermaid.ts';
import { schedule } from '../../src/core/plan/schedule.ts';
import { decode, hostile, normalise, planOf } from './mermaid-hostile.ts';

/**
 * The parsed diagram with its task database. `mermaid.parse` only says whether text parses;
 * the deprecated `mermaidAPI.getDiagramFromText` is the one public way to the parsed tasks
 * without rendering (which needs a DOM), so it is reached through an explicit shape here.
 */
interface ParsedGantt {
  db: { getTasks(): { task: string; section: string; id: string }[] };
}
const parser = mermaid as unknown as { mermaidAPI: { getDiagramFromText(text: string): Promise<ParsedGantt> } };
const parsedDiagram = (text: string) => parser.mermaidAPI.getDiagramFromText(text);

describe('escaped Mermaid text through Mermaid’s own parser', () => {
  beforeAll(async () => {
    // Registers the diagram types; getDiagramFromText needs them.
    await mermaid.parse('gantt\n  section s\n    t :a, 2026-01-01, 1d\n');
  });

  it('a gantt keeps exactly its tasks, in its section, with their numbered short titles', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 5 }), hostile, async (titles, phaseTitle) => {
        const plan = planOf(titles, phaseTitle);
        const placed = schedule(
          plan.tasks.map((t) => ({ id: t.id, duration: t.durationDays, dependsOn: t.dependsOn })),
          '2026-01-05',
        );
        if (!placed.ok) throw new Error('schedule failed');
        // The title goes through DOMPurify; mermaid-parser-dom.test.ts checks it with a DOM.
        const text = ganttChart(plan, placed, { lang: 'en' });
        const diagram = await parsedDiagram(text);
        const tasks = diagram.db.getTasks();
        expect(tasks.map((t) => t.id)).toEqual(plan.tasks.map((t) => t.id));
        // Bars carry a number and a short label (the full title is in the table beside the chart).
        expect(tasks.map((t) => decode(t.task))).toEqual(titles.map((x, i) => normalise(`${i + 1}. ${shortLabel(x)}`)));
        const section = normalise(`1. ${shortLabel(phaseTitle, SECTION_LABEL_WIDTH)}`);
        for (const t of tasks) expect(decode(t.section)).toBe(section);
      }),
      { numRuns: 200 },
    );
  });
});
