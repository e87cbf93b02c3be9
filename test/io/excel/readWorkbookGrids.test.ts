import path from 'node:path';
import { auditWorkbook } from '../../../src/core/audit/auditWorkbook';
import { columnLetters } from '../../../src/core/model/address';
import type { Grid } from '../../../src/core/model/grid';
import { syntheticOrg } from '../../../src/core/testing/syntheticOrg';
import { excelRun } from '../../../src/io/excel/excelRun';
import { readWorkbookGrids, tableGrid } from '../../../src/io/excel/readWorkbookGrids';
import { STORE_KEY, outputsJson } from '../../../src/io/excel/workbookStore';
import { readWorkbookFile } from '../../../src/io/xlsx/readWorkbookFile';
import { FakeExcel, type FakeSheetInit } from './fakeExcel';

const EXAMPLE_EN = path.join(__dirname, '../../../examples/service-org-example.en.xlsx');

/** Excel's serial number of a date (as Office.js gives a date cell's value). */
const serial = (d: Date) => d.getTime() / 86_400_000 + 25_569;

/** Sheets for the fake from sheet grids (values placed at their origin; null → blank). */
function sheetsOf(grids: readonly Grid[]): FakeSheetInit[] {
  return grids
    .filter((g) => g.table === undefined)
    .map((g) => {
      const values: unknown[][] = [];
      for (let r = 1; r < g.origin.row; r++) values.push([]);
      for (const row of g.values) {
        const out: unknown[] = [];
        for (let c = 1; c < g.origin.col; c++) out.push('');
        for (const v of row)
          out.push(
            v === null ? '' : v instanceof Date ? serial(v) : typeof v === 'object' ? v.error : v,
          );
        values.push(out);
      }
      const formats: Record<string, string> = {};
      g.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v instanceof Date)
            formats[`${columnLetters(g.origin.col + c)}${g.origin.row + r}`] = 'yyyy-mm-dd';
        }),
      );
      return {
        name: g.sheet,
        values,
        hiddenRows: g.hiddenRows ?? [],
        merges: g.merges ?? [],
        formats,
      };
    });
}

