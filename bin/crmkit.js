#!/usr/bin/env node
// The crmkit command. It runs the TypeScript sources directly, which needs Node 22.18
// or newer (type stripping). On an older system Node, re-run on the Node 22 that
// package.json pins as a devDependency.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  let pinned;
  try {
    pinned = createRequire(import.meta.url).resolve('node/bin/node');
  } catch {
    console.error(
      `crmkit needs Node 22.18 or newer (this is ${process.version}); run \`npm install\` in the crmkit folder first.`,
    );
    process.exit(2);
  }
  const result = spawnSync(pinned, process.argv.slice(1), { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
// A reader that stops early (`crmkit assess … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { runAsync } = await import('../src/cli/main.ts');
const result = await runAsync(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
