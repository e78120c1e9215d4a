/**
 * Uncertainty ranges per cost or benefit line: the lowest, most likely and highest multiplier of the
 * amount as entered, with defaults for lines the team has not given a range.
 */
import type { Finance, LineRange } from '../../schemas/generated/types.ts';
import type { LineKind } from './cash-flows.ts';

export type Range = Pick<LineRange, 'min' | 'mode' | 'max'>;

/**
 * Used when a line has no range of its own, and marked as assumed wherever shown. CRM programmes
 * overrun far more often than they underspend and their benefits arrive late or partly, so the
 * defaults lean that way: costs −10% to +30%, benefits −50% to +20%.
 */
export const DEFAULT_RANGES: Record<LineKind, Range> = {
  cost: { min: 0.9, mode: 1, max: 1.3 },
  benefit: { min: 0.5, mode: 1, max: 1.2 },
};

export function defaultRange(kind: LineKind): Range {
  return DEFAULT_RANGES[kind];
}

export function rangeFor(finance: Finance, lineId: string): Range | undefined {
  return finance.simulation?.ranges?.find((range) => range.line === lineId);
}

/**
 * Inverse of the triangular distribution's cumulative distribution function: maps a uniform
 * u in [0, 1) to a value in [min, max] with the density peaking at mode.
 */
export function triangular(range: Range, u: number): number {
  const { min, mode, max } = range;
  if (max === min) return min;
  const split = (mode - min) / (max - min);
  return u < split
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}
