/**
 * Dates the calendar cannot place are refused by validation, with the field named; at the
 * edge of what it accepts, every command still writes only YYYY-MM-DD dates up to 9999-12-31.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { checkEngagement } from '../../src/core/check/engagement-checks.ts';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import { trackPlan } from '../../src/core/plan/tracking.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { run } from '../../src/cli/main.ts';
import { loadContent } from '../../src/core/check/load-content.ts';
import { formatProblem } from '../../src/i18n/messages.ts';
import { readSources, yamlFilesUnder } from '../../src/node/content-files.ts';

const tmp = mkdtempSync(join(tmpdir(), 'crmkit-dates-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function writeTemp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmp, 'case-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const context = readSources(yamlFilesUnder('tests/fixtures/context')).sources.filter(
  (s) => !s.path.includes('/assessments/'),
);
const problemsOf = (text: string) =>
  loadContent([...context, { path: 'e.yaml', text }]).problems.map((p) => formatProblem(p));

/** An engagement on the fixture plan (32 working days) with these lines added. */
const engagement = (...lines: string[]) =>
  [
    'kind: engagement',
    'schemaVersion: 1',
    'id: edge',
    'title: At the edge of the calendar',
    'client: { name: A, industry: B, size: small, currency: CNY }',
    ...lines,
  ].join('\n') + '\n';

/** Every date-like token in an output: each must be a plain YYYY-MM-DD no later than 9999-12-31. */
function badDates(text: string): string[] {
  const signed = text.match(/[+-]0\d{5}-\d\d/g) ?? [];
  const late = (text.match(/\b\d{4}-\d\d-\d\d\b/g) ?? []).filter((d) => d > '9999-12-31');
  return [...signed, ...late, ...(text.match(/NaN|Infinity/g) ?? [])];
}

