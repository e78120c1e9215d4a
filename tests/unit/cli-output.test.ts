/**
 * File-system failures and scheduling errors in the CLI: one sentence naming the path and
 * the cause, exit 1, never a Node stack trace or the engine's raw error object.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { writeOutputFile } from '../../src/node/write-file.ts';
import { SCHEDULE_ERRORS } from '../../src/i18n/schedule-errors.ts';

const SAMPLE = 'assessments/singapore-tea-shop-loyalty.yaml';
const failing = (code: string) => () => {
  throw Object.assign(new Error(`${code}: boom`), { code });
};

describe('--out that cannot be written', () => {
  test('into a missing folder: the path and "its folder does not exist", exit 1', () => {
    const r = run(['plan', SAMPLE, '--out', '/no/such/dir/plan.txt']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('could not write /no/such/dir/plan.txt: its folder does not exist\n');
  });

  test('onto a folder, in Chinese for the report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crmkit-out-'));
    const r = run(['report', SAMPLE, '--out', dir, '--lang', 'zh']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe(`无法写入 ${dir}：这是一个文件夹，不是文件\n`);
  });

  test('each errno the disk can give maps to a cause, and an unknown one keeps its code', () => {
    expect(writeOutputFile('x', 'y', failing('ENOSPC'))).toEqual({ cause: 'disk-full', detail: 'ENOSPC' });
    expect(writeOutputFile('x', 'y', failing('EACCES'))).toEqual({ cause: 'no-permission', detail: 'EACCES' });
    expect(writeOutputFile('x', 'y', failing('EROFS'))).toEqual({ cause: 'no-permission', detail: 'EROFS' });
    expect(writeOutputFile('x', 'y', failing('EIO'))).toEqual({ cause: 'other', detail: 'EIO' });
    expect(writeOutputFile('x', 'y', () => undefined)).toBeUndefined();
  });
});

describe('content folders and PDFs', () => {
  test('validate --content with a folder that is not there says so instead of "no problems"', () => {
    const r = run(['validate', '--content', '/no/such/folder']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('/no/such/folder:1:1  /  could not read the file: no such file or folder');
  });

  test('an empty content folder that exists is not a problem', () => {
    const r = run(['validate', '--content', mkdtempSync(join(tmpdir(), 'crmkit-empty-'))]);
    expect(r.exitCode).toBe(0);
  });

  test('--pdf whose browser writes nothing fails, and an older PDF there is not passed off as new', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crmkit-pdf-'));
    writeFileSync(join(dir, 'summary.pdf'), '%PDF old');
    const saved = process.env['CRMKIT_CHROME'];
    process.env['CRMKIT_CHROME'] = '/bin/true'; // "prints" and writes nothing
    try {
      const r = run(['report', SAMPLE, '--out', join(dir, 'summary.html'), '--pdf']);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).not.toContain('summary.pdf (');
      expect(readdirSync(dir)).toEqual(['summary.html']);
    } finally {
      if (saved === undefined) delete process.env['CRMKIT_CHROME'];
      else process.env['CRMKIT_CHROME'] = saved;
    }
  });
});

describe('scheduling errors are sentences', () => {
  test('each code in English and Chinese, with the ids quoted', () => {
    expect(SCHEDULE_ERRORS.en({ code: 'cycle', tasks: ['a', 'b'] })).toBe(
      'these tasks wait for each other in a loop, so none can start: "a", "b"',
    );
    expect(SCHEDULE_ERRORS.en({ code: 'missing-predecessor', task: 't1', missing: 't0' })).toBe(
      'task "t1" waits for "t0", which is not in the plan',
    );
    expect(SCHEDULE_ERRORS.zh({ code: 'duplicate-task', task: 'x' })).toBe('有两项任务的编号都是“x”');
    expect(SCHEDULE_ERRORS.zh({ code: 'invalid-date', dates: ['2026-02-30', '2026-13-01'] })).toBe(
      '以下日期不是真实存在的日期：“2026-02-30”、“2026-13-01”',
    );
    for (const lang of ['en', 'zh'] as const) {
      expect(SCHEDULE_ERRORS[lang]({ code: 'cycle', tasks: ['q'] })).not.toContain('{');
    }
  });
});
