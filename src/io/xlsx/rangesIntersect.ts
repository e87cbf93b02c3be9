import type { RangeRef } from '../../core/model/address';

/** True when two ranges share at least one cell. */
export function rangesIntersect(a: RangeRef, b: RangeRef): boolean {
  return (
    a.from.row <= b.to.row &&
    b.from.row <= a.to.row &&
    a.from.col <= b.to.col &&
    b.from.col <= a.to.col
  );
}
