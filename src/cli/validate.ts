/** `crmkit validate [paths…]`: every problem in every file, then a one-line summary. */
import { isError, severityOf } from '../core/load/problem.ts';
import { formatProblem, problemMessage } from '../i18n/messages.ts';
import type { Problem } from '../core/load/problem.ts';
import type { Language } from '../schemas/generated/types.ts';
import { loadTargets } from './load-targets.ts';
import { CLI_STRINGS } from '../i18n/cli.ts';
import { jsonText } from './terminal-text.ts';

export interface ValidateOptions {
  paths: string[];
  contentRoots: string[];
  json: boolean;
  lang: Language;
  cwd: string;
}

export interface CommandResult {
  exitCode: number;
  stdout: string;
  /**
   * stdout is a document in a format with its own escaping (JSON, CSV, iCalendar,
   * Markdown, Mermaid, HTML), meant for a file or a program: passed on byte for byte.
   * Anything else is plain text for a terminal and is made safe for one (see terminal-text.ts).
   */
  document?: boolean;
  /**
   * A binary file still to be written: its bytes come from a library that writes asynchronously
   * (exceljs). `runAsync` in main.ts awaits it and turns the outcome into stdout and the exit code.
   */
  pendingWrite?: PendingWrite;
}

export interface PendingWrite {
  /** Where to write, resolved against the working directory. */
  path: string;
  /** The path as the user typed it, for the messages. */
  shown: string;
  lang: Language;
  bytes: () => Promise<Uint8Array>;
}

export function validateCommand(options: ValidateOptions): CommandResult {
  const { problems, checked } = loadTargets(options.paths, options.contentRoots, options.cwd);
  const words = CLI_STRINGS[options.lang];

  // Warnings are printed with the errors, but only errors make a file invalid.
  const errors = problems.filter(isError);
  const warnings = problems.length - errors.length;
  const exitCode = errors.length > 0 ? 1 : 0;
  if (options.json) {
    const report = {
      ok: errors.length === 0,
      checked,
      errors: errors.length,
      warnings,
      problems: problems.map((p) => ({ ...p, severity: severityOf(p), message: problemMessage(p, options.lang) })),
    };
    return { exitCode, stdout: jsonText(report), document: true };
  }
  if (problems.length === 0) return { exitCode: 0, stdout: words.clean(checked) + '\n' };
  const lines = problems.map((p) => formatProblem(p, options.lang));
  return { exitCode, stdout: `${lines.join('\n')}\n\n${problemSummary(problems, checked, options.lang)}\n` };
}

/** "2 problems in 1 file (20 checked)", with the warnings counted apart: "… no problems; 3 warnings". */
export function problemSummary(problems: readonly Problem[], checked: number, lang: Language): string {
  const words = CLI_STRINGS[lang];
  const errors = problems.filter(isError);
  const warnings = problems.length - errors.length;
  const files = new Set(errors.map((p) => p.file)).size;
  const head = errors.length > 0 ? words.summary(errors.length, files, checked) : words.clean(checked);
  return warnings > 0 ? head + words.warnings(warnings) : head;
}
