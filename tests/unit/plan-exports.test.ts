/** Plan exports: tasks CSV, milestones iCalendar, the Markdown report, and `crmkit plan --format/--start/--out`. */
import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { traceWords } from '../../src/cli/plan-report.ts';
import { exportWords } from '../../src/i18n/export-files.ts';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import { CSV_COLUMNS, csvCell, tasksCsv } from '../../src/render/csv.ts';
import { milestonesIcs } from '../../src/render/icalendar.ts';
import { markdownText } from '../../src/render/markdown.ts';
import { sample, shipped } from './assess-helpers.ts';

const PUMPS = 'assessments/industrial-equipment-growth.yaml';
const pumps = sample('industrial-equipment-growth');

function pumpPlan() {
  const result = planEngagement(pumps, shipped.frameworks, shipped.templates);
  if (!result.ok) throw new Error('no plan');
  const words = exportWords(traceWords(pumps, result, shipped.frameworks, 'en'), 'en');
  return { result, words };
}

describe('tasks CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula, and leaves numbers alone', () => {
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    for (const lead of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${lead}x`)).toBe(`'${lead}x`);
    expect(csvCell('Plan the pilot')).toBe('Plan the pilot');
    expect(csvCell(-3)).toBe(-3);
    expect(csvCell(true)).toBe('yes');
  });
  it('writes control characters as visible escapes, keeping tab, line breaks and other scripts', () => {
    expect(csvCell('Plan\u001b[2J the \u0007pilot\u009b')).toBe('Plan\\x1b[2J the \\x07pilot\\x9b');
    expect(csvCell('two\nlines\tand a tab')).toBe('two\nlines\tand a tab');
    expect(csvCell('\u001b=cmd')).toBe('\\x1b=cmd'); // no longer a leading formula character
    expect(csvCell('试点 مرحلة\u200f')).toBe('试点 مرحلة\u200f');
  });
  it('has a header and one row per task with dates, predecessors and status, quoted as RFC 4180', () => {
    const { result, words } = pumpPlan();
    const hostile = structuredClone(result.plan);
    const first = hostile.tasks[0];
    if (first) first.title = '=HYPERLINK("http://evil","click"), "quoted"\nline';
    const csv = tasksCsv(hostile, result.schedule, pumps, 'en', words);
    expect(csv.startsWith('\uFEFF"ID","Phase","Summary"')).toBe(true);
    const lines = csv
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    // Records end in CRLF; the hostile title's bare newline stays inside its quoted field.
    expect(lines).toHaveLength(result.plan.tasks.length + 1);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"",""click""), ""quoted""\nline"');
    expect(lines[0]?.split('","')).toHaveLength(CSV_COLUMNS.length);
    // sp-p1-requirements waits for two tasks; it is done in the sample (status from the engagement). It
    // ends 02-26 and the budget after it 03-04, two working days before the generated brand promise closes
    // the phase on 03-06: 2 days of slack, off the critical path.
    const requirements = lines.find((l) => l.startsWith('"sp-p1-requirements"'));
    expect(requirements).toContain(
      '"2026-02-19","2026-02-26",6,"sp-p1-deal-review, sp-p1-data-inventory","no","no",2,"Done",100',
    );
  });
});

