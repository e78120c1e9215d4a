/**
 * Reading and validating one engagement file against its size: a valid engagement padded
 * with room votes to 1 MB and to exactly the size limit, then files over the limit (one
 * byte over, 10 MB, 50 MB) that must be refused by their size before being read. Each
 * case runs `crmkit validate`'s own path (loadTargets: read, decode, YAML, schema, checks)
 * in a fresh Node process, so the memory figures are that file's alone. The baseline
 * loads the shipped content only (every run loads it, to check references against it).
 * Each process first loads the shipped content once (warm-up), then measures the case:
 * time (fastest of three), heapUsed / rss growth across the first and how far the process's peak rss rose above
 * its warm-up peak, each less the baseline's (so a refusal shows about 0). Run alone with `node bench/file-size.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../src/core/load/limits.ts';
import { printTable, type Budget } from './report.ts';

const SAMPLE = 'assessments/sony-china-after-sales.yaml';
const MB = 1_000_000;
/** Validation may take at most this many times the file's size in peak memory above an empty run. */
export const MEMORY_MULTIPLE_BUDGET = 100;
/** A refusal by size costs at most this much memory, whatever the file's size. */
const REFUSAL_BUDGET_BYTES = 5 * 1024 * 1024;

export interface FileSizeRow {
  label: string;
  bytes: number;
  /** What validation said: "valid", or the first problem's code. */
  outcome: string;
  ms: number;
  heapDelta: number;
  rssDelta: number;
  /** Peak rss of the process minus the peak of a run that loaded nothing. */
  peakRss: number;
}

/** One case, run in this process: the numbers are printed as JSON for the parent. */
async function measureOne(path: string): Promise<void> {
  const { loadTargets } = await import('../src/cli/load-targets.ts');
  // Warm up on the shipped content (code loaded and compiled, its peak reached), then settle.
  loadTargets([], [], process.cwd());
  globalThis.gc?.();
  const warmPeak = process.resourceUsage().maxRSS * 1024;
  const before = process.memoryUsage();
  const started = performance.now();
  const loaded = loadTargets(path === '-' ? [] : [path], [], process.cwd());
  const ms = performance.now() - started;
  const after = process.memoryUsage();
  const mine = loaded.problems.filter((p) => path.endsWith(p.file));
  const peakRss = process.resourceUsage().maxRSS * 1024 - warmPeak;
  // Time: the fastest of three runs, the machine's noise being all upward.
  let fastest = ms;
  for (let run = 0; run < 2; run++) {
    const t = performance.now();
    loadTargets(path === '-' ? [] : [path], [], process.cwd());
    fastest = Math.min(fastest, performance.now() - t);
  }
  console.log(
    JSON.stringify({
      outcome: path === '-' ? 'shipped content only' : (mine[0]?.code ?? 'valid'),
      ms: fastest,
      heapDelta: after.heapUsed - before.heapUsed,
      rssDelta: after.rss - before.rss,
      peakRss,
    }),
  );
}

/** A valid engagement of about `bytes` bytes: the sample with room votes on one answer. */
export function paddedEngagement(bytes: number): string {
  const sample = readFileSync(SAMPLE, 'utf8');
  const answer = '    cv-value-by-segment: { value: 2, target: 4, by: mkt-manager }\n';
  if (!sample.includes(answer)) throw new Error(`${SAMPLE} changed: no ${answer.trim()}`);
  const head =
    '    cv-value-by-segment:\n      value: 2\n      target: 4\n      by: mkt-manager\n      room:\n        date: 2026-03-01\n        votes:\n';
  const vote = (i: number) =>
    `          - { participant: Participant ${String(i).padStart(6, '0')}, value: ${1 + (i % 4)} }\n`;
  const room = [head];
  let size = Buffer.byteLength(sample) - answer.length + head.length;
  for (let i = 0; size + vote(i).length <= bytes; i++) {
    room.push(vote(i));
    size += vote(i).length;
  }
  const text = sample.replace(answer, room.join('')).replace(/^id: .*$/m, 'id: bench-padded-engagement');
  // Fill the last few bytes with a comment line, so the size is exact.
  const short = bytes - Buffer.byteLength(text);
  return short >= 2 ? `${text}#${'-'.repeat(short - 2)}\n` : text;
}

