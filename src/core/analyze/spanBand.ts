import type { SpanBand } from './gapSummary';

/** The band of a span (people managed directly): 1, 2–3, 4–7, 8–12, 13–16, 17+. */
export function spanBand(span: number): SpanBand {
  if (span <= 1) return '1';
  if (span <= 3) return '2–3';
  if (span <= 7) return '4–7';
  if (span <= 12) return '8–12';
  if (span <= 16) return '13–16';
  return '17+';
}

/**
 * The fewest layers (the head's included) that can hold `people` at a span of `span`:
 * the smallest L with 1 + s + s² + … + s^(L−1) ≥ N. This is the seed's inverse relation
 * between layers and span made exact; it is about ceil(log_s N) + 1.
 */
export function minimumLayers(people: number, span: number): number {
  const n = Math.max(1, Math.ceil(people - 1e-9));
  const s = Math.max(2, span);
  let layers = 1;
  let capacity = 1;
  let width = 1;
  while (capacity < n && layers < 1000) {
    width *= s;
    capacity += width;
    layers++;
  }
  return layers;
}
