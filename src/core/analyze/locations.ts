import { cellA1 } from '../model/address';
import type { Location } from '../model/diagnostic';
import type { OrgFunction } from '../model/responsibility';
import type { Role, RoleField } from '../model/role';

/** Where a role's finding points: a given field's cell, else its id (or title) cell in the Roles sheet. */
export function roleLocation(role: Role, field?: RoleField): Location {
  const c = role.source.cells;
  return {
    sheet: role.source.sheet,
    a1: (field ? c[field] : undefined) ?? c.RoleId ?? c.Title ?? cellA1(role.source.row, 1),
  };
}

/** Where a function's finding points: its id (or statement) cell in the Responsibilities sheet. */
export const functionLocation = (fn: OrgFunction): Location => ({
  sheet: fn.source.sheet,
  a1: fn.source.cell,
});

/** One decimal place at most, as people write hours. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** A sum of fractional FTE without floating-point dust (2421.95, not 2421.9500000000003). */
export const tidy = (x: number): number => (Number.isInteger(x) ? x : Number(x.toPrecision(12)));