export function fileSizeRows(): FileSizeRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'crmkit-bench-size-'));
  try {
    const cases: { label: string; path: string }[] = [{ label: 'no file (baseline)', path: '-' }];
    for (const [label, bytes] of [
      ['valid, 1 MB', 1 * MB],
      ['valid, at the limit', MAX_FILE_BYTES],
    ] as const) {
      const path = join(dir, `${bytes}.yaml`);
      writeFileSync(path, paddedEngagement(bytes));
      cases.push({ label, path });
    }
    for (const [label, bytes] of [
      ['refused, 1 byte over', MAX_FILE_BYTES + 1],
      ['refused, 10 MB', 10 * MB],
      ['refused, 50 MB', 50 * MB],
    ] as const) {
      const path = join(dir, `${bytes}.yaml`);
      writeFileSync(path, '');
      truncateSync(path, bytes);
      cases.push({ label, path });
    }
    const measured = cases.map(({ label, path }) => {
      const child = spawnSync(process.execPath, ['--expose-gc', import.meta.filename, path], { encoding: 'utf8' });
      const json = child.stdout.trim().split('\n').pop() ?? '';
      if (child.status !== 0 || !json.startsWith('{')) throw new Error(`${label}: ${child.stderr.trim()}`);
      const m = JSON.parse(json) as Omit<FileSizeRow, 'label' | 'bytes'>;
      return { label, bytes: path === '-' ? 0 : statSync(path).size, ...m };
    });
    const base = measured[0];
    if (!base) return [];
    // Every run loads the shipped content too: the baseline's time and growth are taken off.
    return measured.map((row, i) =>
      i === 0
        ? row
        : {
            ...row,
            ms: row.ms - base.ms,
            heapDelta: row.heapDelta - base.heapDelta,
            rssDelta: row.rssDelta - base.rssDelta,
            peakRss: row.peakRss - base.peakRss,
          },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export function printFileSizeRows(rows: readonly FileSizeRow[]): void {
  printTable(
    ['file', 'size', 'outcome', 'time', 'heapUsed Δ', 'rss Δ', 'peak rss Δ', 'peak ÷ size'],
    rows.map((r) => [
      r.label,
      r.bytes.toLocaleString('en'),
      r.outcome,
      `${r.ms.toFixed(1)} ms`,
      mb(r.heapDelta),
      mb(r.rssDelta),
      mb(r.peakRss),
      r.bytes > 0 ? `${(r.peakRss / r.bytes).toFixed(1)} ×` : '',
    ]),
  );
}

export function fileSizeBudgets(rows: readonly FileSizeRow[]): Budget[] {
  const valid = rows.filter((r) => r.outcome === 'valid');
  const refused = rows.filter((r) => r.outcome === 'file-too-large');
  const worst = Math.max(...valid.map((r) => r.peakRss / r.bytes));
  const worstRefusal = Math.max(...refused.map((r) => r.peakRss));
  return [
    {
      name: 'Validation peak memory, 1 MB and at the limit',
      limit: `< ${MEMORY_MULTIPLE_BUDGET} × file size`,
      actual: `${worst.toFixed(1)} ×`,
      pass: valid.length === 2 && worst < MEMORY_MULTIPLE_BUDGET,
    },
    {
      name: 'Refusal by size, over the limit up to 50 MB',
      limit: `< ${mb(REFUSAL_BUDGET_BYTES)} peak`,
      actual: mb(worstRefusal),
      pass: refused.length === 3 && worstRefusal < REFUSAL_BUDGET_BYTES,
    },
  ];
}

if (process.argv[1] === import.meta.filename) {
  const path = process.argv[2];
  if (path) await measureOne(path);
  else {
    const rows = fileSizeRows();
    printFileSizeRows(rows);
    printTable(
      ['budget', 'limit', 'actual', 'result'],
      fileSizeBudgets(rows).map((b) => [b.name, b.limit, b.actual, b.pass ? 'pass' : 'FAIL']),
    );
  }
}
