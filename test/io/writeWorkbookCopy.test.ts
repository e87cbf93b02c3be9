import ExcelJS from 'exceljs';
import type { SheetPlan } from '../../src/core/render/sheetPlan';
import { loadWorkbook } from '../../src/io/xlsx/loadWorkbook';
import { writeWorkbookCopy, writeWorkbookCopyWithNames } from '../../src/io/xlsx/writeWorkbookCopy';
import { withZipPart, zipPartNames, zipPartText } from './zipParts';

/** An input workbook with the features a user's workbook typically has. */
async function userWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const roles = wb.addWorksheet('Roles', { views: [{ state: 'frozen', ySplit: 1 }] });
  roles.columns = [{ width: 12 }, { width: 30 }, { width: 11 }];
  roles.addTable({
    name: 'Roles',
    ref: 'A1',
    columns: ['RoleId', 'Title', 'Headcount'].map((name) => ({ name, filterButton: true })),
    rows: [
      ['R1', 'Director', 1],
      ['R2', '采购经理', 2],
      ['R3', '=not a formula', 0],
    ],
  });
  roles.getCell('A1').font = { bold: true, color: { argb: 'FFFF0000' } };
  roles.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  roles.getCell('C2').numFmt = '0.00';
  roles.getCell('B3').alignment = { wrapText: true, vertical: 'top' };
  roles.getCell('C3').border = { bottom: { style: 'double', color: { argb: 'FF0000FF' } } };
  roles.getCell('E1').value = { formula: 'SUM(C2:C4)', result: 3 };
  roles.getCell('E2').value = { formula: 'C4*1', result: 0 };
  roles.getCell('E3').value = { formula: 'C2>5', result: false };
  roles.getCell('E4').value = {
    formula: 'NA()',
    result: { error: '#N/A' },
  } as ExcelJS.CellFormulaValue;
  roles.getCell('F1').value = new Date(Date.UTC(2024, 5, 30));
  roles.getCell('F1').numFmt = 'yyyy-mm-dd';
  roles.getCell('G1').value = 'Merged heading';
  roles.mergeCells('G1:H2');
  roles.getCell('D2').value = 'has a note';
  roles.getCell('D2').note = 'Checked by HR';
  roles.getCell('D3').value = { text: 'Policy', hyperlink: 'https://example.com/policy' };
  roles.getRow(8).hidden = true;
  roles.getCell('A8').value = 'hidden row';
  roles.getRow(9).height = 30;
  roles.getCell('A9').value = 'tall row';
  validationsOf(roles).add('C2:C4', {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [0, 99],
    showErrorMessage: true,
  });
  roles.getCell('F5').dataValidation = { type: 'list', allowBlank: true, formulae: ['"P,Pa,S"'] };
  roles.addConditionalFormatting({
    ref: 'C2:C4',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: [1],
        priority: 1,
        style: { font: { bold: true } },
      },
    ],
  });
  roles.pageSetup = { orientation: 'landscape', printTitlesRow: '1:1' };
  wb.definedNames.add("'Roles'!$A$2:$A$4", 'RoleIds');

  const findings = wb.addWorksheet('Findings');
  findings.getCell('A1').value = 'my own notes, not the tool’s';

  const hidden = wb.addWorksheet('Lists', { state: 'hidden' });
  hidden.getCell('A1').value = 'P';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const plan: SheetPlan = {
  name: 'Findings',
  rows: [
    ['Severity', 'Code'],
    ['error', 'ROLE_DUPLICATE_ID'],
  ],
};

const load = (bytes: Buffer): Promise<ExcelJS.Workbook> => loadWorkbook(bytes);

/** exceljs's worksheet-level validations, which its typings leave out. */
const validationsOf = (ws: ExcelJS.Worksheet) =>
  (
    ws as unknown as {
      dataValidations: {
        model: Record<string, unknown>;
        add(range: string, v: ExcelJS.DataValidation): void;
      };
    }
  ).dataValidations;

/** Every cell a sheet holds (values or styles), by address, as exceljs models it. */
function cellModels(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.set(cell.address, {
        type: cell.type,
        value: cell.value,
        formula: cell.formula,
        result: cell.result,
        style: cell.style,
        note: cell.note,
        isMerged: cell.isMerged,
      });
    });
  });
  return cells;
}

function sheetFacts(ws: ExcelJS.Worksheet): unknown {
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden || row.height !== undefined)
      rows.push({ r, hidden: row.hidden, height: row.height });
  });
  return {
    name: ws.name,
    state: ws.state,
    merges: ws.model.merges,
    widths: [1, 2, 3, 4].map((c) => ws.getColumn(c).width),
    rows,
    views: ws.views,
    tables: (ws.getTables() as unknown as { model: unknown }[]).map((t) => t.model),
    validations: validationsOf(ws).model,
    conditionalFormattings: (ws as unknown as { conditionalFormattings: unknown })
      .conditionalFormattings,
    printTitles: ws.pageSetup.printTitlesRow,
    orientation: ws.pageSetup.orientation,
  };
}

