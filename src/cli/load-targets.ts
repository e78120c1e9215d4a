/** Loads the shipped content, extra content folders and the files named on the command line, as one set. */
import { existsSync } from 'node:fs';
import { loadContent, type ContentSet } from '../core/check/load-content.ts';
import type { Problem } from '../core/load/problem.ts';
import {
  displayPath,
  extraContentRoots,
  readSources,
  shippedContentFiles,
  yamlFilesUnder,
} from '../node/content-files.ts';

export interface LoadedTargets {
  content: ContentSet;
  /** Every problem, unreadable files included. */
  problems: Problem[];
  /** How many files were looked at. */
  checked: number;
  /** The files the user named (folders expanded), as they appear in messages. */
  targets: string[];
}

export function loadTargets(paths: readonly string[], contentRoots: readonly string[], cwd: string): LoadedTargets {
  // Shipped content and extra folders are always loaded, so that an engagement or an
  // overlay given on its own is checked against the frameworks it refers to.
  const context = [
    ...shippedContentFiles(),
    ...[...extraContentRoots(), ...contentRoots].flatMap((root) => {
      // A content folder that is not there is said, not skipped: "no problems" would be untrue.
      const found = yamlFilesUnder(root);
      return found.length > 0 || existsSync(root) ? found : [root];
    }),
  ];
  const targets = paths.flatMap((path) => {
    const found = yamlFilesUnder(path);
    return found.length > 0 ? found : [path]; // a missing path is reported as unreadable
  });
  const { sources, problems: unread } = readSources([...context, ...targets], cwd);
  const content = loadContent(sources);
  const problems: Problem[] = [...unread, ...content.problems];
  const targetSet = new Set(targets.map((t) => displayPath(t, cwd)));
  return {
    content,
    problems,
    checked: sources.length + unread.length,
    targets: sources.map((s) => s.path).filter((p) => targetSet.has(p)),
  };
}
