/** Formatting shared by the bench's tables. */
export const KB = 1024;

export interface Budget {
  name: string;
  limit: string;
  actual: string;
  /** Undefined when nothing could be measured (e.g. no Chromium): printed as n/a. */
  pass: boolean | undefined;
}

export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
export const ms = (value: number): string => (value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(2)} ms`);
export const seconds = (value: number): string => `${value.toFixed(1)} s`;

/** Columns after the first are right-aligned; a row with one cell is a note under the row above. */
export function printTable(head: readonly string[], rows: readonly (readonly string[])[]): void {
  const cells = rows.filter((r) => r.length > 1);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(row.length > 1 ? line(row) : `    ${row[0] ?? ''}`);
  console.log('');
}

export const verdict = (pass: boolean | undefined): string => (pass === undefined ? 'n/a' : pass ? 'pass' : 'FAIL');
