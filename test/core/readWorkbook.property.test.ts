import fc from 'fast-check';
import { isValidA1 } from '../../src/core/model/address';
import type { CellValue, Grid } from '../../src/core/model/grid';
import { DIAGNOSTIC_CATALOG } from '../../src/core/i18n/diagnosticCatalog';
import { readWorkbook } from '../../src/core/read/readWorkbook';

/** Headers a real workbook might have, mixed with noise, so the readers get exercised. */
const HEADERS = [
  'RoleId',
  'Title',
  'Department',
  'ReportsTo',
  'Headcount',
  'Filled',
  'Level',
  'Purpose',
  'Qualifications',
  'AnalysisDate',
  '岗位编号',
  '岗位名称',
  '直接上级',
  '编制',
  'FunctionId',
  'Function',
  'Area',
  'Effort',
  '职能',
  'RoleId',
  'Class',
  'Setting',
  'Value',
  'Level',
  'A',
  'B',
  '',
  'Reports To',
  'x'.repeat(300),
];
const SHEETS = [
  'Roles',
  'Responsibilities',
  'Policy',
  '岗位',
  '职责',
  '规则',
  'Other',
  "It's",
  'Sheet 1',
];
const TOKENS = [
  'A',
  'B',
  'C',
  'P',
  'Pa',
  'S',
  '主',
  '部',
  '支',
  'XX',
  '',
  ' ',
  'MaxSpan',
  'MinSpan',
  'JointOwnership',
  '=SUM(A1)',
  '03/04/2025',
  '2024-02-30',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...TOKENS),
  fc.constantFrom(...HEADERS),
  fc.string({ maxLength: 12 }),
  fc.string({ minLength: 33_000, maxLength: 33_100 }).map((s) => s || 'x'),
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ min: new Date(-1e13), max: new Date(1e13), noInvalidDate: false }),
  fc.constantFrom('#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?').map((error) => ({ error })),
);

const gridArb: fc.Arbitrary<Grid> = fc
  .record({
    sheet: fc.constantFrom(...SHEETS),
    table: fc.option(fc.constantFrom('Roles', 'tblRoles', 'Responsibilities', 'Policy', 'Table1'), {
      nil: undefined,
    }),
    row: fc.integer({ min: 1, max: 1_048_570 }),
    col: fc.integer({ min: 1, max: 40 }),
    header: fc.array(fc.constantFrom(...HEADERS), { maxLength: 10 }),
    body: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }),
    hidden: fc.array(fc.integer({ min: 1, max: 1_048_576 }), { maxLength: 4 }),
    merges: fc.array(fc.constantFrom('A1:B2', 'C3:C9', 'B2', 'nonsense', 'ZZ1:A1'), {
      maxLength: 3,
    }),
    usedRangeLastRow: fc.option(fc.integer({ min: 1, max: 1_048_576 }), { nil: undefined }),
  })
  .map(({ sheet, table, row, col, header, body, hidden, merges, usedRangeLastRow }) => ({
    sheet,
    ...(table === undefined ? {} : { table }),
    origin: { row, col },
    values: [header, ...body],
    hiddenRows: hidden,
    merges,
    ...(usedRangeLastRow === undefined ? {} : { usedRangeLastRow }),
  }));

describe('readWorkbook on random grids', () => {
  it('never throws, and every finding is a documented code at a valid cell', () => {
    fc.assert(
      fc.property(
        fc.array(gridArb, { maxLength: 4 }),
        fc.constantFrom('en' as const, 'zh-CN' as const),
        (grids, lang) => {
          const result = readWorkbook(grids, { lang });
          const sheets = new Set([...grids.map((g) => g.sheet), 'Roles']);
          for (const d of result.diagnostics) {
            expect(d.code in DIAGNOSTIC_CATALOG).toBe(true);
            expect(isValidA1(d.location.a1)).toBe(true);
            expect(sheets.has(d.location.sheet)).toBe(true);
            const spec = DIAGNOSTIC_CATALOG[d.code as keyof typeof DIAGNOSTIC_CATALOG];
            for (const m of `${spec.en}${spec.zh}`.matchAll(/\{(\w+)\}/g))
              expect(d.params).toHaveProperty(m[1] ?? '');
            for (const v of Object.values(d.params))
              expect(String(v).length).toBeLessThanOrEqual(200);
          }
          // The model is a forest: every manager exists and no walk up loops.
          const byId = new Map(result.organisation.roles.map((r) => [r.id, r]));
          for (const r of result.organisation.roles) {
            const seen = new Set<string>();
            for (let m = r.reportsTo; m !== null; m = byId.get(m)?.reportsTo ?? null) {
              expect(byId.has(m)).toBe(true);
              expect(seen.has(m)).toBe(false);
              seen.add(m);
            }
          }
        },
      ),
      { numRuns: 200, endOnFailure: true },
    );
  });
});
