/** Shipped content and the sample engagements, loaded once for the engine tests. */
import { loadContent } from '../../src/core/content/load-content.ts';
import type { Engagement, Framework } from '../../src/schemas/generated/types.ts';
import { readSources, shippedContentFiles } from '../../src/node/content-files.ts';

export const shipped = loadContent(readSources(shippedContentFiles()).sources);

export function shippedFramework(id: string): Framework {
  const found = shipped.frameworks.get(id);
  if (!found) throw new Error(`no framework ${id}`);
  return found;
}

export function sample(id: 'sony-china-after-sales' | 'industrial-equipment-growth'): Engagement {
  const found = shipped.engagements.get(id);
  if (!found) throw new Error(`no engagement ${id}`);
  return found;
}
