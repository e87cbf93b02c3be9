/** Bounds on the span of control, for all levels or for one Level. */
export interface SpanBounds {
  readonly min: number;
  readonly max: number;
}

/** Service-quality dimension weights (seed 001). */
export interface QualityWeights {
  readonly reliability: number;
  readonly responsiveness: number;
  readonly assurance: number;
  readonly empathy: number;
  readonly tangibles: number;
}

/** The rules analyses are judged by. Every value has a default (DEFAULT_POLICY). */
export interface Policy {
  readonly span: SpanBounds;
  /** Span bounds per Level name; a bound a Level does not set falls back to `span`. */
  readonly spanByLevel: Readonly<Record<string, Partial<SpanBounds>>>;
  /** Span used to compute the minimum number of layers for a headcount. */
  readonly targetSpan: number;
  /** Most layers allowed; `undefined` means judged only against the minimum. */
  readonly maxLayers?: number;
  readonly staleAfterMonths: number;
  readonly hoursPerFte: number;
  /** Load above this share of capacity is over-loaded (1.1 = 110%). */
  readonly overloadAbove: number;
  /** Load below this share of capacity is under-loaded. */
  readonly underloadBelow: number;
  readonly classWeights: {
    readonly primary: number;
    readonly partial: number;
    readonly support: number;
  };
  readonly maxPrimaryPerRole: number;
  /** Whether a function may have several primary owners (joint ownership). */
  readonly jointOwnership: boolean;
  readonly minDuties: number;
  readonly maxDuties: number;
  readonly qualityWeights: QualityWeights;
  readonly likertMin: number;
  readonly likertMax: number;
  /** Org chart: a manager's leaf reports are stacked in columns from this many on. */
  readonly chartStackFrom: number;
  /** Org chart: from this many leaf reports on, the stack may also be a grid of columns. */
  readonly chartGridFrom: number;
}

/** The span bounds that apply to a manager of a Level. */
export function spanBoundsFor(policy: Policy, level: string | undefined): SpanBounds {
  const own = level === undefined ? undefined : policy.spanByLevel[level];
  return { min: own?.min ?? policy.span.min, max: own?.max ?? policy.span.max };
}

export const DEFAULT_POLICY: Policy = {
  span: { min: 3, max: 15 },
  spanByLevel: {},
  targetSpan: 8,
  staleAfterMonths: 24,
  hoursPerFte: 40,
  overloadAbove: 1.1,
  underloadBelow: 0.6,
  classWeights: { primary: 1, partial: 0.5, support: 0.25 },
  maxPrimaryPerRole: 6,
  jointOwnership: false,
  minDuties: 3,
  maxDuties: 10,
  qualityWeights: {
    reliability: 0.32,
    responsiveness: 0.22,
    assurance: 0.19,
    empathy: 0.16,
    tangibles: 0.11,
  },
  likertMin: 1,
  likertMax: 7,
  chartStackFrom: 2,
  chartGridFrom: 13,
};
