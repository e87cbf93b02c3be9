import type { Location } from '../model/diagnostic';
import type { Organisation } from '../model/organisation';
import { CLASS_CODE } from '../model/positionsHint';
import type { Assignment, OrgFunction } from '../model/responsibility';
import type { Role } from '../model/role';
import type { DiagnosticCollector } from '../read/diagnosticCollector';
import type {
  FunctionGap,
  FunctionOverlap,
  GapKind,
  ResponsibilitySummary,
  RoleDutyIssue,
} from './gapSummary';
import { functionLocation, roleLocation } from './locations';
import type { OrgIndex } from './orgIndex';

const GAP_CODE: Readonly<
  Record<GapKind, 'FUNC_UNASSIGNED' | 'FUNC_NO_PRIMARY' | 'FUNC_PARTIAL_NO_PRIMARY'>
> = {
  unassigned: 'FUNC_UNASSIGNED',
  'no-primary': 'FUNC_NO_PRIMARY',
  'partial-only': 'FUNC_PARTIAL_NO_PRIMARY',
};

/**
 * Responsibility analysis (seed 000): gaps (no primary owner), overlaps (several
 * primaries), roles without a primary duty, without functions, with a single function,
 * or with more primaries than Policy allows.
 */
export function analyseResponsibility(
  org: Organisation,
  index: OrgIndex,
  diagnostics: DiagnosticCollector,
): ResponsibilitySummary {
  const { policy } = org;
  const gaps: FunctionGap[] = [];
  const overlaps: FunctionOverlap[] = [];
  let owned = 0;
  const { fnAssignStart, fnAssignList, assignmentClass } = index;
  const roleIdsOf = (from: number, to: number, only?: number): string[] => {
    const ids: string[] = [];
    for (let j = from; j < to; j++) {
      const k = fnAssignList[j] ?? -1;
      if (only === undefined || assignmentClass[k] === only)
        ids.push((org.assignments[k] as Assignment).roleId);
    }
    return ids;
  };
  for (let f = 0; f < org.functions.length; f++) {
    const fn = org.functions[f] as OrgFunction;
    const from = fnAssignStart[f] ?? 0;
    const to = fnAssignStart[f + 1] ?? 0;
    // Counted from the class codes; role ids are gathered only for the functions reported.
    let primaryCount = 0;
    let partialCount = 0;
    for (let j = from; j < to; j++) {
      const c = assignmentClass[fnAssignList[j] ?? -1];
      if (c === CLASS_CODE.primary) primaryCount++;
      else if (c === CLASS_CODE.partial) partialCount++;
    }
    if (primaryCount === 1) {
      owned++;
      continue;
    }
    const location = functionLocation(fn);
    if (primaryCount === 0) {
      const involved = roleIdsOf(from, to);
      const partials = partialCount > 0 ? roleIdsOf(from, to, CLASS_CODE.partial) : [];
      const kind: GapKind =
        involved.length === 0 ? 'unassigned' : partials.length > 0 ? 'partial-only' : 'no-primary';
      gaps.push({
        functionId: fn.id,
        statement: fn.statement,
        kind,
        involved,
        location,
        ...(fn.area === undefined ? {} : { area: fn.area }),
        ...(fn.effort === undefined ? {} : { effort: fn.effort }),
      });
      const roles = (kind === 'partial-only' ? partials : involved).join(', ');
      diagnostics.add(GAP_CODE[kind], location, { id: fn.id, roles }, fn.id);
    } else {
      const primaries: string[] = [];
      const primaryCells: Location[] = [];
      for (let j = from; j < to; j++) {
        const k = fnAssignList[j] ?? -1;
        if (assignmentClass[k] !== CLASS_CODE.primary) continue;
        const a = org.assignments[k] as Assignment;
        primaries.push(a.roleId);
        primaryCells.push(a.location);
      }
      overlaps.push({
        functionId: fn.id,
        statement: fn.statement,
        primaries,
        allowed: policy.jointOwnership,
        location,
        ...(fn.area === undefined ? {} : { area: fn.area }),
      });
      const d = { id: fn.id, count: primaries.length, roles: primaries.join(', ') };
      diagnostics.add(
        policy.jointOwnership ? 'FUNC_JOINT_OWNERSHIP' : 'FUNC_OVERLAP',
        location,
        d,
        fn.id,
        primaryCells,
      );
    }
  }
  // Worst first: the most unowned effort, then input order.
  const gapOrder: Readonly<Record<GapKind, number>> = {
    unassigned: 0,
    'no-primary': 1,
    'partial-only': 2,
  };
  gaps.sort((a, b) => (b.effort ?? -1) - (a.effort ?? -1) || gapOrder[a.kind] - gapOrder[b.kind]);
  overlaps.sort((a, b) => b.primaries.length - a.primaries.length);

  const rolesWithoutPrimary: RoleDutyIssue[] = [];
  const rolesWithoutFunctions: RoleDutyIssue[] = [];
  const singleFunctionRoles: RoleDutyIssue[] = [];
  const tooManyPrimaries: RoleDutyIssue[] = [];
  const hasMatrix = org.functions.length > 0;
  const { roleAssignStart, roleAssignList } = index;
  for (let r = 0; r < org.roles.length; r++) {
    const role = org.roles[r] as Role;
    if (!hasMatrix) continue;
    let primary = 0;
    let partial = 0;
    let support = 0;
    for (let j = roleAssignStart[r] ?? 0, end = roleAssignStart[r + 1] ?? 0; j < end; j++) {
      const c = assignmentClass[roleAssignList[j] ?? -1];
      if (c === CLASS_CODE.primary) primary++;
      else if (c === CLASS_CODE.partial) partial++;
      else support++;
    }
    const total = primary + partial + support;
    const tooMany = primary > policy.maxPrimaryPerRole;
    if (total > 1 && primary > 0 && !tooMany) continue;
    const issue: RoleDutyIssue = {
      roleId: role.id,
      title: role.title,
      primary,
      partial,
      support,
      location: roleLocation(role),
    };
    if (total === 0) {
      rolesWithoutFunctions.push(issue);
      diagnostics.add('ROLE_NO_FUNCTIONS', issue.location, { id: role.id }, role.id);
      continue;
    }
    if (primary === 0) {
      rolesWithoutPrimary.push(issue);
      diagnostics.add('ROLE_NO_PRIMARY', issue.location, { id: role.id }, role.id);
    }
    if (total === 1) {
      singleFunctionRoles.push(issue);
      diagnostics.add('ROLE_SINGLE_FUNCTION', issue.location, { id: role.id }, role.id);
    }
    if (tooMany) {
      tooManyPrimaries.push(issue);
      diagnostics.add(
        'ROLE_TOO_MANY_PRIMARIES',
        issue.location,
        { id: role.id, count: primary, max: policy.maxPrimaryPerRole },
        role.id,
      );
    }
  }
  tooManyPrimaries.sort((a, b) => b.primary - a.primary);
  return {
    functions: org.functions.length,
    owned,
    gaps,
    overlaps,
    rolesWithoutPrimary,
    rolesWithoutFunctions,
    singleFunctionRoles,
    tooManyPrimaries,
  };
}
