import type { RoleId } from '../model/ids';
import { groupIndices } from '../model/groupIndices';
import type { Role } from '../model/role';

/** Why a role heads a tree although it has a manager. */
export const CUT = { none: 0, cycle: 1, selfReport: 2, unknownManager: 3 } as const;
export type CutCode = (typeof CUT)[keyof typeof CUT];

/** Which part of the organisation a chart shows. */
export interface ChartView {
  /** Only this role's subtree. */
  readonly root?: RoleId;
  /** Show this many layers (1 = the heads only); deeper roles are counted on their ancestor. */
  readonly depth?: number;
  /** Roles whose subtree is folded into their box. */
  readonly collapsed?: Iterable<RoleId>;
}

/**
 * The visible forest of a chart, in pre-order (a parent before its children, children in
 * input order, trees one after another). Node arrays are indexed by node, not by role.
 */
export interface ChartTree {
  readonly count: number;
  /** Role index of each node. */
  readonly role: Int32Array;
  /** Parent node, -1 for the head of a tree. */
  readonly parent: Int32Array;
  /** Layer of each node within the chart: 0 for a head. */
  readonly depth: Int32Array;
  /** Roles folded into the node (collapsed, or beyond the depth limit); 0 when none. */
  readonly hidden: Int32Array;
  /** Why a head has no parent in the chart (`CUT`). */
  readonly cut: Uint8Array;
  /** Visible children of each node: `childList[childStart[i]] … childList[childStart[i + 1] - 1]`. */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  /** Head nodes, in drawing order. */
  readonly roots: readonly number[];
  /** True when `view.root` names no role. */
  readonly rootMissing: boolean;
}

/**
 * Build the visible forest from the roles' reporting lines. Heads are the roles with no
 * manager (or an unknown one), in input order; a cycle — and a self-report, a cycle of one —
 * is cut at its first role in input order, which then heads its own tree, after the others.
 * Never loops, whatever the reporting lines.
 */
/**
 * Whether a box stacks as a leaf under its manager: it has no visible reports and folds
 * none (a collapsed box, or one at the depth limit, shows what it folds, so never stacks).
 */
export function isLeafBox(tree: Pick<ChartTree, 'childStart' | 'hidden'>, i: number): boolean {
  return tree.childStart[i] === tree.childStart[i + 1] && tree.hidden[i] === 0;
}

