/**
 * Reads YAML text into plain data while keeping where every value came from, so that
 * later checks can name the line and column of any JSON pointer. Never throws: a file
 * that cannot be read safely becomes a list of problems.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { ScalarTag, YAMLError } from 'yaml';
import { MAX_FILE_BYTES } from './limits.ts';
import { gotParams } from './got-params.ts';
import { segmentsOf, type Problem, type RawProblem } from './problem.ts';

export const LIMITS = {
  /** Content files are hand-written; anything bigger is a mistake or an attack (see limits.ts). */
  maxBytes: MAX_FILE_BYTES,
  /** Aliases (*name) that expand too far are the "billion laughs" attack. */
  maxAliasCount: 100,
  /** Deeper nesting than any crmkit format needs. */
  maxDepth: 64,
  /**
   * Open brackets anywhere, text included: a backstop for the finer depth count, far below
   * what the YAML parser survives (5,000 deep parses in 40 ms) and far above any real text.
   */
  maxOpenBrackets: 1_000,
} as const;

export interface YamlSource {
  file: string;
  text: string;
  doc: Document.Parsed | undefined;
  lineCounter: LineCounter;
  /** Plain data, or undefined when the file could not be read. */
  data: unknown;
  problems: Problem[];
}

export function parseYaml(file: string, original: string): YamlSource {
  // Bare CR line ends (old Mac files) are line breaks in YAML; read them as such, so the
  // checks below see lines. CRLF keeps its offsets untouched.
  const text = original.replace(/\r(?!\n)/g, '\n');
  const lineCounter = new LineCounter();
  const source: YamlSource = { file, text, doc: undefined, lineCounter, data: undefined, problems: [] };
  const fileProblem = (raw: RawProblem, offset = 0): void => {
    const { line, col } = offset > 0 ? lineCounter.linePos(offset) : { line: 1, col: 1 };
    source.problems.push({ file, line, column: col, pointer: raw.pointer, code: raw.code, params: raw.params ?? {} });
  };

  const size = new TextEncoder().encode(text).length;
  if (size > LIMITS.maxBytes) {
    fileProblem({ pointer: '', code: 'file-too-large', params: { size, limit: LIMITS.maxBytes } });
    return source;
  }
  if (text.trim() === '' || /^(\s*#[^\n]*\n?|\s*---\s*\n?)*\s*$/.test(text)) {
    fileProblem({ pointer: '', code: 'file-empty' });
    return source;
  }
  if (nestingDepth(text) > LIMITS.maxDepth || openBrackets(text) > LIMITS.maxOpenBrackets) {
    fileProblem({ pointer: '', code: 'yaml-too-deep' });
    return source;
  }

  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
      customTags: [EXPLICIT_FLOAT],
    });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch {
    fileProblem({ pointer: '', code: 'yaml-too-deep' });
    return source;
  }
  // An empty document before the content ("---" twice) is not the file being empty.
  const doc = docs.find((d) => !isEmptyDocument(d)) ?? docs[0];
  if (!doc) {
    fileProblem({ pointer: '', code: 'file-empty' });
    return source;
  }
  if (docs.length > 1) {
    const second = docs[1];
    fileProblem({ pointer: '', code: 'yaml-several-documents' }, second?.range[0] ?? 0);
  }
  source.doc = doc;
  // One mistake often trips several parser errors on the same line: report the first.
  const reportedLines = new Set<number>();
  for (const error of [...doc.errors, ...doc.warnings]) {
    const { raw, offset } = yamlErrorProblem(error, text);
    const line = lineCounter.linePos(offset).line;
    if (reportedLines.has(line)) continue;
    reportedLines.add(line);
    fileProblem(raw, offset);
  }
  if (doc.errors.length > 0) return source;

  try {
    source.data = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof RangeError) fileProblem({ pointer: '', code: 'yaml-too-deep' });
    else if (/alias count|resource exhaustion/i.test(message))
      fileProblem({ pointer: '', code: 'yaml-too-many-aliases' });
    else fileProblem({ pointer: '', code: 'yaml-syntax', params: { detail: message.split('\n')[0] } });
    return source;
  }
  if (source.data === null || source.data === undefined) {
    fileProblem({ pointer: '', code: 'file-empty' });
  } else if (typeof source.data !== 'object' || Array.isArray(source.data)) {
    fileProblem({ pointer: '', code: 'file-not-mapping', params: gotParams(source.data) }, doc.contents?.range[0] ?? 0);
    source.data = undefined;
  }
  return source;
}

