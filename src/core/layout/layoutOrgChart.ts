import type { Diagnostic } from '../model/diagnostic';
import type { RoleId } from '../model/ids';
import type { Organisation } from '../model/organisation';
import { groupIndices } from '../model/groupIndices';
import type { Role } from '../model/role';
import { boxText, headcountTag, type BoxText } from './boxText';
import { CHART_METRICS, type ChartMetrics } from './chartMetrics';
import { chartTree, type ChartView } from './chartTree';
import { ATTACH, type OrgChartLayout } from './orgChartLayout';
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
}

/**
 * Lay out an org chart: a top-down tidy tree of boxes sized to their text. A manager's
 * reports who manage nobody are stacked under the manager (from `policy.chartStackFrom` of
 * them): one column, or a grid about as tall as wide from `policy.chartGridFrom` on, which
 * takes fewer, longer columns beside a taller subtree. A manager whose row of reports would
 * be too wide, or whose subtree gets smaller that way, hangs the reports' subtrees in two
 * columns either side of a rail. Heads stand side by side; a cycle is cut (see `chartTree`).
 * Deterministic: the same roles give the same coordinates.
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

  // 1. Bottom-up: which managers stack their leaves (and how), which hang their reports,
  //    judged on bounding-box estimates of each subtree.
  // A box folding roles under it (collapsed, or at the depth limit) is not stacked as a leaf.
  const isLeaf = (i: number) => childStart[i] === childStart[i + 1] && hidden[i] === 0;
  const blockCols = new Int32Array(count);
  const blockRows = new Int32Array(count);
  const blockColW = new Float64Array(count);
  const blockPitch = new Float64Array(count);
  const blockW = new Float64Array(count);
  const blockH = new Float64Array(count);
  const hang = new Uint8Array(count);
  const estW = new Float64Array(count);
  const estH = new Float64Array(count);
  const leafCount = new Int32Array(count);
  let stacks = 0;
  let hung = 0;
  const itemW: number[] = [];
  /** A manager whose reports are all leaves, stacked, and who does not hang them. */
  const onlyStack = (c: number) =>
    (blockCols[c] ?? 0) > 0 &&
    hang[c] === 0 &&
    leafCount[c] === (childStart[c + 1] ?? 0) - (childStart[c] ?? 0);
  /** Shape a manager's stack of leaves with at most `rows` rows, as few columns as that allows. */
  const shapeStack = (v: number, maxRows: number) => {
    const leaves = leafCount[v] ?? 0;
    const cols = Math.max(1, Math.ceil(leaves / Math.max(1, Math.min(leaves, maxRows))));
    const rows = Math.ceil(leaves / cols);
    const cw = blockColW[v] ?? 0;
    blockCols[v] = cols;
    blockRows[v] = rows;
    blockW[v] =
      cols === 1
        ? m.railIndent + cw
        : cols === 2
          ? 2 * cw + m.stackColumnGap
          : cols * (m.railIndent + cw + gap) - gap;
    blockH[v] = rows * (blockPitch[v] ?? 0) - m.stackRowGap;
  };
  const itemH: number[] = [];
  /**
   * The bottom-up pass, hanging rows wider than `maxRow`; returns the estimated size of the
   * whole chart (trees side by side).
   */
  const estimate = (maxRow: number): { width: number; height: number } => {
    stacks = 0;
    hung = 0;
    hang.fill(0);
    blockCols.fill(0);
    for (let v = count - 1; v >= 0; v--) {
      const from = childStart[v] ?? 0;
      const to = childStart[v + 1] ?? 0;
      if (from === to) {
        estW[v] = width[v] ?? 0;
        estH[v] = height[v] ?? 0;
        continue;
      }
      let leaves = 0;
      let cw = 0;
      let bh = 0;
      for (let k = from; k < to; k++) {
        const c = childList[k] ?? 0;
        if (!isLeaf(c)) continue;
        leaves++;
        cw = Math.max(cw, width[c] ?? 0);
        bh = Math.max(bh, height[c] ?? 0);
      }
      const stacked = leaves >= chartStackFrom && leaves > 0;
      leafCount[v] = leaves;
      if (stacked) {
        stacks++;
        blockColW[v] = cw;
        blockPitch[v] = bh + m.stackRowGap;
        // One column under the manager; a grid about as tall as wide for many.
        let cols = 1;
        if (leaves >= chartGridFrom) {
          // About as tall as wide: c columns of colPitch px, L / c rows of pitch px.
          const colPitch = m.railIndent + cw + gap;
          cols = Math.max(
            3,
            Math.min(leaves, Math.round(Math.sqrt((leaves * (blockPitch[v] ?? 0)) / colPitch))),
          );
        }
        shapeStack(v, Math.ceil(leaves / cols));
      }
      // Reports who manage only a grid of leaves take the height their row has anyway: the
      // row is as tall as its tallest item, so a shorter grid can have fewer, longer columns.
      let fixedH = stacked ? (blockH[v] ?? 0) : 0;
      let fitted = 0;
      let tallestFitted = 0;
      for (let k = from; k < to; k++) {
        const c = childList[k] ?? 0;
        if (isLeaf(c)) fixedH = stacked ? fixedH : Math.max(fixedH, height[c] ?? 0);
        else if (onlyStack(c)) {
          fitted++;
          tallestFitted = Math.max(tallestFitted, estH[c] ?? 0);
        } else fixedH = Math.max(fixedH, estH[c] ?? 0);
      }
      if (fitted > 0) {
        const target = Math.max(fixedH, tallestFitted);
        for (let k = from; k < to; k++) {
          const c = childList[k] ?? 0;
          if (!onlyStack(c)) continue;
          const rows = Math.floor((target - rowPitch + m.stackRowGap) / (blockPitch[c] ?? 1));
          if (Math.ceil((leafCount[c] ?? 0) / Math.max(1, rows)) < (blockCols[c] ?? 0)) {
            shapeStack(c, rows);
            estW[c] = Math.max(width[c] ?? 0, blockW[c] ?? 0);
            estH[c] = rowPitch + (blockH[c] ?? 0);
          }
        }
      }
      // The items under v, in input order: each report's subtree, the stack as one item.
      itemW.length = 0;
      itemH.length = 0;
      let rowW = 0;
      let rowH = 0;
      let stackSeen = false;
      for (let k = from; k < to; k++) {
        const c = childList[k] ?? 0;
        if (stacked && isLeaf(c)) {
          if (stackSeen) continue;
          stackSeen = true;
          itemW.push(blockW[v] ?? 0);
          itemH.push(blockH[v] ?? 0);
        } else {
          itemW.push(estW[c] ?? 0);
          itemH.push(estH[c] ?? 0);
        }
        rowW += (itemW.length > 1 ? gap : 0) + (itemW[itemW.length - 1] ?? 0);
        rowH = Math.max(rowH, itemH[itemH.length - 1] ?? 0);
      }
      let w = rowW;
      let h = rowH;
      // Hang the items in two columns when that makes the subtree smaller, or the row too wide.
      if (itemW.length >= 2) {
        const split = splitColumns(itemW, itemH, m.rowGap);
        const hangW = split.left + split.right + 2 * half;
        const rowArea = Math.max(width[v] ?? 0, rowW) * (rowPitch + rowH);
        const hangArea = Math.max(width[v] ?? 0, hangW) * (rowPitch + split.height);
        if (hangArea < rowArea * m.hangBelowArea || rowW > maxRow) {
          hang[v] = 1;
          hung++;
          w = hangW;
          h = split.height;
        }
      }
      estW[v] = Math.max(width[v] ?? 0, w);
      estH[v] = rowPitch + h;
    }
    let w = 0;
    let h = 0;
    for (const r of tree.roots) {
      w += (w > 0 ? m.treeGap : 0) + (estW[r] ?? 0);
      h = Math.max(h, estH[r] ?? 0);
    }
    return { width: w, height: h };
  };
  // Hang more when the chart would be too wide to print (wider than a page and than
  // maxAspect × its height): rows hang from narrower widths on.
  let maxRow = m.maxRowWidth;
  let size = estimate(maxRow);
  while (
    size.width > m.maxAspect * size.height &&
    size.width > m.pageWidth &&
    maxRow > 2 * m.maxBoxWidth
  ) {
    maxRow /= 2;
    size = estimate(maxRow);
  }

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
          if (isLeaf(childList[k] ?? 0)) firstLeaf = k;
      for (let k = to - 1; k >= from; k--) {
        const c = childList[k] ?? 0;
        if (stacked && isLeaf(c)) {
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
        if (stacked && isLeaf(c)) {
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
  const hangRail = new Float64Array(slots);
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

  /** Place a block's trees in two columns either side of a rail, in order, split to balance. */
  function arrangeHang(s: number): { width: number; height: number } {
    const first = hangFirstTree[s] ?? 0;
    const last = first + (hangTrees[s] ?? 0);
    itemW.length = 0;
    itemH.length = 0;
    for (let t = first; t < last; t++) {
      itemW.push(treeW[t] ?? 0);
      itemH.push(treeH[t] ?? 0);
    }
    const split = splitColumns(itemW, itemH, m.rowGap);
    const rail = split.left + half;
    let top = 0;
    for (let t = first; t < last; t++) {
      const i = t - first;
      if (i === split.count) top = 0;
      const side = i < split.count ? 0 : 1;
      treeSide[t] = side;
      treeOffX[t] = side === 0 ? rail - half - (treeW[t] ?? 0) : rail + half;
      treeOffY[t] = top;
      top += (treeH[t] ?? 0) + m.rowGap;
    }
    hangRail[s] = rail;
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
          railX[ref] = (slotAbsX[owner] ?? 0) + (hangRail[owner] ?? 0);
          attach[ref] = treeSide[t] === 0 ? ATTACH.right : ATTACH.left;
        } else if (tree.parent[ref] !== -1) busY[ref] = sy - m.rowGap / 2;
      } else if (kind === KIND_STACK) {
        placeStack(ref, sx, sy, s === from && owner >= 0 ? owner : -1);
      }
    }
  }

  /** The boxes of a manager's stack, its top-left at (left, top). */
  function placeStack(v: number, left: number, top: number, owner: number): void {
    const cols = blockCols[v] ?? 2;
    const rows = blockRows[v] ?? 1;
    const cw = blockColW[v] ?? 0;
    const pitch = blockPitch[v] ?? 0;
    const rail = owner >= 0 ? (slotAbsX[owner] ?? 0) + (hangRail[owner] ?? 0) : NaN;
    const bus = owner >= 0 ? (slotAbsY[owner] ?? 0) - m.rowGap / 2 : top - m.rowGap / 2;
    const ownBus = top - m.rowGap / 2;
    let k = 0;
    for (let j = childStart[v] ?? 0, e = childStart[v + 1] ?? 0; j < e; j++) {
      const c = childList[j] ?? 0;
      if (!isLeaf(c)) continue;
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
    maxRowWidth: maxRow,
    stacks,
    bounds: { width: boundW, height: boundH },
  };
}

/**
 * Split items (in order) into a left and a right column, the first `count` on the left, so
 * that the taller column is as short as it can be; `gap` between items in a column.
 */
export function splitColumns(
  widths: readonly number[],
  heights: readonly number[],
  gap: number,
): { count: number; left: number; right: number; height: number } {
  const n = heights.length;
  let total = 0;
  for (const h of heights) total += h + gap;
  let best = -1;
  let bestHeight = Infinity;
  let above = 0;
  for (let k = 1; k <= n; k++) {
    above += (heights[k - 1] ?? 0) + gap;
    const height = Math.max(above, total - above) - gap;
    if (height < bestHeight - 1e-9) {
      bestHeight = height;
      best = k;
    }
  }
  let left = 0;
  let right = 0;
  for (let i = 0; i < n; i++)
    if (i < best) left = Math.max(left, widths[i] ?? 0);
    else right = Math.max(right, widths[i] ?? 0);
  return { count: best, left, right, height: Math.max(0, bestHeight) };
}