describe('the calendar’s range', () => {
  test('the latest start the message names is accepted, and the plan then ends on 9999-12-31', () => {
    // From Thursday 9999-11-18: Thu, Fri + six full weeks (30) = 32 working days, ending Friday 9999-12-31.
    expect(problemsOf(engagement('plan: { template: fx-plan, startDate: 9999-11-18 }'))).toEqual([]);
    expect(problemsOf(engagement('plan: { template: fx-plan, startDate: 9999-11-19 }'))).toEqual([
      'e.yaml:6:39  /plan/startDate  the plan runs 32 working days from this date and would end after 9999-12-31, the last date crmkit can write; start it on or before 9999-11-18',
    ]);
  });

  test('the latest actual date the message names is accepted; a day later is not', () => {
    const at = (date: string) =>
      engagement(
        'plan: { template: fx-plan, startDate: 2026-03-02 }',
        'tasks:',
        `  fx-t1: { status: in-progress, percent: 40, actualStart: ${date} }`,
      );
    expect(problemsOf(at('9999-11-17'))).toEqual([]);
    expect(problemsOf(at('9999-11-18'))).toEqual([
      'e.yaml:8:59  /tasks/fx-t1/actualStart  the forecast places up to 32 working days of the plan after this date and would run past 9999-12-31, the last date crmkit can write; dates up to 9999-11-17 can be placed',
    ]);
    // The status date (`updated`) is where the forecast continues from, so it is held to the same.
    expect(
      problemsOf(
        engagement('created: 2026-03-02', 'updated: 9999-12-01', 'plan: { template: fx-plan, startDate: 2026-03-02 }'),
      ),
    ).toEqual([
      'e.yaml:7:10  /updated  the forecast places up to 32 working days of the plan after this date and would run past 9999-12-31, the last date crmkit can write; dates up to 9999-11-17 can be placed',
    ]);
  });

  test('whatever validation accepts near the end, the schedule and the forecast end by 9999-12-31 (property)', () => {
    const loaded = loadContent(context);
    const day = (from: string, span: number) =>
      fc
        .integer({ min: 0, max: span })
        .map((n) => new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10));
    let accepted = 0;
    fc.assert(
      fc.property(
        day('9999-09-01', 121),
        fc.array(day('9999-09-01', 121), { maxLength: 8 }),
        fc.option(day('9999-09-01', 121), { nil: undefined }),
        fc.option(day('9999-09-01', 121), { nil: undefined }),
        (start, holidays, actual, updated) => {
          const e: Engagement = {
            kind: 'engagement',
            schemaVersion: 1,
            id: 'edge',
            title: 'edge',
            client: { name: 'A', industry: 'B', size: 'small', currency: 'CNY' },
            ...(updated ? { updated } : {}),
            plan: { template: 'fx-plan', startDate: start, holidays },
            ...(actual ? { tasks: { 'fx-t1': { status: 'in-progress', percent: 40, actualStart: actual } } } : {}),
          };
          if (checkEngagement(e, loaded).length > 0) return;
          accepted++;
          const result = planEngagement(e, loaded.frameworks, loaded.templates);
          if (!result.ok) throw new Error('no plan');
          const tracking = trackPlan(result.plan, result.schedule, e, e.updated ?? result.schedule.start);
          const dates = [result.schedule.end, tracking.forecastEnd, ...tracking.burnUp.map((p) => p.date)];
          for (const d of dates) expect(d <= '9999-12-31' && /^\d{4}-/.test(d), d).toBe(true);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  test('every date field is held to 1900–9999, room dates included', () => {
    const text = readFileSync('tests/fixtures/context/assessments/fx-engagement.yaml', 'utf8');
    expect(problemsOf(text)).toEqual([]);
    const old = text
      .replace(/^id: .*$/m, 'id: old')
      .replace(
        /^(\s+)fx-q1: \{ value: (\d)/m,
        '$1fx-q1: { value: $2, room: { date: 0000-08-01, votes: [{ value: $2 }] }',
      );
    expect(old).not.toBe(text);
    expect(problemsOf(old).join('\n')).toContain(
      '/room/date  expected a date from 1900-01-01 to 9999-12-31, got 0000-08-01',
    );
  });

  test('at the edge, every command and format writes only dates up to 9999-12-31', () => {
    const dir = writeTemp({
      'edge.yaml': engagement(
        'created: 2026-03-02',
        'updated: 9999-11-17',
        'plan: { template: fx-plan, startDate: 9999-11-18 }',
        'tasks:',
        '  fx-t1: { status: in-progress, percent: 40, actualStart: 9999-11-17 }',
      ),
    });
    const file = `${dir}/edge.yaml`;
    const content = ['--content', 'tests/fixtures/context/frameworks', '--content', 'tests/fixtures/context/templates'];
    expect(run(['validate', ...content, file]).exitCode).toBe(0);
    for (const args of [
      ['plan'],
      ...['json', 'markdown', 'csv', 'ical', 'mermaid', 'mspdi'].map((f) => ['plan', '--format', f]),
      ['plan', '--mermaid', 'roadmap'],
      ['report'],
      ['assess'],
    ]) {
      const result = run([...args, ...content, file]);
      expect(result.exitCode, args.join(' ')).toBe(0);
      expect(badDates(result.stdout), args.join(' ')).toEqual([]);
    }
  });

  test('the Sony sample with a task finished in 9999: validation names the field, report refuses it cleanly', () => {
    const text = readFileSync('assessments/sony-china-after-sales.yaml', 'utf8')
      .replace(/^id: .*$/m, 'id: sony-9999')
      .replace(/(sony-p1-project-team: \{[^}]*actualFinish: )2026-03-13/, '$19999-12-20');
    const dir = writeTemp({ 'sony-9999.yaml': text });
    const line = text.split('\n').findIndex((l) => l.includes('9999-12-20')) + 1;
    const validate = run(['validate', `${dir}/sony-9999.yaml`]);
    expect(validate.exitCode).toBe(1);
    expect(validate.stdout).toContain(`sony-9999.yaml:${line}:`);
    expect(validate.stdout).toContain('/tasks/sony-p1-project-team/actualFinish  the forecast places up to');
    const report = run(['report', `${dir}/sony-9999.yaml`]);
    expect(report.exitCode).toBe(1);
    expect(report.stdout).toContain('/tasks/sony-p1-project-team/actualFinish');
    expect(report.stdout + report.stderr).not.toMatch(/ at \S+ \(|Error:/);
  });

  test('plan --start is held to the same rules, in a sentence', () => {
    const sony = 'assessments/sony-china-after-sales.yaml';
    const late = run(['plan', sony, '--start', '9999-12-01', '--lang', 'en']);
    expect(late.exitCode).toBe(1);
    expect(late.stdout).toMatch(
      /^--start 9999-12-01: the plan runs \d+ working days from this date and would end after 9999-12-31/,
    );
    expect(run(['plan', sony, '--start', '1800-01-01', '--lang', 'en']).stdout).toBe(
      '--start 1800-01-01: expected a date from 1900-01-01 to 9999-12-31, got 1800-01-01\n',
    );
    expect(run(['plan', sony, '--start', '2026-02-30', '--lang', 'en']).stdout).toBe(
      '--start 2026-02-30: 2026-02-30 is not a real calendar date\n',
    );
  });
});
