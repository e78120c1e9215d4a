/** Small building blocks shared by the content checks. */
// Deep imports: the date-fns index pulls in the whole library (~0.7 s at CLI start).
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import type { RawProblem } from '../load/problem.ts';
import { closest } from '../load/schema-errors.ts';

export interface Collector {
  problems: RawProblem[];
  add(problem: RawProblem): void;
}

export function collector(): Collector {
  const problems: RawProblem[] = [];
  return { problems, add: (p) => problems.push(p) };
}

/**
 * Records ids in order, reporting each repeat at its id with the line of the first use.
 * Returns id → pointer of the thing that owns it.
 */
export function indexIds(
  out: Collector,
  what: string,
  entries: Iterable<{ id: string; pointer: string }>,
  into: Map<string, string> = new Map(),
): Map<string, string> {
  for (const { id, pointer } of entries) {
    const first = into.get(id);
    if (first !== undefined) {
      out.add({ pointer: `${pointer}/id`, code: 'duplicate-id', params: { what, id, firstAt: `${first}/id` } });
    } else {
      into.set(id, pointer);
    }
  }
  return into;
}

export function withPointers<T extends { id: string }>(
  items: readonly T[] | undefined,
  base: string,
): { id: string; pointer: string; item: T }[] {
  return (items ?? []).map((item, i) => ({ id: item.id, pointer: `${base}/${i}`, item }));
}

/** Reports an id that refers to nothing, listing what it could have named. */
export function checkReference(
  out: Collector,
  pointer: string,
  what: string,
  id: string,
  known: Iterable<string> | ReadonlyMap<string, unknown>,
  where?: string,
  at?: 'key',
): boolean {
  const set: ReadonlySet<string> | ReadonlyMap<string, unknown> =
    known instanceof Set || known instanceof Map ? known : new Set(known as Iterable<string>);
  if (set.has(id)) return true;
  const suggestion = closest(id, [...set.keys()]);
  out.add({
    pointer,
    ...(at ? { at } : {}),
    code: 'unknown-reference',
    params: {
      what,
      id,
      ...(suggestion ? { suggestion } : { known: listForMessage([...set.keys()]) }),
      ...(where ? { where } : {}),
    },
  });
  return false;
}

/** At most a dozen names, so a message stays readable. */
export function listForMessage(names: readonly string[]): string {
  const shown = names.slice(0, 12).join(', ');
  return names.length > 12 ? `${shown}, … (${names.length} in all)` : shown;
}

/**
 * The dates crmkit handles: from 1900 (nothing a CRM programme records is older; year 0000 is
 * valid ISO 8601 but calendar files cannot write it) to 9999-12-31, the last date every output
 * format writes as YYYY-MM-DD. A plan must also end by then (see plan-date-checks.ts).
 */
export const FIRST_DATE = '1900-01-01';
export const LAST_DATE = '9999-12-31';

/** True for a YYYY-MM-DD string that names a real calendar day (not 2026-02-30). */
export function isRealDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));
}

/** A real date within the range crmkit handles, 1900-01-01 to 9999-12-31. */
export function isSupportedDate(value: string): boolean {
  return isRealDate(value) && value >= FIRST_DATE && value <= LAST_DATE;
}

export function checkDate(out: Collector, pointer: string, value: string | undefined): void {
  if (value === undefined) return;
  if (!isRealDate(value)) out.add({ pointer, code: 'invalid-date', params: { got: value } });
  else if (value < FIRST_DATE || value > LAST_DATE) {
    out.add({ pointer, code: 'date-out-of-range', params: { got: value, min: FIRST_DATE, max: LAST_DATE } });
  }
}
