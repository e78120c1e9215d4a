/** The schema files and how ajv is configured for them; shared by code generation and tests. */
import Ajv2020 from 'ajv/dist/2020.js';
import type { CodeOptions } from 'ajv';

/** Schema files in src/schemas, in dependency order. */
export const SCHEMA_FILES = [
  'common.schema.json',
  'framework.schema.json',
  'framework-overlay.schema.json',
  'template.schema.json',
  'engagement.schema.json',
] as const;

/** Exported validator name → schema id. */
export const VALIDATOR_NAMES = {
  validateFramework: 'framework.schema.json',
  validateFrameworkOverlay: 'framework-overlay.schema.json',
  validateTemplate: 'template.schema.json',
  validateEngagement: 'engagement.schema.json',
} as const;

export function buildAjv(schemas: object[], code?: CodeOptions): Ajv2020 {
  return new Ajv2020({
    schemas,
    // Report every problem, not the first; keep the schema beside each error so
    // messages can quote bounds and allowed values.
    allErrors: true,
    verbose: true,
    strict: true,
    // Keep $ref'd definitions as shared functions instead of copying them into
    // every use: the generated validator stays small enough for the browser.
    inlineRefs: false,
    ...(code ? { code } : {}),
  });
}
