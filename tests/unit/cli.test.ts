import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { run } from '../../src/cli/main.ts';

const BIN = 'bin/crmkit.js';

function crmkit(args: string[], node = process.execPath) {
  const result = spawnSync(node, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('crmkit command', () => {
  test('validate passes on the shipped content and exits 0', () => {
    const result = crmkit(['validate']);
    expect(result.stdout).toMatch(/^\d+ files checked: no problems\n$/);
    expect(result.code).toBe(0);
  });

  test('validate on a broken file prints each problem and exits 1', () => {
    const result = crmkit(['validate', 'tests/fixtures/broken/framework-typo-field.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'tests/fixtures/broken/framework-typo-field.yaml:11:5  /elements/0/titel  unknown field "titel"; did you mean "title"?',
    );
    expect(result.stdout).toMatch(/1 problem in 1 file \(\d+ checked\)\n$/);
  });

  test('--json gives every problem with its message, for scripts', () => {
    const result = crmkit(['validate', '--json', 'tests/fixtures/broken/engagement-bad-currency.yaml']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      ok: boolean;
      errors: number;
      warnings: number;
      problems: Record<string, unknown>[];
    };
    expect(report.ok).toBe(false);
    expect([report.errors, report.warnings]).toEqual([1, 0]);
    expect(report.problems).toEqual([
      {
        file: 'tests/fixtures/broken/engagement-bad-currency.yaml',
        line: 9,
        column: 13,
        pointer: '/client/currency',
        code: 'bad-currency',
        params: { got: '"rmb"', gotKind: 'text' },
        severity: 'error',
        message: 'expected a three-letter currency code in capitals (like CNY, USD, EUR), got "rmb"',
      },
    ]);
  });

  test('--lang zh prints messages in Chinese', () => {
    const result = crmkit(['validate', '--lang', 'zh', 'tests/fixtures/broken/yaml-tab-indent.yaml']);
    expect(result.stdout).toContain('此处使用了制表符缩进；YAML 只能用空格缩进');
    expect(result.stdout).toContain('1 个文件中有 1 个问题');
  });

  test('a path that does not exist is a problem, not a crash', () => {
    const result = crmkit(['validate', 'assessments/no-such-client.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'assessments/no-such-client.yaml:1:1  /  could not read the file: no such file or folder',
    );
  });

  test('--version and --help', () => {
    expect(crmkit(['--version']).stdout).toBe(`${pkg.version}\n`);
    const help = crmkit(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('crmkit validate [paths…]');
  });

  test('usage errors exit 2 with a hint', () => {
    expect(run(['frobnicate'])).toMatchObject({
      exitCode: 2,
      stderr: 'unknown command "frobnicate"; try crmkit --help\n',
    });
    expect(run(['validate', '--lang', 'fr']).exitCode).toBe(2);
    expect(run(['validate', '--bogus']).exitCode).toBe(2);
  });

  test('a reader that stops early (| head) gets no crash on stderr', () => {
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" ${BIN} assess assessments/industrial-equipment-growth.yaml --json | head -n 1`],
      { encoding: 'utf8' },
    );
    expect(result.stdout).toBe('[\n');
    expect(result.stderr).toBe('');
  });

  test('on a system Node older than 22.18 it re-runs itself on the pinned Node 22', () => {
    const pathWithoutProject = (process.env['PATH'] ?? '')
      .split(':')
      .filter((dir) => !dir.includes('node_modules'))
      .join(':');
    let systemNode = '';
    try {
      systemNode = execFileSync('sh', ['-c', 'command -v node'], {
        encoding: 'utf8',
        env: { PATH: pathWithoutProject },
      }).trim();
    } catch {
      /* no system node */
    }
    const version = systemNode ? execFileSync(systemNode, ['--version'], { encoding: 'utf8' }).trim() : '';
    const [major = 0, minor = 0] = version.slice(1).split('.').map(Number);
    if (!systemNode || major > 22 || (major === 22 && minor >= 18)) return; // nothing to prove on this machine
    expect(crmkit(['--version'], systemNode).stdout).toBe(`${pkg.version}\n`);
  });
});