describe('readWorkbookGrids', () => {
  it('reads the example in three syncs and audits exactly as the file reader does', async () => {
    const fileGrids = await readWorkbookFile(EXAMPLE_EN);
    const tables = fileGrids
      .filter((g) => g.table !== undefined)
      .map((g) => ({
        name: g.table ?? '',
        sheet: g.sheet,
        address: `A${g.origin.row}:${String.fromCharCode(64 + (g.values[0]?.length ?? 1))}${g.origin.row + g.values.length - 1}`,
      }));
    const fake = new FakeExcel({ sheets: sheetsOf(fileGrids), tables });
    const read = await excelRun((ctx) => readWorkbookGrids(ctx), { runner: fake.run });
    // Names; values; the number formats of the columns holding numbers (dates).
    expect(fake.syncs).toBe(3);
    expect(read.sheets.map((s) => s.name)).toEqual(
      fileGrids.filter((g) => g.table === undefined).map((g) => g.sheet),
    );
    expect(read.grids.filter((g) => g.table !== undefined).map((g) => g.table)).toEqual(
      tables.map((t) => t.name),
    );
    const fromFake = auditWorkbook(read.grids, { asOf: '2026-11-23' });
    const fromFile = auditWorkbook(fileGrids, { asOf: '2026-11-23' });
    expect(fromFake.diagnostics.map((d) => [d.code, d.location.sheet, d.location.a1])).toEqual(
      fromFile.diagnostics.map((d) => [d.code, d.location.sheet, d.location.a1]),
    );
    expect(fromFake.summary).toEqual(fromFile.summary);
    // Nothing was written.
    expect(fake.writes).toEqual([]);
  });

  it('reads 100,000 roles in the same three syncs, cells at their addresses', async () => {
    const grids = syntheticOrg({ roles: 100_000, seed: 7 });
    const fake = new FakeExcel({ sheets: sheetsOf(grids) });
    const read = await excelRun((ctx) => readWorkbookGrids(ctx), { runner: fake.run });
    expect(fake.syncs).toBe(3);
    const roles = read.grids.find((g) => g.sheet === grids[0]?.sheet);
    expect(roles?.origin).toEqual({ row: 1, col: 1 });
    expect(roles?.values.length).toBe(grids[0]?.values.length);
    // Dates come back as dates, through their number format.
    expect(roles?.values[1]).toEqual(grids[0]?.values[1]);
    expect(roles?.values[100_000]).toEqual(grids[0]?.values[100_000]);
    expect(roles?.values.length).toBe(100_001);
  });

  it('reads a range Excel returns no values for in row blocks, one sync each', async () => {
    const values = [['Id', 'Title']];
    for (let i = 1; i <= 99; i++) values.push([`R${i}`, `Role ${i}`]);
    const fake = new FakeExcel({
      sheets: [{ name: 'Roles', values }],
      maxCellsPerLoad: 150,
    });
    const read = await excelRun((ctx) => readWorkbookGrids(ctx, { cellsPerSync: 60 }), {
      runner: fake.run,
    });
    // Names; values (refused: 200 cells); 100 rows in blocks of 30: 4 more. No numbers.
    expect(fake.syncs).toBe(2 + 4);
    expect(read.grids[0]?.values).toEqual(values);
  });

  it('reads again in blocks when the response is over the payload limit', async () => {
    const values = [['Id', 'Title']];
    for (let i = 1; i <= 49; i++) values.push([`R${i}`, `Customer service role number ${i}`]);
    const fake = new FakeExcel({ sheets: [{ name: 'Roles', values }], maxResponseBytes: 1000 });
    const read = await excelRun((ctx) => readWorkbookGrids(ctx, { cellsPerSync: 40 }), {
      runner: fake.run,
    });
    // Names; the refused read; the extent; 50 rows in blocks of 20: 3.
    expect(fake.syncs).toBe(2 + 1 + 3);
    expect(read.grids[0]?.values).toEqual(values);
  });

  it('reports hidden rows (one more sync) and merged areas, and error values as errors', async () => {
    const fake = new FakeExcel({
      sheets: [
        {
          name: 'Roles',
          values: [
            ['Id', 'Title', 'Headcount'],
            ['R1', 'Head', 1],
            ['R2', 'Agent', '#N/A'],
            ['R3', 'Lead', true],
          ],
          hiddenRows: [3],
          merges: ['B1:C1'],
        },
      ],
    });
    const read = await excelRun((ctx) => readWorkbookGrids(ctx), { runner: fake.run });
    expect(fake.syncs).toBe(3);
    expect(read.grids).toEqual([
      {
        sheet: 'Roles',
        origin: { row: 1, col: 1 },
        values: [
          ['Id', 'Title', 'Headcount'],
          ['R1', 'Head', 1],
          ['R2', 'Agent', { error: '#N/A' }],
          ['R3', 'Lead', true],
        ],
        hiddenRows: [3],
        merges: ['B1:C1'],
      },
    ]);
  });

  it("skips the add-in's own output sheets and reads the store", async () => {
    const fake = new FakeExcel({
      sheets: [
        { name: 'Roles', values: [['Id'], ['R1']] },
        { name: 'Findings', values: [['Severity'], ['error']] },
      ],
    });
    const findingsId = fake.sheet('Findings').id;
    fake.settings.set(
      STORE_KEY.outputs,
      outputsJson([
        { kind: 'findings', sheetId: findingsId, sheet: 'Findings', fingerprint: 'f1' },
      ]),
    );
    fake.settings.set(
      STORE_KEY.settings,
      JSON.stringify({ lang: 'zh-CN', policy: { MaxSpan: 9 } }),
    );
    const read = await excelRun((ctx) => readWorkbookGrids(ctx), { runner: fake.run });
    expect(read.grids.map((g) => g.sheet)).toEqual(['Roles']);
    expect(read.store.outputs).toEqual([
      { kind: 'findings', sheetId: findingsId, sheet: 'Findings', fingerprint: 'f1' },
    ]);
    expect(read.store.settings).toEqual({ lang: 'zh-CN', policy: { MaxSpan: 9 } });
    expect(read.store.problems).toEqual([]);
  });

  it('an empty sheet gives no grid; a table is the part of its sheet in its range', () => {
    const sheet: Grid = {
      sheet: 'S',
      origin: { row: 2, col: 2 },
      values: [
        ['a', 'b'],
        ['c', 'd'],
      ],
      hiddenRows: [3, 9],
    };
    expect(tableGrid(sheet, 'T', 'B2:D4')).toEqual({
      sheet: 'S',
      table: 'T',
      origin: { row: 2, col: 2 },
      values: [
        ['a', 'b', null],
        ['c', 'd', null],
        [null, null, null],
      ],
      hiddenRows: [3],
    });
  });
});
