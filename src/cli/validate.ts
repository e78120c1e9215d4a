/** `crmkit validate [paths…]`: every problem in every file, then a one-line summary. */
import { formatProblem, problemMessage } from '../core/load/problem.ts';
import type { Language } from '../schemas/generated/types.ts';
import { loadTargets } from './load-targets.ts';
import { CLI_STRINGS } from './strings.ts';
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
}

export function validateCommand(options: ValidateOptions): CommandResult {
  const { problems, checked } = loadTargets(options.paths, options.contentRoots, options.cwd);
  const words = CLI_STRINGS[options.lang];

  if (options.json) {
    const report = {
      ok: problems.length === 0,
      checked,
      problems: problems.map((p) => ({ ...p, message: problemMessage(p, options.lang) })),
    };
    return { exitCode: problems.length ? 1 : 0, stdout: jsonText(report), document: true };
  }
  if (problems.length === 0) return { exitCode: 0, stdout: words.clean(checked) + '\n' };
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = problems.map((p) => formatProblem(p, options.lang));
  return { exitCode: 1, stdout: `${lines.join('\n')}\n\n${words.summary(problems.length, files, checked)}\n` };
}
