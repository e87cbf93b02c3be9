import type { QualityWeights } from './policy';

/** The five SERVQUAL dimensions, which have a seed weight (seed 001), keyed as Policy weights are. */
export type WeightedDimension = keyof QualityWeights;

/** Seed 001's further determinants of service quality: accepted as dimensions, no seed weight. */
export type FurtherDimension = 'communication' | 'credibility' | 'security' | 'understanding';

/** A dimension (determinant) of service quality a survey item belongs to. */
export type ServiceDimension = WeightedDimension | FurtherDimension;

/**
 * Every dimension, in seed 001's order (服务质量评价标准分解, 重要性从高 1~低 5, then 6–9):
 * reliability, responsiveness, assurance, empathy, tangibles, communication, credibility,
 * security, understanding the customer. Results list dimensions in this order.
 */
export const SERVICE_DIMENSIONS: readonly ServiceDimension[] = [
  'reliability',
  'responsiveness',
  'assurance',
  'empathy',
  'tangibles',
  'communication',
  'credibility',
  'security',
  'understanding',
];

const WEIGHTED: ReadonlySet<string> = new Set<WeightedDimension>([
  'reliability',
  'responsiveness',
  'assurance',
  'empathy',
  'tangibles',
]);

/** True for the five dimensions with a seed (and Policy) weight. */
export const isWeightedDimension = (d: ServiceDimension): d is WeightedDimension => WEIGHTED.has(d);
