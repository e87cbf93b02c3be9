import type { Organisation } from '../model/organisation';
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
  org.functions.forEach((fn, f) => {
    const primaries: string[] = [];
    const partials: string[] = [];
    const involved: string[] = [];
    const primaryCells = [];
    for (let j = index.fnAssignStart[f] ?? 0, end = index.fnAssignStart[f + 1] ?? 0; j < end; j++) {
      const a = org.assignments[index.fnAssignList[j] ?? -1];
      if (!a) continue;
      involved.push(a.roleId);
      if (a.cls === 'primary') {
        primaries.push(a.roleId);
        primaryCells.push(a.location);
      } else if (a.cls === 'partial') partials.push(a.roleId);
    }
    const location = functionLocation(fn);
    if (primaries.length === 1) owned++;
    if (primaries.length === 0) {
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
    } else if (primaries.length > 1) {
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
  });
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
  const counts = { primary: 0, partial: 0, support: 0 };
  org.roles.forEach((role, r) => {
    if (!hasMatrix) return;
    counts.primary = 0;
    counts.partial = 0;
    counts.support = 0;
    for (
      let j = index.roleAssignStart[r] ?? 0, end = index.roleAssignStart[r + 1] ?? 0;
      j < end;
      j++
    ) {
      const a = org.assignments[index.roleAssignList[j] ?? -1];
      if (a) counts[a.cls]++;
    }
    const total = counts.primary + counts.partial + counts.support;
    const tooMany = counts.primary > policy.maxPrimaryPerRole;
    if (total > 1 && counts.primary > 0 && !tooMany) return;
    const issue: RoleDutyIssue = {
      roleId: role.id,
      title: role.title,
      ...counts,
      location: roleLocation(role),
    };
    if (total === 0) {
      rolesWithoutFunctions.push(issue);
      diagnostics.add('ROLE_NO_FUNCTIONS', issue.location, { id: role.id }, role.id);
      return;
    }
    if (counts.primary === 0) {
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
        { id: role.id, count: counts.primary, max: policy.maxPrimaryPerRole },
        role.id,
      );
    }
  });
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
