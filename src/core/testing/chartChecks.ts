import { connectorPoints } from '../layout/connectorPoints';
import type { OrgChartLayout } from '../layout/orgChartLayout';

/**
 * Checks of an org chart layout's laws, shared by the tests: each returns a list of
 * violations (empty when the law holds), so a failing test says which boxes break it.
 */

/** Pairs of boxes whose rectangles overlap (touching edges do not count). */
export function overlappingBoxes(layout: OrgChartLayout, limit = 10): [number, number][] {
  const { x, y, width, height } = layout;
  const n = layout.tree.count;
  const CELL = 256;
  const buckets = new Map<string, number[]>();
  const out: [number, number][] = [];
  for (let i = 0; i < n && out.length < limit; i++) {
    const x0 = Math.floor((x[i] ?? 0) / CELL);
    const x1 = Math.floor(((x[i] ?? 0) + (width[i] ?? 0)) / CELL);
    const y0 = Math.floor((y[i] ?? 0) / CELL);
    const y1 = Math.floor(((y[i] ?? 0) + (height[i] ?? 0)) / CELL);
    const seen = new Set<number>();
    for (let bx = x0; bx <= x1; bx++)
      for (let by = y0; by <= y1; by++) {
        const key = `${bx},${by}`;
        const list = buckets.get(key) ?? [];
        for (const j of list) {
          if (seen.has(j)) continue;
          seen.add(j);
          if (rectsOverlap(layout, i, j)) out.push([j, i]);
        }
        list.push(i);
        buckets.set(key, list);
      }
  }
  return out;
}

const EPS = 1e-6;

function rectsOverlap(l: OrgChartLayout, i: number, j: number): boolean {
  const ax = l.x[i] ?? 0;
  const ay = l.y[i] ?? 0;
  const bx = l.x[j] ?? 0;
  const by = l.y[j] ?? 0;
  return (
    ax < bx + (l.width[j] ?? 0) - EPS &&
    bx < ax + (l.width[i] ?? 0) - EPS &&
    ay < by + (l.height[j] ?? 0) - EPS &&
    by < ay + (l.height[i] ?? 0) - EPS
  );
}

/** Boxes not entirely below their manager's box. */
export function childrenNotBelow(layout: OrgChartLayout): number[] {
  const out: number[] = [];
  for (let i = 0; i < layout.tree.count; i++) {
    const p = layout.tree.parent[i] ?? -1;
    if (p >= 0 && (layout.y[i] ?? 0) < (layout.y[p] ?? 0) + (layout.height[p] ?? 0) - EPS)
      out.push(i);
  }
  return out;
}

/**
 * Connectors that do not run from the manager's bottom edge to the box's top or side, in
 * horizontal and vertical segments, or that cross another box.
 */
export function badConnectors(layout: OrgChartLayout, limit = 10): string[] {
  const { x, y, width, height } = layout;
  const n = layout.tree.count;
  const out: string[] = [];
  const CELL = 256;
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    for (
      let bx = Math.floor((x[i] ?? 0) / CELL);
      bx <= Math.floor(((x[i] ?? 0) + (width[i] ?? 0)) / CELL);
      bx++
    )
      for (
        let by = Math.floor((y[i] ?? 0) / CELL);
        by <= Math.floor(((y[i] ?? 0) + (height[i] ?? 0)) / CELL);
        by++
      ) {
        const key = `${bx},${by}`;
        const list = buckets.get(key) ?? [];
        list.push(i);
        buckets.set(key, list);
      }
  }
  const near = (a: number, b: number) => Math.abs(a - b) < EPS;
  for (let i = 0; i < n && out.length < limit; i++) {
    const p = layout.tree.parent[i] ?? -1;
    const pts = connectorPoints(layout, i);
    if (p < 0) {
      if (pts.length > 0) out.push(`${i}: a head has a connector`);
      continue;
    }
    const [sx = NaN, sy = NaN] = pts;
    const ex = pts[pts.length - 2] ?? NaN;
    const ey = pts[pts.length - 1] ?? NaN;
    if (
      !near(sy, (y[p] ?? 0) + (height[p] ?? 0)) ||
      sx < (x[p] ?? 0) - EPS ||
      sx > (x[p] ?? 0) + (width[p] ?? 0) + EPS
    )
      out.push(`${i}: does not start on the bottom of its manager ${p}`);
    const onTop = near(ey, y[i] ?? 0) && near(ex, (x[i] ?? 0) + (width[i] ?? 0) / 2);
    const midY = (y[i] ?? 0) + (height[i] ?? 0) / 2;
    const onSide =
      near(ey, midY) && (near(ex, x[i] ?? 0) || near(ex, (x[i] ?? 0) + (width[i] ?? 0)));
    if (!onTop && !onSide) out.push(`${i}: does not end on its box`);
    for (let k = 0; k + 3 < pts.length; k += 2) {
      const ax = pts[k] ?? 0;
      const ay = pts[k + 1] ?? 0;
      const bx = pts[k + 2] ?? 0;
      const by = pts[k + 3] ?? 0;
      if (!near(ax, bx) && !near(ay, by)) out.push(`${i}: a diagonal segment`);
      // Boxes the segment passes through (other than the two it joins).
      const lo = Math.min(ax, bx);
      const hi = Math.max(ax, bx);
      const top = Math.min(ay, by);
      const bottom = Math.max(ay, by);
      const seen = new Set<number>();
      for (let cx = Math.floor(lo / CELL); cx <= Math.floor(hi / CELL); cx++)
        for (let cy = Math.floor(top / CELL); cy <= Math.floor(bottom / CELL); cy++)
          for (const j of buckets.get(`${cx},${cy}`) ?? []) {
            if (j === i || j === p || seen.has(j)) continue;
            seen.add(j);
            if (
              lo < (x[j] ?? 0) + (width[j] ?? 0) - EPS &&
              hi > (x[j] ?? 0) + EPS &&
              top < (y[j] ?? 0) + (height[j] ?? 0) - EPS &&
              bottom > (y[j] ?? 0) + EPS
            )
              out.push(`${i}: its connector crosses box ${j}`);
          }
    }
    if (out.length >= limit) break;
  }
  return out;
}
