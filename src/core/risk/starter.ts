/**
 * The starter risks of the risk framework, turned into editable register entries in the
 * engagement's language. The user accepts, edits or drops each; none is a fact about a client.
 */
import { uniqueId } from '../shared/ids.ts';
import type { CatalogItem, Framework, Language, Risk, Stage } from '../../schemas/generated/types.ts';

export interface StarterRisk {
  /** Category (element) and item of the risk framework it comes from. */
  category: string;
  item: CatalogItem;
  risk: Risk;
}

export interface StarterOptions {
  /** Risks already in the register: their ids stay unique and items already taken are left out. */
  existing?: readonly Risk[];
  /** Maps an item's rollout stage to a phase of the engagement's plan, when there is one. */
  phaseFor?: (stage: Stage) => string | undefined;
}

export function starterRisks(framework: Framework, lang: Language, options: StarterOptions = {}): StarterRisk[] {
  const existing = options.existing ?? [];
  const taken = new Set(existing.map((r) => r.id));
  const titles = new Set(existing.map((r) => r.title));
  const out: StarterRisk[] = [];
  for (const element of framework.elements) {
    if (element.catalog !== 'risk') continue;
    for (const item of element.items ?? []) {
      const title = item.title[lang];
      if (taken.has(item.id) || titles.has(title)) continue;
      const d = item.defaults ?? {};
      const id = uniqueId(item.id, taken);
      taken.add(id);
      const phase = d.phase ? options.phaseFor?.(d.phase) : undefined;
      const risk: Risk = {
        id,
        category: element.id,
        title,
        likelihood: d.likelihood ?? 3,
        impact: d.impact ?? 3,
        ...(item.description ? { description: item.description[lang] } : {}),
        ...(d.owner ? { owner: d.owner } : {}),
        ...(d.mitigation ? { mitigation: d.mitigation[lang] } : {}),
        ...(phase ? { phase } : {}),
      };
      out.push({ category: element.id, item, risk });
    }
  }
  return out;
}