describe('writeWorkbookCopy', () => {
  let input: Buffer;
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let output: Buffer;
  let sheetNames: readonly string[];

  beforeAll(async () => {
    input = await userWorkbook();
    before = await load(input);
    ({ bytes: output, sheetNames } = await writeWorkbookCopyWithNames(input, [plan]));
    after = await load(output);
  });

  it('keeps the input sheets in order and adds the new one after them', () => {
    expect(after.worksheets.map((w) => w.name)).toEqual([
      'Roles',
      'Findings',
      'Lists',
      'Findings (2)',
    ]);
    expect(sheetNames).toEqual(['Findings (2)']);
  });

  it('leaves every input cell as it was: values, formulas, results, styles, notes, merges', () => {
    for (const ws of before.worksheets) {
      const was = cellModels(ws);
      const is = cellModels(after.getWorksheet(ws.name) ?? ws);
      expect(was.size).toBeGreaterThan(0);
      expect([...is.keys()]).toEqual([...was.keys()]);
      for (const [address, model] of was)
        expect({ address, ...(is.get(address) as object) }).toEqual({
          address,
          ...(model as object),
        });
    }
  });

  it('leaves sheet-level features as they were', () => {
    for (const ws of before.worksheets) {
      expect(sheetFacts(after.getWorksheet(ws.name) ?? ws)).toEqual(sheetFacts(ws));
    }
    expect(after.definedNames.model).toEqual(before.definedNames.model);
  });

  it('keeps specific cells exactly (a check on the comparison itself)', () => {
    const roles = after.getWorksheet('Roles');
    expect(roles?.getCell('A1').font).toEqual({ bold: true, color: { argb: 'FFFF0000' } });
    expect(roles?.getCell('B2').fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFFF00' },
    });
    expect(roles?.getCell('C2').numFmt).toBe('0.00');
    expect(roles?.getCell('E1').formula).toBe('SUM(C2:C4)');
    expect(roles?.getCell('E2').result).toBe(0);
    expect(roles?.getCell('E3').result).toBe(false);
    expect(roles?.getCell('E4').result).toEqual({ error: '#N/A' });
    expect(roles?.getCell('B4').value).toBe('=not a formula');
    expect(roles?.getCell('D2').note).toBe('Checked by HR');
    expect(roles?.model.merges).toEqual(['G1:H2']);
    expect(roles?.getRow(8).hidden).toBe(true);
    expect(after.getWorksheet('Lists')?.state).toBe('hidden');
  });

  it('keeps the input table part byte for byte', () => {
    expect(zipPartText(output, 'xl/tables/table1.xml')).toBe(
      zipPartText(input, 'xl/tables/table1.xml'),
    );
  });

  it('adds exactly the planned values', () => {
    const added = after.getWorksheet('Findings (2)');
    expect(
      added
        ?.getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1)),
    ).toEqual([
      ['Severity', 'Code'],
      ['error', 'ROLE_DUPLICATE_ID'],
    ]);
    expect(after.getWorksheet('Findings')?.getCell('A1').value).toBe(
      'my own notes, not the tool’s',
    );
  });

  it('replaces only the sheets the caller says are its own', async () => {
    const once = await writeWorkbookCopy(input, [plan]);
    const { bytes, sheetNames: names } = await writeWorkbookCopyWithNames(once, [plan], {
      replaceSheets: ['findings (2)'],
    });
    expect(names).toEqual(['Findings (2)']);
    expect((await load(bytes)).worksheets.map((w) => w.name)).toEqual([
      'Roles',
      'Findings',
      'Lists',
      'Findings (2)',
    ]);
  });

  it('starts an empty workbook when there is no input', async () => {
    const { bytes, sheetNames: names } = await writeWorkbookCopyWithNames(null, [plan, plan]);
    expect(names).toEqual(['Findings', 'Findings (2)']);
    expect((await load(bytes)).worksheets.map((w) => w.name)).toEqual(['Findings', 'Findings (2)']);
  });

  it('rejects input that is not an .xlsx file', async () => {
    await expect(writeWorkbookCopy(Buffer.from('garbage'), [plan])).rejects.toThrow(
      /^Not a readable \.xlsx file/,
    );
  });
});

