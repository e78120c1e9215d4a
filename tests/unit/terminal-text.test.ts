/** terminalText: what reaches the consultant's terminal cannot drive it. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jsonText, terminalText } from '../../src/cli/terminal-text.ts';

/** The specification, written per code point rather than as the implementation's regex. */
function drivesTerminal(cp: number): boolean {
  const c0 = cp < 0x20 && cp !== 0x09 && cp !== 0x0a;
  const delOrC1 = cp >= 0x7f && cp <= 0x9f;
  const bidi =
    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || [0x061c, 0x200e, 0x200f].includes(cp);
  return c0 || delOrC1 || bidi;
}

const DANGEROUS = [
  ...Array.from({ length: 0x20 }, (_, i) => i),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
  0x061c,
  0x200e,
  0x200f,
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
].map((cp) => String.fromCodePoint(cp));

/** Strings that mix ordinary text (any code point, CJK and astral included) with the characters that matter. */
const mixed = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom(...DANGEROUS),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    {
      maxLength: 20,
    },
  )
  .map((parts) => parts.join(''));

const codePoints = (s: string) => [...s].map((ch) => ch.codePointAt(0) ?? 0);

describe('terminalText', () => {
  test('escape sequences, CR, C1 and bidi controls become visible escapes; tab and newline stay', () => {
    expect(terminalText('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(terminalText('\u001b]8;;http://evil\u0007link\u001b]8;;\u0007')).toBe(
      '\\x1b]8;;http://evil\\x07link\\x1b]8;;\\x07',
    );
    expect(terminalText('\u009b31m')).toBe('\\x9b31m');
    expect(terminalText('approved\rREJECTED')).toBe('approved\\x0dREJECTED');
    expect(terminalText('x\u0000\u007f\u0085')).toBe('x\\x00\\x7f\\x85');
    expect(terminalText('exe.\u202etxt\u202c \u2066a\u2069')).toBe('exe.\\u202etxt\\u202c \\u2066a\\u2069');
    expect(terminalText('col\tcol\nline')).toBe('col\tcol\nline');
    expect(terminalText('中文 ✓ 𝄞 é')).toBe('中文 ✓ 𝄞 é');
  });

  test('property: no C0 but tab and newline, no DEL or C1, no bidi control is left', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        expect(codePoints(terminalText(s)).filter(drivesTerminal)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  test('property: text without such characters passes unchanged, and the result is a fixed point', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        const printable = [...s].filter((ch) => !drivesTerminal(ch.codePointAt(0) ?? 0)).join('');
        expect(terminalText(printable)).toBe(printable);
        expect(terminalText(terminalText(s))).toBe(terminalText(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('jsonText', () => {
  test('a C1 CSI and an RLO in a value come out as \\u escapes', () => {
    expect(jsonText({ title: 'a\u009b31mb\u202ec\u001b' })).toBe('{\n  "title": "a\\u009b31mb\\u202ec\\u001b"\n}\n');
  });

  test('property: nothing that drives a terminal is left, and parsing gives the value back', () => {
    fc.assert(
      fc.property(fc.dictionary(mixed, fc.oneof(mixed, fc.array(mixed, { maxLength: 3 }))), (value) => {
        const text = jsonText(value);
        expect(codePoints(text).filter((cp) => cp !== 0x0a && drivesTerminal(cp))).toEqual([]);
        expect(JSON.parse(text)).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });
});
