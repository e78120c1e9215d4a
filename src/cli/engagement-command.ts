/** What every command that reads one engagement file shares: loading it with its content, and the usage errors. */
import { originOf, type ContentSet } from '../core/check/load-content.ts';
import { isError } from '../core/load/problem.ts';
import { formatProblem } from '../i18n/messages.ts';
import type { Engagement, Language } from '../schemas/generated/types.ts';
import { loadTargets } from './load-targets.ts';
import { CLI_STRINGS } from '../i18n/cli.ts';
import { problemSummary, type CommandResult } from './validate.ts';

export interface EngagementCommandOptions {
  paths: string[];
  contentRoots: string[];
  json: boolean;
  /** Undefined: each engagement's own language. */
  lang: Language | undefined;
  cwd: string;
  /** Receives the warnings about the files read (main prints them to stderr, so --json stays clean). */
  notices?: string[];
}

export type Opened =
  { ok: true; content: ContentSet; engagements: Engagement[] } | { ok: false; result: CommandResult };

/**
 * Loads the one file named; a usage error (exit 2) or the files' errors (exit 1) come back as
 * the result. Warnings never refuse a file: they go to `options.notices`.
 */
export function openEngagements(options: EngagementCommandOptions, usage: string): Opened {
  const lang = options.lang ?? 'en';
  if (options.paths.length !== 1) return { ok: false, result: { exitCode: 2, stdout: usage + '\n' } };
  const { content, problems, targets } = loadTargets(options.paths, options.contentRoots, options.cwd);
  if (problems.some(isError)) {
    const lines = problems.map((p) => formatProblem(p, lang));
    const files = new Set(problems.map((p) => p.file)).size;
    return {
      ok: false,
      result: { exitCode: 1, stdout: `${lines.join('\n')}\n\n${problemSummary(problems, files, lang)}\n` },
    };
  }
  options.notices?.push(...problems.map((p) => formatProblem(p, lang)));
  const engagements = [...content.engagements.values()].filter((e) =>
    targets.includes(originOf(content, 'engagement', e.id)?.file ?? ''),
  );
  if (engagements.length === 0) {
    return {
      ok: false,
      result: { exitCode: 2, stdout: CLI_STRINGS[lang].noEngagement(options.paths[0] ?? '') + '\n' },
    };
  }
  return { ok: true, content, engagements };
}

/** The language a report on this engagement is written in. */
export function reportLanguage(options: EngagementCommandOptions, engagement: Engagement): Language {
  return options.lang ?? engagement.language ?? 'en';
}
