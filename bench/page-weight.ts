/**
 * Page weight from the built site: for each page, the JavaScript it loads before any user
 * action (module scripts, island components and renderers, and everything they import
 * statically) and its CSS, raw and gzip. Dynamic `import()` chunks (Chart.js, Mermaid) are
 * listed apart as lazy: they load only when a chart or diagram is shown.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export type PageKind = 'static' | 'wizard' | 'result' | 'phone';

export interface PageWeight {
  page: string;
  kind: PageKind;
  js: { raw: number; gzip: number; chunks: string[] };
  css: { raw: number; gzip: number };
  /** Chunks reachable only through dynamic import(), by file. */
  lazy: string[];
  /** Chart and diagram libraries found among the initial chunks (should stay empty). */
  libraries: string[];
}

/**
 * Pages that need no interaction: reading matter (catalogues, framework and template pages,
 * an engagement's overview, executive summary and risk register) rendered at build time.
 * They must ship no JavaScript. The workshop pages (wizard, room, presenter) are the wizard
 * kind; the live room's join page is the phone kind (its own, smaller budget); every other
 * page is a result page.
 */
const STATIC_PAGES = [
  /^\/$/,
  /^\/frameworks\//,
  /^\/templates\//,
  /^\/engagements\/$/,
  /^\/engagements\/[^/]+\/$/,
  /^\/engagements\/[^/]+\/risks\/$/,
  /^\/engagements\/[^/]+\/summary\/$/,
];

export function pageKind(page: string): PageKind {
  const path = page.replace(/^\/zh(?=\/)/, '');
  if (path.startsWith('/workshop/')) return 'wizard';
  if (path === '/join/') return 'phone';
  return STATIC_PAGES.some((pattern) => pattern.test(path)) ? 'static' : 'result';
}

/**
 * Chart and diagram libraries, recognised in a chunk: Mermaid by the names of its own
 * chunks (mermaid.core, xyzDiagram-HASH, chunk-HASH from its bundle), Chart.js by the
 * `_chartjs` property it stores on every chart's data.
 */
function librariesIn(file: string): string[] {
  const name = basename(file);
  const found: string[] = [];
  if (/^(mermaid\.|[a-zA-Z0-9]+Diagram-[A-Z0-9]{8}\.|chunk-[A-Z0-9]{8}\.)/.test(name)) found.push('Mermaid');
  if (readFileSync(file, 'utf8').includes('_chartjs')) found.push('Chart.js');
  return found;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{0,2}\/[^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{0,2}\/[^"'`]+\.js)["'`]\s*\)/g;

function resolveAsset(dist: string, from: string, spec: string): string {
  return spec.startsWith('/') ? join(dist, spec) : resolve(dirname(from), spec);
}

/** Every file a module pulls in statically, and the dynamic imports met on the way. */
function closure(dist: string, entries: readonly string[]): { files: Set<string>; lazy: Set<string> } {
  const files = new Set<string>();
  const lazy = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(STATIC_IMPORT)) queue.push(resolveAsset(dist, file, match[1] ?? ''));
    for (const match of text.matchAll(DYNAMIC_IMPORT)) lazy.add(resolveAsset(dist, file, match[1] ?? ''));
  }
  for (const file of files) lazy.delete(file);
  return { files, lazy };
}

function sizes(files: Iterable<string>): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

export function pageWeights(dist: string): PageWeight[] {
  return htmlFiles(dist)
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const attr = (pattern: RegExp): string[] => [...html.matchAll(pattern)].map((m) => m[1] ?? '');
      const entries = [
        ...attr(/<script[^>]*\bsrc="([^"]+\.js)"/g),
        ...attr(/\bcomponent-url="([^"]+\.js)"/g),
        ...attr(/\brenderer-url="([^"]+\.js)"/g),
      ].map((src) => resolveAsset(dist, file, src));
      const inlineModules = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
        .map((m) => m[1] ?? '')
        .filter((body) => body.trim().length > 0 && !body.trim().startsWith('{'));
      const { files, lazy } = closure(dist, [...new Set(entries)]);
      const js = sizes(files);
      for (const body of inlineModules) {
        js.raw += Buffer.byteLength(body);
        js.gzip += gzipSync(body, { level: 9 }).length;
      }
      const css = sizes(
        new Set(attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g).map((h) => resolveAsset(dist, file, h))),
      );
      const page = '/' + relative(dist, file).replace(/index\.html$/, '');
      return {
        page,
        kind: pageKind(page),
        js: { ...js, chunks: [...files].map((f) => relative(dist, f)).sort() },
        css,
        lazy: [...lazy].map((f) => relative(dist, f)).sort(),
        libraries: [...new Set([...files].flatMap(librariesIn))].sort(),
      };
    });
}
