import type { CellValue, Grid } from '../../src/core/model/grid';
import { readWorkbook } from '../../src/core/read/readWorkbook';
import {
  SYNTHETIC_RESPONSIBILITY_HEADER,
  SYNTHETIC_ROLE_HEADER,
  syntheticFloor,
  syntheticOrg,
} from '../../src/core/testing/syntheticOrg';

/** The data rows of the grid on a sheet. */
function rowsOf(grids: readonly Grid[], sheet: string): (readonly CellValue[])[] {
  const g = grids.find((x) => x.sheet === sheet);
  if (!g) throw new Error(`no ${sheet} grid`);
  return g.values.slice(1);
}

interface NaiveTree {
  readonly ids: string[];
  readonly kids: Map<string, string[]>;
  readonly heads: string[];
}

/** The reporting lines as plain objects, independently of the code under test. */
function naiveTree(grids: readonly Grid[]): NaiveTree {
  const rows = rowsOf(grids, 'Roles');
  const ids = rows.map((r) => String(r[0]));
  const known = new Set(ids);
  const kids = new Map<string, string[]>();
  const heads: string[] = [];
  for (const r of rows) {
    const to = r[3];
    if (typeof to === 'string' && known.has(to)) {
      const list = kids.get(to) ?? [];
      list.push(String(r[0]));
      kids.set(to, list);
    } else heads.push(String(r[0]));
  }
  return { ids, kids, heads };
}

/** Layers of the deepest tree, walking up from every role (a head is layer 1). */
function depthByWalkingUp(grids: readonly Grid[]): number {
  const managerOf = new Map<string, string | null>();
  for (const r of rowsOf(grids, 'Roles'))
    managerOf.set(String(r[0]), typeof r[3] === 'string' ? r[3] : null);
  let deepest = 0;
  for (const id of managerOf.keys()) {
    let layers = 1;
    for (let m = managerOf.get(id); m; m = managerOf.get(m)) layers++;
    deepest = Math.max(deepest, layers);
  }
  return deepest;
}

