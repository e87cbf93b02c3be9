/**
 * The browser preview's workbook, run in Node with Node's file host (resvg, excelize in a
 * worker thread): the same code the page runs, on real .xlsx bytes.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { nodeFileHost } from '../../src/io/xlsx/nodeFileHost';
import { readXlsx } from '../../src/io/xlsx/readXlsx';
import {
  openExampleWorkbook,
  openPreviewWorkbook,
  PREVIEW_STORE_SHEET,
  type OpenOptions,
} from '../../src/preview/openPreviewWorkbook';
import { cellDisplayText } from '../../src/preview/cellDisplayText';
import type { PreviewWorkbook } from '../../src/preview/previewWorkbook';

jest.setTimeout(120_000);

const INPUTS = ['Roles', 'Responsibilities', 'Policy', 'Survey'];
const OUTPUTS = ['Findings', 'Gap Summary', 'Job Descriptions', 'Org Chart'];
const ALL = ['findings', 'gapSummary', 'jobDescriptions', 'orgChart'] as const;

function options(selected: [string, string][] = []): OpenOptions {
  return {
    host: nodeFileHost,
    today: () => '2026-11-23',
    onSelectCell: (sheet, a1) => selected.push([sheet, a1]),
  };
}

/** Every sheet's cells as text, by sheet name. */
async function cellsOf(book: PreviewWorkbook, sheets: readonly string[]) {
  const out: Record<string, readonly (readonly string[])[]> = {};
  for (const s of sheets) out[s] = (await book.sheetView(s)).rows;
  return out;
}

