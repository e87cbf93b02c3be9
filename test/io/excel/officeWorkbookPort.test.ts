import path from 'node:path';
import { auditWorkbook } from '../../../src/core/audit/auditWorkbook';
import type { Progress } from '../../../src/core/port/workbookPort';
import { officeWorkbookPort } from '../../../src/io/excel/officeWorkbookPort';
import { STORE_KEY } from '../../../src/io/excel/workbookStore';
import { readWorkbookFile } from '../../../src/io/xlsx/readWorkbookFile';
import { FakeExcel } from './fakeExcel';

const TODAY = '2026-11-23';
const EXAMPLE_EN = path.join(__dirname, '../../../examples/service-org-example.en.xlsx');

function portOn(fake: FakeExcel) {
  return officeWorkbookPort({ runner: fake.run, today: () => TODAY, notesSupported: () => true });
}

describe('officeWorkbookPort', () => {
  it('finds nothing in an empty workbook, then the template it creates', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const port = portOn(fake);
    const empty = await port.snapshot({ lang: 'en' });
    expect(empty.inputs).toEqual([
      { kind: 'Roles', rows: 0 },
      { kind: 'Responsibilities', rows: 0 },
      { kind: 'Policy', rows: 0 },
    ]);
    expect(empty.audit.usable).toBe(false);
    expect(empty.outputs).toEqual([]);

    const added = await port.createTemplate('en');
    expect(added.sheets).toEqual(['Roles', 'Responsibilities', 'Policy', 'Survey']);
    expect(fake.writesOn('Sheet1')).toEqual([]);
    const after = await port.snapshot({ lang: 'en' });
    expect(after.inputs.map((i) => [i.kind, i.foundBy, i.sheet, i.rows])).toEqual([
      ['Roles', 'sheet', 'Roles', 0],
      ['Responsibilities', 'sheet', 'Responsibilities', 0],
      ['Policy', 'sheet', 'Policy', expect.any(Number)],
    ]);
    // Headers carry their notes as notes; user text is never a formula.
    expect(fake.writesOn('Roles').some((w) => w.op === 'notes.add()')).toBe(true);
    // A second template does not touch the first: new sheets beside it.
    const writes = fake.writes.length;
    const again = await port.createTemplate('en');
    expect(again.sheets).toEqual(['Roles (2)', 'Responsibilities (2)', 'Policy (2)', 'Survey (2)']);
    expect(
      fake.writes
        .slice(writes)
        .filter(
          (w) =>
            /^(sheet:)?(Roles|Responsibilities|Policy)[!]?/.test(w.target) &&
            !w.target.includes('(2)'),
        ),
    ).toEqual([]);
  });

  it('audits the inserted example exactly as the CLI audits the example file', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const port = portOn(fake);
    await port.insertExample('en');
    const snap = await port.snapshot({ lang: 'en' });
    const file = auditWorkbook(await readWorkbookFile(EXAMPLE_EN), { asOf: TODAY });
    expect(snap.audit.diagnostics.map((d) => [d.code, d.location.sheet, d.location.a1])).toEqual(
      file.diagnostics.map((d) => [d.code, d.location.sheet, d.location.a1]),
    );
    expect(snap.inputs.map((i) => i.rows)).toEqual([
      file.organisation.roles.length,
      expect.any(Number),
      expect.any(Number),
    ]);
  });

  it('generates all four outputs with progress, then says when an input edit makes them stale', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const port = portOn(fake);
    await port.insertExample('en');
    const steps: Progress[] = [];
    const report = await port.generate(['findings', 'gapSummary', 'jobDescriptions', 'orgChart'], {
      lang: 'en',
      onProgress: (p) => steps.push(p),
    });
    expect(steps.map((p) => `${p.step}/${p.steps} ${p.stage}`)).toEqual([
      '1/7 read',
      '2/7 analyse',
      '3/7 findings',
      '4/7 gapSummary',
      '5/7 jobDescriptions',
      '6/7 orgChart',
      '7/7 write',
    ]);
    expect(report.written.map((w) => w.kind)).toEqual([
      'findings',
      'gapSummary',
      'jobDescriptions',
      'orgChart',
    ]);
    const fresh = await port.snapshot({ lang: 'en' });
    expect(fresh.outputs.map((o) => [o.kind, o.sheet, o.current])).toEqual(
      report.written.map((w) => [w.kind, w.sheet, true]),
    );
    // Outputs are not read as inputs: the findings are the same as before generating.
    expect(fresh.audit.diagnostics.length).toBe(
      (await port.snapshot({ lang: 'en' })).audit.diagnostics.length,
    );
    // The user edits a title: every output is out of date.
    fake.sheet('Roles').cells.set('2,2', { value: 'Head of Customer Service' });
    const stale = await port.snapshot({ lang: 'en' });
    expect(stale.outputs.map((o) => o.current)).toEqual([false, false, false, false]);
  });

  it('refuses to generate from a workbook without roles, saying what to do', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Sheet1', values: [['hello']] }] });
    await expect(portOn(fake).generate(['findings'], { lang: 'en' })).rejects.toThrow(
      'No Roles table with roles was found',
    );
    await expect(portOn(fake).generate(['findings'], { lang: 'zh-CN' })).rejects.toThrow(
      '未找到岗位表',
    );
    expect(fake.sheetNames()).toEqual(['Sheet1']);
  });

  it('selects a finding’s cell, and says so when its sheet is gone', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Roles', values: [['RoleId']] }] });
    const port = portOn(fake);
    await port.selectCell('Roles', 'B7');
    expect(fake.writes.map((w) => [w.target, w.op])).toEqual([
      ['sheet:Roles', 'activate'],
      ['Roles!B7:B7', 'select'],
    ]);
    await expect(port.selectCell('Gone', 'A1')).rejects.toThrow(
      'The sheet "Gone" is no longer in this workbook.',
    );
  });

  it('saves and clears the column mapping, and settings with their Policy overrides', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const port = portOn(fake);
    await port.insertExample('en');
    const mapping = { roles: [{ sheet: 'Roles', columns: { RoleId: 'RoleId', Title: 'Title' } }] };
    await port.saveMapping(mapping);
    expect(JSON.parse(String(fake.settings.get(STORE_KEY.mapping)))).toEqual(mapping);
    expect((await port.snapshot({ lang: 'en' })).mapping).toEqual(mapping);
    await port.saveMapping(null);
    expect(fake.settings.has(STORE_KEY.mapping)).toBe(false);
    await port.saveMapping(null);

    expect(await port.loadSettings()).toEqual({ lang: 'auto', policy: {} });
    const before = await port.snapshot({ lang: 'en' });
    await port.saveSettings({ lang: 'zh-CN', policy: { MaxSpan: 1 } });
    expect(await port.loadSettings()).toEqual({ lang: 'zh-CN', policy: { MaxSpan: 1 } });
    // The override reaches the audit: a span of 1 makes more managers too wide.
    const tight = await port.snapshot({ lang: 'en' });
    const wide = (s: typeof before) =>
      s.audit.diagnostics.filter((d) => d.code === 'SPAN_TOO_WIDE').length;
    expect(wide(tight)).toBeGreaterThan(wide(before));
    await expect(port.saveSettings({ lang: 'en', policy: { MaxSpan: -3 } })).rejects.toThrow(
      'Settings not saved: MaxSpan must be between 1 and 10000.',
    );
    expect(await port.loadSettings()).toEqual({ lang: 'zh-CN', policy: { MaxSpan: 1 } });
  });

  it('lists each sheet’s first rows for the mapping dialog', async () => {
    const fake = new FakeExcel({
      sheets: [
        {
          name: 'Staff',
          values: [['Export of 2026-11-01'], [], ['Emp No', 'Job title', 'Boss', '']],
        },
        { name: 'Empty' },
      ],
    });
    expect(await portOn(fake).sheetHeaders()).toEqual([
      { sheet: 'Staff', rows: [['Export of 2026-11-01'], [], ['Emp No', 'Job title', 'Boss']] },
      { sheet: 'Empty', rows: [] },
    ]);
  });
});

