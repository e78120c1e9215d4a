/**
 * The numbers a chart draws, taken from the engine's results so that a chart and its
 * table alternative can never disagree.
 */
import type { Framework, Language } from '../../schemas/generated/types.ts';
import type { PortfolioResult } from './portfolio.ts';
import type { FrameworkScore } from './types.ts';

export interface SeriesChart {
  labels: string[];
  /** Element scores (0–100); null where an element has too few answers. */
  current: (number | null)[];
  /** Element targets (0–100); null where no target was given. */
  target: (number | null)[];
}

/** One point per scored element, in framework order (descriptive weight-0 elements left out). */
export function elementSeries(framework: Framework, score: FrameworkScore, lang: Language): SeriesChart {
  const elements = score.elements.filter((e) => e.weight > 0);
  const title = (id: string) => framework.elements.find((e) => e.id === id)?.title[lang] ?? id;
  return {
    labels: elements.map((e) => title(e.element)),
    current: elements.map((e) => (e.score === undefined ? null : round(e.score))),
    target: elements.map((e) => (e.target === undefined ? null : round(e.target))),
  };
}

export interface ScatterChart {
  points: { label: string; x: number; y: number; quadrant: string }[];
  thresholds: { x: number; y: number };
}

export function portfolioScatter(framework: Framework, portfolio: PortfolioResult, lang: Language): ScatterChart {
  const quadrant = (id: string) => framework.portfolio?.quadrants.find((q) => q.id === id)?.title[lang] ?? id;
  return {
    points: portfolio.segments.map((s) => ({
      label: s.name,
      x: s.historicalValue,
      y: s.potentialValue,
      quadrant: quadrant(s.quadrant),
    })),
    thresholds: portfolio.thresholds,
  };
}

const round = (v: number) => Math.round(v * 10) / 10;