/**
 * `!!float 350` is valid YAML 1.2 (the tag makes the integer a float), but the parser's core
 * float only resolves text that looks like a float. Explicitly tagged, any number will do.
 */
const EXPLICIT_FLOAT: ScalarTag = {
  tag: 'tag:yaml.org,2002:float',
  resolve: (value, onError) => {
    const special = /^([-+]?)\.(inf|Inf|INF)$/.exec(value);
    if (special) return special[1] === '-' ? -Infinity : Infinity;
    if (/^\.(nan|NaN|NAN)$/.test(value)) return NaN;
    if (!/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(value)) {
      onError(`"${value}" is not a number`);
      return value;
    }
    return Number(value);
  },
};

/** Turns yaml's own error into plain words, at the position a person would look. */
function yamlErrorProblem(error: YAMLError, text: string): { raw: RawProblem; offset: number } {
  const detail = error.message.split('\n')[0] ?? error.message;
  const at = (raw: RawProblem, offset = error.pos[0]) => ({ raw, offset });
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return at({ pointer: '', code: 'yaml-tab' });
    case 'BAD_INDENT':
      return at({ pointer: '', code: 'yaml-indent' });
    case 'DUPLICATE_KEY': {
      const key = /^\s*["']?([^"':\n]*)/.exec(text.slice(error.pos[0]))?.[1]?.trim() ?? '';
      return at({ pointer: '', code: 'yaml-duplicate-key', params: { key } });
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return at({ pointer: '', code: 'yaml-multiline-key' });
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // "title: Phase 1: integrate" has the second colon on the same line; otherwise a
      // more-indented next line ("  en: a\n   zh: b") was read as a continuation.
      const lineEnd = text.indexOf('\n', error.pos[0]);
      const rest = text.slice(error.pos[0], lineEnd === -1 ? undefined : lineEnd);
      return at({ pointer: '', code: /:(\s|$)/.test(rest) ? 'yaml-colon-in-text' : 'yaml-indented-continuation' });
    }
    case 'MISSING_CHAR': {
      const quote = /closing (["'])quote/.exec(detail)?.[1];
      if (!quote) return at({ pointer: '', code: 'yaml-syntax', params: { detail } });
      // The parser notices at the end of the file; the mistake is at the opening quote.
      return at({ pointer: '', code: 'yaml-unclosed-quote' }, Math.max(0, text.lastIndexOf(quote, error.pos[0] - 1)));
    }
    case 'RESOURCE_EXHAUSTION':
      return at({ pointer: '', code: 'yaml-too-many-aliases' });
    default:
      return at({ pointer: '', code: 'yaml-syntax', params: { detail } });
  }
}

/**
 * Cheap upper bound on nesting, checked before parsing so a hostile file cannot
 * exhaust the parser's stack: the deepest run of open flow brackets, or of block
 * indentation steps. A bracket counts only where a flow collection can begin (at the start
 * of a value, or inside another flow collection); brackets in quoted text, in comments and
 * inside plain text ("see [1]") are words, not nesting.
 */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  /** The next character would start a value: a quote there opens a quoted scalar. */
  let valueStart = true;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    if (ch === '\n') {
      valueStart = true;
      lineStart = i + 1;
    } else if (valueStart && depth === 0 && (ch === '|' || ch === '>')) {
      // A block scalar: its lines are text, up to the first line indented no deeper than its key.
      i = endOfBlockScalar(text, i, indentOf(text.slice(lineStart)));
      lineStart = i + 1;
    } else if (ch === ' ' || ch === '\t' || ch === '\r') {
      // Spaces keep whatever came before.
    } else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else if (valueStart && (ch === '"' || ch === "'")) {
      i = endOfQuoted(text, i);
      valueStart = false;
    } else if ((ch === '[' || ch === '{') && (valueStart || depth > 0)) {
      max = Math.max(max, ++depth);
      valueStart = true;
    } else if ((ch === ']' || ch === '}') && depth > 0) {
      depth--;
      valueStart = false;
    } else if (ch === ',' && depth > 0) {
      valueStart = true;
    } else if ((ch === ':' || ch === '-' || ch === '?') && (next === undefined || /\s/.test(next))) {
      // "key: value", "- item", "? key": a value starts after the indicator.
      valueStart = true;
    } else {
      valueStart = false;
    }
  }
  for (const line of text.split('\n')) max = Math.max(max, Math.floor(indentOf(line) / 2));
  return max;
}

