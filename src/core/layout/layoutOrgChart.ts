import type { Diagnostic } from '../model/diagnostic';
import type { RoleId } from '../model/ids';
import type { Organisation } from '../model/organisation';
import type { Role } from '../model/role';
import { boxText, headcountTag, type BoxText } from './boxText';
import { CHART_METRICS, type ChartMetrics } from './chartMetrics';
import { chartTree, type ChartView } from './chartTree';
import { ATTACH, type OrgChartLayout } from './orgChartLayout';
import { tidyTree } from './tidyTree';

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
  const { count, childStart, childList, depth, hidden } = tree;

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

  // Which managers stack their leaves, and the slots the tidy tree places: every box that
  // is not stacked, and one slot per stack.
  const isLeaf = (i: number) => childStart[i] === childStart[i + 1];
  const stacked = new Uint8Array(count);
  let stacks = 0;
  for (let i = 0; i < count; i++) {
    let leaves = 0;
    for (let k = childStart[i] ?? 0, e = childStart[i + 1] ?? 0; k < e; k++)
      if (isLeaf(childList[k] ?? 0)) leaves++;
    if (leaves >= org.policy.chartStackFrom && leaves > 0) {
      stacked[i] = 1;
      stacks++;
    }
  }
  // At most one slot per box plus one per stack; stacked boxes have none.
  const maxSlots = count + stacks;
  const slotParent = new Int32Array(maxSlots);
  /** The node of a slot, or -1 - manager for the stack of a manager. */
  const slotNode = new Int32Array(maxSlots);
  const stack = new Int32Array(maxSlots);
  const stackParent = new Int32Array(maxSlots);
  let used = 0;
  for (const root of tree.roots) {
    let top = 0;
    stack[top] = root;
    stackParent[top++] = -1;
    while (top > 0) {
      top--;
      const item = stack[top] ?? 0;
      const s = used++;
      slotNode[s] = item;
      slotParent[s] = stackParent[top] ?? -1;
      if (item < 0) continue;
      const from = childStart[item] ?? 0;
      const to = childStart[item + 1] ?? 0;
      const stacks = stacked[item] === 1;
      // The stack takes the place of the first leaf.
      let firstLeaf = -1;
      if (stacks)
        for (let k = from; k < to && firstLeaf < 0; k++)
          if (isLeaf(childList[k] ?? 0)) firstLeaf = k;
      for (let k = to - 1; k >= from; k--) {
        const c = childList[k] ?? 0;
        if (stacks && isLeaf(c)) {
          if (k !== firstLeaf) continue;
          stack[top] = -1 - item;
        } else stack[top] = c;
        stackParent[top++] = s;
      }
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

  // Sizes of the slots; a stack's geometry is kept to place its boxes afterwards.
  const slotW = new Float64Array(slots);
  const slotH = new Float64Array(slots);
  const slotY = new Float64Array(slots);
  const stackCols = new Int32Array(slots);
  const stackRows = new Int32Array(slots);
  const stackColW = new Float64Array(slots);
  const stackPitch = new Float64Array(slots);
  for (let s = 0; s < slots; s++) {
    const node = slotNode[s] ?? 0;
    if (node >= 0) {
      slotW[s] = (width[node] ?? 0) + m.siblingGap;
      slotH[s] = rowPitch;
      slotY[s] = (depth[node] ?? 0) * rowPitch;
      continue;
    }
    const manager = -1 - node;
    let leaves = 0;
    let colW = 0;
    let boxH = 0;
    for (let k = childStart[manager] ?? 0, e = childStart[manager + 1] ?? 0; k < e; k++) {
      const c = childList[k] ?? 0;
      if (!isLeaf(c)) continue;
      leaves++;
      colW = Math.max(colW, width[c] ?? 0);
      boxH = Math.max(boxH, height[c] ?? 0);
    }
    const pitch = boxH + m.stackRowGap;
    let cols = 2;
    let blockW = 2 * colW + m.stackColumnGap;
    if (leaves >= org.policy.chartGridFrom) {
      // About as tall as wide: c columns of pitch px, L / c rows of `pitch`.
      const colPitch = m.railIndent + colW + m.siblingGap;
      cols = Math.max(3, Math.min(leaves, Math.round(Math.sqrt((leaves * pitch) / colPitch))));
      blockW = cols * colPitch - m.siblingGap;
    }
    const rows = Math.ceil(leaves / cols);
    stackCols[s] = cols;
    stackRows[s] = rows;
    stackColW[s] = colW;
    stackPitch[s] = pitch;
    slotW[s] = blockW + m.siblingGap;
    slotH[s] = rows * pitch - m.stackRowGap + m.rowGap;
    slotY[s] = ((depth[manager] ?? 0) + 1) * rowPitch;
  }

  const slotX = tidyTree({
    count: slots,
    childStart: slotChildStart,
    childList: slotChildList,
    width: slotW,
    y: slotY,
    height: slotH,
  });

  // Trees side by side: each tree's slots are contiguous from its root.
  let cursor = 0;
  for (let r = 0; r < slots;) {
    let end = r + 1;
    while (end < slots && slotParent[end] !== -1) end++;
    let left = Infinity;
    let right = -Infinity;
    for (let s = r; s < end; s++) {
      const x0 = slotX[s] ?? 0;
      if (x0 < left) left = x0;
      const x1 = x0 + (slotW[s] ?? 0) - m.siblingGap;
      if (x1 > right) right = x1;
    }
    const shift = cursor - left;
    for (let s = r; s < end; s++) slotX[s] = (slotX[s] ?? 0) + shift;
    cursor = right + shift + m.treeGap;
    r = end;
  }

  // Boxes: a slot's box where it is, a stack's boxes in its columns.
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const attach = new Uint8Array(count);
  const busY = new Float64Array(count).fill(NaN);
  const railX = new Float64Array(count).fill(NaN);
  let boundW = 0;
  let boundH = 0;
  for (let s = 0; s < slots; s++) {
    const node = slotNode[s] ?? 0;
    if (node >= 0) {
      x[node] = slotX[s] ?? 0;
      y[node] = slotY[s] ?? 0;
      if (tree.parent[node] !== -1) busY[node] = (slotY[s] ?? 0) - m.rowGap / 2;
      continue;
    }
    const manager = -1 - node;
    const cols = stackCols[s] ?? 2;
    const rows = stackRows[s] ?? 1;
    const colW = stackColW[s] ?? 0;
    const pitch = stackPitch[s] ?? 0;
    const left = slotX[s] ?? 0;
    const top = slotY[s] ?? 0;
    let k = 0;
    for (let j = childStart[manager] ?? 0, e = childStart[manager + 1] ?? 0; j < e; j++) {
      const c = childList[j] ?? 0;
      if (!isLeaf(c)) continue;
      let col: number;
      let row: number;
      width[c] = colW;
      busY[c] = top - m.rowGap / 2;
      if (cols === 2) {
        // Row by row, either side of a rail down the middle.
        row = k >> 1;
        col = k & 1;
        x[c] = left + col * (colW + m.stackColumnGap);
        railX[c] = left + colW + m.stackColumnGap / 2;
        attach[c] = col === 0 ? ATTACH.right : ATTACH.left;
      } else {
        // Column by column, each with its rail on its left.
        col = Math.floor(k / rows);
        row = k % rows;
        const colLeft = left + col * (m.railIndent + colW + m.siblingGap);
        x[c] = colLeft + m.railIndent;
        railX[c] = colLeft + m.railIndent / 2;
        attach[c] = ATTACH.left;
      }
      y[c] = top + row * pitch;
      k++;
    }
  }
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
    errors,
    warnings,
    infos,
    rowPitch,
    stacks,
    bounds: { width: boundW, height: boundH },
  };
}
