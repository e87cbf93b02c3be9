import ExcelJS from 'exceljs';
import type { PlanChart, SheetPlan } from '../../src/core/render/sheetPlan';
import { addPlanCharts, sheetRange } from '../../src/io/xlsx/addPlanCharts';
import { addChartsWithExcelize } from '../../src/io/xlsx/excelizeWorker';
import { loadWorkbook } from '../../src/io/xlsx/loadWorkbook';
import { readXlsx } from '../../src/io/xlsx/readXlsx';
import { writeWorkbookCopy, writeWorkbookCopyWithNames } from '../../src/io/xlsx/writeWorkbookCopy';
import { zipPartNames, zipPartText } from './zipParts';

const DANGEROUS = ['=HYPERLINK("x")', '+1', '-x', '@SUM(A1)'];

/** A Findings-like sheet with every feature a plan can carry. */
const findings: SheetPlan = {
  name: 'Findings',
  styles: {
    head: { bold: true, fontColor: '#FFFFFF', fill: '#1F4E79', border: '#999999', wrap: true },
    link: { underline: true, fontColor: '#0563C1' },
    date: { numberFormat: 'dd/mm/yyyy', italic: true },
  },
  rows: [
    ['Severity', 'Code', 'Message', 'Cell', 'Date'].map((value) => ({ value, style: 'head' })),
    [
      'error',
      'ROLE_DUPLICATE_ID',
      DANGEROUS[0] ?? '',
      {
        value: 'Gap Summary!A5',
        link: { kind: 'cell', sheet: 'Gap Summary', a1: 'A5' },
        style: 'link',
      },
      { value: new Date(Date.UTC(2024, 0, 31)), style: 'date' },
    ],
    [
      'warning',
      'ORG_CYCLE',
      DANGEROUS[1] ?? '',
      { value: 'site', link: { kind: 'url', url: 'https://example.com/a?b=1' }, note: '请检查' },
      null,
    ],
    ['info', 3.5, DANGEROUS[2] ?? '', true, null],
    ['info', 0, DANGEROUS[3] ?? '', false, '中文 text'],
    [],
    ['Merged note', null, null],
  ],
  columnWidths: [10, 22, 40, 12, 14],
  rowHeights: { 2: 30, 7: 45.5 },
  merges: ['A7:C7'],
  freeze: { rows: 1, cols: 2 },
  validations: [{ range: 'A2:A5', list: ['error', 'warning', 'info'], strict: true }],
  tables: [{ name: 'FindingsTable', range: 'A1:E5' }],
  print: { orientation: 'landscape', fitToWidth: true, titleRows: '1:1', pageBreaksAfter: [3] },
  tabColor: '#C00000',
  // A chart here too, so that excelize rewrites a sheet with every feature above.
  charts: [
    {
      type: 'pie',
      title: 'By severity',
      sheet: 'Gap Summary',
      categories: 'A5:A8',
      series: [{ name: 'Managers', values: 'B5:B8' }],
      anchor: 'H2',
      width: 240,
      height: 200,
    },
  ],
};

const column: PlanChart = {
  type: 'column',
  title: '管理幅度分布',
  categories: 'A5:A10',
  series: [{ name: 'Managers', values: 'B5:B10', color: '#1F4E79' }],
  anchor: 'E2',
  width: 480,
  height: 260,
  xAxisTitle: 'Direct reports',
  yAxisTitle: 'Managers',
  dataLabels: true,
};

