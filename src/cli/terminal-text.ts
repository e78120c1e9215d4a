/**
 * Text on its way to a terminal. Engagement files are user text, and a title holding
 * ESC or CSI sequences, OSC 8 links, a bare CR or bidi overrides could clear the screen,
 * forge output or hide words in the consultant's terminal. Every such character is shown
 * as a visible escape instead (ESC as `\x1b`, RLO as `\u202e`); newlines and tabs stay,
 * the plain-text reports are laid out with them.
 */

/** C0 but tab and newline, DEL, C1, and the bidi embeddings, overrides, isolates and marks. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * A value as the CLI's JSON output (two-space indent, final newline). JSON.stringify escapes
 * C0 but writes DEL, C1 and bidi controls as they are; here they become `\uXXXX` escapes
 * too, so `--json` on a terminal cannot be driven by user text, and parsing gives the
 * same data back.
 */
export function jsonText(value: unknown): string {
  return (
    JSON.stringify(value, null, 2).replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) +
    '\n'
  );
}
