/**
 * What the browser benchmarks share: the system Chromium with one set of flags, the built
 * site served by `astro preview` on one port, and the median.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM = process.env['CRMKIT_CHROME'] ?? '/usr/bin/chromium';
/** Flags for every Chromium the bench starts (Playwright and Lighthouse alike). */
export const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];
/** Port of the preview server; BENCH_PORT moves it when another server holds it. */
export const PREVIEW_PORT = Number(process.env['BENCH_PORT'] ?? 4501);

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** The first line of an error, for a table cell. */
export const firstLine = (error: unknown): string =>
  ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').trim();

/** Chromium through Playwright, or the reason it cannot run (printed in place of a table). */
export async function launchChromium(
  extraFlags: readonly string[] = [],
): Promise<{ browser: Browser } | { skipped: string }> {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  try {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_FLAGS, ...extraFlags],
    });
    return { browser };
  } catch (error) {
    return { skipped: `Chromium at ${CHROMIUM} did not start (${firstLine(error)})` };
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

export interface Preview {
  origin: string;
  stop: () => Promise<void>;
}

/**
 * `astro preview` of dist/ on PREVIEW_PORT, ready when `/` answers. Refuses a port that is
 * already taken: a server left by someone else would be measured instead of this build.
 */
export async function startPreview(port = PREVIEW_PORT, timeoutMs = 30_000): Promise<Preview> {
  if (await portOpen(port)) throw new Error(`port ${port} is in use; set BENCH_PORT to a free one`);
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  };
  const origin = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`astro preview exited: ${stderr.trim().split('\n')[0] ?? ''}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${origin} within ${timeoutMs / 1000} s`);
}