/** The sheet holding the data, with a column, a bar, a radar, a line and a pie chart. */
const gapSummary: SheetPlan = {
  name: 'Gap Summary',
  styles: { title: { bold: true, fontSize: 14 } },
  rows: [
    [{ value: 'Gap Summary — 差距汇总', style: 'title' }],
    ['=not a formula', '+still text', '-x', '@SUM(A1)'],
    [],
    ['Span', 'Managers', 'Expectation', 'Perception'],
    ['1–3', 4, 6.1, 5.2],
    ['4–6', 7, 5.8, 5.9],
    ['7–9', 3, 6.4, 4.8],
    ['10+', 1, 5.5, 5.1],
    ['可靠性', 0, 6.0, 5.0],
    ['响应性', 2, 6.2, 5.6],
  ],
  merges: ['A1:D1'],
  freeze: { rows: 4, cols: 0 },
  columnWidths: [14, 12, 12, 12],
  charts: [
    column,
    {
      type: 'bar',
      title: 'Spans (bar)',
      categories: 'A5:A10',
      series: [
        { name: 'Managers', values: 'B5:B10' },
        { name: 'Expectation <&> "q"', values: 'C5:C10', color: '#C00000' },
      ],
      anchor: 'E20',
      width: 400,
      height: 300,
      categoryLabelsLow: true,
    },
    {
      type: 'radar',
      title: 'Service quality',
      categories: 'A5:A10',
      series: [
        { name: 'Expectation', values: 'C5:C10', color: '#2E75B6' },
        { name: 'Perception', values: 'D5:D10', color: '#C55A11' },
      ],
      anchor: 'M2',
      width: 420,
      height: 320,
      valueAxis: { min: 1, max: 7 },
    },
    {
      type: 'line',
      title: 'Trend',
      categories: 'A5:A10',
      series: [{ name: 'Perception', values: 'D5:D10', color: '#70AD47' }],
      anchor: 'M20',
      width: 300,
      height: 200,
    },
    {
      type: 'pie',
      title: 'Share',
      categories: 'A5:A8',
      series: [{ name: 'Managers', values: 'B5:B8', color: '#000000' }],
      anchor: 'E40',
      width: 300,
      height: 300,
      dataLabels: true,
    },
  ],
};

/** A chart on one sheet over ranges of another, both with names that need quoting. */
const dashboard: SheetPlan = {
  name: '仪表板',
  rows: [['See the chart']],
  charts: [{ ...column, title: 'Elsewhere', sheet: 'Gap Summary', anchor: 'B3' }],
};

const withoutCharts = (plans: readonly SheetPlan[]): SheetPlan[] =>
  plans.map((plan) => ({ ...plan, charts: undefined }));

/** An input workbook whose own "Gap Summary" forces the plan's sheet to be renamed. */
async function userWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const roles = wb.addWorksheet('Roles');
  roles.addTable({
    name: 'Roles',
    ref: 'A1',
    columns: [{ name: 'RoleId' }, { name: 'Title' }],
    rows: [
      ['R1', 'Director'],
      ['R2', '采购经理'],
    ],
  });
  roles.getCell('D1').value = { formula: 'COUNTA(A2:A3)', result: 2 };
  roles.getCell('D1').font = { bold: true, color: { argb: 'FFFF0000' } };
  roles.getCell('B2').note = 'user note';
  roles.getRow(5).hidden = true;
  roles.addConditionalFormatting({
    ref: 'B2:B3',
    rules: [
      {
        type: 'containsText',
        operator: 'containsText',
        text: '经理',
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  wb.addWorksheet('Gap Summary').getCell('A1').value = 'the user’s own sheet';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Every cell of a sheet as exceljs models it, by address. */
function cellModels(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = {
        type: cell.type,
        value: cell.value,
        formula: cell.formula,
        style: cell.style,
        note: cell.note,
        isMerged: cell.isMerged,
      };
    });
  });
  return cells;
}

/** The sheet-level features of a worksheet as exceljs models them. */
function sheetFacts(ws: ExcelJS.Worksheet): unknown {
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    rows.push({ r, hidden: row.hidden, height: row.height });
  });
  const model = ws.model as unknown as Record<string, unknown>;
  return {
    name: ws.name,
    state: ws.state,
    merges: model.merges,
    columns: model.cols,
    rows,
    views: ws.views,
    autoFilter: ws.autoFilter,
    // Excelize drops the Excel 2010 `x14ac:dyDescent` font descent hint from the sheets it
    // rewrites (exceljs writes 55); Excel recomputes it, so it is left out.
    properties: { ...ws.properties, dyDescent: undefined },
    pageSetup: ws.pageSetup,
    headerFooter: ws.headerFooter,
    rowBreaks: model.rowBreaks,
    tables: (ws.getTables() as unknown as { model: unknown }[]).map((t) => t.model),
    validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    conditionalFormattings: model.conditionalFormattings,
  };
}

