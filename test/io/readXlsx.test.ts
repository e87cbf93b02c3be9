import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/model/grid';
import { readXlsx } from '../../src/io/xlsx/readXlsx';
import { withZipPart } from './zipParts';

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** A workbook with every kind of cell and sheet shape the reader must handle. */
async function sampleWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();

  const roles = wb.addWorksheet('Roles');
  roles.getCell('A1').value = 'Org design 2024';
  roles.addTable({
    name: 'RolesTable',
    ref: 'B3',
    headerRow: true,
    columns: [
      { name: 'RoleId' },
      { name: 'Title' },
      { name: 'Headcount' },
      { name: 'AnalysisDate' },
    ],
    rows: [
      ['R1', '总经理', 1, day(2024, 3, 31)],
      [
        'R2',
        { richText: [{ text: 'Service ' }, { font: { bold: true }, text: 'Manager' }] },
        2,
        null,
      ],
      ['R3', 'Hidden analyst', { formula: 'B4', result: 3 }, null],
    ],
  });
  roles.getCell('E4').numFmt = 'yyyy-mm-dd';
  roles.getRow(6).hidden = true;
  roles.getCell('G3').value = 'Note';
  roles.mergeCells('G3:H3');
  roles.getCell('G4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  roles.getCell('G5').value = {
    formula: 'VLOOKUP("x",B4:C6,2,FALSE)',
    result: { error: '#N/A' },
  } as ExcelJS.CellFormulaValue;
  roles.getCell('G6').value = { formula: '1+1', result: 2 };
  roles.getCell('G7').value = { text: 'Intranet', hyperlink: 'https://example.com/org' };
  roles.getCell('G8').value = true;
  roles.getCell('G9').value = { formula: 'TODAY()>0', result: false };
  roles.getCell('G10').value = '  ';
  roles.getCell('G11').value = { formula: 'G6-2', result: 0 };

  const wide = wb.addWorksheet('Formatted');
  wide.getColumn(2).numFmt = '@';
  wide.getColumn(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  wide.getCell('A1').value = 'RoleId';
  wide.getCell('B1').value = 'Title';
  wide.getCell('A2').value = 'R1';
  wide.getCell('B2').value = '采购经理';
  // Formatting (no values) far below and right of the data, as "format whole column" leaves.
  for (const a1 of ['A1048575', 'B1048576', 'Z1048576']) {
    wide.getCell(a1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
  }
  wide.getCell('K1').border = { top: { style: 'thin' } };

  wb.addWorksheet('Empty');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  let grids: Grid[];
  const grid = (sheet: string, table?: string): Grid => {
    const g = grids.find((x) => x.sheet === sheet && x.table === table);
    if (!g) throw new Error(`no grid ${sheet} ${table ?? ''}`);
    return g;
  };

  beforeAll(async () => {
    grids = await readXlsx(await sampleWorkbook());
  });

  it('gives one grid per sheet, then one per table, in sheet order', () => {
    expect(grids.map((g) => [g.sheet, g.table])).toEqual([
      ['Roles', undefined],
      ['Roles', 'RolesTable'],
      ['Formatted', undefined],
      ['Empty', undefined],
    ]);
  });

  it('reads a sheet from A1 with every kind of value converted', () => {
    const g = grid('Roles');
    expect(g.origin).toEqual({ row: 1, col: 1 });
    expect(g.values).toEqual([
      ['Org design 2024'],
      [],
      [null, 'RoleId', 'Title', 'Headcount', 'AnalysisDate', null, 'Note'],
      [null, 'R1', '总经理', 1, day(2024, 3, 31), null, { error: '#N/A' }],
      [null, 'R2', 'Service Manager', 2, null, null, { error: '#N/A' }],
      [null, 'R3', 'Hidden analyst', 3, null, null, 2],
      [null, null, null, null, null, null, 'Intranet'],
      [null, null, null, null, null, null, true],
      [null, null, null, null, null, null, false],
      [null, null, null, null, null, null, '  '],
      [null, null, null, null, null, null, 0],
    ]);
    const date = g.values[3]?.[4];
    expect(date).toBeInstanceOf(Date);
  });

  it('reports hidden rows and merged ranges, and blanks the covered cells of a merge', () => {
    const g = grid('Roles');
    expect(g.hiddenRows).toEqual([6]);
    expect(g.merges).toEqual(['G3:H3']);
    expect(g.values[2]?.[7]).toBeUndefined();
    expect(g.usedRangeLastRow).toBeUndefined();
  });

  it('reads a table from its top-left cell: header and data rows', () => {
    const g = grid('Roles', 'RolesTable');
    expect(g.origin).toEqual({ row: 3, col: 2 });
    expect(g.values).toEqual([
      ['RoleId', 'Title', 'Headcount', 'AnalysisDate'],
      ['R1', '总经理', 1, day(2024, 3, 31)],
      ['R2', 'Service Manager', 2, null],
      ['R3', 'Hidden analyst', 3, null],
    ]);
    expect(g.hiddenRows).toEqual([6]);
    expect(g.merges).toBeUndefined();
  });

  it('stops at the last value of a sheet formatted to row 1,048,576 and says how far it goes', () => {
    const g = grid('Formatted');
    expect(g.values).toEqual([
      ['RoleId', 'Title'],
      ['R1', '采购经理'],
    ]);
    expect(g.usedRangeLastRow).toBe(1_048_576);
  });

  it('gives an empty sheet an empty grid', () => {
    expect(grid('Empty')).toEqual({ sheet: 'Empty', origin: { row: 1, col: 1 }, values: [] });
  });

  it('accepts a Uint8Array view and an ArrayBuffer', async () => {
    const bytes = await sampleWorkbook();
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 4);
    const view = padded.subarray(4, 4 + bytes.length);
    const copy = view.slice().buffer;
    expect((await readXlsx(view)).map((g) => g.sheet)).toEqual(grids.map((g) => g.sheet));
    expect((await readXlsx(copy)).length).toBe(grids.length);
  });

  it('reads a table Excel wrote without headerRowCount (exceljs thinks it has no header)', async () => {
    const bytes = withZipPart(await sampleWorkbook(), 'xl/tables/table1.xml', (xml) =>
      xml.replace(' headerRowCount="1"', ''),
    );
    const g = (await readXlsx(bytes)).find((x) => x.table === 'RolesTable');
    expect(g?.origin).toEqual({ row: 3, col: 2 });
    expect(g?.values[0]).toEqual(['RoleId', 'Title', 'Headcount', 'AnalysisDate']);
    expect(g?.values).toHaveLength(4);
  });

  it.each([
    ['text', Buffer.from('RoleId,Title\nR1,Director\n')],
    ['an empty file', Buffer.alloc(0)],
    ['a legacy .xls header', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
  ])('rejects %s with "Not a readable .xlsx file"', async (_, bytes) => {
    await expect(readXlsx(bytes)).rejects.toThrow(/^Not a readable \.xlsx file/);
  });

  it('rejects a zip that holds no workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S');
    const bytes = withZipPart(Buffer.from(await wb.xlsx.writeBuffer()), 'xl/workbook.xml', (xml) =>
      xml.replace(/<sheets>.*<\/sheets>/s, '<sheets></sheets>'),
    );
    await expect(readXlsx(bytes)).rejects.toThrow(
      'Not a readable .xlsx file: it holds no worksheet',
    );
  });
});
