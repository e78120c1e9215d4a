/** The `crmkit` command line: argument parsing and dispatch only. */
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import type { Language } from '../schemas/generated/types.ts';
import { languageFromTag } from '../core/shared/text.ts';
import { assessCommand, type AssessOptions } from './assess.ts';
import { planCommand, type PlanOptions } from './plan.ts';
import { roiCommand } from './roi.ts';
import { reportCommand, type ReportOptions } from './report.ts';
import { roomCommand } from './room.ts';
import { risksCommand } from './risks.ts';
import { CLI_STRINGS } from '../i18n/cli.ts';
import { terminalText } from './terminal-text.ts';
import { vendorsCommand } from './vendors.ts';
import { validateCommand, type CommandResult } from './validate.ts';
import { writePending } from './write-output.ts';

/** Commands that read one engagement file and report on it. */
const ENGAGEMENT_COMMANDS: Partial<
  Record<string, (options: PlanOptions & AssessOptions & ReportOptions) => CommandResult>
> = {
  assess: assessCommand,
  plan: planCommand,
  risks: risksCommand,
  vendors: vendorsCommand,
  roi: roiCommand,
  report: reportCommand,
};

type RunResult = CommandResult & { stderr: string };

/**
 * Runs one command. Everything but a document (--json, --format csv, …) passes through
 * terminalText here, the one place on the way to the terminal, so no command has to
 * remember that engagement text and problems quoting it may hold escape sequences.
 */
export function run(argv: readonly string[], cwd: string = process.cwd()): RunResult {
  const result = dispatch(argv, cwd);
  return {
    ...result,
    stdout: result.document ? result.stdout : terminalText(result.stdout),
    stderr: terminalText(result.stderr),
  };
}

/**
 * `run`, then the binary file a command left to write (`roi --format xlsx`): what bin/crmkit.js
 * calls. A write that fails ends as one sentence on stdout and exit 1, like every --out failure.
 */
export async function runAsync(argv: readonly string[], cwd: string = process.cwd()): Promise<RunResult> {
  // `crmkit room` runs until stopped, printing as it goes: it has its own options.
  if (argv[0] === 'room' && !argv.includes('--help') && !argv.includes('-h')) {
    const at = argv.indexOf('--lang');
    const tag = at === -1 ? undefined : argv[at + 1];
    const lang = tag === undefined ? 'en' : languageFromTag(tag);
    if (lang === undefined) return run(argv, cwd);
    try {
      const result = await roomCommand({ args: argv.slice(1), lang, cwd });
      return { ...result, stderr: terminalText(result.stderr) };
    } catch (error) {
      return { exitCode: 2, stdout: '', stderr: CLI_STRINGS[lang].badOption((error as Error).message) + '\n' };
    }
  }
  const { pendingWrite, ...result } = run(argv, cwd);
  if (!pendingWrite) return result;
  const written = await writePending(pendingWrite);
  const stdout = written.ok
    ? CLI_STRINGS[pendingWrite.lang].wroteFile(pendingWrite.shown, written.bytes)
    : written.message;
  return { ...result, exitCode: written.ok ? result.exitCode : 1, stdout: terminalText(stdout + '\n') };
}

function dispatch(argv: readonly string[], cwd: string): RunResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        content: { type: 'string', multiple: true },
        framework: { type: 'string' },
        mermaid: { type: 'string' },
        format: { type: 'string' },
        start: { type: 'string' },
        check: { type: 'boolean' },
        out: { type: 'string' },
        pdf: { type: 'boolean' },
        paper: { type: 'string' },
        site: { type: 'string' },
      },
    });
  } catch (error) {
    return { exitCode: 2, stdout: '', stderr: CLI_STRINGS.en.badOption((error as Error).message) + '\n' };
  }
  const { values, positionals } = parsed;
  const asked = values.lang === undefined ? undefined : languageFromTag(values.lang);
  const lang: Language = asked ?? 'en';
  const words = CLI_STRINGS[lang];
  if (values.lang !== undefined && asked === undefined) {
    return { exitCode: 2, stdout: '', stderr: words.badLang(values.lang) + '\n' };
  }
  if (values.version) return { exitCode: 0, stdout: `${pkg.version}\n`, stderr: '' };
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    return { exitCode: 0, stdout: words.help + '\n', stderr: '' };
  }
  if (command === 'validate') {
    const result = validateCommand({
      paths: rest,
      contentRoots: values.content ?? [],
      json: values.json ?? false,
      lang,
      cwd,
    });
    return { ...result, stderr: '' };
  }
  const engagementCommand = ENGAGEMENT_COMMANDS[command];
  if (engagementCommand) {
    const notices: string[] = [];
    const result = engagementCommand({
      paths: rest,
      contentRoots: values.content ?? [],
      json: values.json ?? false,
      mermaid: values.mermaid,
      format: values.format,
      start: values.start,
      check: values.check,
      out: values.out,
      pdf: values.pdf,
      paper: values.paper,
      site: values.site,
      framework: values.framework,
      lang: asked,
      cwd,
      notices,
    });
    // Usage errors and warnings go to stderr so that `--json` output stays parseable.
    if (result.exitCode === 2) return { exitCode: 2, stdout: '', stderr: result.stdout };
    return { ...result, stderr: notices.map((line) => line + '\n').join('') };
  }
  return { exitCode: 2, stdout: '', stderr: words.unknownCommand(command) + '\n' };
}
