import { connectorPoints } from '../../core/layout/connectorPoints';
import type { OrgChartLayout } from '../../core/layout/orgChartLayout';
import type { WorldRect } from './viewTransform';

/** What the viewer needs besides the layout, computed once per layout. */
export interface ChartGeometry {
  /** Bounding box of each box's connector: left, top, right, bottom (NaN for a head). */
  readonly connector: Float64Array;
  /** Node of each role (by role index), -1 for a role not drawn (folded away). */
  readonly nodeOfRole: Int32Array;
}

/** Connector bounds and the node of each role, for culling and for finding a role's box. */
export function chartGeometry(layout: OrgChartLayout, roleCount: number): ChartGeometry {
  const count = layout.tree.count;
  const connector = new Float64Array(4 * count).fill(NaN);
  for (let i = 0; i < count; i++) {
    const points = connectorPoints(layout, i);
    if (points.length < 4) continue;
    let left = Infinity;
    let top = Infinity;
    let right = -Infinity;
    let bottom = -Infinity;
    for (let k = 0; k < points.length; k += 2) {
      const x = points[k] ?? 0;
      const y = points[k + 1] ?? 0;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
    connector[4 * i] = left;
    connector[4 * i + 1] = top;
    connector[4 * i + 2] = right;
    connector[4 * i + 3] = bottom;
  }
  const nodeOfRole = new Int32Array(roleCount).fill(-1);
  for (let i = 0; i < count; i++) {
    const role = layout.tree.role[i] ?? -1;
    if (role >= 0 && role < roleCount) nodeOfRole[role] = i;
  }
  return { connector, nodeOfRole };
}

/** What is in view: the boxes and the connectors that meet the rectangle, in drawing order. */
export interface VisibleParts {
  readonly boxes: readonly number[];
  readonly connectors: readonly number[];
}

/** Viewport culling: one pass over the boxes' typed arrays, no allocation per box. */
export function visibleParts(
  layout: OrgChartLayout,
  geometry: ChartGeometry,
  rect: WorldRect,
): VisibleParts {
  const boxes: number[] = [];
  const connectors: number[] = [];
  const { x, y, width, height } = layout;
  const c = geometry.connector;
  for (let i = 0; i < layout.tree.count; i++) {
    const bx = x[i] ?? 0;
    const by = y[i] ?? 0;
    if (
      bx < rect.right &&
      bx + (width[i] ?? 0) > rect.left &&
      by < rect.bottom &&
      by + (height[i] ?? 0) > rect.top
    )
      boxes.push(i);
    const left = c[4 * i] ?? NaN;
    // NaN (a head, no connector) fails every comparison.
    if (
      left <= rect.right &&
      (c[4 * i + 2] ?? NaN) >= rect.left &&
      (c[4 * i + 1] ?? NaN) <= rect.bottom &&
      (c[4 * i + 3] ?? NaN) >= rect.top
    )
      connectors.push(i);
  }
  return { boxes, connectors };
}

/** SVG path data of polylines `[x0, y0, x1, y1, …]`, rounded to tenths. */
export function polylinePath(lines: readonly (readonly number[])[]): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  let d = '';
  for (const points of lines) {
    if (points.length < 4) continue;
    d += `M${r(points[0] ?? 0)} ${r(points[1] ?? 0)}`;
    for (let k = 2; k < points.length; k += 2)
      d += `L${r(points[k] ?? 0)} ${r(points[k + 1] ?? 0)}`;
  }
  return d;
}

/** Path data of the given boxes as rectangles (the overview of a zoomed-out chart). */
export function boxesPath(layout: OrgChartLayout, boxes: readonly number[]): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  let d = '';
  for (const i of boxes)
    d += `M${r(layout.x[i] ?? 0)} ${r(layout.y[i] ?? 0)}h${r(layout.width[i] ?? 0)}v${r(layout.height[i] ?? 0)}h${r(-(layout.width[i] ?? 0))}z`;
  return d;
}

/** The nodes from the head of a node's tree down to the node. */
export function pathFromHead(layout: OrgChartLayout, node: number): number[] {
  const path: number[] = [];
  for (let i = node; i >= 0 && path.length <= layout.tree.count; i = layout.tree.parent[i] ?? -1)
    path.push(i);
  return path.reverse();
}
