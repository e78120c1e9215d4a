// @vitest-environment happy-dom
/**
 * The size limit comes before a file is read whole, every way a file comes in: the CLI and
 * the site build (src/node/content-files.ts) look at the size on disk, the workshop import
 * at the picked file's size, and the refusal names the file, its size and the limit.
 */
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { MAX_FILE_BYTES } from '../../src/core/load/limits.ts';
import { formatProblem } from '../../src/i18n/messages.ts';
import { readSources } from '../../src/node/content-files.ts';
import { pickedFile, WorkshopSession } from '../../src/islands/workshop-session.svelte.ts';
import { shipped } from './assess-helpers.ts';
import { fakeStore } from './fake-store.ts';

const tmp = mkdtempSync(join(tmpdir(), 'crmkit-size-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A file of `size` bytes that takes no disk space (sparse): its content is NUL bytes. */
function sparse(name: string, size: number): string {
  const path = join(tmp, name);
  writeFileSync(path, '');
  truncateSync(path, size);
  return path;
}

describe('the CLI and the build: size on disk first', () => {
  test('a 3 GB file is refused by its size, with file, size and limit, never read', () => {
    // Reading it would fail in Node (over 2 GiB) or take 3 GB: the size sentence proves it was not read.
    const path = sparse('huge.yaml', 3_000_000_000);
    const { sources, problems } = readSources([path], tmp);
    expect(sources).toEqual([]);
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'huge.yaml:1:1  /  the file is 3,000,000,000 bytes (3000 MB); files over 2,000,000 bytes (2 MB) are refused before they are read: no crmkit file needs to be that large',
    ]);
    const cli = run(['validate', path], tmp);
    expect(cli.exitCode).toBe(1);
    expect(cli.stderr).toBe('');
    expect(cli.stdout).toContain('huge.yaml:1:1');
    expect(cli.stdout).toContain('the file is 3,000,000,000 bytes (3000 MB)');
  });

  test('in Chinese the same sentence names the size and the limit', () => {
    const path = sparse('big.yaml', 10_485_760);
    const { problems } = readSources([path], tmp);
    expect(problems.map((p) => formatProblem(p, 'zh'))).toEqual([
      'big.yaml:1:1  /  文件大小为 10,485,760 字节（10.5 MB）；超过 2,000,000 字节（2 MB）的文件在读取前即被拒绝：任何 crmkit 文件都不需要这么大',
    ]);
  });

  test('exactly at the limit is read (and then checked as YAML); one byte over is refused', () => {
    const at = join(tmp, 'at.yaml');
    writeFileSync(at, `# ${'x'.repeat(MAX_FILE_BYTES - 3)}\n`);
    const over = join(tmp, 'over.yaml');
    writeFileSync(over, `# ${'x'.repeat(MAX_FILE_BYTES - 2)}\n`);
    const { sources, problems } = readSources([at, over], tmp);
    expect(sources.map((s) => [s.path, s.text.length])).toEqual([['at.yaml', MAX_FILE_BYTES]]);
    expect(problems.map((p) => [p.file, p.code, p.params['size']])).toEqual([
      ['over.yaml', 'file-too-large', MAX_FILE_BYTES + 1],
    ]);
  });

  test.runIf(existsSync('/dev/zero'))(
    'a device with no size that never ends (/dev/zero) is refused, not read forever',
    () => {
      const { sources, problems } = readSources(['/dev/zero'], tmp);
      expect(sources).toEqual([]);
      expect(problems.map((p) => [p.code, p.params['size']])).toEqual([['file-too-large', MAX_FILE_BYTES + 1]]);
    },
  );
});

describe('the workshop import: the picked file size first', () => {
  /** A picked file whose bytes must not be read: reading them fails the test. */
  const unreadable = (name: string, size: number) =>
    ({
      name,
      size,
      arrayBuffer: () => Promise.reject(new Error(`${name} was read`)),
      text: () => Promise.reject(new Error(`${name} was read`)),
    }) as unknown as File;

  test('a 50 MB file is refused by its size without its bytes being read', async () => {
    const picked = await pickedFile(unreadable('room-export.yaml', 50_000_000));
    expect(picked).toEqual({ name: 'room-export.yaml', data: new Uint8Array(0), size: 50_000_000 });
    const session = new WorkshopSession({ lang: 'en', page: 'wizard' });
    session.init({
      store: fakeStore().store,
      content: { frameworks: [...shipped.frameworks.values()], templates: [...shipped.templates.values()] },
    });
    expect(await session.importFile(picked)).toEqual({ outcome: 'refused' });
    expect(session.importProblems).toEqual({
      file: 'room-export.yaml',
      lines: [
        'room-export.yaml:1:1  /  the file is 50,000,000 bytes (50 MB); files over 2,000,000 bytes (2 MB) are refused before they are read: no crmkit file needs to be that large',
      ],
    });
  });

  test('a file within the limit is still read', async () => {
    const file = new File(['kind: engagement\n'], 'small.yaml');
    const picked = await pickedFile(file);
    expect(picked.size).toBe(17);
    expect(new TextDecoder().decode(picked.data as Uint8Array)).toBe('kind: engagement\n');
  });
});
