/**
 * Customer portfolio: each segment placed by historical value (x) and potential lifetime
 * value (y) into the framework's four quadrants, and the share of value held by the top
 * customers (the 80/20 check).
 *
 * Split rule: a value at or above the threshold is high. With `median`, an even number of
 * segments splits at the mean of the two middle values, so the middle never ties by accident.
 */
import type { CustomerSegment, Id, Portfolio, PortfolioAxis } from '../../schemas/generated/types.ts';
import type { Finding } from './types.ts';

export type Level = 'high' | 'low';

export interface PlacedSegment {
  segment: Id;
  name: string;
  customers?: number;
  historicalValue: number;
  potentialValue: number;
  x: Level;
  y: Level;
  quadrant: Id;
}

export interface TopShare {
  /** The share of customers counted as the top tier (0–1), as the framework sets it. */
  customerShare: number;
  /** The share of all historical value those customers hold (0–1). */
  valueShare: number;
  /** Segments the top tier is drawn from, richest per customer first. */
  segments: Id[];
}

export interface PortfolioResult {
  /** The unit of the values (the engagement's currency), when known. */
  currency?: string;
  thresholds: { x: number; y: number };
  /** How the thresholds were set; `median` also when `fixed` lacked a threshold. */
  split: Portfolio['split'];
  segments: PlacedSegment[];
  topShare?: TopShare;
  findings: Finding[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function threshold(portfolio: Portfolio, axis: PortfolioAxis, values: readonly number[]): number {
  if (portfolio.split === 'fixed' && axis.threshold !== undefined) return axis.threshold;
  if (portfolio.split === 'mean') return values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0;
  return median(values);
}

/** Top `share` of customers by historical value per customer; value assumed even inside a segment. */
export function topShareOf(segments: readonly CustomerSegment[], share: number): TopShare | undefined {
  const counted = segments.filter((s) => (s.customers ?? 0) > 0);
  const totalCustomers = counted.reduce((sum, s) => sum + (s.customers ?? 0), 0);
  const totalValue = counted.reduce((sum, s) => sum + s.historicalValue, 0);
  if (totalCustomers === 0 || totalValue <= 0) return undefined;
  const ranked = [...counted].sort(
    (a, b) =>
      b.historicalValue / (b.customers ?? 1) - a.historicalValue / (a.customers ?? 1) || a.id.localeCompare(b.id),
  );
  let left = share * totalCustomers;
  let value = 0;
  const used: Id[] = [];
  for (const segment of ranked) {
    if (left <= 0) break;
    const customers = segment.customers ?? 0;
    const take = Math.min(customers, left);
    value += (segment.historicalValue * take) / customers;
    left -= take;
    used.push(segment.id);
  }
  return { customerShare: share, valueShare: value / totalValue, segments: used };
}

export function placeSegments(
  portfolio: Portfolio,
  segments: readonly CustomerSegment[],
  frameworkId: string,
  currency?: string,
): PortfolioResult {
  const split =
    portfolio.split === 'fixed' && (portfolio.x.threshold === undefined || portfolio.y.threshold === undefined)
      ? 'median'
      : portfolio.split;
  const effective = { ...portfolio, split };
  const thresholds = {
    x: threshold(
      effective,
      portfolio.x,
      segments.map((s) => s.historicalValue),
    ),
    y: threshold(
      effective,
      portfolio.y,
      segments.map((s) => s.potentialValue),
    ),
  };
  const placed: PlacedSegment[] = segments.flatMap((s) => {
    const x: Level = s.historicalValue >= thresholds.x ? 'high' : 'low';
    const y: Level = s.potentialValue >= thresholds.y ? 'high' : 'low';
    const quadrant = portfolio.quadrants.find((q) => q.x === x && q.y === y);
    if (!quadrant) return [];
    return [
      {
        segment: s.id,
        name: s.name,
        ...(s.customers === undefined ? {} : { customers: s.customers }),
        historicalValue: s.historicalValue,
        potentialValue: s.potentialValue,
        x,
        y,
        quadrant: quadrant.id,
      },
    ];
  });
  const maxPotential = Math.max(0, ...segments.map((s) => s.potentialValue));
  const findings: Finding[] = placed.map((p) => {
    const recommendation = portfolio.quadrants.find((q) => q.id === p.quadrant)?.recommendation;
    return {
      id: `${frameworkId}:quadrant:${p.segment}`,
      framework: frameworkId,
      rule: {
        kind: 'quadrant',
        segment: p.segment,
        name: p.name,
        quadrant: p.quadrant,
        historicalValue: p.historicalValue,
        potentialValue: p.potentialValue,
        ...(currency === undefined ? {} : { currency }),
      },
      recommendations: recommendation ? [recommendation] : [],
      answers: [],
      priority: maxPotential > 0 ? (p.potentialValue / maxPotential) * 100 : 0,
    };
  });
  const topShare = topShareOf(segments, portfolio.topShare ?? 0.2);
  return {
    ...(currency === undefined ? {} : { currency }),
    thresholds,
    split,
    segments: placed,
    ...(topShare ? { topShare } : {}),
    findings,
  };
}
