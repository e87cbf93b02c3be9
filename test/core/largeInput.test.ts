import type { CellValue } from '../../src/core/model/grid';
import { readWorkbook } from '../../src/core/read/readWorkbook';
import { findingKey, grid } from '../../src/core/testing/builders';

describe('large inputs', () => {
  it('reads 300,000 roles — more than a function call can take as spread arguments', () => {
    const n = 300_000;
    const rows: CellValue[][] = [['RoleId', 'Title', 'ReportsTo', 'Headcount']];
    for (let i = 0; i < n; i++)
      rows.push([`R${i}`, `Role ${i}`, i === 0 ? null : `R${Math.floor((i - 1) / 8)}`, 1]);
    // One finding per row must not overflow either: every title is a number.
    for (let i = 1; i <= n; i++) (rows[i] as CellValue[])[1] = i;
    const r = readWorkbook([grid('Roles', rows)]);
    expect(r.organisation.roles).toHaveLength(n);
    expect(r.diagnostics.filter((d) => d.code === 'CELL_NUMBER_AS_TEXT')).toHaveLength(n);
    expect(r.diagnostics.map(findingKey).slice(-1)).toEqual(['INPUT_NO_RESPONSIBILITIES@Roles!A1']);
  });

  it('a sheet whose data runs to row 1,048,576 is read and flagged', () => {
    const rows: CellValue[][] = [
      ['RoleId', 'Title', 'ReportsTo'],
      ['A', 'Head', null],
      ['B', 'Deputy', 'A'],
    ];
    const r = readWorkbook([{ ...grid('Roles', rows), origin: { row: 1_048_574, col: 1 } }]);
    expect(r.organisation.roles.map((x) => x.source.row)).toEqual([1_048_575, 1_048_576]);
    expect(r.diagnostics.map(findingKey)).toEqual([
      'SHEET_AT_ROW_LIMIT@Roles!A1048576',
      'INPUT_NO_RESPONSIBILITIES@Roles!A1048574',
    ]);
  });
});
