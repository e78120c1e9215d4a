/** The project roles of the common schema, in order, for pickers (a test keeps this in step with the schema). */
import type { Role } from '../schemas/generated/types.ts';

export const ROLES = [
  'executive-sponsor',
  'marketing-service',
  'it',
  'finance',
  'end-user-rep',
  'external-consultant',
] as const satisfies readonly Role[];
