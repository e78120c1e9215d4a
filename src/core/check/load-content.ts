/**
 * Loads a whole content set (frameworks, overlays, templates, engagements) from
 * file texts: each file is parsed and schema-checked, then checked on its own, then
 * against the others. Every problem in every file is returned; only files without
 * errors make it into the content set, so nothing downstream sees bad data (a file with
 * warnings only is valid: its warnings are listed with the problems).
 */
import type { Engagement, Framework, FrameworkOverlay, Template } from '../../schemas/generated/types.ts';
import { checkEngagement } from './engagement-checks.ts';
import { checkFramework } from '../content/framework-checks.ts';
import { checkTemplate } from '../content/template-checks.ts';
import { loadFile, type FileResult, type LoadedFile } from '../load/load-file.ts';
import { compareProblems, isError, type Problem, type RawProblem } from '../load/problem.ts';
import { placeProblems } from '../load/yaml-source.ts';
import { applyOverlay } from '../content/apply-overlay.ts';

export interface SourceFile {
  /** Path as it should appear in messages, relative to where the user stands. */
  path: string;
  text: string;
}

export interface ContentSet {
  /** Frameworks with overlays applied, by id, in display order. */
  frameworks: Map<string, Framework>;
  templates: Map<string, Template>;
  engagements: Map<string, Engagement>;
  /** Which file each item came from, and which overlays changed a framework. */
  origins: Map<string, { file: string; overlays: string[] }>;
  /** Errors and warnings; a file with errors is left out of the maps above. */
  problems: Problem[];
  /** Files read, with their own problems, in the order given. */
  files: FileResult[];
}

type Loaded<K extends LoadedFile['kind']> = Extract<LoadedFile, { kind: K }>;

export function loadContent(sources: readonly SourceFile[]): ContentSet {
  const files = sources.map((s) => loadFile(s.path, s.text));
  /** Places the problems in the file; true when none of them is an error. */
  const report = (file: FileResult, raws: readonly RawProblem[]): boolean => {
    file.problems.push(...placeProblems(file.source, raws));
    return !raws.some(isError);
  };
  const loaded = <K extends LoadedFile['kind']>(kind: K): { file: FileResult; item: Loaded<K> }[] =>
    files.flatMap((file) => (file.loaded?.kind === kind ? [{ file, item: file.loaded as Loaded<K> }] : []));

  const origins = new Map<string, { file: string; overlays: string[] }>();
  /** Keeps the first file with an id; later ones get a problem naming the first. */
  const register = <T extends { id: string }>(
    into: Map<string, T>,
    what: string,
    file: FileResult,
    data: T,
  ): boolean => {
    const key = `${what}:${data.id}`;
    const first = origins.get(key);
    if (first) {
      return report(file, [
        { pointer: '/id', code: 'duplicate-file-id', params: { what, id: data.id, otherFile: first.file } },
      ]);
    }
    origins.set(key, { file: file.file, overlays: [] });
    into.set(data.id, data);
    return true;
  };

  const frameworks = new Map<string, Framework>();
  for (const { file, item } of loaded('framework')) {
    if (report(file, checkFramework(item.data))) register(frameworks, 'framework', file, item.data);
  }
  for (const { file, item } of loaded('framework-overlay')) applyOverlayFile(file, item.data);

  const templates = new Map<string, Template>();
  for (const { file, item } of loaded('template')) {
    if (report(file, checkTemplate(item.data, frameworks))) register(templates, 'template', file, item.data);
  }

  const engagements = new Map<string, Engagement>();
  for (const { file, item } of loaded('engagement')) {
    if (report(file, checkEngagement(item.data, { frameworks, templates }))) {
      register(engagements, 'engagement', file, item.data);
    }
  }

  const problems = files.flatMap((f) => f.problems).sort(compareProblems);
  return {
    frameworks: sortByOrder(frameworks),
    templates: sortByOrder(templates),
    engagements,
    origins,
    problems,
    files,
  };

  function applyOverlayFile(file: FileResult, overlay: FrameworkOverlay): void {
    const base = frameworks.get(overlay.extends);
    if (!base) {
      report(file, [
        {
          pointer: '/extends',
          code: 'unknown-reference',
          params: { what: 'framework', id: overlay.extends, known: [...frameworks.keys()].join(', ') },
        },
      ]);
      return;
    }
    const result = applyOverlay(base, overlay);
    if (!report(file, result.problems)) return;
    frameworks.set(base.id, result.framework);
    origins.get(`framework:${base.id}`)?.overlays.push(file.file);
  }
}

function sortByOrder<T extends { id: string; order?: number }>(map: Map<string, T>): Map<string, T> {
  return new Map([...map].sort(([, a], [, b]) => (a.order ?? 500) - (b.order ?? 500) || a.id.localeCompare(b.id)));
}

/** Where a framework, template or engagement came from. */
export function originOf(content: ContentSet, what: 'framework' | 'template' | 'engagement', id: string) {
  return content.origins.get(`${what}:${id}`);
}
