import type { ServiceDimension } from '../model/serviceDimension';
import { orderFreeMean } from './orderFreeStats';

/**
 * The quadrants of the importance–performance grid (Martilla & James; seed 002 拟定改善重点),
 * split at the mean importance and the mean performance of the items.
 */
export type PriorityQuadrant = 'concentrate' | 'keep-up' | 'low-priority' | 'overkill';

/** What the priorities are computed from, per item (in questionnaire order). */
export interface PriorityInput {
  readonly item: string;
  readonly dimension: ServiceDimension;
  readonly perception: number | null;
  readonly gap: number | null;
  /** The item's mean Importance, when rated. */
  readonly importance: number | null;
}

/** An item on the importance–performance grid. */
export interface PriorityGridItem {
  readonly item: string;
  readonly dimension: ServiceDimension;
  readonly importance: number;
  /** The item's mean perception. */
  readonly performance: number;
  readonly quadrant: PriorityQuadrant;
}

/** An item to improve, in order. */
export interface PriorityRank {
  readonly rank: number;
  readonly item: string;
  readonly dimension: ServiceDimension;
  readonly gap: number;
  /** Its dimension's weight in the overall score. */
  readonly weight: number;
  /** weight × (−gap). */
  readonly score: number;
}

/** Seed 002's 拟定改善重点: where to improve first. */
export interface ImprovementPriorities {
  /** What an item's importance is on the grid: its mean Importance, or its dimension's weight. */
  readonly importanceBasis: 'importance' | 'weight';
  /** The grid's splits: the mean importance and the mean performance of the items on it. */
  readonly importanceSplit: number | null;
  readonly performanceSplit: number | null;
  /** Items with a perception, in questionnaire order. */
  readonly grid: readonly PriorityGridItem[];
  /** Items below expectation, the first to improve first. */
  readonly ranked: readonly PriorityRank[];
}

/** `v` is at or above `split`, within rounding (a mean of equal values may come out a hair off). */
const atLeast = (v: number, split: number | null): boolean =>
  split === null || v >= split - 1e-12 * Math.max(1, Math.abs(split));

function quadrant(highImportance: boolean, highPerformance: boolean): PriorityQuadrant {
  if (highImportance) return highPerformance ? 'keep-up' : 'concentrate';
  return highPerformance ? 'overkill' : 'low-priority';
}

/**
 * Improvement priorities (seed 002: 拟定改善重点 — weak items of high importance first).
 *
 * The importance–performance grid: an item's importance is its mean Importance answer when the
 * weights come from Importance (`importanceBasis: 'importance'`; an item nobody rated takes its
 * dimension's mean Importance), else its dimension's weight; its performance is its mean
 * perception. The grid is split at the mean importance and the mean performance of the items
 * on it; a value equal to the mean (within rounding) counts as high. Quadrants: high importance and low
 * performance — concentrate here; high and high — keep up the good work; low and low — low
 * priority; low importance and high performance — possible overkill.
 *
 * The ranked list: every item whose gap is below zero, by score = its dimension's weight ×
 * (−gap), highest first; ties by the larger shortfall (lower gap), then questionnaire order.
 * An item of a dimension weighing 0 (a further determinant under seed weights) comes after
 * every weighted one, by its gap.
 */
export function improvementPriorities(
  items: readonly PriorityInput[],
  weights: ReadonlyMap<ServiceDimension, number>,
  dimensionImportance: ReadonlyMap<ServiceDimension, number | null> | undefined,
): ImprovementPriorities {
  const useImportance = dimensionImportance !== undefined;
  const placed: { it: PriorityInput; importance: number; performance: number }[] = [];
  for (const it of items) {
    if (it.perception === null) continue;
    const importance = useImportance
      ? (it.importance ?? dimensionImportance.get(it.dimension) ?? null)
      : (weights.get(it.dimension) ?? 0);
    if (importance === null) continue;
    placed.push({ it, importance, performance: it.perception });
  }
  const importanceSplit = orderFreeMean(placed.map((p) => p.importance));
  const performanceSplit = orderFreeMean(placed.map((p) => p.performance));
  const grid = placed.map((p): PriorityGridItem => ({
    item: p.it.item,
    dimension: p.it.dimension,
    importance: p.importance,
    performance: p.performance,
    quadrant: quadrant(
      atLeast(p.importance, importanceSplit),
      atLeast(p.performance, performanceSplit),
    ),
  }));

  const below = items
    .map((it, order) => ({ it, order, weight: weights.get(it.dimension) ?? 0 }))
    .filter((x): x is typeof x & { it: { gap: number } } => x.it.gap !== null && x.it.gap < 0)
    .map((x) => ({ ...x, gap: x.it.gap, score: x.weight * -x.it.gap }));
  below.sort((a, b) => b.score - a.score || a.gap - b.gap || a.order - b.order);
  const ranked = below.map((x, i): PriorityRank => ({
    rank: i + 1,
    item: x.it.item,
    dimension: x.it.dimension,
    gap: x.gap,
    weight: x.weight,
    score: x.score,
  }));
  return {
    importanceBasis: useImportance ? 'importance' : 'weight',
    importanceSplit,
    performanceSplit,
    grid,
    ranked,
  };
}
