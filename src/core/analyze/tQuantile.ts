/**
 * Student's t quantile t(0.975, df), for 95% two-sided confidence intervals.
 *
 * df 1–30: the exact values (to 10 decimals, as printed in t tables and given by any
 * statistics library). df > 30: the Cornish–Fisher expansion of t in the normal quantile
 * z = 1.959963984540054 to the fourth order in 1/df (Abramowitz & Stegun 26.7.5):
 *
 *   t ≈ z + g1/df + g2/df² + g3/df³ + g4/df⁴, with
 *   g1 = (z³ + z)/4
 *   g2 = (5z⁵ + 16z³ + 3z)/96
 *   g3 = (3z⁷ + 19z⁵ + 17z³ − 15z)/384
 *   g4 = (79z⁹ + 776z⁷ + 1482z⁵ − 1920z³ − 945z)/92160
 *
 * which is within 3·10⁻⁸ of the exact quantile at df = 31 and closer beyond — far below the
 * precision of any Likert mean. Non-integer df is not needed here (df = n − 1).
 */
const T975: readonly number[] = [
  12.7062047362, 4.3026527297, 3.1824463053, 2.7764451052, 2.5705818356, 2.4469118511, 2.3646242516,
  2.3060041352, 2.2621571628, 2.228138852, 2.2009851601, 2.1788128297, 2.1603686565, 2.1447866879,
  2.1314495456, 2.1199052992, 2.1098155778, 2.1009220402, 2.0930240544, 2.0859634473, 2.0796138447,
  2.0738730679, 2.0686576104, 2.0638985616, 2.0595385528, 2.0555294386, 2.0518305165, 2.0484071418,
  2.0452296421, 2.0422724563,
];

/** The standard normal quantile at 0.975. */
export const Z975 = 1.959963984540054;

/** t(0.975, df) for a whole df ≥ 1; throws on anything else (a bug in the caller). */
export function tQuantile975(df: number): number {
  if (!Number.isInteger(df) || df < 1) throw new Error(`tQuantile975: df must be ≥ 1, got ${df}`);
  const exact = T975[df - 1];
  if (exact !== undefined) return exact;
  const z = Z975;
  const z2 = z * z;
  const z3 = z2 * z;
  const z5 = z3 * z2;
  const z7 = z5 * z2;
  const z9 = z7 * z2;
  const g1 = (z3 + z) / 4;
  const g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  const g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
  const v = df;
  return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
}
