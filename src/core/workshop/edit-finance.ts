/**
 * Editing the ROI case in the workshop: pure functions from one engagement to the next.
 * Numbers arrive as typed text; text that is not a number is refused (the engagement comes
 * back unchanged) so a half-typed value never becomes a wrong figure.
 */
import type { BenefitLine, CostLine, Engagement, Finance, Framework } from '../../schemas/generated/types.ts';
import { financeInputProblems } from '../finance/input.ts';
import type { RawProblem } from '../load/problem.ts';
import { without } from './edit.ts';
import { uniqueId } from '../shared/ids.ts';

/** A fresh case: five years, 8% a year, one line per category the ROI framework lists, all at zero. */
export function starterFinance(frameworks: readonly Framework[]): Finance {
  const costs: CostLine[] = [];
  const benefits: BenefitLine[] = [];
  for (const element of frameworks.flatMap((f) => f.elements)) {
    for (const item of element.items ?? []) {
      if (element.catalog === 'benefit') benefits.push({ id: item.id, category: item.id, annual: 0 });
      else if (element.catalog === 'cost') {
        // Categories listed under recurring costs are paid every period, the others once.
        const recurring = element.id.includes('recurring');
        costs.push({ id: item.id, category: item.id, ...(recurring ? { recurring: 0 } : { oneTime: 0 }) });
      }
    }
  }
  return { periodUnit: 'year', horizon: 5, discountRate: 0.08, costs, benefits };
}

