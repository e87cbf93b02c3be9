import type { Organisation } from '../model/organisation';
import type { DiagnosticCollector } from '../read/diagnosticCollector';
import type { DepartmentStaffing, RoleStaffing, StaffingSummary } from './gapSummary';
import { tidy, roleLocation } from './locations';
import type { OrgIndex } from './orgIndex';
import { sortByKeys } from './sortByKeys';

interface DeptTotals {
  roles: number;
  headcount: number;
  filled: number;
  /** Headcount of the roles that give Filled (the fill rate's denominator). */
  known: number;
  vacancies: number;
  overstaffed: number;
}

/**
 * Staffing (the department position table, 部门职位设置表): filled against authorised
 * headcount per role and per department — vacancies and over-staffing.
 */
export function analyseStaffing(
  org: Organisation,
  _index: OrgIndex,
  diagnostics: DiagnosticCollector,
): StaffingSummary {
  const depts = new Map<string, DeptTotals>();
  const vacancies: RoleStaffing[] = [];
  const overstaffed: RoleStaffing[] = [];
  let headcount = 0;
  let filled = 0;
  let unknown = 0;
  // Neighbouring rows mostly share a department: look it up only when it changes.
  let lastName: string | undefined;
  let d: DeptTotals | undefined;
  for (const role of org.roles) {
    const name = role.department ?? '';
    if (name !== lastName || !d) {
      lastName = name;
      d = depts.get(name);
      if (!d) {
        d = { roles: 0, headcount: 0, filled: 0, known: 0, vacancies: 0, overstaffed: 0 };
        depts.set(name, d);
      }
    }
    d.roles++;
    d.headcount += role.headcount;
    headcount += role.headcount;
    if (role.filled === undefined) {
      unknown++;
      continue;
    }
    d.filled += role.filled;
    d.known += role.headcount;
    filled += role.filled;
    const gap = tidy(role.headcount - role.filled);
    if (gap === 0) continue;
    const item: { -readonly [K in keyof RoleStaffing]: RoleStaffing[K] } = {
      roleId: role.id,
      title: role.title,
      headcount: role.headcount,
      filled: role.filled,
      gap,
      location: roleLocation(role, 'Filled'),
    };
    if (role.department !== undefined) item.department = role.department;
    if (gap > 0) {
      d.vacancies += gap;
      vacancies.push(item);
      diagnostics.add(
        'ROLE_VACANCY',
        item.location,
        { id: role.id, vacant: gap, headcount: role.headcount },
        role.id,
      );
    } else {
      d.overstaffed += -gap;
      overstaffed.push(item);
      diagnostics.add(
        'ROLE_OVERSTAFFED',
        item.location,
        { id: role.id, filled: role.filled, headcount: role.headcount },
        role.id,
      );
    }
  }
  const departments: DepartmentStaffing[] = [...depts.entries()]
    .map(([department, d]) => ({
      department,
      roles: d.roles,
      headcount: tidy(d.headcount),
      filled: tidy(d.filled),
      vacancies: tidy(d.vacancies),
      overstaffed: tidy(d.overstaffed),
      fillRate: d.known > 0 ? Math.round((d.filled / d.known) * 1000) / 1000 : null,
    }))
    .sort((a, b) => b.vacancies - a.vacancies || b.headcount - a.headcount);
  return {
    headcount: tidy(headcount),
    filled: tidy(filled),
    unknown,
    departments,
    // Most vacancies (and most over-staffing) first, ties in input order.
    vacancies: sortByKeys(
      vacancies,
      vacancies.map((x) => -x.gap),
    ),
    overstaffed: sortByKeys(
      overstaffed,
      overstaffed.map((x) => x.gap),
    ),
  };
}
