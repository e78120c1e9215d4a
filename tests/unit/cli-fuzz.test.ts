/**
 * A file that validates never crashes anything: any engagement `crmkit validate` accepts runs
 * through every command and format (validate, assess, risks, vendors, roi, plan in every
 * format and diagram, report) without an internal error: no thrown exception, no stack
 * trace, no NaN, Infinity or year past 9999 in what it prints. Cases are the samples and the
 * valid hostile files, changed the way a re-assessment or a careless edit changes them
 * (answers, dates near both ends of the calendar, amounts, statuses, whole sections gone) and,
 * less often, the loader fuzz's junk mutations.
 *
 * The commands run in-process through `run`. Reading the shipped content from disk for every
 * command would cost a second each, so here `loadTargets` reads the shipped content once and
 * checks the case with the workshop's import path, which runs the same loader and checks as
 * `loadContent` (tests/unit/cli.test.ts runs the real one).
 */
import fc from 'fast-check';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, test, vi } from 'vitest';
import { run } from '../../src/cli/main.ts';

const cases = vi.hoisted(() => new Map<string, string>());

vi.mock('../../src/cli/load-targets.ts', async () => {
  const { loadContent } = await import('../../src/core/check/load-content.ts');
  const { importEngagement } = await import('../../src/core/workshop/import-export.ts');
  const { readSources, shippedContentFiles } = await import('../../src/node/content-files.ts');
  const shipped = loadContent(readSources(shippedContentFiles()).sources);
  // Every command of a case reads the same text: check it once.
  const checked = new Map<string, ReturnType<typeof importEngagement>>();
  return {
    loadTargets(paths: readonly string[]) {
      const path = paths[0] ?? '';
      const text = cases.get(path);
      if (text === undefined) throw new Error(`not a fuzz case: ${path}`);
      const result = checked.get(path) ?? importEngagement(path, text, shipped);
      checked.set(path, result);
      const engagements = new Map(shipped.engagements);
      const origins = new Map(shipped.origins);
      if (result.ok) {
        engagements.set(result.engagement.id, result.engagement);
        origins.set(`engagement:${result.engagement.id}`, { file: path, overlays: [] });
      }
      return {
        content: { ...shipped, engagements, origins },
        problems: result.ok ? result.warnings : result.problems,
        checked: 1,
        targets: [path],
      };
    },
  };
});

const { shipped } = await import('./assess-helpers.ts');
const { COMMANDS } = await import('../support/cli-commands.ts');
const { changedEngagementText } = await import('../support/engagement-changes.ts');

const caseText = changedEngagementText(shipped.frameworks);

/** What an internal error leaves in output. */
const INTERNAL = /\n\s+at \S+ \(|\b(TypeError|RangeError|ReferenceError|SyntaxError)\b|Error: /;
const NUMBER_JUNK = /\bNaN\b|\bInfinity\b|[+-]0\d{5}-\d\d/;
/** A raw control character (the escape of a terminal sequence, a bell, a backspace …): tab, LF and CR are text. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

// About 10 s on an idle 2-core machine; the timeout leaves room for a busy one.
const RUNS = 40;

describe('whatever validation accepts runs through every command and format', () => {
  test(`${RUNS} changed engagements: no exception, no stack trace, no NaN, Infinity or year past 9999`, () => {
    const outcome = { accepted: 0, refused: 0, commands: 0 };
    let n = 0;
    fc.assert(
      fc.property(caseText, (text) => {
        const path = `fuzz/case-${n++}.yaml`;
        cases.set(path, text);
        const validate = run(['validate', path]);
        expect(validate.stdout + validate.stderr).not.toMatch(INTERNAL);
        if (validate.exitCode !== 0) {
          outcome.refused++;
          return;
        }
        outcome.accepted++;
        // Numbers and dates the engines write are checked; text the user wrote may say anything.
        const junkInInput = NUMBER_JUNK.test(text);
        for (const args of COMMANDS) {
          const [command, ...rest] = args;
          const result = run([command ?? '', path, ...rest]);
          outcome.commands++;
          const out = result.stdout + result.stderr;
          const what = `crmkit ${args.join(' ')}`;
          expect(out, what).not.toMatch(INTERNAL);
          // 0, or a sentence: no plan or no vendors to report on (1, 2).
          expect([0, 1, 2], what).toContain(result.exitCode);
          if (result.exitCode !== 0) expect(out.trim().split('\n').length, `${what}: ${out}`).toBeLessThan(3);
          if (!junkInInput) expect(out.match(NUMBER_JUNK)?.[0], what).toBeUndefined();
          expect(JSON.stringify(out.match(RAW_CONTROL)?.[0]), what).toBeUndefined();
          if (args.includes('--json') || args.includes('json')) {
            if (result.exitCode === 0) expect(() => JSON.parse(result.stdout) as unknown, what).not.toThrow();
          }
          if (args.includes('mspdi') && result.exitCode === 0) {
            expect(() => SyntaxValidator.validate(result.stdout), what).not.toThrow();
          }
        }
        cases.delete(path);
      }),
      { numRuns: RUNS, seed: 2026 },
    );
    // Not vacuous: most cases are valid and went through every command.
    expect(outcome.accepted).toBeGreaterThan(RUNS / 2);
    expect(outcome.commands).toBe(outcome.accepted * COMMANDS.length);
    console.log(`cli fuzz: ${JSON.stringify(outcome)}`);
  }, 120_000);
});