/** A number typed by a user, or undefined when the text is not one (empty, "1,2,", "abc"). */
export function parseAmount(text: string): number | undefined {
  const cleaned = text.trim().replaceAll(/[\s,_]/g, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** Ramp-up shares typed as "0.2, 0.6, 1" or "20%, 60%, 100%"; undefined when any part is not a share. */
export function parseShares(text: string): number[] | undefined {
  const parts = text
    .split(/[,;，、\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const shares = parts.map((p) => {
    const percent = p.endsWith('%');
    const value = parseAmount(percent ? p.slice(0, -1) : p);
    return value === undefined ? undefined : percent ? value / 100 : value;
  });
  return shares.every((s): s is number => s !== undefined && s >= 0 && s <= 1) ? shares : undefined;
}

/**
 * Amounts typed one per period, as "50,000; 30,000; 20,000" or "50000 30000 20000": semicolons,
 * spaces, new lines, 、 and ， separate them, and so does a comma unless three digits follow it
 * (then it groups thousands, 50,000). Undefined when any part is not an amount of 0 or more.
 */
export function parseAmounts(text: string): number[] | undefined {
  const parts = text
    .split(/[;；、，\s]+|,(?!\d{3}(?:\D|$))/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const amounts = parts.map(parseAmount);
  return amounts.every((a): a is number => a !== undefined && a >= 0) ? amounts : undefined;
}

/** A list of amounts as the editor shows it back: grouped digits are left to the reader, `; ` between. */
export function amountsText(amounts: readonly number[] | undefined): string {
  return (amounts ?? []).join('; ');
}

function withFinance(engagement: Engagement, finance: Finance, today: string): Engagement {
  return { ...engagement, finance, updated: today };
}

export function setFinance(engagement: Engagement, finance: Finance | undefined, today: string): Engagement {
  if (finance) return withFinance(engagement, finance, today);
  return { ...without(engagement, 'finance'), updated: today };
}

export type SetupField = 'periodUnit' | 'horizon' | 'discountRate' | 'benefitReduction' | 'costIncrease';

/** Changes one setting; percentages (rate, adjustments) are typed in percent. */
export function updateSetup(engagement: Engagement, field: SetupField, text: string, today: string): Engagement {
  const finance = engagement.finance;
  if (!finance) return engagement;
  if (field === 'periodUnit') {
    if (text !== 'year' && text !== 'month') return engagement;
    return withFinance(engagement, { ...finance, periodUnit: text }, today);
  }
  const value = parseAmount(text);
  if (value === undefined) return engagement;
  if (field === 'horizon') return withFinance(engagement, { ...finance, horizon: value }, today);
  if (field === 'discountRate') return withFinance(engagement, { ...finance, discountRate: value / 100 }, today);
  const adjustment = { ...finance.riskAdjustment, [field]: value / 100 };
  return withFinance(engagement, { ...finance, riskAdjustment: adjustment }, today);
}

type Kind = 'costs' | 'benefits';
export type LineField = 'label' | 'category' | 'oneTime' | 'recurring' | 'byPeriod' | 'annual' | 'rampUp';

/** Changes one field of one cost or benefit line; an empty label or amount removes that optional field. */
export function updateLine(
  engagement: Engagement,
  kind: Kind,
  id: string,
  field: LineField,
  text: string,
  today: string,
): Engagement {
  const finance = engagement.finance;
  const lines: (CostLine | BenefitLine)[] = finance?.[kind] ?? [];
  const index = lines.findIndex((l) => l.id === id);
  const line = lines[index];
  if (!finance || !line) return engagement;
  let next: CostLine | BenefitLine;
  if (field === 'category') {
    if (text.trim() === '') return engagement;
    next = { ...line, category: text.trim() };
  } else if (field === 'label') {
    next = text.trim() === '' ? without(line, 'label') : { ...line, label: text.trim() };
  } else if (field === 'rampUp') {
    const shares = text.trim() === '' ? [] : parseShares(text);
    if (!shares || !('annual' in line)) return engagement;
    next = shares.length === 0 ? without(line, 'rampUp') : { ...line, rampUp: shares };
  } else if (field === 'byPeriod') {
    // A cost that differs per period: an empty field goes back to the same cost every period.
    const amounts = text.trim() === '' ? [] : parseAmounts(text);
    if (!amounts || 'annual' in line) return engagement;
    next = amounts.length === 0 ? without(line, 'byPeriod') : { ...line, byPeriod: amounts };
  } else if (field === 'annual') {
    const value = parseAmount(text);
    if (value === undefined || !('annual' in line)) return engagement;
    next = { ...line, annual: value };
  } else {
    // oneTime or recurring: both optional on a cost line, so an empty field removes the amount.
    if ('annual' in line) return engagement;
    const value = parseAmount(text);
    if (text.trim() !== '' && value === undefined) return engagement;
    next = value === undefined ? without(line, field) : { ...line, [field]: value };
  }
  const updated = lines.map((l, i) => (i === index ? next : l));
  return withFinance(engagement, { ...finance, [kind]: updated }, today);
}

export function addLine(engagement: Engagement, kind: Kind, category: string, today: string): Engagement {
  const finance = engagement.finance;
  if (!finance) return engagement;
  const taken = new Set([...(finance.costs ?? []), ...(finance.benefits ?? [])].map((l) => l.id));
  const id = uniqueId(category, taken);
  if (kind === 'costs') {
    return withFinance(
      engagement,
      { ...finance, costs: [...(finance.costs ?? []), { id, category, oneTime: 0 }] },
      today,
    );
  }
  return withFinance(
    engagement,
    { ...finance, benefits: [...(finance.benefits ?? []), { id, category, annual: 0 }] },
    today,
  );
}

/** Removes a line and the simulation range that referred to it. */
export function removeLine(engagement: Engagement, kind: Kind, id: string, today: string): Engagement {
  const finance = engagement.finance;
  if (!finance) return engagement;
  const lines = (finance[kind] ?? []) as (CostLine | BenefitLine)[];
  const simulation = finance.simulation && {
    ...finance.simulation,
    ranges: (finance.simulation.ranges ?? []).filter((r) => r.line !== id),
  };
  return withFinance(
    engagement,
    { ...finance, [kind]: lines.filter((l) => l.id !== id), ...(simulation ? { simulation } : {}) },
    today,
  );
}

/**
 * Why an edit must not be saved: the typed text was not a number (the edit returned the
 * engagement unchanged), or the result is a case the finance engine would refuse.
 */
export function editRefusal(
  before: Engagement,
  next: Engagement,
): { kind: 'not-a-number' } | { kind: 'refused'; problems: RawProblem[] } | undefined {
  if (next === before) return { kind: 'not-a-number' };
  const problems = next.finance ? financeInputProblems(next.finance) : [];
  return problems.length > 0 ? { kind: 'refused', problems } : undefined;
}