describe('the preview workbook', () => {
  let example: PreviewWorkbook;
  beforeAll(async () => {
    example = await openExampleWorkbook('en', options());
  });

  it('opens the example with its four input sheets and audits it as the CLI does', async () => {
    expect(example.fileName).toBe('example.xlsx');
    expect(await example.sheetNames()).toEqual(INPUTS);
    const snap = await example.snapshot({ lang: 'en' });
    expect(snap.audit.organisation.roles).toHaveLength(16);
    expect(snap.inputs.map((i) => [i.kind, i.sheet, i.rows])).toEqual([
      ['Roles', 'Roles', 16],
      ['Responsibilities', 'Responsibilities', 37],
      ['Policy', 'Policy', 25],
    ]);
    expect(snap.audit.diagnostics).toHaveLength(21);
    expect(snap.outputs).toEqual([]);
  });

  it('generates the four outputs beside the inputs, never touching them, and regenerates in place', async () => {
    const before = await cellsOf(example, INPUTS);
    const stages: string[] = [];
    const report = await example.generate(ALL, {
      lang: 'en',
      onProgress: (p) => stages.push(`${p.step}/${p.steps} ${p.stage}`),
    });
    expect(report.written.map((w) => w.sheet)).toEqual(OUTPUTS);
    expect(stages).toEqual([
      '1/7 read',
      '2/7 analyse',
      '3/7 findings',
      '4/7 gapSummary',
      '5/7 jobDescriptions',
      '6/7 orgChart',
      '7/7 write',
    ]);
    expect(await example.sheetNames()).toEqual([...INPUTS, ...OUTPUTS]);
    expect(await cellsOf(example, INPUTS)).toEqual(before);
    const snap = await example.snapshot({ lang: 'en' });
    expect(snap.outputs.map((o) => [o.sheet, o.current])).toEqual(OUTPUTS.map((s) => [s, true]));
    // The outputs are not read as inputs.
    expect(snap.audit.diagnostics).toHaveLength(21);

    await example.generate(['findings'], { lang: 'en' });
    expect(await example.sheetNames()).toEqual([
      ...INPUTS,
      'Gap Summary',
      'Job Descriptions',
      'Org Chart',
      'Findings',
    ]);
  });

  it('downloads a workbook that remembers its outputs, mapping and settings', async () => {
    await example.saveSettings({ lang: 'zh-CN', policy: { MaxSpan: 12 } });
    const mapping = { roles: [{ sheet: 'Roles', headerRow: 1 }] };
    await example.saveMapping(mapping);
    const bytes = await example.download();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet(PREVIEW_STORE_SHEET)?.state).toBe('veryHidden');
    expect(workbook.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual([
      ...INPUTS,
      'Gap Summary',
      'Job Descriptions',
      'Org Chart',
      'Findings',
    ]);

    const again = await openPreviewWorkbook(bytes, 'mine.xlsx', options());
    expect(await again.loadSettings()).toEqual({ lang: 'zh-CN', policy: { MaxSpan: 12 } });
    const snap = await again.snapshot({ lang: 'en' });
    expect(snap.mapping).toEqual(mapping);
    // MaxSpan and the mapping changed since the outputs were written: out of date.
    expect(snap.outputs.map((o) => [o.kind, o.current])).toEqual([
      ['gapSummary', false],
      ['jobDescriptions', false],
      ['orgChart', false],
      ['findings', false],
    ]);
    await again.generate(ALL, { lang: 'en' });
    expect((await again.snapshot({ lang: 'en' })).outputs.every((o) => o.current)).toBe(true);
    expect(await again.sheetNames()).toEqual([...INPUTS, ...OUTPUTS]);
  });

  it('never replaces a sheet of the user’s that has an output’s name', async () => {
    const workbook = new ExcelJS.Workbook();
    const base = await openExampleWorkbook('en', options());
    await workbook.xlsx.load(Buffer.from(await base.download()) as unknown as ExcelJS.Buffer);
    workbook.addWorksheet('Findings').getCell('A1').value = 'my own notes';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const book = await openPreviewWorkbook(bytes, 'notes.xlsx', options());
    const report = await book.generate(['findings'], { lang: 'en' });
    expect(report.written).toEqual([{ kind: 'findings', sheet: 'Findings (2)' }]);
    expect((await book.sheetView('Findings')).rows).toEqual([['my own notes']]);
    await book.generate(['findings'], { lang: 'en' });
    expect(await book.sheetNames()).toEqual([...INPUTS, 'Findings', 'Findings (2)']);
  });

  it('leaves the workbook as it was when cancelled', async () => {
    const book = await openExampleWorkbook('zh-CN', options());
    const names = await book.sheetNames();
    expect(names).toEqual(['岗位', '职责', '规则', '问卷']);
    const controller = new AbortController();
    const run = book.generate(ALL, {
      lang: 'zh-CN',
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'gapSummary') controller.abort();
      },
    });
    await expect(run).rejects.toThrow('Cancelled: nothing was changed.');
    expect(await book.sheetNames()).toEqual(names);
    expect((await book.snapshot({ lang: 'zh-CN' })).outputs).toEqual([]);
  });

  it('selects cells on sheets it has, and says when a sheet is gone', async () => {
    const selected: [string, string][] = [];
    const book = await openExampleWorkbook('en', options(selected));
    await book.selectCell('Roles', 'B7');
    expect(selected).toEqual([['Roles', 'B7']]);
    await expect(book.selectCell('Gone', 'A1')).rejects.toThrow(
      'The sheet "Gone" is no longer in this workbook.',
    );
  });

  it('adds the template beside the user’s sheets under free names', async () => {
    const book = await openExampleWorkbook('en', options());
    const added = await book.createTemplate('en');
    expect(added.sheets).toEqual(['Roles (2)', 'Responsibilities (2)', 'Policy (2)', 'Survey (2)']);
    const grids = await readXlsx(await book.download());
    const roles = (sheet: string) => grids.find((g) => g.sheet === sheet && !g.table)?.values;
    // The example's sheet keeps its rows; the template's is blank below its headers.
    expect(roles('Roles')).toHaveLength(17);
    expect(roles('Roles (2)')?.[0]).toEqual(roles('Roles')?.[0]);
    expect((await book.snapshot({ lang: 'en' })).audit.organisation.roles).toHaveLength(16);
  });

  it('shows a sheet’s first rows to the mapping dialog, as text', async () => {
    const headers = await example.sheetHeaders();
    expect(headers.map((h) => h.sheet)).toContain('Roles');
    expect(headers.find((h) => h.sheet === 'Roles')?.rows[0]?.slice(0, 3)).toEqual([
      'RoleId',
      'Title',
      'Department',
    ]);
  });

  it('hands back the org chart as SVG and every job description in one .docx', async () => {
    const svg = await example.chartSvg('en');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Customer Service Manager');
    const docx = await example.jobDescriptionsDocx('en');
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
    const snap = await example.snapshot({ lang: 'en' });
    // One section per role, each restarting its page numbers.
    expect(xml?.match(/<w:sectPr/g)).toHaveLength(snap.audit.jobDescriptions.length);
    expect(xml?.match(/<w:pgNumType w:start="1"/g)).toHaveLength(16);
    expect(xml).toContain('Customer Service Manager');
  });

  it('hands back the survey’s charts in the language asked, or null without a survey', async () => {
    const en = await example.serviceQualitySvgs('en');
    const quality = (await example.snapshot({ lang: 'en' })).audit.serviceQuality;
    expect(quality).toBeDefined();
    expect(en?.radar).toContain('<title>Expectation and perception by dimension</title>');
    for (const d of ['Reliability', 'Responsiveness', 'Assurance', 'Empathy', 'Tangibles']) {
      expect(en?.radar).toContain(`>${d}</text>`);
      expect(en?.gaps).toContain(`>${d}</text>`);
    }
    expect(en?.gaps).toContain('>−1.43<');
    const zh = await example.serviceQualitySvgs('zh-CN');
    expect(zh?.gaps).toContain('<title>各维度差距（感知 − 期望）</title>');
    expect(zh?.radar).toContain('>可靠性</text>');

    const noSurvey = new ExcelJS.Workbook();
    noSurvey.addWorksheet('Roles').addRows([
      ['RoleId', 'Title', 'ReportsTo'],
      ['A', 'Head', null],
    ]);
    const bytes = new Uint8Array(await noSurvey.xlsx.writeBuffer());
    const plain = await openPreviewWorkbook(bytes, 'plain.xlsx', options());
    expect(await plain.serviceQualitySvgs('en')).toBeNull();

    // A survey alone, with no roles: still charted.
    const surveyOnly = new ExcelJS.Workbook();
    surveyOnly.addWorksheet('Survey').addRows([
      ['RespondentId', 'Dimension', 'Item', 'Expectation', 'Perception'],
      ['R1', 'Reliability', 'REL1', 7, 5],
      ['R1', 'Empathy', 'EMP1', 6, 6],
      ['R1', 'Tangibles', 'TAN1', 5, 6],
    ]);
    const alone = await openPreviewWorkbook(
      new Uint8Array(await surveyOnly.xlsx.writeBuffer()),
      'survey.xlsx',
      options(),
    );
    expect((await alone.serviceQualitySvgs('en'))?.gaps).toContain('>−2.00<');
  });

  it('refuses what is not a workbook', async () => {
    await expect(
      openPreviewWorkbook(new TextEncoder().encode('RoleId,Title'), 'roles.csv', options()),
    ).rejects.toThrow(/^Not a readable \.xlsx file/);
  });
});

describe('cellDisplayText', () => {
  it.each([
    [null, ''],
    ['=HYPERLINK("x")', '=HYPERLINK("x")'],
    [42, '42'],
    [35 / 37, '0.9459459459'],
    [0.1 + 0.2, '0.3'],
    [-1234567.891, '-1234567.891'],
    [true, 'TRUE'],
    [new Date(Date.UTC(2026, 10, 23)), '2026-11-23'],
    [new Date(Date.UTC(2026, 10, 23, 9, 30)), '2026-11-23 09:30:00'],
    [{ error: '#N/A' }, '#N/A'],
  ])('%p → %p', (value, text) => {
    expect(cellDisplayText(value)).toBe(text);
  });
});
