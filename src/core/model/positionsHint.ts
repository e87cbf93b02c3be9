import type { FunctionId, RoleId } from './ids';
import type { Organisation } from './organisation';
import type { Assignment, OrgFunction } from './responsibility';
import type { Role } from './role';

/** Class codes of `PositionsHint.assignmentClass`, in `RESPONSIBILITY_CLASSES` order. */
export const CLASS_CODE = { primary: 0, partial: 1, support: 2 } as const;

/**
 * What the reader already knows about positions when it builds an organisation: the index
 * of every role and function by id, and the role, function and class of every assignment
 * as numbers. The reader has to resolve every id to diagnose unknown ones; handing the
 * result on spares `buildOrgIndex` a second pass of a million map lookups.
 *
 * A hint describes the exact arrays it was built from (by identity); an organisation whose
 * roles, functions or assignments were replaced or rebuilt has no hint, and the index is
 * then built from the ids.
 */
export interface PositionsHint {
  readonly roles: readonly Role[];
  readonly functions: readonly OrgFunction[];
  readonly assignments: readonly Assignment[];
  readonly roleIndex: ReadonlyMap<RoleId, number>;
  readonly functionIndex: ReadonlyMap<FunctionId, number>;
  /** Role and function index of each assignment (-1 when unknown). */
  readonly assignmentRole: Int32Array;
  readonly assignmentFunction: Int32Array;
  /** Class of each assignment: `CLASS_CODE` (0 primary, 1 partial, 2 support). */
  readonly assignmentClass: Uint8Array;
  /** Effort of each function in hours per week, NaN when not given. */
  readonly functionEffort: Float64Array;
}

/** Keyed by the roles array, so an organisation copied with another policy keeps its hint. */
const hints = new WeakMap<readonly Role[], PositionsHint>();

export function attachPositionsHint(hint: PositionsHint): void {
  hints.set(hint.roles, hint);
}

/** The reader's hint for this organisation, if it still describes its arrays exactly. */
export function positionsHintOf(org: Organisation): PositionsHint | undefined {
  const hint = hints.get(org.roles);
  if (
    hint === undefined ||
    hint.functions !== org.functions ||
    hint.assignments !== org.assignments ||
    hint.roleIndex.size !== org.roles.length ||
    hint.functionIndex.size !== org.functions.length ||
    hint.assignmentRole.length !== org.assignments.length ||
    hint.functionEffort.length !== org.functions.length
  )
    return undefined;
  return hint;
}