describe('writeWorkbookCopy on a table as Excel writes it', () => {
  /** Excel omits headerRowCount (default 1) and lists no filterColumn unless a filter is on. */
  const excelStyle = (xml: string): string =>
    xml.replace(' headerRowCount="1"', '').replace(/<filterColumn [^>]*\/>/g, '');

  async function excelMadeTable(autoFilter: boolean): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Roles').addTable({
      name: 'Roles',
      ref: 'B2',
      columns: [
        { name: 'RoleId', filterButton: true },
        { name: 'Title', filterButton: true },
      ],
      rows: [
        ['R1', 'Director'],
        ['R2', 'Manager'],
      ],
    });
    return withZipPart(Buffer.from(await wb.xlsx.writeBuffer()), 'xl/tables/table1.xml', (xml) => {
      const edited = excelStyle(xml);
      return autoFilter
        ? edited
        : edited.replace(/<autoFilter[^>]*>.*<\/autoFilter>|<autoFilter[^>]*\/>/, '');
    });
  }

  it('keeps the header row and the filter buttons', async () => {
    const input = await excelMadeTable(true);
    expect(zipPartText(input, 'xl/tables/table1.xml')).not.toContain('headerRowCount');
    const out = zipPartText(await writeWorkbookCopy(input, [plan]), 'xl/tables/table1.xml');
    expect(out).toContain('ref="B2:C4"');
    expect(out).toContain('headerRowCount="1"');
    expect(out).toContain('<autoFilter ref="B2:C4">');
    expect(out).not.toContain('hiddenButton="1"');
  });

  it('keeps a table without filter buttons without them', async () => {
    const out = zipPartText(
      await writeWorkbookCopy(await excelMadeTable(false), [plan]),
      'xl/tables/table1.xml',
    );
    expect(out).toContain('headerRowCount="1"');
    expect(out).toContain('<autoFilter ref="B2:C4">');
    expect(out.match(/hiddenButton="1"/g)).toHaveLength(2);
  });

  it('writes a package with the same parts plus the new sheet', async () => {
    const input = await excelMadeTable(true);
    const parts = zipPartNames(await writeWorkbookCopy(input, [plan]));
    expect(parts).toEqual(
      expect.arrayContaining([...zipPartNames(input), 'xl/worksheets/sheet2.xml']),
    );
  });
});

describe('writeWorkbookCopy on data validations of input sheets', () => {
  /** The sqref and first formula of each validation in a sheet's XML. */
  const validationsIn = (xml: string): string[] =>
    [
      ...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*><formula1>([^<]*)<\/formula1>/g),
    ].map((m) => `${m[1] ?? ''} ${m[2] ?? ''}`);

  it('writes each validation back over its own ranges, without overlaps', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Matrix');
    ws.getCell('A1').value = 'FunctionId';
    validationsOf(ws).add('C2:C20', { type: 'list', allowBlank: true, formulae: ['"P,Pa,S"'] });
    validationsOf(ws).add('E2:F15', { type: 'list', allowBlank: true, formulae: ['$H$1:$H$3'] });
    validationsOf(ws).add('B7', { type: 'whole', operator: 'between', formulae: [1, 9] });
    const input = withZipPart(
      Buffer.from(await wb.xlsx.writeBuffer()),
      'xl/worksheets/sheet1.xml',
      (xml) =>
        // Excel writes one validation over several areas as a space-separated sqref.
        xml.replace(
          '</dataValidations>',
          '<dataValidation type="list" sqref="J2:J30 L5:L12"><formula1>"x,y"</formula1></dataValidation></dataValidations>',
        ),
    );
    expect(validationsIn(zipPartText(input, 'xl/worksheets/sheet1.xml'))).toHaveLength(4);

    const out = zipPartText(await writeWorkbookCopy(input, [plan]), 'xl/worksheets/sheet1.xml');
    expect(validationsIn(out).sort()).toEqual(
      [
        'C2:C20 &quot;P,Pa,S&quot;',
        'E2:F15 $H$1:$H$3',
        'B7 1',
        'J2:J30 &quot;x,y&quot;',
        'L5:L12 &quot;x,y&quot;',
      ].sort(),
    );
  });
});

describe('writeWorkbookCopy row heights', () => {
  const tall = (rowHeights: Record<number, number>): SheetPlan => ({
    name: 'Job Descriptions',
    rows: [['Title'], ['Purpose\nsecond line\nthird line'], ['Duties']],
    rowHeights,
  });

  it('sets the planned heights in points and leaves other rows alone', async () => {
    const ws = (await load(await writeWorkbookCopy(null, [tall({ 2: 45, 3: 409 })]))).getWorksheet(
      'Job Descriptions',
    );
    expect([1, 2, 3].map((r) => ws?.getRow(r).height)).toEqual([undefined, 45, 409]);
  });

  it.each([
    ['row 0', { 0: 20 }, /Invalid row "0"/],
    ['a row past the last', { 1_048_577: 20 }, /Invalid row "1048577"/],
    ['a negative height', { 2: -1 }, /Row 2 .*height -1 is not 0–409 points/],
    ['a height over 409 points', { 2: 410 }, /height 410 is not 0–409 points/],
    ['a height that is not a number', { 2: Number.NaN }, /height NaN/],
  ])('rejects %s', async (_, rowHeights, message) => {
    await expect(writeWorkbookCopy(null, [tall(rowHeights)])).rejects.toThrow(message);
  });
});
