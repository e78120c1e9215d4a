/** A problem found in a content file, located by line, column and JSON pointer. */
import type { MessageCode } from './message-codes.ts';
import type { MessageParams } from './got-params.ts';

/**
 * An error makes a file invalid: no command computes from it. A warning is worth saying but
 * changes nothing (progress kept on a task the findings no longer ask for): the file stays valid.
 */
export type Severity = 'error' | 'warning';

/** A problem before it is tied to a position in the file: where (pointer) and what (code). */
export interface RawProblem {
  pointer: string;
  code: MessageCode;
  params?: MessageParams;
  /** Point at the key of the pointed-to value rather than the value itself. */
  at?: 'key' | 'value';
  /** Absent: an error. */
  severity?: Severity;
}

export interface Problem {
  file: string;
  line: number;
  column: number;
  pointer: string;
  code: MessageCode;
  params: MessageParams;
  /** Absent: an error. */
  severity?: Severity;
}

export const severityOf = (problem: { severity?: Severity }): Severity => problem.severity ?? 'error';

export const isError = (problem: { severity?: Severity }): boolean => severityOf(problem) === 'error';

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.pointer.localeCompare(b.pointer);
}

/** Builds a JSON pointer from path segments, escaping `~` and `/` as RFC 6901 says. */
export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

export function segmentsOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** Thrown by an engine asked to compute from input that would give a wrong number; carries every problem found. */
export class InputError extends Error {
  readonly problems: RawProblem[];
  constructor(subject: string, problems: RawProblem[]) {
    super(`${subject} has ${problems.length} problem(s): ${problems.map((p) => `${p.pointer} ${p.code}`).join('; ')}`);
    this.name = 'InputError';
    this.problems = problems;
  }
}
