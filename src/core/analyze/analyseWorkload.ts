import type { Organisation } from '../model/organisation';
import type { DiagnosticCollector } from '../read/diagnosticCollector';
import type { LoadBand, RoleLoad, WorkloadSummary } from './gapSummary';
import { functionLocation, round1, roleLocation } from './locations';
import type { OrgIndex } from './orgIndex';

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Workload (seed 000: some jobs cannot finish on time, others sit idle). A function's
 * effort is shared among its roles by class weight; a role's load is compared with its
 * capacity, headcount × hours per FTE. Functions without effort are counted, not guessed.
 */
export function analyseWorkload(
  org: Organisation,
  index: OrgIndex,
  diagnostics: DiagnosticCollector,
): WorkloadSummary {
  const { policy } = org;
  const w = policy.classWeights;
  const load = new Float64Array(org.roles.length);
  const missing = new Int32Array(org.roles.length);
  const anyEffort = org.functions.some((f) => f.effort !== undefined);
  let totalEffort = 0;
  let functionsWithoutEffort = 0;
  org.functions.forEach((fn, f) => {
    const from = index.fnAssignStart[f] ?? 0;
    const to = index.fnAssignStart[f + 1] ?? 0;
    if (fn.effort === undefined) {
      functionsWithoutEffort++;
      for (let j = from; j < to; j++) {
        const r = index.assignmentRole[index.fnAssignList[j] ?? -1] ?? -1;
        if (r >= 0) missing[r] = (missing[r] ?? 0) + 1;
      }
      if (anyEffort && to > from)
        diagnostics.add('FUNC_NO_EFFORT', functionLocation(fn), { id: fn.id }, fn.id);
      return;
    }
    totalEffort += fn.effort;
    let sum = 0;
    for (let j = from; j < to; j++)
      sum += w[org.assignments[index.fnAssignList[j] ?? -1]?.cls ?? 'support'];
    if (sum <= 0) return;
    for (let j = from; j < to; j++) {
      const k = index.fnAssignList[j] ?? -1;
      const a = org.assignments[k];
      const r = index.assignmentRole[k] ?? -1;
      if (a && r >= 0) load[r] = (load[r] ?? 0) + (fn.effort * w[a.cls]) / sum;
    }
  });

  const roles: RoleLoad[] = [];
  const counts: Record<LoadBand, number> = { over: 0, ok: 0, under: 0, unknown: 0 };
  let totalCapacity = 0;
  org.roles.forEach((role, r) => {
    const capacity = role.headcount * policy.hoursPerFte;
    totalCapacity += capacity;
    const assigned = (index.roleAssignStart[r + 1] ?? 0) - (index.roleAssignStart[r] ?? 0);
    if (assigned === 0) return;
    const l = load[r] ?? 0;
    const noEffort = missing[r] ?? 0;
    const known = assigned > noEffort;
    const utilisation = capacity > 0 && known ? l / capacity : null;
    let band: LoadBand = 'unknown';
    if (utilisation !== null) {
      if (utilisation > policy.overloadAbove) band = 'over';
      else if (utilisation >= policy.underloadBelow) band = 'ok';
      else if (noEffort === 0) band = 'under';
    }
    counts[band]++;
    const location = roleLocation(role, 'Headcount');
    const params = () => ({
      id: role.id,
      load: round1(l),
      capacity: round1(capacity),
      percent: utilisation === null ? '—' : percent(utilisation),
    });
    if (capacity <= 0 && l > 0)
      diagnostics.add('ROLE_NO_CAPACITY', location, { id: role.id, load: round1(l) }, role.id);
    if (band === 'over')
      diagnostics.add(
        'ROLE_OVERLOADED',
        location,
        { ...params(), limit: percent(policy.overloadAbove) },
        role.id,
      );
    if (band === 'under')
      diagnostics.add(
        'ROLE_UNDERLOADED',
        location,
        { ...params(), limit: percent(policy.underloadBelow) },
        role.id,
      );
    const item: { -readonly [K in keyof RoleLoad]: RoleLoad[K] } = {
      roleId: role.id,
      title: role.title,
      headcount: role.headcount,
      load: round1(l),
      capacity: round1(capacity),
      utilisation: utilisation === null ? null : Math.round(utilisation * 1000) / 1000,
      band,
      functionsWithoutEffort: noEffort,
      location,
    };
    if (role.department !== undefined) item.department = role.department;
    roles.push(item);
  });
  // Most over-loaded first; unknown load last.
  roles.sort((a, b) => (b.utilisation ?? -1) - (a.utilisation ?? -1));
  return {
    hoursPerFte: policy.hoursPerFte,
    overloadAbove: policy.overloadAbove,
    underloadBelow: policy.underloadBelow,
    totalEffort: round1(totalEffort),
    totalCapacity: round1(totalCapacity),
    functionsWithoutEffort,
    roles,
    counts,
  };
}
