/** Shipped content and the sample engagements, loaded once for the engine tests. */
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/core/check/load-content.ts';
import type { Engagement, Framework, Template } from '../../src/schemas/generated/types.ts';
import { readSources, shippedContentFiles } from '../../src/node/content-files.ts';

export const shipped = loadContent(readSources(shippedContentFiles()).sources);

export function shippedFramework(id: string): Framework {
  const found = shipped.frameworks.get(id);
  if (!found) throw new Error(`no framework ${id}`);
  return found;
}

export type SampleId = 'sony-china-after-sales' | 'industrial-equipment-growth' | 'singapore-tea-shop-loyalty';

export function sample(id: SampleId): Engagement {
  const found = shipped.engagements.get(id);
  if (!found) throw new Error(`no engagement ${id}`);
  return found;
}

/** The fixture framework and the two-phase fixture template that refers to it. */
export const fixture = loadContent(
  ['frameworks/fx-fit.yaml', 'templates/fx-plan.yaml'].map((f) => ({
    path: f,
    text: readFileSync(`tests/fixtures/context/${f}`, 'utf8'),
  })),
);

export function fixturePlanTemplate(): Template {
  const found = fixture.templates.get('fx-plan');
  if (!found) throw new Error('fixture template fx-plan did not load');
  return found;
}
