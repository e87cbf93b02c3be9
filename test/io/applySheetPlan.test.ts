import ExcelJS from 'exceljs';
import type { SheetPlan } from '../../src/core/render/sheetPlan';
import { applySheetPlan } from '../../src/io/xlsx/applySheetPlan';
import { loadWorkbook } from '../../src/io/xlsx/loadWorkbook';
import { writeWorkbookCopy, writeWorkbookCopyWithNames } from '../../src/io/xlsx/writeWorkbookCopy';
import { zipPartText } from './zipParts';

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const DANGEROUS = ['=HYPERLINK("x")', '+1', '-x', '@SUM(A1)'];

const findings: SheetPlan = {
  name: 'Findings',
  styles: {
    head: {
      bold: true,
      fontSize: 12,
      fontColor: '#FFFFFF',
      fill: '#1F4E79',
      border: '#999999',
      horizontal: 'center',
      vertical: 'middle',
      wrap: true,
    },
    link: { underline: true, fontColor: '#0563C1' },
    date: { numberFormat: 'dd/mm/yyyy', italic: true },
  },
  rows: [
    ['Severity', 'Code', 'Message', 'Cell', 'Date'].map((value) => ({ value, style: 'head' })),
    [
      'error',
      'ROLE_DUPLICATE_ID',
      DANGEROUS[0] ?? '',
      { value: 'Roles!A2', link: { kind: 'cell', sheet: 'Roles', a1: 'A2' }, style: 'link' },
      { value: day(2024, 1, 31), style: 'date' },
    ],
    [
      'warning',
      'ORG_CYCLE',
      DANGEROUS[1] ?? '',
      {
        value: 'site',
        link: { kind: 'url', url: 'https://example.com/a?b=1' },
        note: '请检查 / check',
      },
      day(2024, 2, 29),
    ],
    ['info', 3.5, DANGEROUS[2] ?? '', true, null],
    ['info', 0, DANGEROUS[3] ?? '', false, '中文 text'],
    [],
    ['Merged note', null, null],
  ],
  columnWidths: [10, 22, 40, 12, 14],
  merges: ['A7:C7'],
  freeze: { rows: 1, cols: 2 },
  validations: [
    { range: 'A2:A5', list: ['error', 'warning', 'info'], strict: true, prompt: 'Pick a severity' },
    { range: 'F2', list: ['P', 'Pa', 'S', 'say "x"'], strict: false },
  ],
  tables: [{ name: 'FindingsTable', range: 'A1:E5' }],
  print: { orientation: 'landscape', fitToWidth: true, titleRows: '1:1', pageBreaksAfter: [3, 5] },
  tabColor: '#C00000',
};

const filtered: SheetPlan = {
  name: 'Gap Summary',
  rows: [
    ['Function', 'Gap'],
    ['F1', 'no primary'],
  ],
  autoFilter: 'A1:B2',
};

