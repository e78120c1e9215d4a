/**
 * The generators' one way out: write each file, or with `--check` report every file that differs
 * from what would be written and exit 1, so `npm run check` catches a generated file left stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export function writeOrCheck(files: Record<string, string>, command: string): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [path, text] of Object.entries(files)) {
    if (!check) {
      writeFileSync(path, text);
      continue;
    }
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      console.error(`stale: ${path} — run \`${command}\` and commit the result`);
      stale++;
    }
  }
  if (check && stale > 0) process.exit(1);
  if (!check) console.log(`generated ${Object.keys(files).join(', ')}`);
}
