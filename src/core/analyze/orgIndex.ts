import type { FunctionId, RoleId } from '../model/ids';
import { groupIndices } from '../model/groupIndices';
import type { Organisation } from '../model/organisation';
import { CLASS_CODE, positionsHintOf, type PositionsHint } from '../model/positionsHint';
import type { Assignment, OrgFunction } from '../model/responsibility';
import type { Role } from '../model/role';

/**
 * The organisation as flat arrays, built once and shared by every analysis. Lists are in
 * compressed form: the items of role r are `list[start[r]] … list[start[r + 1] - 1]`, in
 * input order, so results are deterministic and a million assignments cost two typed
 * arrays rather than a million small ones.
 */
export interface OrgIndex extends Pick<
  PositionsHint,
  'roleIndex' | 'functionIndex' | 'assignmentRole' | 'assignmentFunction' | 'assignmentClass'
> {
  /** Headcount of each role (a group of posts counts its people). */
  readonly headcount: Float64Array;
  /** Parent role index, -1 for a head. */
  readonly parent: Int32Array;
  /** Children of each role. */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  /** Heads (roles reporting to nobody), in input order. */
  readonly heads: readonly number[];
  /** Layer of each role: a head is 1. */
  readonly layer: Int32Array;
  /** Head of each role's tree. */
  readonly treeOf: Int32Array;
  /** Effort of each function in hours per week, NaN when not given. */
  readonly effort: Float64Array;
  /** Assignment indices per role and per function. */
  readonly roleAssignStart: Int32Array;
  readonly roleAssignList: Int32Array;
  readonly fnAssignStart: Int32Array;
  readonly fnAssignList: Int32Array;
}

/** Role and function of every assignment, by id: for organisations built without the reader. */
function positionsFromIds(
  org: Organisation,
): Omit<PositionsHint, 'roles' | 'functions' | 'assignments'> {
  const roleIndex = new Map<RoleId, number>();
  for (let i = 0; i < org.roles.length; i++) roleIndex.set((org.roles[i] as Role).id, i);
  const functionIndex = new Map<FunctionId, number>();
  const functionEffort = new Float64Array(org.functions.length);
  for (let i = 0; i < org.functions.length; i++) {
    const fn = org.functions[i] as OrgFunction;
    functionIndex.set(fn.id, i);
    functionEffort[i] = fn.effort ?? NaN;
  }
  const m = org.assignments.length;
  const assignmentRole = new Int32Array(m);
  const assignmentFunction = new Int32Array(m);
  const assignmentClass = new Uint8Array(m);
  let lastF: FunctionId | undefined;
  let lastFi = -1;
  for (let k = 0; k < m; k++) {
    const a = org.assignments[k] as Assignment;
    assignmentRole[k] = roleIndex.get(a.roleId) ?? -1;
    // Assignments come grouped by function: look each function up once.
    if (a.functionId !== lastF) {
      lastF = a.functionId;
      lastFi = functionIndex.get(a.functionId) ?? -1;
    }
    assignmentFunction[k] = lastFi;
    assignmentClass[k] = CLASS_CODE[a.cls];
  }
  return {
    roleIndex,
    functionIndex,
    assignmentRole,
    assignmentFunction,
    assignmentClass,
    functionEffort,
  };
}

/**
 * The index of an organisation. The reader's positions (`PositionsHint`) are used when they
 * describe this organisation's arrays; otherwise every id is looked up.
 */
export function buildOrgIndex(org: Organisation): OrgIndex {
  const n = org.roles.length;
  const positions = positionsHintOf(org) ?? positionsFromIds(org);
  const { roleIndex, assignmentRole, assignmentFunction } = positions;
  const parent = new Int32Array(n).fill(-1);
  const headcount = new Float64Array(n);
  const heads: number[] = [];
  for (let i = 0; i < n; i++) {
    const role = org.roles[i] as Role;
    headcount[i] = role.headcount;
    const m = role.reportsTo;
    const p = m === null || m === undefined ? undefined : roleIndex.get(m);
    if (p === undefined) heads.push(i);
    else parent[i] = p;
  }
  const { start: childStart, list: childList } = groupIndices(parent, n);
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
  for (let q = 0; q < tail; q++) {
    const i = queue[q] ?? 0;
    for (let k = childStart[i] ?? 0, end = childStart[i + 1] ?? 0; k < end; k++) {
      const c = childList[k] ?? 0;
      layer[c] = (layer[i] ?? 0) + 1;
      treeOf[c] = treeOf[i] ?? i;
      queue[tail++] = c;
    }
  }
  const byRole = groupIndices(assignmentRole, n);
  const byFunction = groupIndices(assignmentFunction, org.functions.length);
  return {
    roleIndex,
    functionIndex: positions.functionIndex,
    headcount,
    parent,
    childStart,
    childList,
    heads,
    layer,
    treeOf,
    assignmentRole,
    assignmentFunction,
    assignmentClass: positions.assignmentClass,
    effort: positions.functionEffort,
    roleAssignStart: byRole.start,
    roleAssignList: byRole.list,
    fnAssignStart: byFunction.start,
    fnAssignList: byFunction.list,
  };
}