describe('why a template task is in the plan', () => {
  it('names the template by its title, never the task id', () => {
    const { result } = pumpPlan();
    const task = result.plan.tasks.find((t) => t.id === 'sp-p1-charter');
    const trace = task?.traces[0];
    expect(trace?.kind).toBe('template');
    if (!trace) throw new Error('no trace');
    const en = traceWords(pumps, result, shipped.frameworks, 'en')(trace);
    const zh = traceWords(pumps, result, shipped.frameworks, 'zh')(trace);
    expect(en).toBe(`From the plan template “${result.template.title.en}”`);
    expect(zh).toBe(`来自实施计划模板“${result.template.title.zh}”`);
    for (const text of [en, zh]) expect(text).not.toContain('sp-p1-charter');
    expect(run(['plan', PUMPS, '--lang', 'en']).stdout).not.toMatch(/Template task \(/);
  });
});

describe('tasks CSV in Chinese', () => {
  it('says 是 and 否 in the Milestone and Critical columns, not yes and no', () => {
    const csv = run(['plan', PUMPS, '--format', 'csv', '--lang', 'zh']).stdout.replace(/^\uFEFF/, '');
    const [header = '', ...rows] = csv.split('\r\n').filter((l) => l !== '');
    const cells = header.split('","');
    const milestone = cells.findIndex((c) => c.includes('里程碑'));
    const critical = cells.findIndex((c) => c.includes('关键路径'));
    const requirements = rows.find((l) => l.startsWith('"sp-p1-requirements"'));
    // sp-p1-requirements: a 6-day task, not a milestone, off the critical path with 2 days of slack (as the
    // English test above reads it); the charter is a task on the critical path.
    expect(requirements).toContain('6,"sp-p1-deal-review, sp-p1-data-inventory","否","否",2');
    expect(rows.find((l) => l.startsWith('"sp-p1-charter"'))).toContain('5,"","否","是",0');
    expect(milestone).toBeGreaterThan(0);
    expect(critical).toBe(milestone + 1);
    expect(csv).not.toMatch(/"(yes|no)"/);
  });
});

describe('milestones iCalendar', () => {
  it('has one all-day event per gate and milestone, dated by the schedule, stable between runs', () => {
    const { result, words } = pumpPlan();
    const ics = milestonesIcs(result.plan, result.schedule, pumps, 'en', words);
    const milestones = result.plan.tasks.filter((t) => t.durationDays === 0);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(milestones.length);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${result.schedule.end.replaceAll('-', '')}`); // the handover gate ends the plan
    expect(result.schedule.end).toBe('2026-07-15');
    expect(ics).toContain('SUMMARY:Gate: Roll out and measure');
    expect(milestonesIcs(result.plan, result.schedule, pumps, 'en', words)).toBe(ics);
  });
  it('escapes iCalendar separators in user text', () => {
    const { result, words } = pumpPlan();
    const hostile = structuredClone(result.plan);
    const phase = hostile.phases.at(-1);
    if (phase) phase.title = { en: 'A, B; C\nEND:VEVENT', zh: 'x' };
    const ics = milestonesIcs(hostile, result.schedule, pumps, 'en', words);
    expect(ics).toContain('SUMMARY:Gate: A\\, B\\; C\\nEND:VEVENT');
    expect(ics.match(/^END:VEVENT/gm)).toHaveLength(ics.match(/^BEGIN:VEVENT/gm)?.length ?? -1);
  });
});

describe('Markdown text', () => {
  it('keeps any user text as text: no HTML, no link, no table cell break, no line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const md = markdownText(text);
        expect(md).not.toMatch(/[<>\n\r]/);
        // Every Markdown-active character is escaped (preceded by an odd run of backslashes).
        for (const m of md.matchAll(/[`*_[\]|#()!~]/g)) {
          const before = md.slice(0, m.index).match(/\\*$/)?.[0].length ?? 0;
          expect(before % 2).toBe(1);
        }
      }),
    );
    expect(markdownText('<img src=x onerror=alert(1)> [x](javascript:alert(1)) | a')).toBe(
      '&lt;img src=x onerror=alert\\(1\\)&gt; \\[x\\]\\(javascript\\:alert\\(1\\)\\) \\| a',
    );
  });
});

describe('crmkit plan --format, --start, --out', () => {
  it('writes the Markdown report with mermaid blocks to a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crmkit-plan-'));
    const result = run(['plan', PUMPS, '--format', 'markdown', '--out', join(dir, 'plan.md')]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^wrote .*plan\.md \(\d+ bytes\)\n$/);
    const md = readFileSync(join(dir, 'plan.md'), 'utf8');
    expect(md.match(/^```mermaid$/gm)).toHaveLength(1 + 4); // the roadmap and one gantt per phase
    expect(md).toContain('## Phase 1\\: Discover and scope');
    expect(md).toContain('- [ ] ');
  });
  it('ticks the gate checklist items the engagement records as ticked off', () => {
    // Sony's gates: sony-g1-info-centre has four items ticked (two template items, the steering
    // item and a risk item); every other item of every gate is open.
    const md = run(['plan', 'assessments/sony-china-after-sales.yaml', '--format', 'markdown', '--lang', 'en']).stdout;
    expect(md.match(/^- \[x\] /gm)).toHaveLength(4);
    const sony = sample('sony-china-after-sales');
    const planned = planEngagement(sony, shipped.frameworks, shipped.templates);
    if (!planned.ok) throw new Error('no plan');
    const gate = planned.plan.phases[0]?.gate;
    const ticked = gate?.checklist.filter((c) => sony.gates?.[gate.id]?.checked?.includes(c.id)) ?? [];
    expect(ticked).toHaveLength(4);
    for (const c of ticked) expect(md).toContain(`- [x] ${markdownText(c.text.en)}`);
    const open = (gate?.checklist.length ?? 0) - 4;
    const total = planned.plan.phases.reduce((n, p) => n + p.gate.checklist.length, 0);
    expect(md.match(/^- \[ \] /gm)).toHaveLength(total - 4);
    expect(open).toBeGreaterThan(0);
  });
  it('--start moves the whole schedule; csv and ical formats print', () => {
    const moved = JSON.parse(run(['plan', PUMPS, '--format', 'json', '--start', '2026-03-02']).stdout) as {
      start: string;
      end: string;
    };
    expect(moved.start).toBe('2026-03-02');
    expect(moved.end > '2026-07-13').toBe(true);
    expect(run(['plan', PUMPS, '--format', 'csv']).stdout).toContain('"sp-p1-charter"');
    expect(run(['plan', PUMPS, '--format', 'ical']).stdout).toContain('BEGIN:VCALENDAR');
  });
  it('refuses an unknown format or a malformed start date with exit 2', () => {
    expect(run(['plan', PUMPS, '--format', 'pdf']).stderr).toContain('--format must be');
    expect(run(['plan', PUMPS, '--start', '2026/03/02']).exitCode).toBe(2);
    const impossible = run(['plan', PUMPS, '--start', '2026-02-30']);
    expect(impossible.exitCode).toBe(1);
    // A sentence, never the scheduler's error object as JSON.
    expect(impossible.stdout).toBe('--start 2026-02-30: 2026-02-30 is not a real calendar date\n');
  });
});
