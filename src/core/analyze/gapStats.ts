import { orderFreeMean, sampleSd } from './orderFreeStats';
import { tQuantile975 } from './tQuantile';

/** A 95% confidence interval of a mean gap. */
export interface GapInterval {
  readonly low: number;
  readonly high: number;
  /** t(0.975, n − 1) · s / √n. */
  readonly halfWidth: number;
  /** Sample standard deviation of the paired differences (P − E). */
  readonly sd: number;
  /** t(0.975, n − 1). */
  readonly t: number;
}

/** Mean expectation, perception and gap (gap 5: P − E) over paired answers. */
export interface GapStats {
  readonly expectation: number | null;
  readonly perception: number | null;
  /** Mean of the paired differences P − E (= mean P − mean E); null with no pair. */
  readonly gap: number | null;
  /** Pairs (respondents) the means are over. */
  readonly n: number;
  /** 95% interval of the gap; null when n < 2. */
  readonly ci: GapInterval | null;
}

/**
 * The paired gap of a list of (expectation, perception) pairs, one per respondent:
 * d = P − E per respondent, gap = mean d, and its 95% confidence interval
 * gap ± t(0.975, n − 1) · s_d / √n (s_d the sample standard deviation of d). No interval for
 * fewer than two pairs. Every sum is order-free (orderFreeStats).
 */
export function gapStats(pairs: readonly (readonly [number, number])[]): GapStats {
  const n = pairs.length;
  const expectation = orderFreeMean(pairs.map((p) => p[0]));
  const perception = orderFreeMean(pairs.map((p) => p[1]));
  const d = pairs.map((p) => p[1] - p[0]);
  const gap = orderFreeMean(d);
  let ci: GapInterval | null = null;
  if (gap !== null && n >= 2) {
    const sd = sampleSd(d, gap) ?? 0;
    const t = tQuantile975(n - 1);
    const halfWidth = (t * sd) / Math.sqrt(n);
    ci = { low: gap - halfWidth, high: gap + halfWidth, halfWidth, sd, t };
  }
  return { expectation, perception, gap, n, ci };
}
