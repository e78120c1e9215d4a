/** Workshop edits of the ROI case: typed text becomes numbers or is refused, never a wrong figure. */
import { describe, expect, it } from 'vitest';
import { analyseFinance } from '../../src/core/finance/analyse.ts';
import {
  addLine,
  amountsText,
  parseAmount,
  parseAmounts,
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

describe('parsing a cost per period', () => {
  it('splits on semicolons, spaces and Chinese marks, and on a comma unless it groups thousands', () => {
    expect(parseAmounts('50,000; 30,000; 20,000')).toEqual([50_000, 30_000, 20_000]);
    expect(parseAmounts('50000 30000\n20000')).toEqual([50_000, 30_000, 20_000]);
    expect(parseAmounts('50000,30000')).toEqual([50_000, 30_000]);
    expect(parseAmounts('1,200,300；4、5，6')).toEqual([1_200_300, 4, 5, 6]);
    expect(parseAmounts('50,000, 30,000')).toEqual([50_000, 30_000]);
  });
  it('refuses any part that is not an amount of zero or more', () => {
    for (const bad of ['10; x', '10; -5', '1e999']) expect(parseAmounts(bad)).toBeUndefined();
    expect(amountsText([50_000, 30_000])).toBe('50000; 30000');
    expect(parseAmounts(amountsText([50_000, 30_000]))).toEqual([50_000, 30_000]);
  });
});

describe('editing the ROI case', () => {
  it('a cost per year: typed as a list, cleared back to the same cost every year', () => {
    // Sony's subscriptions: 1,200,000 a year. Typing 2,000,000 for year 1 and 1,500,000 for year 2
    // adds 800,000 in year 1 and 300,000 in year 2: NPV falls by 800,000/1.08 + 300,000/1.08².
    const before = analyseFinance(financeOf(sony)).base.npv;
    const next = updateLine(sony, 'costs', 'subscriptions', 'byPeriod', '2,000,000; 1,500,000', TODAY);
    expect(next.finance?.costs?.find((c) => c.id === 'subscriptions')?.byPeriod).toEqual([2_000_000, 1_500_000]);
    expect(analyseFinance(financeOf(next)).base.npv).toBeCloseTo(before - 800_000 / 1.08 - 300_000 / 1.08 ** 2, 4);
    expect(updateLine(next, 'costs', 'subscriptions', 'byPeriod', 'two million', TODAY)).toBe(next);
    const cleared = updateLine(next, 'costs', 'subscriptions', 'byPeriod', ' ', TODAY);
    expect(cleared.finance?.costs?.find((c) => c.id === 'subscriptions')).not.toHaveProperty('byPeriod');
    // A benefit line has no cost per period.
    expect(updateLine(sony, 'benefits', 'loyalty', 'byPeriod', '1; 2', TODAY)).toBe(sony);
  });
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
