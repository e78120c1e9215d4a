/** `crmkit validate [paths…]`: every problem in every file, then a one-line summary. */
import { loadContent } from '../core/content/load-content.ts';
import { formatProblem, problemMessage, type Problem } from '../core/load/problem.ts';
import { extraContentRoots, readSources, shippedContentFiles, yamlFilesUnder } from '../node/content-files.ts';
import type { Language } from '../schemas/generated/types.ts';
import { CLI_STRINGS } from './strings.ts';

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
}

export function validateCommand(options: ValidateOptions): CommandResult {
  // Shipped content and extra folders are always loaded, so that an engagement or an
  // overlay given on its own is checked against the frameworks it refers to.
  const context = [
    ...shippedContentFiles(),
    ...[...extraContentRoots(), ...options.contentRoots].flatMap((root) => yamlFilesUnder(root)),
  ];
  const targets = options.paths.flatMap((path) => {
    const found = yamlFilesUnder(path);
    return found.length > 0 ? found : [path]; // a missing path is reported as unreadable
  });
  const { sources, unreadable } = readSources([...context, ...targets], options.cwd);
  const content = loadContent(sources);
  const problems: Problem[] = [
    ...unreadable.map((u): Problem => ({
      file: u.path,
      line: 1,
      column: 1,
      pointer: '',
      code: 'file-unreadable',
      params: { reason: u.reason },
    })),
    ...content.problems,
  ];
  const checked = sources.length + unreadable.length;
  const words = CLI_STRINGS[options.lang];

  if (options.json) {
    const report = {
      ok: problems.length === 0,
      checked,
      problems: problems.map((p) => ({ ...p, message: problemMessage(p, options.lang) })),
    };
    return { exitCode: problems.length ? 1 : 0, stdout: JSON.stringify(report, null, 2) + '\n' };
  }
  if (problems.length === 0) return { exitCode: 0, stdout: words.clean(checked) + '\n' };
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = problems.map((p) => formatProblem(p, options.lang));
  return { exitCode: 1, stdout: `${lines.join('\n')}\n\n${words.summary(problems.length, files, checked)}\n` };
}
