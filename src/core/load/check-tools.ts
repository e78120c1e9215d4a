/** Small building blocks every content check uses: a problem collector, id indexes, references and dates. */
import type { RawProblem } from './problem.ts';
import { FIRST_DATE, LAST_DATE, isRealDate } from '../shared/dates.ts';
import { closest } from './schema-errors.ts';

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

export function checkDate(out: Collector, pointer: string, value: string | undefined): void {
  if (value === undefined) return;
  if (!isRealDate(value)) out.add({ pointer, code: 'invalid-date', params: { got: value } });
  else if (value < FIRST_DATE || value > LAST_DATE) {
    out.add({ pointer, code: 'date-out-of-range', params: { got: value, min: FIRST_DATE, max: LAST_DATE } });
  }
}
