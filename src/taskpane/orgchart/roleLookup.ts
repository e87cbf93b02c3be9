import type { RoleId } from '../../core/model/ids';
import type { Role } from '../../core/model/role';

/** The roles' index by id (the first of a duplicated id) and each role's manager's index. */
export interface RoleLookup {
  readonly index: ReadonlyMap<string, number>;
  /** Manager's role index, -1 for a head or an unknown manager. */
  readonly manager: Int32Array;
}

export function roleLookup(roles: readonly Role[]): RoleLookup {
  const index = new Map<string, number>();
  for (let i = roles.length - 1; i >= 0; i--) index.set((roles[i] as Role).id, i);
  const manager = new Int32Array(roles.length).fill(-1);
  for (let i = 0; i < roles.length; i++) {
    const m = (roles[i] as Role).reportsTo;
    if (m !== null) manager[i] = index.get(m) ?? -1;
  }
  return { index, manager };
}

/**
 * The folded roles with every manager above `role` unfolded, so that its box is drawn. Walks
 * the reporting line up (stopping where it loops); the role's own fold is kept.
 */
export function revealRole(
  roles: readonly Role[],
  lookup: RoleLookup,
  collapsed: ReadonlySet<RoleId>,
  role: number,
): ReadonlySet<RoleId> {
  const next = new Set(collapsed);
  const seen = new Set<number>([role]);
  for (let m = lookup.manager[role] ?? -1; m >= 0 && !seen.has(m); m = lookup.manager[m] ?? -1) {
    seen.add(m);
    next.delete((roles[m] as Role).id);
  }
  return next.size === collapsed.size ? collapsed : next;
}

/**
 * Roles whose title or id contains every word of the query (case-insensitive): exact ids
 * first, then titles or ids that start with the query, then the rest, each in input order.
 */
export function searchRoles(roles: readonly Role[], query: string, limit = 20): number[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const words = q.split(/\s+/);
  const exact: number[] = [];
  const prefix: number[] = [];
  const other: number[] = [];
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i] as Role;
    const id = role.id.toLowerCase();
    const title = role.title.toLowerCase();
    if (id === q) exact.push(i);
    else if (!words.every((w) => id.includes(w) || title.includes(w))) continue;
    else if (id.startsWith(q) || title.startsWith(q)) prefix.push(i);
    else other.push(i);
  }
  return [...exact, ...prefix, ...other].slice(0, limit);
}