async function writtenAndRead(
  plans: readonly SheetPlan[],
): Promise<{ bytes: Buffer; workbook: ExcelJS.Workbook }> {
  const bytes = await writeWorkbookCopy(null, plans);
  return { bytes, workbook: await loadWorkbook(bytes) };
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The XML part of a sheet, found through workbook.xml and its relationships. */
function sheetXml(bytes: Buffer, name: string): string {
  const workbook = zipPartText(bytes, 'xl/workbook.xml');
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(workbook)?.[1];
  const rels = zipPartText(bytes, 'xl/_rels/workbook.xml.rels');
  const target = new RegExp(
    `Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`,
  ).exec(rels);
  const path = (target?.[1] ?? target?.[2] ?? '').replace(/^\/?(xl\/)?/, 'xl/');
  return zipPartText(bytes, path);
}

describe('applySheetPlan through writeWorkbookCopy', () => {
  let bytes: Buffer;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    const written = await writtenAndRead([findings, filtered]);
    bytes = written.bytes;
    ws = sheet(written.workbook, 'Findings');
  });

  it('writes exactly the planned values from A1', () => {
    const read: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        cells[c - 1] =
          typeof v === 'object' && v !== null && 'hyperlink' in v
            ? (v as ExcelJS.CellHyperlinkValue).text
            : v;
      });
      read[r - 1] = cells;
    });
    expect(read.slice(0, 5)).toEqual([
      ['Severity', 'Code', 'Message', 'Cell', 'Date'],
      ['error', 'ROLE_DUPLICATE_ID', '=HYPERLINK("x")', 'Roles!A2', day(2024, 1, 31)],
      ['warning', 'ORG_CYCLE', '+1', 'site', day(2024, 2, 29)],
      ['info', 3.5, '-x', true],
      ['info', 0, '@SUM(A1)', false, '中文 text'],
    ]);
    expect(ws.getCell('A7').value).toBe('Merged note');
    expect(ws.rowCount).toBe(7);
  });

  it('stores formula-like strings as text, never as formulas', () => {
    for (const [i, text] of DANGEROUS.entries()) {
      const cell = ws.getCell(2 + i, 3);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    }
    const xml = sheetXml(bytes, 'Findings');
    expect(xml).not.toMatch(/<f[ >]/);
    for (const ref of ['C2', 'C3', 'C4', 'C5']) {
      expect(xml).toMatch(new RegExp(`<c r="${ref}"[^>]* t="s"`));
    }
    const shared = zipPartText(bytes, 'xl/sharedStrings.xml');
    expect(shared).toContain('<t>=HYPERLINK(&quot;x&quot;)</t>');
    expect(shared).toContain('<t>@SUM(A1)</t>');
  });

  it('applies styles', () => {
    const head = ws.getCell('A1');
    expect(head.font).toMatchObject({
      name: 'Calibri',
      bold: true,
      size: 12,
      color: { argb: 'FFFFFFFF' },
    });
    expect(head.fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FF1F4E79' },
    });
    expect(head.alignment).toEqual({ horizontal: 'center', vertical: 'middle', wrapText: true });
    for (const side of ['top', 'left', 'bottom', 'right'] as const) {
      expect(head.border[side]).toEqual({ style: 'thin', color: { argb: 'FF999999' } });
    }
    expect(ws.getCell('D2').font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
    expect(ws.getCell('E2').font).toMatchObject({ italic: true });
    expect(ws.getCell('E2').numFmt).toBe('dd/mm/yyyy');
    // A date without a number format gets one, or Excel would show a serial number.
    expect(ws.getCell('E3').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('B2').font?.bold).toBeUndefined();
  });

  it('writes cell links inside the workbook and URL links, and notes', () => {
    expect(ws.getCell('D2').value).toEqual({ text: 'Roles!A2', hyperlink: '#Roles!$A$2' });
    expect(ws.getCell('D3').value).toEqual({
      text: 'site',
      hyperlink: 'https://example.com/a?b=1',
    });
    expect(ws.getCell('D3').note).toBe('请检查 / check');
    // No `location` attribute: exceljs would pair it with an external target (issue #3027).
    const xml = sheetXml(bytes, 'Findings');
    expect(xml).toMatch(/<hyperlink ref="D2" r:id="rId\d+"\/>/);
  });

  it('sets column widths, merges, freeze panes and tab colour', () => {
    expect([1, 2, 3, 4, 5].map((c) => ws.getColumn(c).width)).toEqual([10, 22, 40, 12, 14]);
    expect(ws.model.merges).toEqual(['A7:C7']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1, topLeftCell: 'C2' });
    expect(ws.properties.tabColor).toEqual({ argb: 'FFC00000' });
  });

  it('adds list validations, quoting the list', () => {
    const validations = (ws as unknown as { dataValidations: { model: Record<string, unknown> } })
      .dataValidations.model;
    for (const a1 of ['A2', 'A3', 'A4', 'A5']) {
      expect(validations[a1]).toEqual({
        type: 'list',
        allowBlank: true,
        formulae: ['"error,warning,info"'],
        showErrorMessage: true,
        errorStyle: 'stop',
        showInputMessage: true,
        prompt: 'Pick a severity',
      });
    }
    expect(validations.F2).toMatchObject({
      formulae: ['"P,Pa,S,say ""x"""'],
      errorStyle: 'warning',
    });
    expect(validations.A6).toBeUndefined();
  });

  it('adds the table over the planned cells', () => {
    const tables = ws.getTables() as unknown as { model: Record<string, unknown> }[];
    expect(tables.map((t) => [t.model.name, t.model.tableRef])).toEqual([
      ['FindingsTable', 'A1:E5'],
    ]);
    const xml = zipPartText(bytes, 'xl/tables/table1.xml');
    expect(xml).toContain('ref="A1:E5"');
    expect(xml).toContain('headerRowCount="1"');
    expect(xml).not.toContain('hiddenButton="1"');
    expect(xml).toContain('<tableColumn id="3" name="Message"');
  });

  it('sets up printing: orientation, fit to width, title rows, page breaks', () => {
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    const xml = sheetXml(bytes, 'Findings');
    expect(xml).toContain(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="3" max="16383" man="1"/><brk id="5" max="16383" man="1"/></rowBreaks>',
    );
  });

  it('sets an autoFilter', async () => {
    const { workbook } = await writtenAndRead([filtered]);
    expect(sheet(workbook, 'Gap Summary').autoFilter).toBe('A1:B2');
  });

  it('points cell links at the final name of a renamed sheet', async () => {
    const input = new ExcelJS.Workbook();
    input.addWorksheet('Gap Summary');
    const linking: SheetPlan = {
      name: 'Index',
      rows: [[{ value: 'gaps', link: { kind: 'cell', sheet: 'Gap Summary', a1: 'B2:C3' } }]],
    };
    const { bytes: out, sheetNames } = await writeWorkbookCopyWithNames(
      Buffer.from(await input.xlsx.writeBuffer()),
      [filtered, linking],
    );
    expect(sheetNames).toEqual(['Gap Summary (2)', 'Index']);
    const read = await loadWorkbook(out);
    expect(sheet(read, 'Index').getCell('A1').value).toEqual({
      text: 'gaps',
      hyperlink: "#'Gap Summary (2)'!$B$2:$C$3",
    });
  });

  it('gives a table a free name when the workbook already uses it', async () => {
    const input = new ExcelJS.Workbook();
    input.addWorksheet('Data').addTable({
      name: 'FindingsTable',
      ref: 'A1',
      columns: [{ name: 'X' }],
      rows: [[1]],
    });
    const out = await writeWorkbookCopy(Buffer.from(await input.xlsx.writeBuffer()), [findings]);
    const workbook = await loadWorkbook(out);
    const names = workbook.worksheets.flatMap((w) =>
      (w.getTables() as unknown as { model: { name: string } }[]).map((t) => t.model.name),
    );
    expect(names).toEqual(['FindingsTable', 'FindingsTable_2']);
  });

  it('writes a table header as text and leaves out a link on a blank cell', async () => {
    const plan: SheetPlan = {
      name: 'Years',
      rows: [
        [2024, 'Role'],
        [1, { value: null, link: { kind: 'url', url: 'https://example.com' } }],
      ],
      tables: [{ name: 'Years', range: 'A1:B2' }],
    };
    const { workbook } = await writtenAndRead([plan]);
    const ws = sheet(workbook, 'Years');
    expect(ws.getCell('A1').value).toBe('2024');
    expect(ws.getCell('A2').value).toBe(1);
    expect(ws.getCell('B2').value).toBeNull();
  });

  describe('rejects a wrong plan (a caller bug)', () => {
    const apply = (plan: Partial<SheetPlan>): void => {
      const wb = new ExcelJS.Workbook();
      applySheetPlan(wb.addWorksheet('S'), { name: 'S', rows: [['a']], ...plan });
    };

    it('a validation list over 255 characters', () => {
      const list = Array.from({ length: 40 }, (_, i) => `Option ${i}`); // 8-9 chars each
      expect(() => apply({ validations: [{ range: 'A1', list, strict: true }] })).toThrow(
        /Validation list for A1 is \d+ characters; Excel allows 255/,
      );
    });

    it('a list of exactly 255 characters is accepted', () => {
      const list = ['x'.repeat(127), 'y'.repeat(127)]; // 127 + 1 + 127
      expect(() => apply({ validations: [{ range: 'A1', list, strict: true }] })).not.toThrow();
    });

    it('a list item with a comma', () => {
      expect(() => apply({ validations: [{ range: 'A1', list: ['a,b'], strict: true }] })).toThrow(
        /contains a comma/,
      );
    });

    it('an unknown style key', () => {
      expect(() => apply({ rows: [[{ value: 'a', style: 'nope' }]] })).toThrow(
        /unknown style "nope"/,
      );
    });

    it('a colour that is not #RRGGBB', () => {
      expect(() => apply({ tabColor: 'red' })).toThrow(/Invalid colour "red"/);
    });

    it('a table with a repeated header', () => {
      expect(() =>
        apply({
          rows: [
            ['Id', 'id'],
            [1, 2],
          ],
          tables: [{ name: 'T', range: 'A1:B2' }],
        }),
      ).toThrow(/header B1 is empty or repeated/);
    });

    it('a string longer than a cell can hold', () => {
      expect(() => apply({ rows: [['x'.repeat(32_768)]] })).toThrow(/Excel allows 32767/);
    });
  });
});
