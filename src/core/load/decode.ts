/**
 * One encoding rule for every way a file comes in (the CLI, the site build, the workshop
 * import): UTF-8, with or without a byte-order mark. Anything else is refused with the
 * encoding found, never read as "�" or as text full of NUL characters.
 */
import type { Problem } from './problem.ts';

export type Decoded = { ok: true; text: string } | { ok: false; encoding: string; line: number; column: number };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): Decoded {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return refused('UTF-32LE');
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return refused('UTF-32BE');
  if (b0 === 0xff && b1 === 0xfe) return refused('UTF-16LE');
  if (b0 === 0xfe && b1 === 0xff) return refused('UTF-16BE');
  // UTF-16 without a mark: text in it has a NUL in every other byte.
  const sample = bytes.subarray(0, 512);
  const nulAt = (parity: number) => sample.filter((b, i) => i % 2 === parity && b === 0).length;
  if (sample.length >= 4) {
    if (nulAt(1) > sample.length / 4) return refused('UTF-16LE');
    if (nulAt(0) > sample.length / 4) return refused('UTF-16BE');
  }
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    return refusedAt(bytes, firstInvalid(bytes));
  }
}

/** The problem a refused file gets, in the loader's usual shape. */
export function encodingProblem(file: string, decoded: Extract<Decoded, { ok: false }>): Problem {
  return {
    file,
    line: decoded.line,
    column: decoded.column,
    pointer: '',
    code: 'file-encoding',
    params: { encoding: decoded.encoding },
  };
}

const refused = (encoding: string): Decoded => ({ ok: false, encoding, line: 1, column: 1 });

/** Bytes that are not UTF-8: almost always a Western single-byte file (Latin-1, Windows-1252). */
function refusedAt(bytes: Uint8Array, at: number): Decoded {
  const before = bytes.subarray(0, at);
  const line = before.filter((b) => b === 0x0a).length + 1;
  const lineStart = before.lastIndexOf(0x0a) + 1;
  // Columns count characters: the bytes before the bad one on its line are valid UTF-8.
  const column = new TextDecoder().decode(bytes.subarray(lineStart, at)).length + 1;
  return { ok: false, encoding: 'Latin-1/Windows-1252', line, column };
}

/** Index of the first byte that breaks UTF-8. */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}
