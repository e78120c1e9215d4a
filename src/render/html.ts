/**
 * HTML built as strings for the summary page and the standalone report. Every value goes
 * through `esc` (or an `html` template, which escapes what it interpolates), so user text
 * (a risk title, a vendor name) can never become markup, an attribute or a script.
 */

/** Markup that is already safe: the result of `html` or of a renderer. */
export class Safe {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** Text for element content and for double-quoted attribute values (also valid in SVG/XML). */
export function esc(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type Value = string | number | Safe | undefined | null | false | readonly Value[];

function render(value: Value): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Safe) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return esc(value as string | number);
}

/** A template whose interpolations are escaped unless they are `Safe` (or arrays of them). */
export function html(strings: TemplateStringsArray, ...values: Value[]): Safe {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Safe(out);
}

/**
 * A CSS string literal for `content:` (the print footer's engagement name): quotes, backslashes
 * and line breaks escaped, and `<` written as an escape so the text can never close a `<style>`.
 */
export function cssString(text: string): string {
  const body = text.replace(/[\\"<>\n\r\f]|[\p{C}]/gu, (ch) => `\\${ch.codePointAt(0)?.toString(16) ?? ''} `);
  return `"${body}"`;
}
