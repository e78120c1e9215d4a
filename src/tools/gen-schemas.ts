/**
 * `npm run gen`: writes src/schemas/generated from the schemas.
 * `npm run gen -- --check`: fails if the committed files are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR, generateSchemaOutputs } from './schema-codegen.ts';

const outputs = await generateSchemaOutputs();

const check = process.argv.includes('--check');
let stale = 0;
for (const [name, content] of Object.entries(outputs)) {
  const path = join(GENERATED_DIR, name);
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== content) {
      console.error(`stale: src/schemas/generated/${name} — run \`npm run gen\` and commit the result`);
      stale++;
    }
  } else {
    writeFileSync(path, content);
  }
}
if (check && stale) process.exit(1);
if (!check) console.log(`generated ${Object.keys(outputs).length} files in src/schemas/generated`);
