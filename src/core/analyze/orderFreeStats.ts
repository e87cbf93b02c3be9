/**
 * Sums and moments that do not depend on the order of their values: the values are summed
 * in ascending order, so the same answers in any row order give the same bits (floating-point
 * addition is not associative). Survey figures use these, so permuting respondents changes
 * no figure.
 */

/** The sum of the values, added smallest first (a typed array sorts numbers natively). */
export function orderFreeSum(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  let s = 0;
  for (const v of sorted) s += v;
  return s;
}

/** The mean; `null` for no values. */
export function orderFreeMean(values: readonly number[]): number | null {
  return values.length === 0 ? null : orderFreeSum(values) / values.length;
}

/** The sample standard deviation (n − 1); `null` for fewer than two values. */
export function sampleSd(values: readonly number[], mean: number): number | null {
  if (values.length < 2) return null;
  return Math.sqrt(orderFreeSum(values.map((v) => (v - mean) * (v - mean))) / (values.length - 1));
}
