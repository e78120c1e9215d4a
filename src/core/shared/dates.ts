/** The calendar dates crmkit accepts, in one place for the checks, the plan and the workshop. */
// Deep imports: the date-fns index pulls in the whole library (~0.7 s at CLI start).
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/**
 * The dates crmkit handles: from 1900 (nothing a CRM programme records is older; year 0000 is
 * valid ISO 8601 but calendar files cannot write it) to 9999-12-31, the last date every output
 * format writes as YYYY-MM-DD. A plan must also end by then (see plan-date-checks.ts).
 */
export const FIRST_DATE = '1900-01-01';
export const LAST_DATE = '9999-12-31';

/** True for a YYYY-MM-DD string that names a real calendar day (not 2026-02-30). */
export function isRealDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));
}

/** A real date within the range crmkit handles, 1900-01-01 to 9999-12-31. */
export function isSupportedDate(value: string): boolean {
  return isRealDate(value) && value >= FIRST_DATE && value <= LAST_DATE;
}