/** The text of an XML part with the character references Go's encoder writes resolved. */
function xmlPart(bytes: Buffer, part: string): string {
  return zipPartText(bytes, part)
    .replace(/&#39;/g, "'")
    .replace(/&#34;/g, '"')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** The chart part XML with the `c:` prefix removed (excelize uses a default namespace). */
const chartXml = (bytes: Buffer, n: number): string =>
  xmlPart(bytes, `xl/charts/chart${n}.xml`).replace(/<(\/?)c:/g, '<$1');

/** The XML part of a sheet, found through workbook.xml and its relationships. */
function sheetXml(bytes: Buffer, name: string): string {
  const workbook = xmlPart(bytes, 'xl/workbook.xml');
  const quoted = name.replace(/[()]/g, '\\$&');
  const rid = new RegExp(`<sheet [^>]*name="${quoted}"[^>]*r:id="(rId\\d+)"`).exec(workbook)?.[1];
  const rels = zipPartText(bytes, 'xl/_rels/workbook.xml.rels');
  const target = new RegExp(
    `Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`,
  ).exec(rels);
  const path = (target?.[1] ?? target?.[2] ?? '').replace(/^\/?(xl\/)?/, 'xl/');
  return zipPartText(bytes, path);
}

describe('writeWorkbookCopy with native charts', () => {
  const plans = [findings, gapSummary, dashboard];
  let input: Buffer;
  let charted: Buffer;
  let plain: Buffer;
  let sheetNames: readonly string[];

  beforeAll(async () => {
    input = await userWorkbook();
    ({ bytes: charted, sheetNames } = await writeWorkbookCopyWithNames(input, plans));
    plain = await writeWorkbookCopy(input, withoutCharts(plans));
  });

  it('renames the colliding sheet', () => {
    expect(sheetNames).toEqual(['Findings', 'Gap Summary (2)', '仪表板']);
  });

  it('reads back through exceljs with the same cells and sheet features as without charts', async () => {
    const [withCharts, without] = await Promise.all([loadWorkbook(charted), loadWorkbook(plain)]);
    expect(withCharts.worksheets.map((w) => w.name)).toEqual(without.worksheets.map((w) => w.name));
    for (const ws of without.worksheets) {
      const other = withCharts.getWorksheet(ws.name);
      if (!other) throw new Error(`no sheet ${ws.name}`);
      expect(cellModels(other)).toEqual(cellModels(ws));
      expect(sheetFacts(other)).toEqual(sheetFacts(ws));
    }
    expect(withCharts.definedNames.model).toEqual(without.definedNames.model);
  });

  it('is a real comparison: the features are there', async () => {
    const ws = (await loadWorkbook(charted)).getWorksheet('Findings');
    expect(ws?.getCell('C2').value).toBe('=HYPERLINK("x")');
    expect(ws?.getCell('D2').value).toEqual({
      text: 'Gap Summary!A5',
      hyperlink: "#'Gap Summary (2)'!$A$5",
    });
    expect(ws?.getCell('D3').note).toBe('请检查');
    expect(ws?.getRow(2).height).toBe(30);
    expect(ws?.getRow(7).height).toBe(45.5);
    expect(ws?.model.merges).toEqual(['A7:C7']);
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(ws?.pageSetup).toMatchObject({
      orientation: 'landscape',
      printTitlesRow: '1:1',
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(ws?.getTables()).toHaveLength(1);
  });

  it('reads back through readXlsx as the same grids as without charts', async () => {
    const [withCharts, without] = await Promise.all([readXlsx(charted), readXlsx(plain)]);
    expect(withCharts).toEqual(without);
    expect(withCharts.map((g) => g.sheet)).toContain('Gap Summary (2)');
  });

  it('keeps user text that looks like a formula as text', async () => {
    const ws = (await loadWorkbook(charted)).getWorksheet('Gap Summary (2)');
    for (const [i, text] of ['=not a formula', '+still text', '-x', '@SUM(A1)'].entries()) {
      const cell = ws?.getCell(2, i + 1);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.value).toBe(text);
    }
    // The sheet excelize rewrote (it holds the charts) has no formula at all.
    const xml = sheetXml(charted, 'Gap Summary (2)');
    expect(xml).toContain('<drawing r:id=');
    expect(xml).not.toMatch(/<f[ >]/);
  });

  it('adds the chart parts and leaves the parts excelize does not need alone', () => {
    const before = zipPartNames(plain);
    const after = zipPartNames(charted);
    expect(after).toEqual(expect.arrayContaining(before));
    const added = after.filter((p) => !before.includes(p));
    expect(added.filter((p) => p.startsWith('xl/charts/')).sort()).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `xl/charts/chart${n}.xml`),
    );
    expect(added.filter((p) => p.startsWith('xl/drawings/')).sort()).toEqual([
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/_rels/drawing2.xml.rels',
      'xl/drawings/_rels/drawing3.xml.rels',
      'xl/drawings/drawing1.xml',
      'xl/drawings/drawing2.xml',
      'xl/drawings/drawing3.xml',
    ]);
    expect(added.every((p) => /^xl\/(charts|drawings|worksheets\/_rels)\//.test(p))).toBe(true);
    // Excelize rewrites the package's index parts, styles and theme, and the charted sheets
    // (the comparisons through exceljs and readXlsx above show they mean the same).
    const rewritten =
      /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|theme\/theme1\.xml|worksheets\/.*))$/;
    const untouched = before.filter((p) => !rewritten.test(p));
    expect(untouched).toEqual(
      expect.arrayContaining(['xl/sharedStrings.xml', 'xl/tables/table2.xml', 'xl/comments3.xml']),
    );
    for (const part of untouched) expect(zipPartText(charted, part)).toBe(zipPartText(plain, part));
    // The sheets without a chart are copied byte for byte.
    for (const name of ['Roles', 'Gap Summary'])
      expect(sheetXml(charted, name)).toBe(sheetXml(plain, name));
  });

  it('writes a clustered column chart over the renamed sheet, with its title, labels and colour', () => {
    const xml = chartXml(charted, 2);
    expect(xml).toMatch(/<barChart><barDir val="col"\/?>(<\/barDir>)?<grouping val="clustered"/);
    expect(xml).toContain('<a:t>管理幅度分布</a:t>');
    expect(xml).toContain("<cat><strRef><f>'Gap Summary (2)'!$A$5:$A$10</f>");
    expect(xml).toContain("<val><numRef><f>'Gap Summary (2)'!$B$5:$B$10</f>");
    expect(xml).toContain('<tx><v>Managers</v></tx>');
    expect(xml).toContain('<a:srgbClr val="1F4E79">');
    expect(xml).toMatch(/<showVal val="1"/);
    expect(xml).toContain('<a:t>Direct reports</a:t>');
    expect(xml).toContain('<a:t>Managers</a:t>');
    expect(xml).not.toContain('<legend>');
  });

  it('writes a horizontal bar chart with two named series and a legend', () => {
    const xml = chartXml(charted, 3);
    expect(xml).toMatch(/<barChart><barDir val="bar"/);
    expect(xml).toMatch(/<showVal val="0"/);
    // The name is text, escaped once: not a formula, not a reference.
    expect(zipPartText(charted, 'xl/charts/chart3.xml')).toMatch(
      /<tx><v>Expectation &lt;&amp;&gt; (&#34;|&quot;|")q(&#34;|&quot;|")<\/v><\/tx>/,
    );
    expect(xml).toContain("<f>'Gap Summary (2)'!$C$5:$C$10</f>");
    expect(xml).toContain('<legend>');
    // Category labels at the low end, clear of bars below zero; the column chart's are not.
    expect(xml).toMatch(/<catAx>(?:(?!<\/catAx>).)*<tickLblPos val="low"><\/tickLblPos>/s);
    expect(chartXml(charted, 2)).not.toContain('<tickLblPos val="low">');
  });

  it('writes a radar chart whose series colours are line colours', () => {
    const xml = chartXml(charted, 4);
    expect(xml).toContain('<radarChart>');
    expect(xml).toContain('<tx><v>Expectation</v></tx>');
    expect(xml).toContain('<tx><v>Perception</v></tx>');
    expect(xml).toContain(
      '<spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="2E75B6"></a:srgbClr></a:solidFill><a:round/></a:ln></spPr>',
    );
    expect(xml).toContain("<f>'Gap Summary (2)'!$D$5:$D$10</f>");
    // The value axis spans the survey's scale, not Excel's automatic 0 to 8.
    expect(xml).toContain(
      '<valAx><axId val="100000001"></axId><scaling><orientation val="minMax"></orientation><max val="7"></max><min val="1"></min></scaling>',
    );
  });

  it('writes a line and a pie chart', () => {
    expect(chartXml(charted, 5)).toContain('<lineChart>');
    const pie = chartXml(charted, 6);
    expect(pie).toContain('<pieChart>');
    expect(pie).toMatch(/<varyColors val="1"/);
    expect(pie).not.toContain('000000');
  });

  it('points a chart on another sheet at the final name of its data sheet', () => {
    const xml = chartXml(charted, 7);
    expect(xml).toContain("<f>'Gap Summary (2)'!$A$5:$A$10</f>");
    expect(xml).toContain('<a:t>Elsewhere</a:t>');
    expect(sheetXml(charted, '仪表板')).toContain('<drawing r:id=');
  });

  it('sizes and anchors the charts', () => {
    const drawing = xmlPart(charted, 'xl/drawings/drawing2.xml').replace(/<(\/?)xdr:/g, '<$1');
    const anchors = [...drawing.matchAll(/<from><col>(\d+)<\/col>[\s\S]*?<row>(\d+)<\/row>/g)].map(
      (m) => `${m[1] ?? ''},${m[2] ?? ''}`,
    );
    // E2, E20, M2, M20, E40 (zero-based column and row).
    expect(anchors).toEqual(['4,1', '4,19', '12,1', '12,19', '4,39']);
    expect(drawing).toContain('descr="管理幅度分布"');
  });
});

describe('addPlanCharts', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbookCopy(null, [withoutCharts([gapSummary])[0] ?? gapSummary]);
  });
  const on = (chart: Partial<PlanChart>) => [
    { sheet: 'Gap Summary', chart: { ...column, ...chart } },
  ];

  it('returns the bytes unchanged when there is no chart', async () => {
    expect(await addPlanCharts(bytes, [], addChartsWithExcelize)).toBe(bytes);
  });

  it.each([
    ['an invalid range', { categories: 'A5:A' }, /invalid range "A5:A"/],
    ['an invalid anchor', { anchor: 'nowhere' }, /invalid anchor "nowhere"/],
    ['an unknown data sheet', { sheet: 'Nope' }, /data sheet "Nope" is not in the workbook/],
    ['no series', { series: [] }, /no series/],
    ['a zero size', { width: 0 }, /not a size in pixels/],
    ['a bad colour', { series: [{ name: 'x', values: 'B5:B10', color: 'red' }] }, /"red"/],
    ['a column past XFD (excelize refuses it)', { anchor: 'ZZZ1' }, /excelize refused it: .+/],
  ])('throws on %s', async (_, chart, message) => {
    await expect(addPlanCharts(bytes, on(chart), addChartsWithExcelize)).rejects.toThrow(message);
  });

  it('throws on an unknown sheet and on bytes that are not a workbook', async () => {
    await expect(
      addPlanCharts(bytes, [{ sheet: 'Nope', chart: column }], addChartsWithExcelize),
    ).rejects.toThrow(/Chart "管理幅度分布" on sheet "Nope": the workbook has no such sheet/);
    await expect(
      addPlanCharts(Buffer.from('garbage'), on({}), addChartsWithExcelize),
    ).rejects.toThrow(/^excelize could not open the workbook: .+/);
  });
});

describe('sheetRange', () => {
  it.each([
    ['Findings', 'A5:A10', "'Findings'!$A$5:$A$10"],
    ['Gap Summary', 'b5', "'Gap Summary'!$B$5:$B$5"],
    ['管理幅度', 'C10:A2', "'管理幅度'!$A$2:$C$10"],
    ["O'Brien's", 'A1:B2', "'O''Brien''s'!$A$1:$B$2"],
  ])('%s %s → %s', (sheet, range, expected) => {
    expect(sheetRange(sheet, range)).toBe(expected);
  });
});
