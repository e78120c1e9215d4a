/**
 * One content file from text to trusted, typed data (or to located problems):
 * YAML parse with positions → kind → version migration → JSON Schema check.
 * Cross-file checks happen later, in check/load-content.ts.
 */
import type { Engagement, Framework, FrameworkOverlay, Template } from '../../schemas/generated/types.ts';
import {
  validateEngagement,
  validateFramework,
  validateFrameworkOverlay,
  validateTemplate,
  type CompiledValidator,
} from '../../schemas/generated/validators.js';
import { gotParams } from './got-params.ts';
import { migrate, MIGRATIONS } from './migrate.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-errors.ts';
import { parseYaml, placeProblems, type YamlSource } from './yaml-source.ts';

export const FILE_KINDS = ['framework', 'framework-overlay', 'template', 'engagement'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

interface KindMap {
  framework: Framework;
  'framework-overlay': FrameworkOverlay;
  template: Template;
  engagement: Engagement;
}

export type LoadedFile = {
  [K in FileKind]: { kind: K; file: string; data: KindMap[K]; source: YamlSource; migratedFrom?: number };
}[FileKind];

export interface FileResult {
  file: string;
  /** Present when the file parsed, declared a known kind and passed its schema. */
  loaded?: LoadedFile;
  /** The kind the file declares, when it declares a known one. */
  kind?: FileKind;
  source: YamlSource;
  problems: Problem[];
}

const VALIDATORS: Record<FileKind, CompiledValidator> = {
  framework: validateFramework,
  'framework-overlay': validateFrameworkOverlay,
  template: validateTemplate,
  engagement: validateEngagement,
};

export function loadFile(file: string, text: string): FileResult {
  const source = parseYaml(file, text);
  const result: FileResult = { file, source, problems: [...source.problems] };
  if (source.problems.length > 0 || !source.data) return result;

  const raw = source.data as Record<string, unknown>;
  const kind = raw['kind'];
  if (kind === undefined) {
    result.problems.push(...placeProblems(source, [{ pointer: '', code: 'missing-kind' }]));
    return result;
  }
  if (!FILE_KINDS.includes(kind as FileKind)) {
    result.problems.push(
      ...placeProblems(source, [{ pointer: '/kind', code: 'unknown-kind', params: gotParams(kind) }]),
    );
    return result;
  }
  result.kind = kind as FileKind;

  const migration = migrate(raw, MIGRATIONS[result.kind] ?? []);
  if (migration.problems.length > 0) {
    result.problems.push(...placeProblems(source, migration.problems));
    return result;
  }

  const validate = VALIDATORS[result.kind];
  if (!validate(migration.data)) {
    result.problems.push(...placeProblems(source, schemaProblems(validate.errors ?? [])));
    return result;
  }
  const migratedFrom = migration.applied[0];
  result.loaded = {
    kind: result.kind,
    file,
    data: migration.data,
    source,
    ...(migratedFrom !== undefined ? { migratedFrom } : {}),
  } as unknown as LoadedFile; // the schema check above is what makes this cast true
  return result;
}