describe('syntheticOrg', () => {
  it('is deterministic: the same seed gives the same grids, another seed other grids', () => {
    const a = syntheticOrg({ roles: 3000, seed: 42 });
    const b = syntheticOrg({ roles: 3000, seed: 42 });
    const c = syntheticOrg({ roles: 3000, seed: 43 });
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    expect(rowsOf(c, 'Roles')).not.toEqual(rowsOf(a, 'Roles'));
    expect(rowsOf(c, 'Responsibilities')).not.toEqual(rowsOf(a, 'Responsibilities'));
  });

  it.each([
    { roles: 1, responsibilityCells: undefined, functions: undefined },
    { roles: 7, responsibilityCells: undefined, functions: undefined },
    { roles: 1000, responsibilityCells: undefined, functions: undefined },
    { roles: 1000, responsibilityCells: 5000, functions: undefined },
    { roles: 2500, responsibilityCells: 4000, functions: 900 },
    { roles: 500, responsibilityCells: 0, functions: undefined },
  ])('gives exactly the sizes asked for: %o', ({ roles, responsibilityCells, functions }) => {
    const grids = syntheticOrg({
      roles,
      seed: 5,
      ...(responsibilityCells === undefined ? {} : { responsibilityCells }),
      ...(functions === undefined ? {} : { functions }),
    });
    expect(grids.map((g) => g.sheet)).toEqual(['Roles', 'Responsibilities']);
    expect(grids[0]?.values[0]).toEqual(SYNTHETIC_ROLE_HEADER);
    expect(grids[1]?.values[0]).toEqual(SYNTHETIC_RESPONSIBILITY_HEADER);
    expect(rowsOf(grids, 'Roles')).toHaveLength(roles);
    const defaultFunctions = Math.max(1, roles);
    const cells = responsibilityCells ?? Math.min(3 * roles, defaultFunctions * roles);
    const long = rowsOf(grids, 'Responsibilities');
    expect(long).toHaveLength(cells);
    const wantFunctions = cells === 0 ? 0 : Math.min(cells, functions ?? defaultFunctions);
    expect(new Set(long.map((r) => r[0])).size).toBe(wantFunctions);
    expect(new Set(rowsOf(grids, 'Roles').map((r) => r[0])).size).toBe(roles);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('has one head and 6 to 10 layers (seed %i)', (seed) => {
    const grids = syntheticOrg({ roles: 2000, seed });
    expect(naiveTree(grids).heads).toHaveLength(1);
    const depth = depthByWalkingUp(grids);
    expect(depth).toBeGreaterThanOrEqual(6);
    expect(depth).toBeLessThanOrEqual(10);
  });

  it('varies the depth with the seed', () => {
    const depths = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => depthByWalkingUp(syntheticOrg({ roles: 2000, seed }))),
    );
    expect(depths.size).toBeGreaterThanOrEqual(3);
  });

  it('is shaped like an organisation: skewed spans, groups of posts, staffing, ownership', () => {
    const grids = syntheticOrg({ roles: 10_000, seed: 11 });
    const spans = [...naiveTree(grids).kids.values()].map((k) => k.length);
    expect(Math.max(...spans)).toBeGreaterThanOrEqual(20);
    expect(spans.filter((s) => s === 1).length).toBeGreaterThan(0);
    // Most managers have 3–8 direct reports.
    expect(spans.filter((s) => s >= 3 && s <= 8).length / spans.length).toBeGreaterThan(0.5);

    const roles = rowsOf(grids, 'Roles');
    const headcount = (r: readonly CellValue[]) => r[4] as number;
    const filled = (r: readonly CellValue[]) => r[5];
    expect(roles.some((r) => headcount(r) >= 2 && headcount(r) <= 30)).toBe(true);
    expect(roles.every((r) => headcount(r) > 0 && headcount(r) <= 30)).toBe(true);
    const known = roles.filter((r) => typeof filled(r) === 'number');
    const under = known.filter((r) => (filled(r) as number) < headcount(r)).length;
    const over = known.filter((r) => (filled(r) as number) > headcount(r)).length;
    expect(under).toBeGreaterThan(0);
    expect(over).toBeGreaterThan(0);
    expect(over).toBeLessThan(under);
    expect(known.length - under - over).toBeGreaterThan(known.length / 2);
    // Departments are the subtrees under the head's direct reports.
    const head = roles.find((r) => r[3] === null);
    const directors = roles.filter((r) => r[3] === head?.[0]);
    expect(new Set(roles.map((r) => r[2])).size).toBe(new Set(directors.map((r) => r[2])).size + 1);

    const primaries = new Map<CellValue, number>();
    const classes = new Set<CellValue>();
    for (const r of rowsOf(grids, 'Responsibilities')) {
      const fn = r[0] ?? null;
      primaries.set(fn, (primaries.get(fn) ?? 0) + (r[5] === 'P' ? 1 : 0));
      classes.add(r[5] ?? null);
    }
    // null: an unassigned function's row names no role.
    expect([...classes].sort()).toEqual(['P', 'Pa', 'S', null]);
    const counts = [...primaries.values()];
    expect(counts.filter((n) => n === 1).length / counts.length).toBeGreaterThan(0.75);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(0);
    expect(counts.filter((n) => n === 2).length).toBeGreaterThan(0);
  });

  it('reads cleanly: no diagnostics at all', () => {
    const r = readWorkbook(syntheticOrg({ roles: 5000, seed: 3 }));
    const byCode: Record<string, number> = {};
    for (const d of r.diagnostics) byCode[d.code] = (byCode[d.code] ?? 0) + 1;
    expect(byCode).toEqual({});
    expect(r.usable).toBe(true);
    expect(r.organisation.roles).toHaveLength(5000);
    expect(r.organisation.assignments.length).toBeGreaterThan(14_000);
    expect(r.organisation.sources.map((s) => [s.table, s.form ?? null, s.rows])).toEqual([
      ['Roles', null, 5000],
      ['Responsibilities', 'long', 15_000],
    ]);
  });

  it('syntheticFloor agrees with a naive recursive computation', () => {
    const grids = syntheticOrg({ roles: 2000, seed: 9 });
    const { kids, heads } = naiveTree(grids);
    const size = (id: string): number => 1 + (kids.get(id) ?? []).reduce((n, k) => n + size(k), 0);
    const depth = (id: string): number =>
      1 + Math.max(0, ...(kids.get(id) ?? []).map((k) => depth(k)));
    const expected = {
      children: [...kids.values()].reduce((n, k) => n + k.length, 0),
      maxDepth: Math.max(...heads.map(depth)),
      maxSpan: Math.max(...[...kids.values()].map((k) => k.length)),
      subtreeOfHead: Math.max(...heads.map(size)),
    };
    expect(syntheticFloor(grids)).toEqual(expected);
    expect(expected.subtreeOfHead).toBe(2000);
  });

  it('syntheticFloor handles a forest, unknown managers and a cycle without looping', () => {
    const grids: Grid[] = [
      {
        sheet: 'Roles',
        origin: { row: 1, col: 1 },
        values: [
          ['RoleId', 'Title', 'Department', 'ReportsTo'],
          ['A', 'Head', null, null],
          ['B', 'Deputy', null, 'A'],
          ['C', 'Clerk', null, 'B'],
          ['D', 'Other head', null, 'nobody'],
          ['E', 'Loop 1', null, 'F'],
          ['F', 'Loop 2', null, 'E'],
          ['G', 'Self', null, 'G'],
        ],
      },
    ];
    expect(syntheticFloor(grids)).toEqual({
      children: 4,
      maxDepth: 3,
      maxSpan: 1,
      subtreeOfHead: 3,
    });
  });

  it('builds tiny and odd sizes exactly, within the layers it chose', () => {
    for (let roles = 1; roles <= 80; roles++) {
      for (const seed of [1, 2, 3]) {
        const grids = syntheticOrg({ roles, seed });
        const floor = syntheticFloor(grids);
        expect([roles, floor.subtreeOfHead, floor.children + 1]).toEqual([roles, roles, roles]);
        expect(floor.maxDepth).toBeLessThanOrEqual(10);
        expect(floor.maxDepth).toBeGreaterThanOrEqual(Math.min(roles, 6));
      }
    }
  });

  it('rejects sizes it cannot honour', () => {
    expect(() => syntheticOrg({ roles: 0, seed: 1 })).toThrow(RangeError);
    expect(() => syntheticOrg({ roles: 3, seed: 1, responsibilityCells: 10 })).toThrow(RangeError);
  });
});
