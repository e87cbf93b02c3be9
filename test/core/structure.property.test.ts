import fc from 'fast-check';
import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import type { CellValue } from '../../src/core/model/grid';
import { grid } from '../../src/core/testing/builders';

/** Random organisations: each role reports to an earlier one, to nobody, to itself or to a stranger. */
const orgArb = fc
  .array(
    fc.record({
      parent: fc.oneof(
        { weight: 8, arbitrary: fc.nat() },
        { weight: 1, arbitrary: fc.constant(-1) },
        { weight: 1, arbitrary: fc.constant(-2) },
        { weight: 1, arbitrary: fc.constant(-3) },
      ),
      headcount: fc.oneof(
        fc.constant(1),
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0, max: 5, noNaN: true }),
      ),
      forward: fc.boolean(),
    }),
    { minLength: 1, maxLength: 120 },
  )
  .map((rows) => {
    const values: CellValue[][] = [['RoleId', 'Title', 'ReportsTo', 'Headcount']];
    rows.forEach((r, i) => {
      // Mostly earlier roles (a tree), sometimes later ones (which can make loops).
      const target = r.forward ? r.parent % rows.length : i === 0 ? -1 : r.parent % i;
      const reportsTo =
        r.parent === -1
          ? null
          : r.parent === -2
            ? `R${i}`
            : r.parent === -3
              ? 'NOBODY'
              : `R${target}`;
      values.push([`R${i}`, `Role ${i}`, reportsTo, r.headcount]);
    });
    return values;
  });

describe('structure laws on random organisations', () => {
  it('spans add up to the non-head roles, bands to the managers, layers to the roles', () => {
    fc.assert(
      fc.property(orgArb, (values) => {
        const { gapSummary, organisation } = auditWorkbook([grid('Roles', values)]);
        const s = gapSummary.structure;
        const roles = organisation.roles.length;
        const heads = organisation.roles.filter((r) => r.reportsTo === null).length;
        expect(s.spans.reduce((n, m) => n + m.directRoles, 0)).toBe(roles - heads);
        expect(Object.values(s.bands).reduce((a, b) => a + b, 0)).toBe(s.managers);
        expect(s.rolesPerLayer.reduce((a, b) => a + b, 0)).toBe(roles);
        expect(s.heads).toBe(heads);
        expect(s.trees).toHaveLength(heads);
        const total = organisation.roles.reduce((n, r) => n + r.headcount, 0);
        expect(s.trees.reduce((n, t) => n + t.headcount, 0)).toBeCloseTo(total, 6);
        for (const t of s.trees) expect(t.layers).toBeGreaterThanOrEqual(1);
        for (const m of s.spans)
          expect(m.directHeadcount).toBeCloseTo(
            organisation.roles
              .filter((r) => r.reportsTo === m.roleId)
              .reduce((n, r) => n + r.headcount, 0),
            6,
          );
      }),
      { numRuns: 200 },
    );
  });
});
