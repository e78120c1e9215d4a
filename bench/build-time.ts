/**
 * Build time of the site as shipped and of the same site with many engagements, so users
 * see how the build grows with their own content. The large site is built in a temporary
 * copy of the project (no node_modules, dist or caches) whose assessments/ gains copies of
 * the samples with distinct ids, titles and client names; the copy is removed afterwards.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { firstLine } from './browser.ts';

export interface BuildTime {
  label: string;
  engagements: number;
  /** HTML pages in dist/. */
  pages: number;
  seconds: number;
}

export type BuildResult = BuildTime | { label: string; engagements: number; error: string };

/** Left out of the copy: installed packages, build output, caches and local test output. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report']);

export function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum + (entry.isDirectory() ? countPages(join(dir, entry.name)) : entry.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

function engagementFiles(root: string): string[] {
  return readdirSync(join(root, 'assessments'))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(root, 'assessments', name));
}

/** `astro build` in `root`, timed; rejects with the build's last lines when it fails. */
export function timeBuild(root: string): Promise<number> {
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  const env = { ...process.env };
  delete env['CRMKIT_CONTENT']; // build exactly the folder's content
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [astro, 'build'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.once('error', fail);
    child.once('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) done(seconds);
      else fail(new Error(`astro build exited with ${code}: ${output.trim().split('\n').slice(-3).join(' / ')}`));
    });
  });
}

/** Engagement n of the copies: a sample with an id, title and client name of its own. */
function engagementCopy(sample: string, n: number): { name: string; text: string } {
  const doc = parseDocument(readFileSync(sample, 'utf8'));
  const id = `${String(doc.get('id'))}-bench-${n}`;
  doc.set('id', id);
  doc.set('title', `${String(doc.get('title'))} (bench ${n})`);
  doc.setIn(['client', 'name'], `${String(doc.getIn(['client', 'name']))} ${n}`);
  return { name: `${id}.yaml`, text: doc.toString() };
}

/**
 * A temporary copy of the project with `count` engagements added to assessments/. Its
 * node_modules is a folder of links to each installed package rather than one link to the
 * whole folder, so the copy's Vite and Astro caches stay in the copy.
 */
function scaledCopy(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'crmkit-bench-'));
  for (const entry of readdirSync('.')) {
    if (!NOT_COPIED.has(entry)) cpSync(entry, join(root, entry), { recursive: true });
  }
  const modules = resolve('node_modules');
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (entry !== '.vite' && entry !== '.astro') symlinkSync(join(modules, entry), join(root, 'node_modules', entry));
  }
  const samples = engagementFiles(root);
  for (let n = 1; n <= count; n += 1) {
    const sample = samples[(n - 1) % samples.length];
    if (!sample) throw new Error('no sample engagement in assessments/');
    const copy = engagementCopy(sample, n);
    writeFileSync(join(root, 'assessments', copy.name), copy.text);
  }
  return root;
}

/** The shipped site, built in place (its dist/ is what the other benchmarks read). */
export async function buildSite(): Promise<BuildResult> {
  const engagements = engagementFiles('.').length;
  const label = 'site as shipped';
  try {
    const seconds = await timeBuild('.');
    return { label, engagements, pages: countPages('dist'), seconds };
  } catch (error) {
    return { label, engagements, error: firstLine(error) };
  }
}

/** The site with `count` more engagements, built in a temporary copy that is then removed. */
export async function buildScaled(count: number): Promise<BuildResult> {
  let root: string | undefined;
  try {
    root = scaledCopy(count);
    const engagements = engagementFiles(root).length;
    const label = `+${count} engagements (temporary copy)`;
    try {
      const seconds = await timeBuild(root);
      return { label, engagements, pages: countPages(join(root, 'dist')), seconds };
    } catch (error) {
      return { label, engagements, error: firstLine(error) };
    }
  } catch (error) {
    return { label: `+${count} engagements`, engagements: count, error: firstLine(error) };
  } finally {
    if (root) rmSync(root, { recursive: true, force: true });
  }
}
