/** What the vendor charts draw, as plain data: the same numbers as the tables beside them. */
import type { Language } from '../../schemas/generated/types.ts';
import type { VendorDecision } from './vendor-decision.ts';

export interface StackedBars {
  /** One bar per vendor with a total. */
  labels: string[];
  /** One stack segment per criterion: weight × criterion score, so a bar's length is the vendor's total. */
  stacks: { label: string; values: number[] }[];
}

export function vendorStack(
  decision: VendorDecision,
  lang: Language,
  knockedOut: (name: string) => string,
): StackedBars {
  const { evaluation, framework } = decision;
  const weights = evaluation.weights.weights ?? [];
  const vendors = evaluation.vendors.filter((v) => v.total !== undefined);
  return {
    labels: vendors.map((v) => (v.knockOuts.length > 0 ? knockedOut(v.name) : v.name)),
    stacks: framework.elements.map((element, c) => ({
      label: element.title[lang],
      values: vendors.map((v) => (weights[c] ?? 0) * (v.criteria[c]?.score ?? 0)),
    })),
  };
}

export interface Tornado {
  labels: string[];
  /** Current weight, and the range it can move within before the winner changes, in percent. */
  current: number[];
  low: number[];
  high: number[];
}

/** Criteria by how little room their weight has (narrowest range first): the top bar decides the choice most. */
export function sensitivityTornado(decision: VendorDecision, lang: Language): Tornado {
  const titles = new Map(decision.framework.elements.map((e) => [e.id, e.title[lang]]));
  const rows = decision.sensitivity
    .map((s) => ({
      label: titles.get(s.criterion) ?? s.criterion,
      current: s.weight * 100,
      low: (s.down?.weight ?? 0) * 100,
      high: (s.up?.weight ?? 1) * 100,
    }))
    .sort((a, b) => a.high - a.low - (b.high - b.low));
  return {
    labels: rows.map((r) => r.label),
    current: rows.map((r) => r.current),
    low: rows.map((r) => r.low),
    high: rows.map((r) => r.high),
  };
}
