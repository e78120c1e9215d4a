/**
 * Engagements in and out of the browser as YAML, in the same format as `assessments/`.
 * Import runs the full loader (YAML positions, schema, migrations, cross-references),
 * so a bad file reports every problem with its line and field and yields nothing. A file
 * with warnings only is imported, its warnings beside it.
 */
import { stringify } from 'yaml';
import { checkEngagement } from '../check/engagement-checks.ts';
import { decodeText, encodingProblem } from '../load/decode.ts';
import { sizeProblem } from '../load/limits.ts';
import { loadFile } from '../load/load-file.ts';
import { compareProblems, isError, type Problem } from '../load/problem.ts';
import { placeProblems } from '../load/yaml-source.ts';
import type { Engagement, Framework, Template } from '../../schemas/generated/types.ts';

export interface ImportContext {
  frameworks: Map<string, Framework>;
  templates: Map<string, Template>;
}

export type ImportResult =
  { ok: true; engagement: Engagement; migratedFrom?: number; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** `content` is the file's bytes as picked (checked to be UTF-8 here, as the CLI does) or text already decoded. */
/**
 * `size` is the file's size as reported where it came from (the browser's File.size): a
 * file over the limit is refused by it, before its bytes are decoded or even read.
 */
export function importEngagement(
  fileName: string,
  content: string | Uint8Array,
  context: ImportContext,
  size?: number,
): ImportResult {
  const tooLarge = sizeProblem(fileName, Math.max(size ?? 0, typeof content === 'string' ? 0 : content.byteLength));
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const decoded = typeof content === 'string' ? { ok: true as const, text: content } : decodeText(content);
  if (!decoded.ok) return { ok: false, problems: [encodingProblem(fileName, decoded)] };
  const file = loadFile(fileName, decoded.text);
  if (file.kind !== undefined && file.kind !== 'engagement') {
    const problems = placeProblems(file.source, [
      { pointer: '/kind', code: 'wrong-kind', params: { got: file.kind, expected: 'engagement' } },
    ]);
    return { ok: false, problems };
  }
  if (!file.loaded || file.loaded.kind !== 'engagement')
    return { ok: false, problems: file.problems.sort(compareProblems) };
  const problems = placeProblems(file.source, checkEngagement(file.loaded.data, context)).sort(compareProblems);
  if (problems.some(isError)) return { ok: false, problems };
  const migratedFrom = file.loaded.migratedFrom;
  return {
    ok: true,
    engagement: file.loaded.data,
    ...(migratedFrom === undefined ? {} : { migratedFrom }),
    warnings: problems,
  };
}

/**
 * The schema an editor checks the file against (YAML language server), relative to where an
 * exported engagement belongs: `assessments/`, like the samples, so it resolves in a checkout.
 */
const HEADER = '# yaml-language-server: $schema=../src/schemas/engagement.schema.json\n';

/** YAML that `crmkit validate` accepts and `importEngagement` reads back to the same object. */
export function engagementToYaml(engagement: Engagement): string {
  return HEADER + stringify(engagement, { lineWidth: 0 });
}
