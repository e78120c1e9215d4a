/**
 * Editing the risk register in the workshop: pure functions from one engagement to the
 * next, so every change can be saved, undone by import/restore, and tested without a DOM.
 */
import type { Engagement, Risk } from '../../schemas/generated/types.ts';
import { uniqueId } from '../shared/ids.ts';

/** The fields a user edits (undefined clears an optional one); the id stays as it is. */
export type RiskPatch = { [K in keyof Omit<Risk, 'id'>]?: Risk[K] | undefined };

/** Optional fields that an empty value removes rather than stores, so exports stay clean. */
const OPTIONAL: readonly (keyof Risk)[] = [
  'description',
  'owner',
  'mitigation',
  'phase',
  'residualLikelihood',
  'residualImpact',
];

function withRisks(engagement: Engagement, risks: Risk[], today: string): Engagement {
  return { ...engagement, risks, updated: today };
}

/** Adds risks (a blank one or accepted starters), giving each an id not yet used. */
export function addRisks(engagement: Engagement, risks: readonly Risk[], today: string): Engagement {
  const taken = new Set((engagement.risks ?? []).map((r) => r.id));
  const added = risks.map((risk) => {
    const id = uniqueId(risk.id || 'risk', taken);
    taken.add(id);
    return { ...risk, id };
  });
  return withRisks(engagement, [...(engagement.risks ?? []), ...added], today);
}

/**
 * Changes one risk. An empty title is refused (a risk needs a name: the file would not
 * validate), and empty optional fields are removed. Returns the engagement unchanged
 * when nothing applies.
 */
export function updateRisk(engagement: Engagement, id: string, patch: RiskPatch, today: string): Engagement {
  if (patch.title !== undefined && patch.title.trim() === '') return engagement;
  let changed = false;
  const risks = (engagement.risks ?? []).map((risk) => {
    if (risk.id !== id) return risk;
    changed = true;
    const merged: Record<string, unknown> = { ...risk, ...patch };
    const empty = (key: string, value: unknown) =>
      (OPTIONAL as readonly string[]).includes(key) &&
      (value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value)));
    const next = Object.fromEntries(Object.entries(merged).filter(([key, value]) => !empty(key, value)));
    return next as unknown as Risk;
  });
  return changed ? withRisks(engagement, risks, today) : engagement;
}

export function removeRisk(engagement: Engagement, id: string, today: string): Engagement {
  const risks = (engagement.risks ?? []).filter((r) => r.id !== id);
  return risks.length === (engagement.risks ?? []).length ? engagement : withRisks(engagement, risks, today);
}

/** Adds a risk category of the client's own; `taken` holds the framework's category ids. */
export function addRiskCategory(
  engagement: Engagement,
  title: string,
  taken: ReadonlySet<string>,
  today: string,
): { engagement: Engagement; id: string } | undefined {
  const clean = title.trim();
  if (!clean) return undefined;
  const own = engagement.riskCategories ?? [];
  const existing = own.find((c) => c.title === clean);
  if (existing) return { engagement, id: existing.id };
  const id = uniqueId(/[a-z0-9]/i.test(clean) ? clean : 'category', new Set([...taken, ...own.map((c) => c.id)]));
  return { engagement: { ...engagement, riskCategories: [...own, { id, title: clean }], updated: today }, id };
}
