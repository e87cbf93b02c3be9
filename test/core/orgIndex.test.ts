import fc from 'fast-check';
import { buildOrgIndex, type OrgIndex } from '../../src/core/analyze/orgIndex';
import { EXAMPLE_WORKBOOKS } from '../../src/core/example/exampleData';
import type { Grid } from '../../src/core/model/grid';
import type { Organisation } from '../../src/core/model/organisation';
import { positionsHintOf } from '../../src/core/model/positionsHint';
import { readWorkbook } from '../../src/core/read/readWorkbook';
import { analysisWorkbook, grid, workbook } from '../../src/core/testing/builders';
import { syntheticOrg } from '../../src/core/testing/syntheticOrg';

/** The same organisation in new arrays: the reader's hint no longer applies to it. */
const copied = (org: Organisation): Organisation => ({
  ...org,
  roles: [...org.roles],
  functions: [...org.functions],
  assignments: [...org.assignments],
});

/** Every field of an index as plain data, typed arrays and maps included. */
function plain(index: OrgIndex): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(index).map(([k, v]) => [
      k,
      v instanceof Map
        ? [...(v as Map<string, number>).entries()]
        : ArrayBuffer.isView(v)
          ? Array.from(v as Int32Array)
          : v,
    ]),
  );
}

const EXAMPLES: readonly [string, Grid[]][] = [
  ['the English example (matrix)', EXAMPLE_WORKBOOKS.en.sheets.map((s) => grid(s.name, s.rows))],
  [
    'the Chinese example (matrix)',
    EXAMPLE_WORKBOOKS['zh-CN'].sheets.map((s) => grid(s.name, s.rows)),
  ],
  ['the analysis workbook', analysisWorkbook()],
  ['the base workbook', workbook()],
  ['a synthetic organisation (long table)', syntheticOrg({ roles: 400, seed: 3 })],
];

describe('buildOrgIndex', () => {
  it.each(EXAMPLES)(
    'gives the same index from the reader’s positions as from the ids: %s',
    (_, grids) => {
      const org = readWorkbook(grids).organisation;
      expect(positionsHintOf(org)).toBeDefined();
      const copy = copied(org);
      expect(positionsHintOf(copy)).toBeUndefined();
      expect(plain(buildOrgIndex(org))).toEqual(plain(buildOrgIndex(copy)));
    },
  );

  it('keeps the hint for a copy with another policy, and drops it when an array changes', () => {
    const org = readWorkbook(analysisWorkbook()).organisation;
    expect(positionsHintOf({ ...org, policy: { ...org.policy, hoursPerFte: 37.5 } })).toBe(
      positionsHintOf(org),
    );
    expect(positionsHintOf({ ...org, assignments: org.assignments.slice(1) })).toBeUndefined();
    expect(positionsHintOf({ ...org, functions: [...org.functions] })).toBeUndefined();
  });

  it('matches the ids on random synthetic organisations', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(1000), (roles, seed) => {
        const org = readWorkbook(syntheticOrg({ roles, seed })).organisation;
        expect(plain(buildOrgIndex(org))).toEqual(plain(buildOrgIndex(copied(org))));
      }),
      { numRuns: 40 },
    );
  });

  it('numbers the classes primary 0, partial 1, support 2, and the headcount of each role', () => {
    const org = readWorkbook(workbook()).organisation;
    const index = buildOrgIndex(org);
    expect(Array.from(index.assignmentClass)).toEqual(
      org.assignments.map((a) => ({ primary: 0, partial: 1, support: 2 })[a.cls]),
    );
    expect(Array.from(index.headcount)).toEqual(org.roles.map((r) => r.headcount));
  });
});
