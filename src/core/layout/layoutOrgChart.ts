import type { Diagnostic } from '../model/diagnostic';
import type { RoleId } from '../model/ids';
import type { Organisation } from '../model/organisation';
import { groupIndices } from '../model/groupIndices';
import type { Role } from '../model/role';
import { boxText, headcountTag, type BoxText } from './boxText';
import { CHART_METRICS, type ChartMetrics } from './chartMetrics';
import { chartTree, isLeafBox, type ChartView } from './chartTree';
import { ATTACH, type OrgChartLayout } from './orgChartLayout';
import { chooseShapes, partitionColumns, splitColumns } from './chooseShapes';
import { tidyRange, tidyWork } from './tidyTree';

export interface ChartOptions {
  /** Which part of the organisation to show (default: all of it). */
  readonly view?: ChartView;
  /** Findings to badge on the boxes of the roles they are about (by `subject`). */
  readonly findings?: readonly Diagnostic[];
  readonly metrics?: ChartMetrics;
  /** Distance between rows; default: the tallest box plus the row gap. */
  readonly rowPitch?: number;
  /** Role index by id, when the caller has one (e.g. the analyses' OrgIndex). */
  readonly roleIndex?: ReadonlyMap<RoleId, number>;
  /**
   * Draw the chart in its narrowest shape no taller than this, as a subtree in a row of that
   * height is drawn (see `OrgChartLayout.subtreeHeight`), instead of its smallest printable one.
   */
  readonly fitHeight?: number;
}

/**
 * Lay out an org chart: a top-down tidy tree of boxes sized to their text. A manager's
 * reports who manage nobody are stacked under the manager (from `policy.chartStackFrom` of
 * them) in one column, or from `policy.chartGridFrom` on also in a grid; a manager's reports'
 * subtrees stand in a row, or hang in columns along rails: two either side of one rail, or
 * one or more each with its rail on its left. Which of these each manager takes is chosen
 * (`chooseShapes`) so that the whole chart is about as small as it can be while it prints
 * (at most `maxAspect` wide or tall). Heads stand side by side; a cycle is cut (see
 * `chartTree`). Deterministic: the same roles give the same coordinates.
 */
