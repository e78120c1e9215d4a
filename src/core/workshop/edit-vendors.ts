/**
 * Editing the vendor selection in the workshop: pure functions from one engagement to the
 * next. Direct weights are kept summing to 1 (moving one rescales the others), and AHP
 * judgements are stored the way the file format says (`a` matters `value` times `b`).
 */
import type { AhpJudgement, Engagement, Framework, Vendor, VendorSelection } from '../../schemas/generated/types.ts';
import { shiftWeights } from '../decide/sensitivity.ts';
import { without } from './edit.ts';
import { uniqueId } from '../shared/ids.ts';
import { own } from '../shared/own.ts';

function withSelection(engagement: Engagement, selection: VendorSelection, today: string): Engagement {
  return { ...engagement, vendorSelection: selection, updated: today };
}

function withVendors(engagement: Engagement, vendors: Vendor[], today: string): Engagement {
  return { ...engagement, vendors, updated: today };
}

export function addVendor(engagement: Engagement, name: string, today: string): Engagement {
  const clean = name.trim();
  if (!clean) return engagement;
  const taken = new Set((engagement.vendors ?? []).map((v) => v.id));
  const id = uniqueId(/[a-z0-9]/i.test(clean) ? clean : 'vendor', taken);
  return withVendors(engagement, [...(engagement.vendors ?? []), { id, name: clean, scores: {} }], today);
}

/** Removes a vendor, and the choice of it. */
export function removeVendor(engagement: Engagement, id: string, today: string): Engagement {
  const vendors = (engagement.vendors ?? []).filter((v) => v.id !== id);
  const next = withVendors(engagement, vendors, today);
  const selection = engagement.vendorSelection;
  return selection?.chosen === id ? { ...next, vendorSelection: without(selection, 'chosen') } : next;
}

/** Sets a sub-criterion score: a scale point, `na`, or undefined to clear it. Evidence already given stays. */
export function setScore(
  engagement: Engagement,
  vendorId: string,
  question: string,
  value: number | 'na' | undefined,
  today: string,
): Engagement {
  const vendors = (engagement.vendors ?? []).map((vendor) => {
    if (vendor.id !== vendorId) return vendor;
    const previous = own(vendor.scores, question);
    const scores =
      value === undefined
        ? without(vendor.scores ?? {}, question)
        : { ...vendor.scores, [question]: { ...previous, value } };
    return { ...vendor, scores };
  });
  return withVendors(engagement, vendors, today);
}

export function setWeighting(
  engagement: Engagement,
  framework: Framework,
  weighting: NonNullable<VendorSelection['weighting']>,
  today: string,
): Engagement {
  const selection: VendorSelection = { ...engagement.vendorSelection, weighting };
  // Direct weights start from the framework's split, so they sum to 1 from the first edit.
  if (weighting === 'direct' && !selection.weights) {
    const total = framework.elements.reduce((sum, e) => sum + (e.weight ?? 1), 0);
    selection.weights = Object.fromEntries(framework.elements.map((e) => [e.id, (e.weight ?? 1) / total]));
  }
  return withSelection(engagement, selection, today);
}

/** Sets one direct weight (a fraction 0–1) and rescales the others in proportion, so they still sum to 1. */
export function setDirectWeight(
  engagement: Engagement,
  framework: Framework,
  criterion: string,
  weight: number,
  today: string,
): Engagement {
  const ids = framework.elements.map((e) => e.id);
  const index = ids.indexOf(criterion);
  if (index < 0 || !Number.isFinite(weight) || weight < 0 || weight > 1) return engagement;
  const current = ids.map((id) => own(engagement.vendorSelection?.weights, id) ?? 1 / ids.length);
  const shifted = shiftWeights(current, index, weight);
  const weights = Object.fromEntries(ids.map((id, i) => [id, shifted[i] ?? 0]));
  return withSelection(engagement, { ...engagement.vendorSelection, weighting: 'direct', weights }, today);
}

/**
 * How much more `a` matters than `b`, signed: 3 means a 3×, −3 means b 3×, 1 equal;
 * undefined when the assessor has not compared them.
 */
export function judgementOf(judgements: readonly AhpJudgement[], a: string, b: string): number | undefined {
  for (const j of judgements) {
    if (j.a === a && j.b === b) return j.value;
    if (j.a === b && j.b === a) return j.value === 1 ? 1 : -j.value;
  }
  return undefined;
}

/** Records one assessor's comparison of `a` and `b` (signed as in `judgementOf`), adding the assessor if new. */
export function setJudgement(
  engagement: Engagement,
  assessor: number,
  a: string,
  b: string,
  signed: number,
  today: string,
): Engagement {
  const value = Math.abs(signed);
  if (!Number.isInteger(value) || value < 1 || value > 9) return engagement;
  const judgement: AhpJudgement = signed < 0 ? { a: b, b: a, value } : { a, b, value };
  const assessors = [...(engagement.vendorSelection?.assessors ?? [])];
  const existing = assessors[assessor];
  const others = (existing?.judgements ?? []).filter((j) => !((j.a === a && j.b === b) || (j.a === b && j.b === a)));
  const judgements: [AhpJudgement, ...AhpJudgement[]] = [judgement, ...others];
  assessors[assessor] = { ...existing, judgements };
  return withSelection(engagement, { ...engagement.vendorSelection, weighting: 'ahp', assessors }, today);
}

export function setChosen(engagement: Engagement, vendorId: string, today: string): Engagement {
  const selection = engagement.vendorSelection ?? {};
  if (vendorId === '') return withSelection(engagement, without(selection, 'chosen'), today);
  if (!(engagement.vendors ?? []).some((v) => v.id === vendorId)) return engagement;
  return withSelection(engagement, { ...selection, chosen: vendorId }, today);
}

/** Names an assessor who has judged (or, with an empty name, leaves them anonymous, as the file allows). */
export function setAssessorName(engagement: Engagement, assessor: number, name: string, today: string): Engagement {
  const assessors = [...(engagement.vendorSelection?.assessors ?? [])];
  const existing = assessors[assessor];
  if (!existing) return engagement;
  const clean = name.trim().slice(0, 200);
  assessors[assessor] = clean ? { ...existing, name: clean } : without(existing, 'name');
  return withSelection(engagement, { ...engagement.vendorSelection, assessors }, today);
}
