/**
 * The escaped Mermaid text against Mermaid's own parser: for any task and phase titles, the
 * gantt parses, holds exactly the plan's tasks in the plan's sections, and each name decodes
 * back to the title as written (whitespace collapsed). A title that broke out of its label
 * would add, drop or rename a task here.
 */
import fc from 'fast-check';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { ganttChart, SECTION_LABEL_WIDTH, shortLabel } from '../../src/core/plan/gantt.ts';
import { schedule } from '../../src/core/plan/schedule.ts';
import type { Plan, PlanTask } from '../../src/core/plan/types.ts';

/** Mermaid keeps `#65;` entities as ﬂ°°65¶ß until it renders; this turns them back into characters. */
const decode = (s: string) => s.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code))).trim();
const normalise = (s: string) =>
  s
    .replace(/[\p{C}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200) || '-';

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

function planOf(titles: readonly string[], phaseTitle: string): Plan {
  const tasks: PlanTask[] = titles.map((title, i) => ({
    id: `t${i}`,
    phase: 'p',
    title,
    workstream: 'process',
    owner: 'it',
    durationDays: 1 + (i % 3),
    dependsOn: i > 0 ? [{ task: `t${i - 1}`, lag: 0 }] : [],
    deliverables: [],
    traces: [],
  }));
  const gate = { id: 'g', title: { en: phaseTitle, zh: phaseTitle }, criteria: [], checklist: [] };
  return {
    template: 'x',
    tasks,
    phases: [
      {
        id: 'p',
        title: { en: phaseTitle, zh: phaseTitle },
        goal: { en: '', zh: '' },
        gate,
        targets: [],
        tasks: tasks.map((t) => t.id),
      },
    ],
  };
}

// Titles that lean on what breaks Mermaid: separators, directives, keywords, HTML, quotes, Chinese.
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(
      fc.constantFrom(
        ':',
        ';',
        '#',
        '%%',
        '%%{init: {}}%%',
        '"',
        "'",
        '[',
        ']',
        '{',
        '}',
        '<b>',
        '</script>',
        '\n',
        'click ',
        'section ',
        'title ',
        'crit',
        '2026-01-01',
        ', 1d',
        '客户',
        ' ',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);

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
        // No `title`: Mermaid sanitises titles with DOMPurify, which needs a DOM that Vitest here does not have.
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
