import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/io/xlsx/readWorkbookFile';

const SENIOR_CSV = path.resolve(
  __dirname,
  '../../../shared/data/organograms/home_office-2011-09-30-senior.csv',
);

/** The value at an A1 address of a grid whose origin is A1. */
const at = (values: readonly (readonly unknown[])[], col: string, row: number): unknown =>
  values[row - 1]?.[col.charCodeAt(0) - 65];

describe('readWorkbookFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'read-workbook-file-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the Home Office senior organogram CSV: 152 records of 22 fields', async () => {
    const grids = await readWorkbookFile(SENIOR_CSV);
    expect(grids).toHaveLength(1);
    const [grid] = grids;
    expect(grid?.sheet).toBe('home_office-2011-09-30-senior');
    expect(grid?.table).toBeUndefined();
    expect(grid?.origin).toEqual({ row: 1, col: 1 });
    const values = grid?.values ?? [];
    expect(values).toHaveLength(152);
    expect(new Set(values.map((r) => r.length))).toEqual(new Set([22]));
    expect(at(values, 'A', 1)).toBe('Post Unique Reference');
    expect(at(values, 'K', 1)).toBe('Reports to Senior Post');
    expect(at(values, 'L', 1)).toBe('Salary Cost of Reports (£)');
    expect(at(values, 'P', 1)).toBeNull();
    expect(at(values, 'A', 2)).toBe('2CPG08');
    expect(at(values, 'B', 2)).toBe('Gareth Hills');
    expect(at(values, 'K', 2)).toBe('3CPG01');
    expect(at(values, 'L', 2)).toBe('180000');
    expect(at(values, 'R', 2)).toBeNull();
    expect(at(values, 'A', 152)).toBe('2HR01');
    expect(at(values, 'D', 152)).toBe('Director of HR Services');
    expect(at(values, 'K', 152)).toBe('2HR02');
    expect(at(values, 'V', 152)).toBe('person101');
  });

  it('reads .xlsx and .XLSM by extension, case-insensitively', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Roles').addRow(['RoleId', 'Title']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    for (const name of ['roles.xlsx', 'roles.XLSM']) {
      const file = path.join(dir, name);
      await writeFile(file, bytes);
      const grids = await readWorkbookFile(file);
      expect(grids.map((g) => [g.sheet, g.values])).toEqual([['Roles', [['RoleId', 'Title']]]]);
    }
  });

  it('names a CSV sheet after the file, whatever the case of its extension', async () => {
    const file = path.join(dir, '岗位 list.CSV');
    await writeFile(file, Buffer.from('\uFEFFRoleId,Title\r\nR1,"经理, 采购"\r\n', 'utf8'));
    expect(await readWorkbookFile(file)).toEqual([
      {
        sheet: '岗位 list',
        origin: { row: 1, col: 1 },
        values: [
          ['RoleId', 'Title'],
          ['R1', '经理, 采购'],
        ],
      },
    ]);
  });

  it.each(['roles.xls', 'roles.ods', 'roles.txt', 'roles'])(
    'rejects %s as unsupported',
    async (name) => {
      const file = path.join(dir, name);
      await writeFile(file, 'RoleId\n');
      await expect(readWorkbookFile(file)).rejects.toThrow(/^Unsupported file type: /);
    },
  );

  it('rejects garbage in an .xlsx file with "Not a readable .xlsx file"', async () => {
    const file = path.join(dir, 'garbage.xlsx');
    await writeFile(file, Buffer.from('this is not a zip file'));
    await expect(readWorkbookFile(file)).rejects.toThrow(/^Not a readable \.xlsx file/);
  });

  it('passes on the file system error for a missing file', async () => {
    await expect(readWorkbookFile(path.join(dir, 'missing.xlsx'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