/** A document with nothing in it: "---" alone, or only comments. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  return doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && doc.contents.source === '');
}

/** A line's indentation: spaces and sequence dashes ("- - item"); a rule of hyphens is text. */
function indentOf(line: string): number {
  return /^(?: |-(?=[ ]|$))*/.exec(line)?.[0].length ?? 0;
}

/** The deepest run of open brackets, counting every bracket, in text or not. */
function openBrackets(text: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of text) {
    if (ch === '[' || ch === '{') max = Math.max(max, ++depth);
    else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return max;
}

/** Index of the line break that ends the block scalar whose indicator is at `start`. */
function endOfBlockScalar(text: string, start: number, parentIndent: number): number {
  let end = text.indexOf('\n', start);
  while (end !== -1) {
    const nextEnd = text.indexOf('\n', end + 1);
    const line = text.slice(end + 1, nextEnd === -1 ? undefined : nextEnd);
    if (line.trim() !== '' && (/^ */.exec(line)?.[0].length ?? 0) <= parentIndent) return end;
    end = nextEnd;
  }
  return text.length;
}

/** Index of the quote that closes the scalar opened at `start` (the end of the text if none). */
function endOfQuoted(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}

/** Line and column (1-based) of the value at `pointer`, or of its key with at = 'key'. */
export function locate(
  source: YamlSource,
  pointer: string,
  at: 'key' | 'value' = 'value',
): { line: number; column: number } {
  const offset = offsetOf(source, pointer, at);
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}

function offsetOf(source: YamlSource, pointer: string, at: 'key' | 'value'): number {
  const root = source.doc?.contents;
  if (!root) return 0;
  let node: Node = root as Node;
  let keyNode: Node | undefined;
  for (const segment of segmentsOf(pointer)) {
    const next = childOf(node, segment);
    if (!next) break; // point at the deepest node that exists
    keyNode = next.key;
    if (!next.value) {
      node = next.key ?? node;
      break;
    }
    node = next.value;
  }
  const target = at === 'key' && keyNode ? keyNode : node;
  return target.range?.[0] ?? 0;
}

function childOf(node: Node, segment: string): { key?: Node; value?: Node } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as Node | null;
      const keyValue = isScalar(key) ? String(key.value) : undefined;
      if (keyValue === segment) {
        const result: { key?: Node; value?: Node } = {};
        if (key) result.key = key;
        if (pair.value) result.value = pair.value as Node;
        return result;
      }
    }
    return undefined;
  }
  if (isSeq(node)) {
    const index = Number(segment);
    const item = Number.isInteger(index) ? (node.items[index] as Node | undefined) : undefined;
    return item ? { value: item } : undefined;
  }
  return undefined;
}

/** Attaches file positions to problems found by pointer. */
export function placeProblems(source: YamlSource, raws: readonly RawProblem[]): Problem[] {
  return raws.map((raw) => {
    const { line, column } = locate(source, raw.pointer, raw.at);
    const params = { ...raw.params };
    // A duplicate names where the first use was; turn that pointer into a line number.
    if (typeof params['firstAt'] === 'string') {
      params['firstLine'] = locate(source, params['firstAt'], 'value').line;
      delete params['firstAt'];
    }
    return {
      file: source.file,
      line,
      column,
      pointer: raw.pointer,
      code: raw.code,
      params,
      ...(raw.severity === 'warning' ? { severity: raw.severity } : {}),
    };
  });
}
