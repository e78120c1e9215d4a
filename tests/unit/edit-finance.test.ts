/** Workshop edits of the ROI case: typed text becomes numbers or is refused, never a wrong figure. */
import { describe, expect, it } from 'vitest';
import { analyseFinance } from '../../src/core/finance/analyse.ts';
import {
  addLine,
  parseAmount,
  parseShares,
  removeLine,
  setFinance,
  starterFinance,
  updateLine,
  updateSetup,
} from '../../src/core/workshop/edit-finance.ts';
import type { Finance } from '../../src/schemas/generated/types.ts';
import { sample, shipped } from './assess-helpers.ts';

const sony = sample('sony-china-after-sales');
const financeOf = (e: { finance?: Finance }): Finance => {
  if (!e.finance) throw new Error('no finance');
  return e.finance;
};
const TODAY = '2026-11-23';

describe('parsing typed numbers', () => {
  it('accepts plain, grouped and exponent numbers and refuses the rest', () => {
    expect(parseAmount('4800000')).toBe(4_800_000);
    expect(parseAmount(' 4,800,000 ')).toBe(4_800_000);
    expect(parseAmount('-0.5')).toBe(-0.5);
    expect(parseAmount('1e3')).toBe(1000);
    for (const bad of ['', 'abc', '1.2.3', '12abc', 'NaN', 'Infinity', '--1']) expect(parseAmount(bad)).toBeUndefined();
  });
  it('reads ramp-up shares as fractions or percentages', () => {
    expect(parseShares('0.2, 0.6, 1')).toEqual([0.2, 0.6, 1]);
    expect(parseShares('20%，60%、100%')).toEqual([0.2, 0.6, 1]);
    expect(parseShares('0.2, 1.5')).toBeUndefined();
    expect(parseShares('0.2, x')).toBeUndefined();
  });
});

describe('editing the ROI case', () => {
  it('raising a one-time cost lowers NPV by exactly that amount (period 0 is not discounted)', () => {
    const before = analyseFinance(financeOf(sony)).base.npv;
    const next = updateLine(sony, 'costs', 'licences', 'oneTime', '5,800,000', TODAY);
    expect(next.finance?.costs?.find((c) => c.id === 'licences')?.oneTime).toBe(5_800_000);
    expect(analyseFinance(financeOf(next)).base.npv).toBeCloseTo(before - 1_000_000, 6);
    expect(next.updated).toBe(TODAY);
  });
  it('refuses text that is not a number and leaves the engagement as it was', () => {
    expect(updateLine(sony, 'costs', 'licences', 'oneTime', '4.8 million', TODAY)).toBe(sony);
    expect(updateSetup(sony, 'discountRate', '', TODAY)).toBe(sony);
    expect(updateSetup(sony, 'periodUnit', 'week', TODAY)).toBe(sony);
  });
  it('takes rates in percent and clears optional fields when emptied', () => {
    expect(updateSetup(sony, 'discountRate', '10', TODAY).finance?.discountRate).toBeCloseTo(0.1, 12);
    expect(updateSetup(sony, 'costIncrease', '20', TODAY).finance?.riskAdjustment).toEqual({
      benefitReduction: 0.15,
      costIncrease: 0.2,
    });
    const cleared = updateLine(sony, 'costs', 'licences', 'label', '  ', TODAY);
    expect(cleared.finance?.costs?.find((c) => c.id === 'licences')).not.toHaveProperty('label');
  });
  it('adds lines with fresh ids and removes a line with its simulation range', () => {
    const added = addLine(sony, 'costs', 'licences', TODAY);
    expect(added.finance?.costs?.at(-1)).toEqual({ id: 'licences-2', category: 'licences', oneTime: 0 });
    const removed = removeLine(sony, 'costs', 'implementation', TODAY);
    expect(removed.finance?.costs?.some((c) => c.id === 'implementation')).toBe(false);
    expect(removed.finance?.simulation?.ranges?.some((r) => r.line === 'implementation')).toBe(false);
  });
  it('starts a case with one zero line per category of the ROI framework, and can remove it', () => {
    const finance = starterFinance([...shipped.frameworks.values()]);
    expect(finance.costs?.find((c) => c.category === 'subscriptions')).toEqual({
      id: 'subscriptions',
      category: 'subscriptions',
      recurring: 0,
    });
    expect(finance.costs?.find((c) => c.category === 'licences')).toHaveProperty('oneTime', 0);
    expect(finance.benefits?.map((b) => b.category)).toEqual([
      'customer-acquisition',
      'sales-growth',
      'cost-reduction',
      'brand-loyalty',
    ]);
    expect(setFinance(sony, undefined, TODAY)).not.toHaveProperty('finance');
  });
});
