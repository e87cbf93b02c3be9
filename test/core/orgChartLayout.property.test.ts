import fc from 'fast-check';
import { layoutOrgChart } from '../../src/core/layout/layoutOrgChart';
import { DEFAULT_POLICY, type Policy } from '../../src/core/model/policy';
import type { RoleId } from '../../src/core/model/ids';
import type { Role } from '../../src/core/model/role';
import { roleOf } from '../../src/core/testing/roleOf';
import {
  badConnectors,
  childrenNotBelow,
  overlappingBoxes,
} from '../../src/core/testing/chartChecks';

/**
 * The layout's laws over random forests: wide spans (up to 2,000), deep chains (up to 30),
 * several heads, cycles, self-reports and unknown managers, titles Latin and Chinese.
 */
const TITLES = [
  'Agent',
  'Customer Service Representative',
  '客服专员',
  '客户服务中心质量管理主管',
  'Team Leader — Night Shift & Weekends',
  'Ops',
];

const role = (id: string, reportsTo: string | null, title: string, headcount = 1): Role =>
  roleOf(id, reportsTo, { title, headcount });

interface Shape {
  /** For each role after the first: its manager as an index among the earlier roles. */
  readonly parents: readonly number[];
  readonly extraHeads: readonly number[];
  readonly cycles: readonly number[];
  readonly titles: readonly number[];
}

