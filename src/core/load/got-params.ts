/** A value as a problem shows it (`"high"`, `7`, a list): the params a message names it by. */

export type MessageParams = Record<string, string | number | undefined>;

/** A value as it appears in a message: `"high"`, `7`, `a list`. Built by describeValue. */
export interface ValueDescription {
  kind: 'text' | 'number' | 'boolean' | 'list' | 'mapping' | 'nothing';
  shown: string;
}

export function describeValue(value: unknown): ValueDescription {
  if (value === null || value === undefined) return { kind: 'nothing', shown: '' };
  if (typeof value === 'string') {
    const short = value.length > 60 ? value.slice(0, 57) + '…' : value;
    return { kind: 'text', shown: JSON.stringify(short) };
  }
  if (typeof value === 'number') return { kind: 'number', shown: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', shown: String(value) };
  if (Array.isArray(value)) return { kind: 'list', shown: '' };
  return { kind: 'mapping', shown: '' };
}

/** Params for a described value: `got` (shown form) and `gotKind`. */
export function gotParams(value: unknown): MessageParams {
  const d = describeValue(value);
  return { got: d.shown, gotKind: d.kind };
}
