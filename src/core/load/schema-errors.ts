/**
 * Turns ajv's raw errors into plain-worded problems: one per real mistake, with the
 * bounds or allowed values quoted, and alternatives (oneOf/anyOf) reduced to the
 * branch the author evidently meant.
 */
import type { ErrorObject } from 'ajv';
import { gotParams } from './got-params.ts';
import type { RawProblem } from './problem.ts';

type SchemaNode = Record<string, unknown>;

const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
const VERSION_PATTERN = '^[0-9]+\\.[0-9]+\\.[0-9]+$';
const CURRENCY_PATTERN = '^[A-Z]{3}$';

export function schemaProblems(errors: readonly ErrorObject[]): RawProblem[] {
  const kept = dropUnchosenBranches(dropPropertyNameDetails(errors));
  const problems: RawProblem[] = [];
  const seen = new Set<string>();
  for (const error of kept) {
    const problem = toProblem(error);
    if (!problem) continue;
    // min and max errors on one value both become one "from … to …" message.
    const key = `${problem.pointer}|${problem.code}|${JSON.stringify(problem.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return dropMissingExplainedByTypo(problems);
}

/** "missing title" beside "unknown titel; did you mean title?" says the same thing twice. */
function dropMissingExplainedByTypo(problems: RawProblem[]): RawProblem[] {
  const typos = new Set(
    problems
      .filter((p) => p.code === 'unknown-field' && p.params?.['suggestion'])
      .map((p) => `${p.pointer.slice(0, p.pointer.lastIndexOf('/'))}|${String(p.params?.['suggestion'])}`),
  );
  return problems.filter(
    (p) => !(p.code === 'missing-field' && typos.has(`${p.pointer}|${String(p.params?.['field'])}`)),
  );
}

/**
 * A bad key in an id-keyed map (answers, tasks) yields the id's own error, which
 * points at the map, plus a `propertyNames` error naming the key. Keep the latter.
 */
function dropPropertyNameDetails(errors: readonly ErrorObject[]): ErrorObject[] {
  const badNames = new Set(
    errors
      .filter((e) => e.keyword === 'propertyNames')
      .map((e) => `${e.instancePath}|${String((e.params as Record<string, unknown>)['propertyName'])}`),
  );
  return errors.filter(
    (e) => e.keyword === 'propertyNames' || typeof e.data !== 'string' || !badNames.has(`${e.instancePath}|${e.data}`),
  );
}

/**
 * For a failed oneOf/anyOf, keep the errors of the branch whose type matches the
 * data (the form the author chose); if none matches, keep one summary error.
 * Branches must be written inline (no $ref at their top), so that their errors
 * carry the oneOf's schema path.
 */
function dropUnchosenBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  if (alternatives.length === 0) return [...errors];
  const dropped = new Set<ErrorObject>();
  for (const alt of alternatives) {
    const prefix = `${alt.schemaPath}/`;
    const branchErrors = errors.filter((e) => e.schemaPath.startsWith(prefix));
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of branchErrors) {
      const branch = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
    }
    const chosen = [...byBranch.values()].filter(
      (errs) =>
        !errs.some((e) => e.instancePath === alt.instancePath && (e.keyword === 'type' || e.keyword === 'const')),
    );
    for (const e of branchErrors) dropped.add(e);
    if (chosen.length === 1) {
      for (const e of chosen[0] ?? []) dropped.delete(e);
      dropped.add(alt);
    }
  }
  return errors.filter((e) => !dropped.has(e));
}

function toProblem(error: ErrorObject): RawProblem | undefined {
  const pointer = error.instancePath;
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      // Point at the key that owns the incomplete block ("client:"), where a person looks.
      return { pointer, at: 'key', code: 'missing-field', params: { field: String(params['missingProperty']) } };
    case 'additionalProperties': {
      const field = String(params['additionalProperty']);
      const allowed = Object.keys((parent['properties'] as SchemaNode | undefined) ?? {});
      const suggestion = closest(field, allowed);
      // In a flow mapping { en: a, b, zh: … } an unquoted comma splits the text into a "field".
      if (/\s/.test(field.trim())) {
        return {
          pointer: `${pointer}/${escapeSegment(field)}`,
          at: 'key',
          code: 'unknown-field-text',
          params: { field },
        };
      }
      return {
        pointer: `${pointer}/${escapeSegment(field)}`,
        at: 'key',
        code: 'unknown-field',
        params: suggestion ? { field, suggestion } : { field, allowed: allowed.join(', ') },
      };
    }
    case 'propertyNames': {
      // Every id-keyed map in the formats keys by id, so a bad name is a bad id.
      const name = String(params['propertyName']);
      return { pointer: `${pointer}/${escapeSegment(name)}`, at: 'key', code: 'bad-id', params: gotParams(name) };
    }
    case 'type':
      // .inf where money goes: the same words as an amount too large.
      if (parent['title'] === 'Amount' && typeof error.data === 'number')
        return { pointer, code: 'amount-out-of-range', params: gotParams(error.data) };
      return { pointer, code: 'wrong-type', params: { ...expectation(parent), ...gotParams(error.data) } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      // Money has its own words: the bound is there to keep sums finite, not a rule of the format.
      if (parent['title'] === 'Amount') return { pointer, code: 'amount-out-of-range', params: gotParams(error.data) };
      return { pointer, code: 'out-of-range', params: { ...expectation(parent), ...gotParams(error.data) } };
    case 'enum':
      return {
        pointer,
        code: 'not-allowed',
        params: { allowed: ((parent['enum'] as unknown[]) ?? []).map(String).join(', '), ...gotParams(error.data) },
      };
    case 'const':
      return {
        pointer,
        code: 'wrong-constant',
        params: { allowed: JSON.stringify(parent['const']), ...gotParams(error.data) },
      };
    case 'minLength':
      if (params['limit'] === 1) return { pointer, code: 'empty-text' };
      return {
        pointer,
        code: 'too-few-items',
        params: { min: Number(params['limit']), count: String(error.data).length },
      };
    case 'maxLength':
      return { pointer, code: 'too-long', params: { length: String(error.data).length, max: Number(params['limit']) } };
    case 'minItems':
      return { pointer, code: 'too-few-items', params: { min: Number(params['limit']), count: lengthOf(error.data) } };
    case 'maxItems':
      return { pointer, code: 'too-many-items', params: { max: Number(params['limit']), count: lengthOf(error.data) } };
    case 'pattern':
      return patternProblem(error, pointer);
    case 'oneOf':
    case 'anyOf':
      return {
        pointer,
        code: 'no-form-matched',
        params: { forms: formsOf(parent[error.keyword] as SchemaNode[] | undefined), ...gotParams(error.data) },
      };
    default:
      return {
        pointer,
        code: 'bad-pattern',
        params: { pattern: error.message ?? error.keyword, ...gotParams(error.data) },
      };
  }
}

function patternProblem(error: ErrorObject, pointer: string): RawProblem {
  const pattern = String((error.params as Record<string, unknown>)['pattern']);
  const got = gotParams(error.data);
  if (pattern === ID_PATTERN) return { pointer, code: 'bad-id', params: got };
  if (pattern === DATE_PATTERN) return { pointer, code: 'bad-date', params: got };
  if (pattern === VERSION_PATTERN) return { pointer, code: 'bad-version', params: got };
  if (pattern === CURRENCY_PATTERN) return { pointer, code: 'bad-currency', params: got };
  return { pointer, code: 'bad-pattern', params: { pattern, ...got } };
}

/** What a schema node expects, with its bounds when it has any. */
function expectation(schema: SchemaNode): Record<string, string | number> {
  const result: Record<string, string | number> = { expected: expectedName(schema) };
  const min = schema['minimum'] as number | undefined;
  const minExclusive = schema['exclusiveMinimum'] as number | undefined;
  const max = (schema['maximum'] ?? schema['exclusiveMaximum']) as number | undefined;
  if (typeof min === 'number') result['min'] = min;
  if (typeof minExclusive === 'number') result['minExclusive'] = minExclusive;
  if (typeof max === 'number') result['max'] = max;
  return result;
}

function expectedName(schema: SchemaNode): string {
  if (schema['title'] === 'LocalizedText') return 'localized';
  switch (schema['type']) {
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'string':
      return 'text';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'list';
    case 'object':
      return 'mapping';
    default:
      return 'text';
  }
}

function formsOf(branches: SchemaNode[] | undefined): string {
  return (branches ?? [])
    .map((b) => {
      if ('const' in b) return JSON.stringify(b['const']);
      if (typeof b['$ref'] === 'string' && b['$ref'].endsWith('/id')) return 'an id';
      const props = b['properties'] as SchemaNode | undefined;
      if (props) return `fields ${Object.keys(props).join(', ')}`;
      return (
        ({ integer: 'a whole number', number: 'a number', string: 'text', array: 'a list' } as Record<string, string>)[
          String(b['type'])
        ] ?? 'a value'
      );
    })
    .join(' or ');
}

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function escapeSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The allowed name closest to a misspelt one, if it is close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = word.length <= 4 ? 1 : 2;
  return bestDistance <= tolerance ? best : undefined;
}

/** Edit distance counting a swap of neighbours as one edit ("titel" → "title"). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] ?? [];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}