export function layoutOrgChart(
  org: Pick<Organisation, 'roles' | 'policy'>,
  options: ChartOptions = {},
): OrgChartLayout {
  const m = options.metrics ?? CHART_METRICS;
  const roles = org.roles;
  const tree = chartTree(roles, options.view, options.roleIndex);
  const { count, childStart, childList, hidden } = tree;

  // The text of each box, measured once per distinct text: by title, then department, then
  // tag (most boxes have none, and no string is built for them).
  const byTitle = new Map<string, Map<string, Map<string, number>>>();
  const texts: BoxText[] = [];
  const text = new Int32Array(count);
  const width = new Float64Array(count);
  const height = new Float64Array(count);
  let tallest = 0;
  for (let i = 0; i < count; i++) {
    const role = roles[tree.role[i] ?? 0] as Role;
    const h = hidden[i] ?? 0;
    const hc = role.headcount === 1 ? undefined : headcountTag(role.headcount);
    const tag = h > 0 ? (hc === undefined ? `+${h}` : `${hc} +${h}`) : hc;
    let byDept = byTitle.get(role.title);
    if (byDept === undefined) {
      byDept = new Map();
      byTitle.set(role.title, byDept);
    }
    const dept = role.department ?? '';
    let byTag = byDept.get(dept);
    if (byTag === undefined) {
      byTag = new Map();
      byDept.set(dept, byTag);
    }
    const tagKey = tag ?? '';
    let t = byTag.get(tagKey);
    if (t === undefined) {
      t = texts.length;
      texts.push(boxText(role.title, role.department, tag, m));
      byTag.set(tagKey, t);
    }
    const bt = texts[t] as BoxText;
    text[i] = t;
    width[i] = bt.width;
    height[i] = bt.height;
    if (bt.height > tallest) tallest = bt.height;
  }
  const rowPitch = options.rowPitch ?? tallest + m.rowGap;
  const { chartStackFrom, chartGridFrom } = org.policy;
  const gap = m.siblingGap;
  const half = m.stackColumnGap / 2;

  // 1. How each manager draws its reports: a row or hung columns, its leaves stacked in one
  //    column or a grid, so that the whole chart is small and prints (`chooseShapes`).
  const shapes = chooseShapes({
    tree,
    width,
    height,
    rowPitch,
    metrics: m,
    stackFrom: chartStackFrom,
    gridFrom: chartGridFrom,
    fitHeight: options.fitHeight,
  });
  const { hang, hangCols, blockCols, blockRows, blockColW, blockPitch, blockW, blockH } = shapes;
  const { stacks, hung } = shapes;
  const itemW: number[] = [];
  const itemH: number[] = [];

  // 2. Slots for the tidy tree, tree by tree: every box not stacked; one slot per stack in a
  //    row; one slot per hung manager's block. A hung manager's reports (and its stack) are
  //    trees of their own, queued after the tree that holds the block.
  const KIND_NODE = 0;
  const KIND_STACK = 1;
  const KIND_HANG = 2;
  const maxSlots = 2 * count + 1;
  const slotKind = new Uint8Array(maxSlots);
  const slotRef = new Int32Array(maxSlots);
  const slotParent = new Int32Array(maxSlots);
  const slotRow = new Int32Array(maxSlots);
  const treeKind: number[] = [];
  const treeRef: number[] = [];
  const treeOwner: number[] = [];
  const treeStart: number[] = [];
  const treeEnd: number[] = [];
  const hangFirstTree = new Int32Array(maxSlots).fill(-1);
  const hangTrees = new Int32Array(maxSlots);
  for (const root of tree.roots) {
    treeKind.push(KIND_NODE);
    treeRef.push(root);
    treeOwner.push(-1);
  }
  const stack = new Int32Array(maxSlots);
  const stackKind = new Uint8Array(maxSlots);
  const stackParent = new Int32Array(maxSlots);
  const stackRow = new Int32Array(maxSlots);
  let used = 0;
  for (let t = 0; t < treeKind.length; t++) {
    treeStart.push(used);
    let top = 0;
    stack[top] = treeRef[t] ?? 0;
    stackKind[top] = treeKind[t] ?? 0;
    stackRow[top] = 0;
    stackParent[top++] = -1;
    while (top > 0) {
      top--;
      const ref = stack[top] ?? 0;
      const kind = stackKind[top] ?? 0;
      const row = stackRow[top] ?? 0;
      const s = used++;
      slotKind[s] = kind;
      slotRef[s] = ref;
      slotRow[s] = row;
      slotParent[s] = stackParent[top] ?? -1;
      if (kind !== KIND_NODE) continue;
      const from = childStart[ref] ?? 0;
      const to = childStart[ref + 1] ?? 0;
      if (from === to) continue;
      const stacked = (blockCols[ref] ?? 0) > 0;
      if (hang[ref]) {
        stack[top] = ref;
        stackKind[top] = KIND_HANG;
        stackRow[top] = row + 1;
        stackParent[top++] = s;
        continue;
      }
      // The stack takes the place of the first leaf.
      let firstLeaf = -1;
      if (stacked)
        for (let k = from; k < to && firstLeaf < 0; k++)
          if (isLeafBox(tree, childList[k] ?? 0)) firstLeaf = k;
      for (let k = to - 1; k >= from; k--) {
        const c = childList[k] ?? 0;
        if (stacked && isLeafBox(tree, c)) {
          if (k !== firstLeaf) continue;
          stack[top] = ref;
          stackKind[top] = KIND_STACK;
        } else {
          stack[top] = c;
          stackKind[top] = KIND_NODE;
        }
        stackRow[top] = row + 1;
        stackParent[top++] = s;
      }
    }
    treeEnd.push(used);
    // Queue the trees hung from this tree's blocks, in order.
    for (let s = treeStart[t] ?? 0; s < used; s++) {
      if (slotKind[s] !== KIND_HANG) continue;
      const v = slotRef[s] ?? 0;
      hangFirstTree[s] = treeKind.length;
      const stacked = (blockCols[v] ?? 0) > 0;
      let stackSeen = false;
      for (let k = childStart[v] ?? 0, e = childStart[v + 1] ?? 0; k < e; k++) {
        const c = childList[k] ?? 0;
        if (stacked && isLeafBox(tree, c)) {
          if (stackSeen) continue;
          stackSeen = true;
          treeKind.push(KIND_STACK);
          treeRef.push(v);
        } else {
          treeKind.push(KIND_NODE);
          treeRef.push(c);
        }
        treeOwner.push(s);
      }
      hangTrees[s] = treeKind.length - (hangFirstTree[s] ?? 0);
    }
  }
  const slots = used;
  const { start: slotChildStart, list: slotChildList } = groupIndices(slotParent, slots, slots);

  // 3. Trees last-queued first, so a block's trees are laid out before the tree holding it.
  const slotW = new Float64Array(slots);
  const slotH = new Float64Array(slots);
  const slotY = new Float64Array(slots);
  const trees = treeKind.length;
  const treeMinX = new Float64Array(trees);
  const treeW = new Float64Array(trees);
  const treeH = new Float64Array(trees);
  const treeOffX = new Float64Array(trees);
  const treeOffY = new Float64Array(trees);
  const treeSide = new Uint8Array(trees);
  const treeRail = new Float64Array(trees);
  const ends: number[] = [];
  const work = tidyWork(slots);
  const input = {
    count: slots,
    childStart: slotChildStart,
    childList: slotChildList,
    width: slotW,
    y: slotY,
    height: slotH,
  };
  for (let t = trees - 1; t >= 0; t--) {
    const from = treeStart[t] ?? 0;
    const end = treeEnd[t] ?? 0;
    for (let s = from; s < end; s++) {
      const ref = slotRef[s] ?? 0;
      const kind = slotKind[s];
      slotY[s] = (slotRow[s] ?? 0) * rowPitch;
      if (kind === KIND_NODE) {
        slotW[s] = (width[ref] ?? 0) + gap;
        slotH[s] = rowPitch;
      } else if (kind === KIND_STACK) {
        slotW[s] = (blockW[ref] ?? 0) + gap;
        slotH[s] = (blockH[ref] ?? 0) + m.rowGap;
      } else {
        const size = arrangeHang(s);
        slotW[s] = size.width + gap;
        slotH[s] = size.height + m.rowGap;
      }
    }
    tidyRange(input, work, from, end);
    let left = Infinity;
    let right = -Infinity;
    let bottom = 0;
    for (let s = from; s < end; s++) {
      const x0 = work.x[s] ?? 0;
      if (x0 < left) left = x0;
      right = Math.max(right, x0 + (slotW[s] ?? 0) - gap);
      bottom = Math.max(bottom, (slotY[s] ?? 0) + (slotH[s] ?? 0) - m.rowGap);
    }
    treeMinX[t] = left;
    treeW[t] = right - left;
    treeH[t] = bottom;
  }

  /**
   * Place a block's trees, in order: in two columns either side of a rail, split to balance;
   * or in the manager's number of columns, each with its rail on its left.
   */
  function arrangeHang(s: number): { width: number; height: number } {
    const first = hangFirstTree[s] ?? 0;
    const last = first + (hangTrees[s] ?? 0);
    itemW.length = 0;
    itemH.length = 0;
    for (let t = first; t < last; t++) {
      itemW.push(treeW[t] ?? 0);
      itemH.push(treeH[t] ?? 0);
    }
    const columns = hangCols[slotRef[s] ?? 0] ?? 0;
    if (columns > 0) {
      const { width: sizeW, height: sizeH } = partitionColumns(itemW, itemH, columns, m, ends);
      let left = 0;
      let top = 0;
      let colW = 0;
      let column = 0;
      for (let t = first; t < last; t++) {
        if (t - first === ends[column]) {
          left += m.railIndent + colW + gap;
          top = 0;
          colW = 0;
          column++;
        }
        treeSide[t] = 1;
        treeRail[t] = left + m.railIndent / 2;
        treeOffX[t] = left + m.railIndent;
        treeOffY[t] = top;
        top += (treeH[t] ?? 0) + m.rowGap;
        colW = Math.max(colW, treeW[t] ?? 0);
      }
      return { width: sizeW, height: sizeH };
    }
    const split = splitColumns(itemW, itemH, m.rowGap);
    const rail = split.left + half;
    let top = 0;
    for (let t = first; t < last; t++) {
      const i = t - first;
      if (i === split.count) top = 0;
      const side = i < split.count ? 0 : 1;
      treeSide[t] = side;
      treeRail[t] = rail;
      treeOffX[t] = side === 0 ? rail - half - (treeW[t] ?? 0) : rail + half;
      treeOffY[t] = top;
      top += (treeH[t] ?? 0) + m.rowGap;
    }
    return { width: split.left + split.right + 2 * half, height: split.height };
  }

  // 4. Absolute positions, trees in queue order: top-level trees side by side, hung trees
  //    inside their block.
  const slotAbsX = new Float64Array(slots);
  const slotAbsY = new Float64Array(slots);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const attach = new Uint8Array(count);
  const busY = new Float64Array(count).fill(NaN);
  const railX = new Float64Array(count).fill(NaN);
  const bus2Y = new Float64Array(count).fill(NaN);
  const rail2X = new Float64Array(count).fill(NaN);
  let cursor = 0;
  for (let t = 0; t < trees; t++) {
    const owner = treeOwner[t] ?? -1;
    let ox: number;
    let oy: number;
    if (owner < 0) {
      ox = cursor - (treeMinX[t] ?? 0);
      oy = 0;
      cursor += (treeW[t] ?? 0) + m.treeGap;
    } else {
      ox = (slotAbsX[owner] ?? 0) + (treeOffX[t] ?? 0) - (treeMinX[t] ?? 0);
      oy = (slotAbsY[owner] ?? 0) + (treeOffY[t] ?? 0);
    }
    const from = treeStart[t] ?? 0;
    const end = treeEnd[t] ?? 0;
    for (let s = from; s < end; s++) {
      const sx = ox + (work.x[s] ?? 0);
      const sy = oy + (slotY[s] ?? 0);
      slotAbsX[s] = sx;
      slotAbsY[s] = sy;
      const ref = slotRef[s] ?? 0;
      const kind = slotKind[s];
      if (kind === KIND_NODE) {
        x[ref] = sx;
        y[ref] = sy;
        if (s === from && owner >= 0) {
          // The root of a hung tree hangs from its block's rail.
          busY[ref] = (slotAbsY[owner] ?? 0) - m.rowGap / 2;
          railX[ref] = (slotAbsX[owner] ?? 0) + (treeRail[t] ?? 0);
          attach[ref] = treeSide[t] === 0 ? ATTACH.right : ATTACH.left;
        } else if (tree.parent[ref] !== -1) busY[ref] = sy - m.rowGap / 2;
      } else if (kind === KIND_STACK) {
        placeStack(ref, sx, sy, s === from && owner >= 0 ? owner : -1, t);
      }
    }
  }

  /** The boxes of a manager's stack, its top-left at (left, top). */
  function placeStack(v: number, left: number, top: number, owner: number, t: number): void {
    const cols = blockCols[v] ?? 2;
    const rows = blockRows[v] ?? 1;
    const cw = blockColW[v] ?? 0;
    const pitch = blockPitch[v] ?? 0;
    const rail = owner >= 0 ? (slotAbsX[owner] ?? 0) + (treeRail[t] ?? 0) : NaN;
    const bus = owner >= 0 ? (slotAbsY[owner] ?? 0) - m.rowGap / 2 : top - m.rowGap / 2;
    const ownBus = top - m.rowGap / 2;
    let k = 0;
    for (let j = childStart[v] ?? 0, e = childStart[v + 1] ?? 0; j < e; j++) {
      const c = childList[j] ?? 0;
      if (!isLeafBox(tree, c)) continue;
      let col: number;
      let row: number;
      let own: number;
      width[c] = cw;
      if (cols === 2) {
        // Row by row, either side of a rail down the middle.
        row = k >> 1;
        col = k & 1;
        x[c] = left + col * (cw + m.stackColumnGap);
        own = left + cw + m.stackColumnGap / 2;
        attach[c] = col === 0 ? ATTACH.right : ATTACH.left;
      } else {
        // Column by column, each with its rail on its left.
        col = Math.floor(k / rows);
        row = k % rows;
        const colLeft = left + col * (m.railIndent + cw + gap);
        x[c] = colLeft + m.railIndent;
        own = colLeft + m.railIndent / 2;
        attach[c] = ATTACH.left;
      }
      y[c] = top + row * pitch;
      busY[c] = bus;
      if (owner >= 0) {
        // Down the block's rail to the stack's own bus, then along it to the column's rail.
        railX[c] = rail;
        bus2Y[c] = ownBus;
        rail2X[c] = own;
      } else railX[c] = own;
      k++;
    }
  }

  let boundW = 0;
  let boundH = 0;
  for (let i = 0; i < count; i++) {
    const r = (x[i] ?? 0) + (width[i] ?? 0);
    const b = (y[i] ?? 0) + (height[i] ?? 0);
    if (r > boundW) boundW = r;
    if (b > boundH) boundH = b;
  }

  const errors = new Int32Array(count);
  const warnings = new Int32Array(count);
  const infos = new Int32Array(count);
  if (options.findings && options.findings.length > 0) {
    const nodeOfRole = new Map<RoleId, number>();
    for (let i = count - 1; i >= 0; i--) nodeOfRole.set((roles[tree.role[i] ?? 0] as Role).id, i);
    for (const d of options.findings) {
      const node = d.subject === undefined ? undefined : nodeOfRole.get(d.subject as RoleId);
      // A function's id may look like a role's: only findings on the role's own sheet count.
      if (node === undefined) continue;
      if ((roles[tree.role[node] ?? 0] as Role).source.sheet !== d.location.sheet) continue;
      const counts = d.severity === 'error' ? errors : d.severity === 'warning' ? warnings : infos;
      counts[node] = (counts[node] ?? 0) + 1;
    }
  }

  return {
    tree,
    x,
    y,
    width,
    height,
    text,
    texts,
    attach,
    busY,
    railX,
    bus2Y,
    rail2X,
    hung,
    errors,
    warnings,
    infos,
    rowPitch,
    subtreeHeight: shapes.subtreeHeight,
    stacks,
    bounds: { width: boundW, height: boundH },
  };
}
