import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GENERATED_DIR, generateSchemaOutputs } from '../../src/tools/schema-codegen.ts';

describe('generated types and validators', () => {
  test('match the schemas (run `npm run gen` after changing a schema)', async () => {
    for (const [name, content] of Object.entries(await generateSchemaOutputs())) {
      expect(readFileSync(join(GENERATED_DIR, name), 'utf8'), name).toBe(content);
    }
  });

  test('validators contain no eval-style code, so a strict CSP can forbid unsafe-eval', () => {
    const code = readFileSync(join(GENERATED_DIR, 'validators.js'), 'utf8');
    expect(code).not.toMatch(/new Function|\beval\(|\brequire\(/);
  });
});