/** Random trees: each new role picks an earlier role as manager, biased to recent or to one hub. */
const shapes = fc
  .record({
    size: fc.integer({ min: 1, max: 400 }),
    hubShare: fc.double({ min: 0, max: 1, noNaN: true }),
    chainShare: fc.double({ min: 0, max: 1, noNaN: true }),
    seed: fc.integer(),
    extraHeads: fc.array(fc.nat(), { maxLength: 4 }),
    cycles: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .map(({ size, hubShare, chainShare, seed, extraHeads, cycles }): Shape => {
    let s = seed >>> 0;
    const rand = () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
    const parents: number[] = [];
    const titles: number[] = [0];
    for (let i = 1; i < size; i++) {
      const r = rand();
      parents.push(
        r < hubShare
          ? Math.floor(rand() * Math.min(i, 3))
          : r < hubShare + chainShare * (1 - hubShare)
            ? i - 1
            : Math.floor(rand() * i),
      );
      titles.push(Math.floor(rand() * TITLES.length));
    }
    return { parents, extraHeads, cycles, titles };
  });

function rolesOf(shape: Shape): Role[] {
  const n = shape.parents.length + 1;
  const roles = [role('R0', null, TITLES[shape.titles[0] ?? 0] ?? '')];
  for (let i = 1; i < n; i++)
    roles.push(
      role(
        `R${i}`,
        `R${shape.parents[i - 1] ?? 0}`,
        TITLES[shape.titles[i] ?? 0] ?? '',
        i % 7 === 0 ? 9 : 1,
      ),
    );
  // A few more heads, a manager nobody has, and cycles (a role reporting to its own report).
  for (const h of shape.extraHeads) {
    const i = h % n;
    if (i > 0) roles[i] = { ...(roles[i] as Role), reportsTo: h % 2 ? null : ('NOBODY' as RoleId) };
  }
  for (const c of shape.cycles) {
    const i = c % n;
    const child = roles.findIndex((r) => r.reportsTo === `R${i}`);
    roles[i] = { ...(roles[i] as Role), reportsTo: (child >= 0 ? `R${child}` : `R${i}`) as RoleId };
  }
  return roles;
}

const policy: Policy = DEFAULT_POLICY;

it('no overlaps, children below managers, connectors from manager to report, every role once', () => {
  fc.assert(
    fc.property(shapes, (shape) => {
      const roles = rolesOf(shape);
      const layout = layoutOrgChart({ roles, policy });
      expect(layout.tree.count).toBe(roles.length);
      expect(new Set(layout.tree.role).size).toBe(roles.length);
      expect(overlappingBoxes(layout)).toEqual([]);
      expect(childrenNotBelow(layout)).toEqual([]);
      expect(badConnectors(layout)).toEqual([]);
      // Deterministic.
      const again = layoutOrgChart({ roles, policy });
      expect(Array.from(again.x)).toEqual(Array.from(layout.x));
      expect(Array.from(again.y)).toEqual(Array.from(layout.y));
    }),
    { numRuns: 60 },
  );
});

it('a subtree laid out alone is the subtree of the whole layout', () => {
  fc.assert(
    fc.property(shapes, fc.nat(), (shape, pick) => {
      const roles = rolesOf(shape);
      const whole = layoutOrgChart({ roles, policy });
      const t = whole.tree;
      // A manager of managers: a leaf may be drawn at its stack's column width, and a
      // stack's shape may follow the row it stands in.
      const managers = [...Array(t.count).keys()].filter((i) => {
        for (let k = t.childStart[i] ?? 0; k < (t.childStart[i + 1] ?? 0); k++) {
          const c = t.childList[k] ?? 0;
          if (t.childStart[c] !== t.childStart[c + 1]) return true;
        }
        return false;
      });
      if (managers.length === 0) return;
      const node = managers[pick % managers.length] ?? 0;
      const id = (roles[t.role[node] ?? 0] as Role).id;
      const alone = layoutOrgChart(
        { roles, policy },
        {
          view: { root: id },
          rowPitch: whole.rowPitch,
          // The shape its manager asked of it in the whole chart.
          fitHeight: whole.subtreeHeight[node] ?? 0,
        },
      );
      // Boxes of the subtree in the whole layout, relative to its root.
      const whereWhole = new Map<number, [number, number, number]>();
      const stack = [node];
      while (stack.length > 0) {
        const i = stack.pop() ?? 0;
        whereWhole.set(t.role[i] ?? 0, [
          (whole.x[i] ?? 0) - (whole.x[node] ?? 0),
          (whole.y[i] ?? 0) - (whole.y[node] ?? 0),
          whole.width[i] ?? 0,
        ]);
        for (let k = t.childStart[i] ?? 0; k < (t.childStart[i + 1] ?? 0); k++)
          stack.push(t.childList[k] ?? 0);
      }
      expect(alone.tree.count).toBe(whereWhole.size);
      for (let i = 0; i < alone.tree.count; i++) {
        const [dx, dy, w] = whereWhole.get(alone.tree.role[i] ?? 0) ?? [NaN, NaN, NaN];
        expect((alone.x[i] ?? 0) - (alone.x[0] ?? 0)).toBeCloseTo(dx, 6);
        expect((alone.y[i] ?? 0) - (alone.y[0] ?? 0)).toBeCloseTo(dy, 6);
        expect(alone.width[i]).toBeCloseTo(w, 6);
      }
    }),
    { numRuns: 60 },
  );
});

it('spans up to 2,000 and depths up to 30 stay compact and lawful', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 2000 }),
      fc.integer({ min: 1, max: 30 }),
      (span, depth) => {
        const roles = [role('H', null, 'Head')];
        for (let d = 1; d < depth; d++)
          roles.push(role(`C${d}`, d === 1 ? 'H' : `C${d - 1}`, `Layer ${d}`));
        const manager = depth === 1 ? 'H' : `C${depth - 1}`;
        for (let i = 0; i < span; i++)
          roles.push(role(`L${i}`, manager, i % 3 ? 'Agent' : '客服专员'));
        const layout = layoutOrgChart({ roles, policy });
        expect(overlappingBoxes(layout)).toEqual([]);
        expect(childrenNotBelow(layout)).toEqual([]);
        expect(badConnectors(layout)).toEqual([]);
        // A grid about as tall as wide, never a row of `span` boxes.
        if (span >= policy.chartGridFrom) {
          expect(layout.bounds.width).toBeLessThan(Math.max(2000, 60 * Math.sqrt(span) * 3));
        }
      },
    ),
    { numRuns: 40 },
  );
});
