import type { RoleId } from '../model/ids';
import type { Role } from '../model/role';

/** A role as the reader would make it, for tests of what comes after reading (layouts, plans). */
export function roleOf(
  id: string,
  reportsTo: string | null,
  fields: { title?: string; headcount?: number; department?: string } = {},
): Role {
  const headcount = fields.headcount ?? 1;
  return {
    id: id as RoleId,
    title: fields.title ?? id,
    ...(fields.department === undefined ? {} : { department: fields.department }),
    reportsTo: reportsTo as RoleId | null,
    headcount,
    qualifications: [],
    generatedId: false,
    group: headcount > 1,
    source: { sheet: 'Roles', row: 2, cells: {} },
  };
}
