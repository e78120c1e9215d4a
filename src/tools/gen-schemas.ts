/**
 * `npm run gen`: writes src/schemas/generated from the schemas.
 * `npm run gen -- --check`: fails if the committed files are stale.
 */
import { join } from 'node:path';
import { GENERATED_DIR, generateSchemaOutputs } from './schema-codegen.ts';
import { writeOrCheck } from './generated-files.ts';

const outputs = await generateSchemaOutputs();

writeOrCheck(
  Object.fromEntries(Object.entries(outputs).map(([name, content]) => [join(GENERATED_DIR, name), content])),
  'npm run gen',
);
