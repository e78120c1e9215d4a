/** Hostile titles and the plan and decoding helpers the Mermaid-parser properties share. */
import fc from 'fast-check';
import type { Plan, PlanTask } from '../../src/core/plan/types.ts';

/** Mermaid keeps `#65;` entities as ﬂ°°65¶ß until it renders; this turns them back into characters. */
export const decode = (s: string) =>
  s.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code))).trim();
export const normalise = (s: string) =>
  s
    .replace(/[\p{C}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200) || '-';

export function planOf(titles: readonly string[], phaseTitle: string): Plan {
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
    leftOut: [],
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
export const hostile = fc.oneof(
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
