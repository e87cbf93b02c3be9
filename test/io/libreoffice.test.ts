/**
 * End to end through a real spreadsheet application: a workbook written by writeWorkbookCopy
 * (exceljs, then native charts by excelize) is converted to PDF by LibreOffice, its text is
 * checked with pdftotext, and its pages are drawn into test/output/ for people to look at.
 *
 * Needs `libreoffice`, `pdftotext`, `pdftoppm` and a Chinese font. Without them the test
 * fails (never skips), naming the Debian packages to install; .ci/run installs them.
 */
import type { SheetPlan } from '../../src/core/render/sheetPlan';
import { writeWorkbookCopy } from '../../src/io/xlsx/writeWorkbookCopy';
import { main } from '../../src/cli/main';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderWithLibreOffice, requireOfficeTools } from './libreOfficeRender';

const requireTools = () => requireOfficeTools('libreoffice-calc poppler-utils fonts-noto-cjk');

const findings: SheetPlan = {
  name: 'Findings',
  styles: { head: { bold: true, fill: '#1F4E79', fontColor: '#FFFFFF' } },
  rows: [
    ['Severity', 'Code', 'Message'].map((value) => ({ value, style: 'head' })),
    ['error', 'ROLE_DUPLICATE_ID', '岗位编号重复：R2 出现两次'],
    ['warning', 'SPAN_TOO_WIDE', 'Span of control 14 exceeds 8'],
    ['info', 'TEXT_NOT_FORMULA', '=HYPERLINK("x")'],
  ],
  columnWidths: [10, 22, 50],
  freeze: { rows: 1, cols: 0 },
  print: { orientation: 'landscape', fitToWidth: true },
};

const gapSummary: SheetPlan = {
  name: 'Gap Summary',
  rows: [
    ['Span band', 'Managers', 'Dimension', 'Expectation', 'Perception'],
    ['1–3', 4, '可靠性', 6.2, 5.1],
    ['4–6', 7, '响应性', 5.9, 5.6],
    ['7–9', 3, '保证性', 6.0, 4.8],
    ['10+', 1, '移情性', 5.4, 5.2],
    [null, null, 'Tangibles', 5.1, 5.5],
  ],
  columnWidths: [12, 10, 12, 12, 12],
  print: { orientation: 'landscape', fitToWidth: true },
  charts: [
    {
      type: 'column',
      title: '管理幅度分布',
      categories: 'A2:A5',
      series: [{ name: 'Managers', values: 'B2:B5', color: '#2E75B6' }],
      anchor: 'A8',
      width: 420,
      height: 260,
      xAxisTitle: 'Direct reports',
      yAxisTitle: '经理人数',
      dataLabels: true,
    },
    {
      type: 'bar',
      title: 'Span bands (bar)',
      categories: 'A2:A5',
      series: [{ name: 'Managers', values: 'B2:B5', color: '#C55A11' }],
      anchor: 'H8',
      width: 380,
      height: 260,
    },
    {
      type: 'radar',
      title: 'Service quality 服务质量',
      categories: 'C2:C6',
      series: [
        { name: 'Expectation 期望', values: 'D2:D6', color: '#2E75B6' },
        { name: 'Perception 感知', values: 'E2:E6', color: '#C00000' },
      ],
      anchor: 'A23',
      width: 420,
      height: 320,
    },
  ],
};

describe('a written workbook in LibreOffice', () => {
  let text: string;
  let pages: readonly string[];

  beforeAll(async () => {
    requireTools();
    ({ text, pages } = renderWithLibreOffice(
      'libreoffice',
      'xlsx',
      await writeWorkbookCopy(null, [findings, gapSummary]),
    ));
  }, 180_000);

  it('prints the cells, English and Chinese, user text that looks like a formula as text', () => {
    for (const expected of [
      'ROLE_DUPLICATE_ID',
      '岗位编号重复：R2 出现两次',
      'Span of control 14 exceeds 8',
      '=HYPERLINK("x")',
      '可靠性',
      'Tangibles',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('draws the charts with their titles, axis titles and literal series names', () => {
    for (const expected of [
      '管理幅度分布',
      'Span bands (bar)',
      'Service quality 服务质量',
      'Direct reports',
      '经理人数',
      'Expectation 期望',
      'Perception 感知',
    ]) {
      expect(text).toContain(expected);
    }
    // A series name written as a reference would show as the column it points at.
    expect(text).not.toMatch(/Column [A-Z]\b/);
  });

  it('leaves the pages as images in test/output', () => {
    expect(pages.length).toBeGreaterThan(0);
  });
});

describe('the CLI’s result workbook for the Chinese example in LibreOffice', () => {
  let text = '';

  beforeAll(async () => {
    requireTools();
    const work = mkdtempSync(path.join(tmpdir(), 'service-org-lo-cli-'));
    try {
      const out = path.join(work, 'result.xlsx');
      const example = path.resolve(__dirname, '../../examples/service-org-example.zh-CN.xlsx');
      const silent = { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;
      const code = await main(['audit', example, '--lang', 'zh-CN', '--out', out], {
        stdout: silent,
        stderr: silent,
        env: {},
      });
      expect(code).toBe(1);
      ({ text } = renderWithLibreOffice('cli-result-zh', 'xlsx', readFileSync(out)));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);

  it('opens, and prints the findings, every Gap Summary section, the job descriptions and the org chart sheet', () => {
    for (const expected of [
      '检查结果',
      'CLASS_CODE_INVALID',
      '差距汇总',
      '一、职责空白与重叠',
      '二、工作负荷',
      '三、管理幅度',
      '四、管理层次',
      'VIP热线客服专员',
      '138%',
      'CS-QT',
      '主要职责',
      '协作关系',
      '任职资格',
      '工作分析日期',
      // The Org Chart sheet: its heading and note (the chart itself is a picture).
      '组织结构图',
      '共 16 个岗位，1 棵组织树。',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
