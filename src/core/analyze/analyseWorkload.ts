import type { Organisation } from '../model/organisation';
import { RESPONSIBILITY_CLASSES } from '../model/responsibility';
import type { Role } from '../model/role';
import type { DiagnosticCollector } from '../read/diagnosticCollector';
import type { LoadBand, RoleLoad, WorkloadSummary } from './gapSummary';
import { functionLocation, round1, roleLocation } from './locations';
import type { OrgIndex } from './orgIndex';
import { sortByKeys } from './sortByKeys';

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
  const n = org.roles.length;
  const weight = new Float64Array(RESPONSIBILITY_CLASSES.length);
  RESPONSIBILITY_CLASSES.forEach((c, i) => (weight[i] = policy.classWeights[c]));
  const { fnAssignStart, fnAssignList, assignmentRole, assignmentClass } = index;
  const efforts = index.effort;
  const load = new Float64Array(n);
  const missing = new Int32Array(n);
  const anyEffort = efforts.some((e) => !Number.isNaN(e));
  let totalEffort = 0;
  let functionsWithoutEffort = 0;
  for (let f = 0; f < efforts.length; f++) {
    const from = fnAssignStart[f] ?? 0;
    const to = fnAssignStart[f + 1] ?? 0;
    const effort = efforts[f] ?? NaN;
    if (Number.isNaN(effort)) {
      functionsWithoutEffort++;
      for (let j = from; j < to; j++) {
        const r = assignmentRole[fnAssignList[j] ?? -1] ?? -1;
        if (r >= 0) missing[r] = (missing[r] ?? 0) + 1;
      }
      const fn = org.functions[f];
      if (anyEffort && to > from && fn)
        diagnostics.add('FUNC_NO_EFFORT', functionLocation(fn), { id: fn.id }, fn.id);
      continue;
    }
    totalEffort += effort;
    let sum = 0;
    for (let j = from; j < to; j++) sum += weight[assignmentClass[fnAssignList[j] ?? -1] ?? 2] ?? 0;
    if (sum <= 0) continue;
    for (let j = from; j < to; j++) {
      const k = fnAssignList[j] ?? -1;
      const r = assignmentRole[k] ?? -1;
      if (r >= 0)
        load[r] = (load[r] ?? 0) + (effort * (weight[assignmentClass[k] ?? 2] ?? 0)) / sum;
    }
  }

  const over = percent(policy.overloadAbove);
  const under = percent(policy.underloadBelow);
  const items: RoleLoad[] = [];
  /** Sort key of each item: minus its utilisation in thousandths; unknown last. */
  const keys: number[] = [];
  let overCount = 0;
  let okCount = 0;
  let underCount = 0;
  let unknownCount = 0;
  let totalCapacity = 0;
  for (let r = 0; r < org.roles.length; r++) {
    const role = org.roles[r] as Role;
    const capacity = role.headcount * policy.hoursPerFte;
    totalCapacity += capacity;
    const assigned = (index.roleAssignStart[r + 1] ?? 0) - (index.roleAssignStart[r] ?? 0);
    if (assigned === 0) continue;
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
    if (band === 'over') overCount++;
    else if (band === 'ok') okCount++;
    else if (band === 'under') underCount++;
    else unknownCount++;
    const location = roleLocation(role, 'Headcount');
    const hours = round1(l);
    const hoursCapacity = round1(capacity);
    if (capacity <= 0 && l > 0)
      diagnostics.add('ROLE_NO_CAPACITY', location, { id: role.id, load: hours }, role.id);
    if (band === 'over' || band === 'under')
      diagnostics.add(
        band === 'over' ? 'ROLE_OVERLOADED' : 'ROLE_UNDERLOADED',
        location,
        {
          id: role.id,
          load: hours,
          capacity: hoursCapacity,
          percent: percent(utilisation ?? 0),
          limit: band === 'over' ? over : under,
        },
        role.id,
      );
    const thousandths = utilisation === null ? null : Math.round(utilisation * 1000);
    const item: { -readonly [K in keyof RoleLoad]: RoleLoad[K] } = {
      roleId: role.id,
      title: role.title,
      headcount: role.headcount,
      load: hours,
      capacity: hoursCapacity,
      utilisation: thousandths === null ? null : thousandths / 1000,
      band,
      functionsWithoutEffort: noEffort,
      location,
    };
    if (role.department !== undefined) item.department = role.department;
    items.push(item);
    keys.push(thousandths === null ? 1 : -thousandths);
  }
  // Most over-loaded first, ties in input order; unknown load last.
  const roles = sortByKeys(items, keys);
  return {
    hoursPerFte: policy.hoursPerFte,
    overloadAbove: policy.overloadAbove,
    underloadBelow: policy.underloadBelow,
    totalEffort: round1(totalEffort),
    totalCapacity: round1(totalCapacity),
    functionsWithoutEffort,
    roles,
    counts: { over: overCount, ok: okCount, under: underCount, unknown: unknownCount },
  };
}
