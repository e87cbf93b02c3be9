import { excelRun, isCellEditModeError } from '../../../src/io/excel/excelRun';
import { FakeExcel } from './fakeExcel';

describe('excelRun', () => {
  it('tries a batch again while Excel is in cell-edit mode, waiting longer each time', async () => {
    const fake = new FakeExcel({
      sheets: [{ name: 'Roles', values: [['Id']] }],
      cellEditFailures: 2,
    });
    const waits: number[] = [];
    const names = await excelRun(
      async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load('items/name');
        await ctx.sync();
        return sheets.items.map((s) => s.name);
      },
      { runner: fake.run, delayMs: 100, sleep: async (ms) => void waits.push(ms) },
    );
    expect(names).toEqual(['Roles']);
    expect(waits).toEqual([100, 200]);
    expect(fake.syncs).toBe(3);
  });

  it('gives up after the retries, and passes other errors through at once', async () => {
    const fake = new FakeExcel({ sheets: [], cellEditFailures: 10 });
    const batch = async (ctx: Excel.RequestContext) => ctx.sync();
    const sleep = async () => undefined;
    await expect(excelRun(batch, { runner: fake.run, retries: 3, sleep })).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
    });
    expect(fake.syncs).toBe(4);
    let calls = 0;
    await expect(
      excelRun(
        async () => {
          calls++;
          throw new Error('ItemNotFound');
        },
        { runner: fake.run, sleep },
      ),
    ).rejects.toThrow('ItemNotFound');
    expect(calls).toBe(1);
    expect(isCellEditModeError({ code: 'InvalidOperationInCellEditMode' })).toBe(true);
    expect(isCellEditModeError(new Error('x'))).toBe(false);
  });
});
