import type { Location } from '../model/diagnostic';
import { DEFAULT_POLICY, type Policy, type QualityWeights } from '../model/policy';
import { isWeightedDimension, type ServiceDimension } from '../model/serviceDimension';
import type { DiagnosticCollector } from '../read/diagnosticCollector';

/** Where the weights of the overall score came from. */
export type WeightSource = 'seed' | 'policy' | 'importance' | 'equal';

/** One dimension's weight in the overall score. */
export interface DimensionWeight {
  readonly dimension: ServiceDimension;
  /** The weight as given: a seed or Policy share, or the dimension's mean Importance. */
  readonly raw: number;
  /** `raw` over the sum of the dimensions present: the weights sum to 1. */
  readonly weight: number;
}

/** The weights of the overall service-quality score and the CSI, and where they came from. */
export interface QualityWeighting {
  readonly source: WeightSource;
  /** One per dimension measured, in SERVICE_DIMENSIONS order. */
  readonly weights: readonly DimensionWeight[];
}

/** A measured dimension and its mean Importance (null when nobody rated it). */
export interface WeightInput {
  readonly dimension: ServiceDimension;
  readonly importance: number | null;
}

const sameWeights = (a: QualityWeights, b: QualityWeights): boolean =>
  (Object.keys(a) as (keyof QualityWeights)[]).every((k) => a[k] === b[k]);

function normalised(
  source: WeightSource,
  raws: readonly { dimension: ServiceDimension; raw: number }[],
): QualityWeighting {
  const total = raws.reduce((s, r) => s + r.raw, 0);
  if (total > 0) return { source, weights: raws.map((r) => ({ ...r, weight: r.raw / total })) };
  const n = raws.length;
  return {
    source: 'equal',
    weights: raws.map((r) => ({ dimension: r.dimension, raw: 1, weight: n > 0 ? 1 / n : 0 })),
  };
}

/**
 * The weights of the dimensions measured, normalised to sum to 1 over them:
 * - `importance` when the survey has Importance answers for every dimension measured: the
 *   dimension's mean Importance (respondents' means over its items, then their mean);
 * - else Policy's WeightReliability … WeightTangibles (`seed` when they are seed 001's 32%,
 *   22%, 19%, 16%, 11%, `policy` when Policy changed any), with 0 for the further
 *   determinants (communication, credibility, security, understanding the customer), which
 *   have no seed weight. Importance given for some dimensions only is reported
 *   (SURVEY_IMPORTANCE_INCOMPLETE) and not used: a mean importance and a percentage are not
 *   the same unit.
 * - `equal` when that leaves every dimension measured at 0 (only further determinants, or
 *   Policy weights of 0).
 */
export function qualityWeights(
  measured: readonly WeightInput[],
  policy: Policy,
  importanceAt: Location | undefined,
  diagnostics: DiagnosticCollector,
): QualityWeighting {
  const rated = measured.filter((m) => m.importance !== null);
  if (rated.length > 0 && rated.length === measured.length)
    return normalised(
      'importance',
      measured.map((m) => ({ dimension: m.dimension, raw: m.importance ?? 0 })),
    );
  if (rated.length > 0 && importanceAt)
    diagnostics.add('SURVEY_IMPORTANCE_INCOMPLETE', importanceAt, {
      dimensions: measured
        .filter((m) => m.importance === null)
        .map((m) => m.dimension)
        .join(','),
    });
  const source: WeightSource = sameWeights(policy.qualityWeights, DEFAULT_POLICY.qualityWeights)
    ? 'seed'
    : 'policy';
  return normalised(
    source,
    measured.map((m) => ({
      dimension: m.dimension,
      raw: isWeightedDimension(m.dimension) ? policy.qualityWeights[m.dimension] : 0,
    })),
  );
}
