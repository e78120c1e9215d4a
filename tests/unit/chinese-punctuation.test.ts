/**
 * Chinese sentences use Chinese punctuation: full-width ，。：；（） where the text around is
 * Chinese. Every string a user can read in Chinese is scanned: the `zh` texts of the shipped
 * frameworks and templates, the Chinese sample engagement, and every string literal in the
 * source (i18n words, CLI strings, explanations, messages) that holds Chinese characters. An
 * ASCII , : ; ( or ) with a Chinese character on both sides is a mistake.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const CJK = '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]';
const ASCII_BETWEEN_CJK = new RegExp(`.{0,10}${CJK}\\s*[,:;()]\\s*${CJK}.{0,10}`, 'u');
const HAS_CJK = new RegExp(CJK, 'u');

function files(dir: string, ends: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : files(path, ends);
    return ends.test(entry.name) ? [path] : [];
  });
}

/**
 * The string literals of a TypeScript or Svelte source: quoted and template strings, a
 * template's `${…}` written as X (its value is not known here, and it is not Chinese
 * punctuation), nested literals inside placeholders collected too. Comments are skipped.
 */
function stringLiterals(source: string): string[] {
  const found: string[] = [];
  let i = 0;
  const readQuoted = (quote: string): string => {
    let text = '';
    i += 1;
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') i += 1;
      text += source[i] ?? '';
      i += 1;
    }
    i += 1;
    return text;
  };
  const readTemplate = (): string => {
    let text = '';
    i += 1;
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '\\') {
        text += source[i + 1] ?? '';
        i += 2;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        i += 2;
        readCode('}');
        i += 1;
        text += 'X';
      } else {
        text += source[i] ?? '';
        i += 1;
      }
    }
    i += 1;
    return text;
  };
  const readCode = (until?: string): void => {
    let depth = 0;
    while (i < source.length) {
      const ch = source[i];
      if (until && ch === until && depth === 0) return;
      if (ch === '{') depth += 1;
      else if (ch === '}') depth -= 1;
      if (ch === '/' && source[i + 1] === '/') {
        while (i < source.length && source[i] !== '\n') i += 1;
      } else if (ch === '/' && source[i + 1] === '*') {
        const end = source.indexOf('*/', i + 2);
        i = end === -1 ? source.length : end + 2;
      } else if (ch === "'" || ch === '"') found.push(readQuoted(ch));
      else if (ch === '`') found.push(readTemplate());
      else i += 1;
    }
  };
  readCode();
  return found;
}

function zhTexts(value: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof value === 'string') {
    // `section` cites a heading of a source document as it is written there.
    if (HAS_CJK.test(value) && !path.endsWith('.section')) out.push({ path, text: value });
  } else if (Array.isArray(value)) value.forEach((v, i) => zhTexts(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (key !== 'en') zhTexts(v, `${path}.${key}`, out);
  }
}

const offenders = (texts: { path: string; text: string }[]) =>
  texts.flatMap(({ path, text }) => {
    const hit = ASCII_BETWEEN_CJK.exec(text);
    return hit ? [`${path}: …${hit[0]}…`] : [];
  });

/**
 * Known and reported, in files another piece of work owns at the moment (the loader's messages):
 * remove an entry once its text uses ： and the test keeps it that way.
 */
const KNOWN = new Set(['src/i18n/messages.ts: …字段（键: 值）…']);

describe('Chinese punctuation in Chinese text', () => {
  it('the scanner finds literals, skips comments and placeholders', () => {
    expect(stringLiterals("const a = '甲,乙'; // '丙,丁'\nconst b = `${x}：${'戊;己'}`;")).toEqual([
      '甲,乙',
      '戊;己',
      'X：X',
    ]);
    expect(offenders([{ path: 'p', text: '成本(合计)' }])).toHaveLength(1);
    expect(offenders([{ path: 'p', text: '成本（合计）, NPV(rate, n)' }])).toEqual([]);
  });

  it('in the shipped frameworks, templates and sample engagements', () => {
    const texts: { path: string; text: string }[] = [];
    for (const dir of ['frameworks', 'templates', 'assessments']) {
      for (const file of files(dir, /\.yaml$/)) zhTexts(parse(readFileSync(file, 'utf8')), file, texts);
    }
    expect(texts.length).toBeGreaterThan(1000);
    expect(offenders(texts)).toEqual([]);
  });

  it('in every string of the source a user can read in Chinese', () => {
    const texts = files('src', /\.(ts|svelte|astro)$/).flatMap((file) =>
      stringLiterals(readFileSync(file, 'utf8'))
        .filter((text) => HAS_CJK.test(text))
        .map((text) => ({ path: file, text })),
    );
    expect(texts.length).toBeGreaterThan(500);
    expect(offenders(texts).filter((o) => !KNOWN.has(o))).toEqual([]);
  });
});
