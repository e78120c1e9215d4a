/** Which vendor-criteria framework an engagement's selection weighs; small so the workshop can ask without loading the checks. */
import type { Engagement, Framework } from '../../schemas/generated/types.ts';

export const DEFAULT_VENDOR_FRAMEWORK = 'vendor-selection';

/** The one named, else `vendor-selection`, else the only vendor-criteria framework. */
export function selectionFramework(engagement: Engagement, frameworks: readonly Framework[]): Framework | undefined {
  const candidates = frameworks.filter((f) => f.use === 'vendor-criteria');
  const id = engagement.vendorSelection?.framework;
  if (id !== undefined) return candidates.find((f) => f.id === id);
  return (
    candidates.find((f) => f.id === DEFAULT_VENDOR_FRAMEWORK) ?? (candidates.length === 1 ? candidates[0] : undefined)
  );
}