describe('the add-in’s round trip, in Chinese', () => {
  it('template → filled in → findings → a finding’s cell → outputs → edit → regenerate, nothing of the user’s lost', async () => {
    const fake = new FakeExcel({ sheets: [{ name: '我的笔记', values: [['请勿删除']] }] });
    const port = portOn(fake);
    const { sheets } = await port.createTemplate('zh-CN');
    expect(sheets).toEqual(['岗位', '职责', '规则', '问卷']);
    // The user fills in three roles, one reporting to a manager who does not exist.
    const roles = fake.sheet('岗位');
    const header = fake.valuesOf('岗位')[0] ?? [];
    const col = (label: string) => header.indexOf(label) + 1;
    const put = (row: number, label: string, value: string) =>
      roles.cells.set(`${row},${col(label)}`, { value });
    put(2, '岗位编号', 'M');
    put(2, '岗位名称', '客户服务经理');
    put(3, '岗位编号', 'A');
    put(3, '岗位名称', '客服专员');
    put(3, '直接上级', 'M');
    put(4, '岗位编号', 'B');
    put(4, '岗位名称', '=投诉专员');
    put(4, '直接上级', 'X');
    const snap = await port.snapshot({ lang: 'zh-CN' });
    const unknown = snap.audit.diagnostics.find((d) =>
      d.location.a1.startsWith(`${String.fromCharCode(64 + col('直接上级'))}4`),
    );
    expect(unknown?.severity).toBe('error');
    expect(unknown?.message).toMatch(/[\u4e00-\u9fff]/);
    await port.selectCell(unknown?.location.sheet ?? '', unknown?.location.a1 ?? '');
    expect(fake.writes.slice(-1)[0]).toMatchObject({
      op: 'select',
      target: expect.stringMatching(/^岗位!/),
    });

    const first = await port.generate(['findings', 'gapSummary', 'jobDescriptions', 'orgChart'], {
      lang: 'zh-CN',
    });
    const outputSheets = first.written.map((w) => w.sheet);
    expect(outputSheets).toEqual(['检查结果', '差距汇总', '岗位说明书', '组织结构图']);
    // The user fixes the manager; the outputs go stale; regenerating replaces them in place.
    put(4, '直接上级', 'M');
    expect((await port.snapshot({ lang: 'zh-CN' })).outputs.every((o) => !o.current)).toBe(true);
    const second = await port.generate(['findings', 'gapSummary', 'jobDescriptions', 'orgChart'], {
      lang: 'zh-CN',
    });
    expect(second.written.map((w) => w.sheet)).toEqual(outputSheets);
    expect(fake.sheetNames().sort()).toEqual(
      ['我的笔记', '岗位', '职责', '规则', '问卷', ...outputSheets].sort(),
    );
    expect(fake.valuesOf('我的笔记')).toEqual([['请勿删除']]);
    expect(fake.writesOn('我的笔记')).toEqual([]);
    // The title that looks like a formula is text in the job descriptions.
    const jd = fake.valuesOf(outputSheets[2] ?? '');
    expect(jd.some((row) => row.includes('=投诉专员'))).toBe(true);
    expect((await port.snapshot({ lang: 'zh-CN' })).outputs.every((o) => o.current)).toBe(true);
  });
});
