import type { Organisation } from '../model/organisation';
import type { FunctionId, RoleId } from '../model/ids';

/**
 * The organisation as arrays: built once, in one pass each over roles and assignments,
 * and shared by every analysis. Indices are positions in `org.roles` / `org.functions` /
 * `org.assignments`; order follows the input, so results are deterministic.
 */
export interface OrgIndex {
  readonly roleIndex: ReadonlyMap<RoleId, number>;
  readonly functionIndex: ReadonlyMap<FunctionId, number>;
  /** Parent role index, -1 for a head. */
  readonly parent: Int32Array;
  /** Children of each role, in input order. */
  readonly children: readonly (readonly number[])[];
  /** Heads (roles reporting to nobody), in input order. */
  readonly heads: readonly number[];
  /** Layer of each role: a head is 1. */
  readonly layer: Int32Array;
  /** Head of each role's tree. */
  readonly treeOf: Int32Array;
  /** Assignment indices per role and per function. */
  readonly assignmentsOfRole: readonly (readonly number[])[];
  readonly assignmentsOfFunction: readonly (readonly number[])[];
}

export function buildOrgIndex(org: Organisation): OrgIndex {
  const n = org.roles.length;
  const roleIndex = new Map<RoleId, number>();
  org.roles.forEach((r, i) => roleIndex.set(r.id, i));
  const parent = new Int32Array(n).fill(-1);
  const children: number[][] = Array.from({ length: n }, () => []);
  const heads: number[] = [];
  for (let i = 0; i < n; i++) {
    const m = org.roles[i]?.reportsTo;
    const p = m === null || m === undefined ? undefined : roleIndex.get(m);
    if (p === undefined) heads.push(i);
    else {
      parent[i] = p;
      children[p]?.push(i);
    }
  }
  // Breadth-first from each head: layers and trees without recursion (the model is a forest).
  const layer = new Int32Array(n);
  const treeOf = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (const h of heads) {
    layer[h] = 1;
    treeOf[h] = h;
    queue[tail++] = h;
  }
  for (let head = 0; head < tail; head++) {
    const i = queue[head] ?? 0;
    for (const c of children[i] ?? []) {
      layer[c] = (layer[i] ?? 0) + 1;
      treeOf[c] = treeOf[i] ?? i;
      queue[tail++] = c;
    }
  }
  const functionIndex = new Map<FunctionId, number>();
  org.functions.forEach((f, i) => functionIndex.set(f.id, i));
  const assignmentsOfRole: number[][] = Array.from({ length: n }, () => []);
  const assignmentsOfFunction: number[][] = Array.from({ length: org.functions.length }, () => []);
  org.assignments.forEach((a, k) => {
    const r = roleIndex.get(a.roleId);
    const f = functionIndex.get(a.functionId);
    if (r !== undefined) assignmentsOfRole[r]?.push(k);
    if (f !== undefined) assignmentsOfFunction[f]?.push(k);
  });
  return {
    roleIndex,
    functionIndex,
    parent,
    children,
    heads,
    layer,
    treeOf,
    assignmentsOfRole,
    assignmentsOfFunction,
  };
}
