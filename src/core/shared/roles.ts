/** The project roles of the common schema, in order, for pickers (a test keeps this in step with the schema). */
import type { Role, Workstream } from '../../schemas/generated/types.ts';

export const ROLES = [
  'executive-sponsor',
  'marketing-service',
  'it',
  'finance',
  'end-user-rep',
  'external-consultant',
] as const satisfies readonly Role[];

/** The workstreams of the common schema, in order, for filters. */
export const WORKSTREAMS = [
  'process',
  'organisation',
  'facilities',
  'data',
  'technology',
] as const satisfies readonly Workstream[];
