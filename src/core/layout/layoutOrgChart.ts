import type { Diagnostic } from '../model/diagnostic';
import type { RoleId } from '../model/ids';
import type { Organisation } from '../model/organisation';
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
 * Lay out an org chart: a top-down tidy tree of boxes sized to their text, where a manager's
 * reports who manage nobody are stacked under the manager — two columns either side of a
 * rail from `policy.chartStackFrom` on, a grid of columns from `policy.chartGridFrom` on —
 * while reports who manage others stay in the tree. Heads stand side by side; a cycle is cut
 * (see `chartTree`). Deterministic: the same roles give the same coordinates.
 */
export function layoutOrgChart(
  org: Pick<Organisation, 'roles' | 'policy'>,
  options: ChartOptions = {},
): OrgChartLayout {
  const m = options.metrics ?? CHART_METRICS;
  const roles = org.roles;
  const tree = chartTree(roles, options.view, options.roleIndex);
  const { count, childStart, childList, hidden } = tree;

  // The text of each box, measured once per distinct text.
  const textIndex = new Map<string, number>();
  const texts: BoxText[] = [];
  const text = new Int32Array(count);
  const width = new Float64Array(count);
  const height = new Float64Array(count);
  let tallest = 0;
  for (let i = 0; i < count; i++) {
    const role = roles[tree.role[i] ?? 0] as Role;
    const h = hidden[i] ?? 0;
    const hc = headcountTag(role.headcount);
    const tag = h > 0 ? (hc === undefined ? `+${h}` : `${hc} +${h}`) : hc;
    const key = `${role.title}\u0001${role.department ?? ''}\u0001${tag ?? ''}`;
    let t = textIndex.get(key);
    if (t === undefined) {
      t = texts.length;
      texts.push(boxText(role.title, role.department, tag, m));
      textIndex.set(key, t);
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
  const isLeaf = (i: number) => childStart[i] === childStart[i + 1];
  const blockCols = new Int32Array(count);
  const blockRows = new Int32Array(count);
  const blockColW = new Float64Array(count);
  const blockPitch = new Float64Array(count);
  const blockW = new Float64Array(count);
  const blockH = new Float64Array(count);
  const hang = new Uint8Array(count);
  const estW = new Float64Array(count);
  const estH = new Float64Array(count);
  let stacks = 0;
  let hung = 0;
  const colH = [0, 0];
  const colW = [0, 0];
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
    if (stacked) {
      stacks++;
      const pitch = bh + m.stackRowGap;
      let cols = 2;
      let w = 2 * cw + m.stackColumnGap;
      if (leaves < 4) {
        // Too few for two columns: one column, its rail on the left.
        cols = 1;
        w = m.railIndent + cw;
      } else if (leaves >= chartGridFrom) {
        // About as tall as wide: c columns of colPitch px, L / c rows of pitch px.
        const colPitch = m.railIndent + cw + gap;
        cols = Math.max(3, Math.min(leaves, Math.round(Math.sqrt((leaves * pitch) / colPitch))));
        w = cols * colPitch - gap;
      }
      const rows = Math.ceil(leaves / cols);
      blockCols[v] = cols;
      blockRows[v] = rows;
      blockColW[v] = cw;
      blockPitch[v] = pitch;
      blockW[v] = w;
      blockH[v] = rows * pitch - m.stackRowGap;
    }
    // The row: subtrees side by side, the stack in it as one item.
    let rowW = stacked ? (blockW[v] ?? 0) : 0;
    let rowH = stacked ? (blockH[v] ?? 0) : 0;
    let items = stacked ? 1 : 0;
    for (let k = from; k < to; k++) {
      const c = childList[k] ?? 0;
      if (stacked && isLeaf(c)) continue;
      rowW += (items > 0 ? gap : 0) + (estW[c] ?? 0);
      rowH = Math.max(rowH, estH[c] ?? 0);
      items++;
    }
    let w = rowW;
    let h = rowH;
    if (rowW > m.maxRowWidth && items - (stacked ? 1 : 0) >= 2) {
      hang[v] = 1;
      hung++;
      colH[0] = colH[1] = colW[0] = colW[1] = 0;
      for (let k = from; k < to; k++) {
        const c = childList[k] ?? 0;
        if (stacked && isLeaf(c)) continue;
        const side = (colH[1] ?? 0) < (colH[0] ?? 0) ? 1 : 0;
        colH[side] = (colH[side] ?? 0) + (estH[c] ?? 0) + m.rowGap;
        colW[side] = Math.max(colW[side] ?? 0, estW[c] ?? 0);
      }
      w = Math.max((colW[0] ?? 0) + (colW[1] ?? 0) + 2 * half, stacked ? (blockW[v] ?? 0) : 0);
      h = Math.max(colH[0] ?? 0, colH[1] ?? 0) + (stacked ? (blockH[v] ?? 0) : -m.rowGap);
    }
    estW[v] = Math.max(width[v] ?? 0, w);
    estH[v] = rowPitch + h;
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
      for (let k = childStart[v] ?? 0, e = childStart[v + 1] ?? 0; k < e; k++) {
        const c = childList[k] ?? 0;
        if (stacked && isLeaf(c)) continue;
        treeKind.push(KIND_NODE);
        treeRef.push(c);
        treeOwner.push(s);
      }
      if (stacked) {
        treeKind.push(KIND_STACK);
        treeRef.push(v);
        treeOwner.push(s);
      }
      hangTrees[s] = treeKind.length - (hangFirstTree[s] ?? 0);
    }
  }
  const slots = used;
  const slotChildStart = new Int32Array(slots + 1);
  for (let s = 0; s < slots; s++) {
    const p = slotParent[s] ?? -1;
    if (p >= 0) slotChildStart[p + 1] = (slotChildStart[p + 1] ?? 0) + 1;
  }
  for (let s = 0; s < slots; s++)
    slotChildStart[s + 1] = (slotChildStart[s + 1] ?? 0) + (slotChildStart[s] ?? 0);
  const fillAt = slotChildStart.slice(0, slots);
  const slotChildList = new Int32Array(slotChildStart[slots] ?? 0);
  for (let s = 0; s < slots; s++) {
    const p = slotParent[s] ?? -1;
    if (p < 0) continue;
    const k = fillAt[p] ?? 0;
    slotChildList[k] = s;
    fillAt[p] = k + 1;
  }

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

  /** Place a block's trees: two columns along a rail, then its stack below, centred on it. */
  function arrangeHang(s: number): { width: number; height: number } {
    const first = hangFirstTree[s] ?? 0;
    const last = first + (hangTrees[s] ?? 0);
    colH[0] = colH[1] = colW[0] = colW[1] = 0;
    let stackTree = -1;
    for (let t = first; t < last; t++) {
      if (treeKind[t] === KIND_STACK) {
        stackTree = t;
        continue;
      }
      const side = (colH[1] ?? 0) < (colH[0] ?? 0) ? 1 : 0;
      treeSide[t] = side;
      treeOffY[t] = colH[side] ?? 0;
      colH[side] = (colH[side] ?? 0) + (treeH[t] ?? 0) + m.rowGap;
      colW[side] = Math.max(colW[side] ?? 0, treeW[t] ?? 0);
    }
    const rail = (colW[0] ?? 0) + half;
    let minX = 0;
    let maxX = rail + half + (colW[1] ?? 0);
    for (let t = first; t < last; t++) {
      if (t === stackTree) continue;
      treeOffX[t] = treeSide[t] === 0 ? rail - half - (treeW[t] ?? 0) : rail + half;
    }
    let height = Math.max(colH[0] ?? 0, colH[1] ?? 0) - m.rowGap;
    if (stackTree >= 0) {
      const v = treeRef[stackTree] ?? 0;
      const cols = blockCols[v] ?? 0;
      const cw = blockColW[v] ?? 0;
      // The stack's own rail continues the block's; a grid is centred under it.
      const sx =
        cols === 1
          ? rail - m.railIndent / 2
          : cols === 2
            ? rail - cw - m.stackColumnGap / 2
            : rail - (blockW[v] ?? 0) / 2;
      treeSide[stackTree] = 2;
      treeOffX[stackTree] = sx;
      treeOffY[stackTree] = height > 0 ? height + m.rowGap : 0;
      height = (treeOffY[stackTree] ?? 0) + (blockH[v] ?? 0);
      minX = Math.min(minX, sx);
      maxX = Math.max(maxX, sx + (blockW[v] ?? 0));
    }
    for (let t = first; t < last; t++) treeOffX[t] = (treeOffX[t] ?? 0) - minX;
    hangRail[s] = rail - minX;
    return { width: maxX - minX, height: Math.max(0, height) };
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
      if (cols >= 3 && owner >= 0) {
        // Down the block's rail to the grid's own bus, then along it to the column.
        railX[c] = rail;
        bus2Y[c] = top - m.rowGap / 2;
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
    stacks,
    bounds: { width: boundW, height: boundH },
  };
}