export function chartTree(
  roles: readonly Role[],
  view: ChartView = {},
  roleIndex?: ReadonlyMap<RoleId, number>,
): ChartTree {
  const n = roles.length;
  let index = roleIndex;
  if (!index) {
    // Backwards, so that the first of two roles with one id is the one kept.
    const m = new Map<RoleId, number>();
    for (let i = n - 1; i >= 0; i--) m.set((roles[i] as Role).id, i);
    index = m;
  }
  const parent = new Int32Array(n).fill(-1);
  const cutOf = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const m = (roles[i] as Role).reportsTo;
    if (m === null) continue;
    const p = index.get(m);
    if (p === undefined) cutOf[i] = CUT.unknownManager;
    else parent[i] = p;
  }
  // Children in input order.
  const { start, list } = groupIndices(parent, n);

  // Heads, then one head per cycle: the cycle's first role in input order.
  const heads: number[] = [];
  for (let i = 0; i < n; i++) if (parent[i] === -1) heads.push(i);
  const reached = new Uint8Array(n);
  const stack = new Int32Array(n);
  const mark = (h: number) => {
    let top = 0;
    stack[top++] = h;
    reached[h] = 1;
    while (top > 0) {
      const r = stack[--top] ?? 0;
      for (let k = start[r] ?? 0, end = start[r + 1] ?? 0; k < end; k++) {
        const c = list[k] ?? 0;
        if (!reached[c]) {
          reached[c] = 1;
          stack[top++] = c;
        }
      }
    }
  };
  for (const h of heads) mark(h);
  const walk = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (reached[i]) continue;
    // Every ancestor of an unreached role is unreached: walking up ends on a cycle.
    let r = i;
    while ((walk[r] ?? -1) !== i) {
      walk[r] = i;
      r = parent[r] ?? 0;
    }
    let first = r;
    for (let c = parent[r] ?? r; c !== r; c = parent[c] ?? r) if (c < first) first = c;
    cutOf[first] = parent[first] === first ? CUT.selfReport : CUT.cycle;
    heads.push(first);
    mark(first);
  }

  // The roots of the view.
  let roots = heads;
  let rootMissing = false;
  if (view.root !== undefined) {
    const r = index.get(view.root);
    if (r === undefined) {
      roots = [];
      rootMissing = true;
    } else roots = [r];
  }
  const collapsed = new Uint8Array(n);
  if (view.collapsed)
    for (const id of view.collapsed) {
      const r = index.get(id);
      if (r !== undefined) collapsed[r] = 1;
    }
  const maxDepth = view.depth !== undefined && view.depth >= 1 ? Math.floor(view.depth) : n + 1;

  // Pre-order over the visible part; a folded node counts the roles below it.
  const isHead = new Uint8Array(n);
  for (const h of heads) isHead[h] = 1;
  const nodeRole = new Int32Array(n);
  const nodeParent = new Int32Array(n);
  const nodeDepth = new Int32Array(n);
  const nodeHidden = new Int32Array(n);
  const nodeCut = new Uint8Array(n);
  let count = 0;
  const stackDepth = new Int32Array(n);
  const stackParent = new Int32Array(n);
  const visited = new Uint8Array(n);
  for (const root of roots) {
    let top = 0;
    stack[top] = root;
    stackDepth[top] = 0;
    stackParent[top++] = -1;
    visited[root] = 1;
    while (top > 0) {
      top--;
      const r = stack[top] ?? 0;
      const d = stackDepth[top] ?? 0;
      const node = count++;
      const p = stackParent[top] ?? -1;
      nodeRole[node] = r;
      nodeParent[node] = p;
      nodeDepth[node] = d;
      nodeCut[node] = p === -1 ? (cutOf[r] ?? 0) : 0;
      const from = start[r] ?? 0;
      const to = start[r + 1] ?? 0;
      if (collapsed[r] || d + 1 >= maxDepth) {
        if (to > from) nodeHidden[node] = countBelow(r, start, list, isHead, visited);
        continue;
      }
      for (let k = to - 1; k >= from; k--) {
        const c = list[k] ?? 0;
        // A cut head is drawn as its own tree, not again under its manager.
        if (visited[c] || (isHead[c] && c !== root)) continue;
        visited[c] = 1;
        stack[top] = c;
        stackDepth[top] = d + 1;
        stackParent[top++] = node;
      }
    }
  }
  const nodeParentArr = nodeParent.slice(0, count);
  // Pre-order visits each parent's children in input order, so they stay in input order.
  const { start: childStart, list: childList } = groupIndices(nodeParentArr, count);
  const rootNodes: number[] = [];
  for (let i = 0; i < count; i++) if (nodeParentArr[i] === -1) rootNodes.push(i);
  return {
    count,
    role: nodeRole.slice(0, count),
    parent: nodeParentArr,
    depth: nodeDepth.slice(0, count),
    hidden: nodeHidden.slice(0, count),
    cut: nodeCut.slice(0, count),
    childStart,
    childList,
    roots: rootNodes,
    rootMissing,
  };
}

/** Roles strictly below r that are not yet drawn, marking them drawn (each counted once). */
function countBelow(
  r: number,
  start: Int32Array,
  list: Int32Array,
  isHead: Uint8Array,
  visited: Uint8Array,
): number {
  const stack: number[] = [r];
  let count = 0;
  while (stack.length > 0) {
    const x = stack.pop() ?? 0;
    for (let k = start[x] ?? 0, end = start[x + 1] ?? 0; k < end; k++) {
      const c = list[k] ?? 0;
      if (visited[c] || isHead[c]) continue;
      visited[c] = 1;
      count++;
      stack.push(c);
    }
  }
  return count;
}
