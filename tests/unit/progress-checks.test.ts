/**
 * Progress survives re-assessment: progress on a task the plan no longer generates is a
 * warning, never an error, and no command refuses the file for it; a typo stays an error;
 * one typo in an answer id reads as one problem.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { checkEngagement } from '../../src/core/check/engagement-checks.ts';
import { isGeneratedCheckItemShape, isGeneratedTaskShape } from '../../src/core/check/progress-checks.ts';
import { isError } from '../../src/core/load/problem.ts';
import { formatProblem } from '../../src/i18n/messages.ts';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import { engagementToYaml, importEngagement } from '../../src/core/workshop/import-export.ts';
import { readSiteContent } from '../../src/site/content-integration.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { sample, shipped } from './assess-helpers.ts';
import { oneStepChanges, reassessment } from '../fixtures/reassessment.ts';

const SAMPLES = ['sony-china-after-sales', 'industrial-equipment-growth'] as const;
const frameworkIds = [...shipped.frameworks.keys()];

function planOf(engagement: Engagement) {
  const result = planEngagement(engagement, shipped.frameworks, shipped.templates);
  if (!result.ok) throw new Error(`no plan for ${engagement.id}`);
  return result.plan;
}

const dir = mkdtempSync(join(tmpdir(), 'crmkit-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeEngagement(engagement: Engagement, name: string): string {
  const path = join(dir, name);
  // Its own id, so it does not clash with the shipped sample it was copied from.
  writeFileSync(path, engagementToYaml({ ...engagement, id: `${engagement.id}-copy` }));
  return path;
}

describe('progress on a task the findings no longer ask for', () => {
  const found = reassessment(sample('sony-china-after-sales'), shipped);

  test('a re-assessment that drops a task with progress exists in the Sony sample (the scenario)', () => {
    expect(found?.gone.length).toBeGreaterThan(0);
  });

  test('is a warning per task, never an error', () => {
    if (!found) throw new Error('no scenario');
    const problems = checkEngagement(found.changed, shipped);
    expect(problems.filter(isError)).toEqual([]);
    expect(problems.map((p) => [p.code, p.pointer, p.severity])).toEqual(
      found.gone.map((id) => ['task-not-required', `/tasks/${id}`, 'warning']),
    );
  });

  test('validate prints the warning and exits 0; assess, plan and report run, warnings on stderr', () => {
    if (!found) throw new Error('no scenario');
    const file = writeEngagement(found.changed, 'reassessed.yaml');
    const validate = run(['validate', file]);
    expect(validate.stdout).not.toMatch(/problems? in/);
    expect(validate.exitCode).toBe(0);
    const first = found.gone[0] ?? '';
    expect(validate.stdout).toContain(
      `/tasks/${first}  warning: task "${first}" is no longer required by the findings (work done kept)`,
    );
    const n = found.gone.length;
    expect(validate.stdout).toMatch(
      new RegExp(`files checked: no problems; ${n} warnings? \\(a warning does not make a file invalid\\)\\n$`),
    );
    const zh = run(['validate', '--lang', 'zh', file]);
    expect(zh.stdout).toContain(`警告：任务 “${first}” 已不再为评估发现所需（已完成的工作保留）`);
    expect(zh.stdout).toContain(`另有 ${n} 个警告`);

    const json = JSON.parse(run(['validate', '--json', file]).stdout) as {
      ok: boolean;
      errors: number;
      warnings: number;
      problems: { severity: string; code: string }[];
    };
    expect([json.ok, json.errors, json.warnings]).toEqual([true, 0, n]);
    expect(new Set(json.problems.map((p) => `${p.severity} ${p.code}`))).toEqual(
      new Set(['warning task-not-required']),
    );

    for (const args of [['assess', '--json'], ['plan', '--json'], ['report'], ['risks'], ['vendors'], ['roi']]) {
      const result = run([...args, file]);
      expect(result.exitCode, args.join(' ')).toBe(0);
      expect(result.stderr).toContain('is no longer required by the findings (work done kept)');
      expect(result.stderr.trim().split('\n')).toHaveLength(n);
      if (args.includes('--json')) expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
    }
  });

  test('the site build takes the file and prints its warnings', () => {
    if (!found) throw new Error('no scenario');
    const folder = mkdtempSync(join(dir, 'site-'));
    writeFileSync(join(folder, 'reassessed.yaml'), engagementToYaml({ ...found.changed, id: 'reassessed' }));
    const printed: string[] = [];
    const before = process.env['CRMKIT_CONTENT'];
    process.env['CRMKIT_CONTENT'] = folder;
    try {
      const content = readSiteContent(process.cwd(), (text) => printed.push(text));
      expect(content.engagements.map((e) => e.id)).toContain('reassessed');
    } finally {
      if (before === undefined) delete process.env['CRMKIT_CONTENT'];
      else process.env['CRMKIT_CONTENT'] = before;
    }
    expect(printed.join('\n').split('\n')).toHaveLength(found.gone.length);
    expect(printed.join('\n')).toContain('warning: task');
  });

  test('the workshop imports it, warnings beside it', () => {
    if (!found) throw new Error('no scenario');
    const result = importEngagement('reassessed.yaml', engagementToYaml(found.changed), shipped);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((p) => p.pointer)).toEqual(found.gone.map((id) => `/tasks/${id}`));
    expect(result.engagement.tasks).toEqual(found.changed.tasks);
  });
});

describe('which unknown progress ids are warnings and which are errors', () => {
  const sony = sample('sony-china-after-sales');
  const plan = planOf(sony);
  const template = shipped.templates.get(sony.plan?.template ?? '');
  const templateTask = template?.phases[0]?.tasks[0]?.id ?? '';
  const generatedTask = plan.tasks.find((t) => t.traces.some((x) => x.kind === 'finding'))?.id ?? '';
  const gate = template?.phases[0]?.gate.id ?? '';

  const problemsWith = (change: (e: Engagement) => void) => {
    const copy = structuredClone(sony);
    change(copy);
    return checkEngagement(copy, shipped).map((p) => ({
      ...p,
      message: formatProblem({ ...p, file: 'f', line: 1, column: 1, params: p.params ?? {} }),
    }));
  };

  test('a misspelt template task is an error with a suggestion', () => {
    const typo = templateTask.slice(0, -1) + 'x';
    const problems = problemsWith((e) => {
      (e.tasks ??= {})[typo] = { status: 'done' };
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.severity).toBeUndefined();
    expect(problems[0]?.message).toContain(
      `no task with id "${typo}" in ${template?.id}; did you mean "${templateTask}"?`,
    );
  });

  test('an id of no shape the generator makes is an error', () => {
    const problems = problemsWith((e) => {
      (e.tasks ??= {})['paint-the-office'] = { status: 'done' };
    });
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['unknown-reference', undefined]]);
  });

  test('a generated-looking id one edit from a generated task nobody reports on says "did you mean"', () => {
    const copy = structuredClone(sony);
    // A generated task (a template task with merged findings keeps its template id).
    const free = plan.tasks.find(
      (t) =>
        t.traces.some((x) => x.kind === 'finding') &&
        !t.traces.some((x) => x.kind === 'template') &&
        !copy.tasks?.[t.id],
    );
    if (!free) return; // every generated task already has progress: nothing to suggest
    const typo = free.id.slice(0, -1);
    (copy.tasks ??= {})[typo] = { status: 'in-progress', percent: 10 };
    const problems = checkEngagement(copy, shipped);
    expect(problems.map((p) => [p.code, p.severity, p.params?.['suggestion']])).toEqual([
      ['task-not-required', 'warning', free.id],
    ]);
  });

  test('a gate checklist item the gate no longer lists is a warning; one of no generated shape an error', () => {
    const problems = problemsWith((e) => {
      (e.gates ??= {})[gate] = { checked: ['check-long-gone-recommendation', 'signed-in-blood'] };
    });
    expect(problems.map((p) => [p.pointer, p.code, p.severity])).toEqual([
      [`/gates/${gate}/checked/0`, 'check-item-not-required', 'warning'],
      [`/gates/${gate}/checked/1`, 'unknown-reference', undefined],
    ]);
    expect(problems[0]?.message).toContain(
      `warning: checklist item "check-long-gone-recommendation" of gate "${gate}" is no longer required by the findings (work done kept)`,
    );
  });

  test('the rule fits the generator: every generated id has the generated shape, no template id does', () => {
    expect(generatedTask).not.toBe('');
    for (const id of SAMPLES) {
      const engagement = sample(id);
      const generated = planOf(engagement);
      const own = new Set(
        shipped.templates
          .get(engagement.plan?.template ?? '')
          ?.phases.flatMap((p) => (p.gate.checklist ?? []).map((c) => c.id)),
      );
      for (const task of generated.tasks) {
        const fromTemplate = task.traces.some((t) => t.kind === 'template') || task.gate;
        expect(isGeneratedTaskShape(task.id, frameworkIds), task.id).toBe(!fromTemplate);
      }
      for (const item of generated.phases.flatMap((p) => p.gate.checklist)) {
        if (!own.has(item.id)) expect(isGeneratedCheckItemShape(item.id, frameworkIds), item.id).toBe(true);
      }
    }
    for (const t of shipped.templates.values()) {
      for (const task of t.phases.flatMap((p) => p.tasks)) {
        expect(isGeneratedTaskShape(task.id, frameworkIds), `${t.id}: ${task.id}`).toBe(false);
      }
      for (const item of t.phases.flatMap((p) => p.gate.checklist ?? [])) {
        expect(isGeneratedCheckItemShape(item.id, frameworkIds), `${t.id}: ${item.id}`).toBe(false);
      }
    }
  });
});

describe('one typo in an answer id reads as one problem', () => {
  test('the exact scenario: Sony, change-plan/oc-top-ownership misspelt', () => {
    const copy = structuredClone(sample('sony-china-after-sales'));
    const answers = copy.answers?.['change-plan'] ?? {};
    const answer = answers['oc-top-ownership'];
    expect(answer).toBeDefined();
    if (!answer) return;
    delete answers['oc-top-ownership'];
    answers['oc-top-ownershp'] = answer;
    const problems = checkEngagement(copy, shipped);
    expect(problems.map((p) => [p.pointer, p.code, p.params?.['suggestion']])).toEqual([
      ['/answers/change-plan/oc-top-ownershp', 'unknown-reference', 'oc-top-ownership'],
    ]);
  });

  test.each(SAMPLES)('%s: misspelling any answer id gives only the problem at that id', (id) => {
    const engagement = sample(id);
    for (const [frameworkId, answers] of Object.entries(engagement.answers ?? {})) {
      for (const questionId of Object.keys(answers)) {
        const copy = structuredClone(engagement);
        const renamed = Object.entries(answers).map(([q, a]) => [q === questionId ? `${q}x` : q, a] as const);
        copy.answers = { ...copy.answers, [frameworkId]: Object.fromEntries(renamed) };
        const pointers = checkEngagement(copy, shipped).map((p) => p.pointer);
        expect(pointers, `${frameworkId}/${questionId}`).toEqual([`/answers/${frameworkId}/${questionId}x`]);
      }
    }
  });
});

describe('re-assessment never makes a valid engagement invalid (property)', () => {
  /** Every answered question of the engagement with the points of its scale. */
  function answered(engagement: Engagement) {
    return Object.entries(engagement.answers ?? {}).flatMap(([frameworkId, answers]) => {
      const framework = shipped.frameworks.get(frameworkId);
      const questions = new Map(framework?.elements.flatMap((e) => e.questions ?? []).map((q) => [q.id, q]));
      return Object.entries(answers).flatMap(([questionId, answer]) => {
        const scale = framework?.scales?.find((x) => x.id === questions.get(questionId)?.scale);
        if (answer.value === 'na' || !scale) return [];
        return [{ frameworkId, questionId, points: scale.points.map((p) => p.value) }];
      });
    });
  }

  test.each(SAMPLES)('%s: any answers raised or lowered to any point of their scale leave no error', (id) => {
    const engagement = sample(id);
    const questions = answered(engagement);
    expect(questions.length).toBeGreaterThan(50);
    // A re-assessment: some answers, each moved to another point of its own scale.
    const change = fc.uniqueArray(fc.record({ q: fc.nat({ max: questions.length - 1 }), pick: fc.nat({ max: 10 }) }), {
      minLength: 1,
      maxLength: 40,
      selector: (c) => c.q,
    });
    let warned = 0;
    fc.assert(
      fc.property(change, (moves) => {
        const copy = structuredClone(engagement);
        for (const { q, pick } of moves) {
          const question = questions[q];
          const answer = question && copy.answers?.[question.frameworkId]?.[question.questionId];
          if (question && answer) answer.value = question.points[pick % question.points.length] ?? answer.value;
        }
        const problems = checkEngagement(copy, shipped);
        expect(problems.filter(isError).map((p) => `${p.pointer} ${p.code}`)).toEqual([]);
        if (problems.length > 0) warned++;
      }),
      { numRuns: 60, seed: 17 },
    );
    // Not vacuous: some of these re-assessments did drop work already reported.
    expect(warned).toBeGreaterThan(0);
  });

  test.each(SAMPLES)('%s: every single one-point raise or lower leaves no error', (id) => {
    const engagement = sample(id);
    let changes = 0;
    for (const { changed, what } of oneStepChanges(engagement, shipped.frameworks)) {
      changes++;
      expect(checkEngagement(changed, shipped).filter(isError), what).toEqual([]);
    }
    expect(changes).toBeGreaterThan(100);
  });
});
