import { ATTACH, type OrgChartLayout } from './orgChartLayout';

/**
 * The elbow connector from a box's manager to the box, as a flat list of points
 * `[x0, y0, x1, y1, …]`: down from the middle of the manager's bottom edge to the bus, along
 * it, and down to the top of the box — or, for a stacked or hung box, down the rail it
 * hangs from (and a grid's own bus and column rail) and across to the box's side. Empty for the head of a tree.
 */
export function connectorPoints(layout: OrgChartLayout, box: number): number[] {
  const p = layout.tree.parent[box] ?? -1;
  if (p < 0) return [];
  const px = (layout.x[p] ?? 0) + (layout.width[p] ?? 0) / 2;
  const py = (layout.y[p] ?? 0) + (layout.height[p] ?? 0);
  const bus = layout.busY[box] ?? py;
  const x = layout.x[box] ?? 0;
  const y = layout.y[box] ?? 0;
  const w = layout.width[box] ?? 0;
  const side = layout.attach[box] ?? ATTACH.top;
  const points = [px, py, px, bus];
  if (side === ATTACH.top) {
    const cx = x + w / 2;
    points.push(cx, bus, cx, y);
    return simplify(points);
  }
  let rail = layout.railX[box] ?? px;
  const my = y + (layout.height[box] ?? 0) / 2;
  points.push(rail, bus);
  const bus2 = layout.bus2Y[box] ?? NaN;
  if (!Number.isNaN(bus2)) {
    rail = layout.rail2X[box] ?? rail;
    points.push(points[points.length - 2] ?? rail, bus2, rail, bus2);
  }
  points.push(rail, my, side === ATTACH.left ? x : x + w, my);
  return simplify(points);
}

/** Drop points in the middle of a straight run (the bus is skipped when it has no turn). */
function simplify(points: number[]): number[] {
  const out: number[] = [points[0] ?? 0, points[1] ?? 0];
  for (let i = 2; i < points.length; i += 2) {
    const x = points[i] ?? 0;
    const y = points[i + 1] ?? 0;
    const n = out.length;
    const lx = out[n - 2] ?? 0;
    const ly = out[n - 1] ?? 0;
    if (x === lx && y === ly) continue;
    if (n >= 4) {
      const ax = out[n - 4] ?? 0;
      const ay = out[n - 3] ?? 0;
      if ((ax === lx && lx === x) || (ay === ly && ly === y)) {
        out[n - 2] = x;
        out[n - 1] = y;
        continue;
      }
    }
    out.push(x, y);
  }
  return out;
}
