/**
 * The browser preview end to end, in Debian's Chromium (see previewBrowser.ts): the example
 * from start to downloaded files, in English and in Chinese; bad files; a 10,000-role
 * workbook. Every test fails on any page or console error. The downloaded workbook is read
 * back in Node and opened by LibreOffice, as are the job descriptions.
 */
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/core/i18n/lang';
import { gridPlan } from '../../src/cli/gridPlan';
import { syntheticOrg } from '../../src/core/testing/syntheticOrg';
import { readXlsx } from '../../src/io/xlsx/readXlsx';
import { writeWorkbookCopy } from '../../src/io/xlsx/writeWorkbookCopy';
import { GENERATE_STRINGS } from '../../src/taskpane/generate/generateStrings';
import { HOME_STRINGS } from '../../src/taskpane/home/homeStrings';
import { ORG_CHART_STRINGS } from '../../src/taskpane/orgchart/orgChartStrings';
import { PANE_STRINGS } from '../../src/taskpane/strings';
import { VALIDATE_STRINGS } from '../../src/taskpane/validate/validateStrings';
import { PREVIEW_STRINGS } from '../../src/preview/ui/previewStrings';
import { renderWithLibreOffice, requireOfficeTools } from '../io/libreOfficeRender';
import {
  download,
  openPage,
  screenshot,
  startSession,
  type PreviewSession,
  type WatchedPage,
} from './previewBrowser';

jest.setTimeout(240_000);

let session: PreviewSession;
let watched: WatchedPage | undefined;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});
afterEach(async () => {
  const errors = watched?.errors ?? [];
  await watched?.page.close();
  watched = undefined;
  expect(errors).toEqual([]);
});

async function open(query: string): Promise<Page> {
  watched = await openPage(session, query);
  return watched.page;
}

/** The pane's tab of a section (the grid has sheet tabs of similar names). */
const paneTab = (page: Page, lang: Lang, tab: keyof (typeof PANE_STRINGS)['en']['tabs']) =>
  page
    .getByRole('tablist', { name: PANE_STRINGS[lang].sectionsLabel })
    .getByRole('tab', { name: PANE_STRINGS[lang].tabs[tab], exact: true });

/** The pane's tab panel of a section. */
const panel = (page: Page, lang: Lang, tab: keyof (typeof PANE_STRINGS)['en']['tabs']) =>
  page.getByRole('tabpanel', { name: PANE_STRINGS[lang].tabs[tab] });

const OUTPUT_SHEETS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Findings', 'Gap Summary', 'Service Quality', 'Job Descriptions', 'Org Chart'],
  'zh-CN': ['检查结果', '差距汇总', '服务质量', '岗位说明书', '组织结构图'],
};
const INPUT_SHEETS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Roles', 'Responsibilities', 'Policy', 'Survey'],
  'zh-CN': ['岗位', '职责', '规则', '问卷'],
};

/** Open the example, see the pane check it, generate every output. */
async function exampleGenerated(page: Page, lang: Lang, shots: boolean): Promise<void> {
  const text = PREVIEW_STRINGS[lang];
  await page.getByRole('button', { name: text.tryExample }).click();
  await page.getByText(HOME_STRINGS[lang].summary(16, 37, 37)).waitFor();
  if (shots) await screenshot(page, `home-${lang}`);

  await paneTab(page, lang, 'validate').click();
  const validate = panel(page, lang, 'validate');
  await validate.getByRole('status').getByText(VALIDATE_STRINGS[lang].total(21, 21)).waitFor();
  if (shots) await screenshot(page, `validate-${lang}`);

  await paneTab(page, lang, 'generate').click();
  await panel(page, lang, 'generate')
    .getByRole('button', { name: GENERATE_STRINGS[lang].generate, exact: true })
    .click();
  await page.getByRole('group', { name: GENERATE_STRINGS[lang].doneTitle }).waitFor();
  for (const sheet of OUTPUT_SHEETS[lang])
    await page
      .getByRole('tablist', { name: text.sheetsLabel })
      .getByRole('tab', { name: sheet, exact: true })
      .waitFor();
  if (shots) await screenshot(page, `generate-${lang}`);
}

describe('the browser preview', () => {
  it('runs the example from start to downloaded files, in English', async () => {
    const page = await open('?lang=en');
    const text = PREVIEW_STRINGS.en;
    await page.getByRole('heading', { name: text.startHeading }).waitFor();
    await screenshot(page, 'start-en');

    await exampleGenerated(page, 'en', true);

    // A finding's cell is shown in the grid.
    await paneTab(page, 'en', 'validate').click();
    await panel(page, 'en', 'validate')
      .getByRole('button', { name: /is not a class code.* Go to Responsibilities!E17\.$/ })
      .click();
    const grid = page.getByRole('grid', { name: text.gridLabel('Responsibilities') });
    const cell = grid.getByRole('gridcell', { selected: true });
    await cell.waitFor();
    expect(await cell.textContent()).toBe('Lead');
    await screenshot(page, 'finding-cell-en');

    // The org chart: search reveals a role; its team folds.
    const chartText = ORG_CHART_STRINGS.en;
    await paneTab(page, 'en', 'orgChart').click();
    const chart = panel(page, 'en', 'orgChart');
    await chart.getByRole('searchbox', { name: chartText.search }).fill('repair');
    await chart.getByRole('button', { name: 'Repair Team Lead (CS-RTL)', exact: true }).click();
    const details = chart.getByRole('region', { name: chartText.detailsLabel });
    await details.getByRole('heading', { name: 'Repair Team Lead' }).waitFor();
    await screenshot(page, 'orgchart-en');
    await details.getByRole('button', { name: chartText.fold }).click();
    await details.getByRole('button', { name: chartText.unfold }).waitFor();
    expect(await chart.locator('g[data-role="CS-RTL"]').getAttribute('aria-label')).toContain(
      'folded below',
    );

    // The workbook, read back: inputs as they were, the four outputs beside them.
    const workbook = await download(page, () =>
      page.getByRole('button', { name: text.downloads.workbook }).click(),
    );
    expect(workbook.name).toBe('example (Service Org Designer).xlsx');
    const grids = await readXlsx(workbook.bytes);
    const sheets = grids.filter((g) => g.table === undefined).map((g) => g.sheet);
    expect(sheets).toEqual([...INPUT_SHEETS.en, ...OUTPUT_SHEETS.en, 'ServiceOrgDesigner.store']);
    const findings = grids.find((g) => g.sheet === 'Findings')?.values.flat() ?? [];
    expect(findings).toContain('CLASS_CODE_INVALID');

    requireOfficeTools('libreoffice-calc libreoffice-writer poppler-utils fonts-noto-cjk');
    const printed = renderWithLibreOffice('preview-result-en', 'xlsx', workbook.bytes).text;
    for (const expected of [
      'CLASS_CODE_INVALID',
      'Gap Summary',
      'Service quality',
      'Reliability',
      'Customer Service Manager',
      'Repair Team Lead',
    ])
      expect(printed).toContain(expected);

    const docx = await download(page, () =>
      page.getByRole('button', { name: text.downloads.jobDescriptions }).click(),
    );
    const jd = renderWithLibreOffice('preview-job-descriptions-en', 'docx', docx.bytes).text;
    for (const title of ['Customer Service Manager', 'Repair Team Lead', 'Field Service Engineer'])
      expect(jd).toContain(title);
    // Each role's pages are numbered from 1, with no count LibreOffice cannot fill in.
    expect(jd).toContain('Page 2');
    expect(jd).not.toMatch(/Page \d+ of\s*$/m);

    const orgChartItem = async (name: string) => {
      await page.getByRole('button', { name: text.orgChartMenu }).click();
      await page.getByRole('menuitem', { name }).click();
    };
    const svg = await download(page, () => orgChartItem(text.downloads.chartSvg));
    expect(svg.bytes.toString('utf8')).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
    const png = await download(page, () => orgChartItem(text.downloads.chartPng));
    expect(png.bytes.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
  });

  it('runs the example in Chinese', async () => {
    const page = await open('?lang=zh-CN');
    await page.getByRole('heading', { name: PREVIEW_STRINGS['zh-CN'].startHeading }).waitFor();
    await screenshot(page, 'start-zh-CN');
    await exampleGenerated(page, 'zh-CN', true);

    // A finding's cell, and the org chart's search and fold, in Chinese.
    await paneTab(page, 'zh-CN', 'validate').click();
    await panel(page, 'zh-CN', 'validate')
      .getByRole('button', { name: /转到 职责!E17。$/ })
      .click();
    const grid = page.getByRole('grid', { name: PREVIEW_STRINGS['zh-CN'].gridLabel('职责') });
    expect(await grid.getByRole('gridcell', { selected: true }).textContent()).toBe('牵头');
    const chartText = ORG_CHART_STRINGS['zh-CN'];
    await paneTab(page, 'zh-CN', 'orgChart').click();
    const chart = panel(page, 'zh-CN', 'orgChart');
    await chart.getByRole('searchbox', { name: chartText.search }).fill('维修');
    await chart
      .getByRole('button', { name: chartText.roleOption('维修组长', 'CS-RTL'), exact: true })
      .click();
    const details = chart.getByRole('region', { name: chartText.detailsLabel });
    await details.getByRole('heading', { name: '维修组长' }).waitFor();
    await details.getByRole('button', { name: chartText.fold }).click();
    await details.getByRole('button', { name: chartText.unfold }).waitFor();
    await screenshot(page, 'orgchart-zh-CN');
    const workbook = await download(page, () =>
      page.getByRole('button', { name: PREVIEW_STRINGS['zh-CN'].downloads.workbook }).click(),
    );
    const grids = await readXlsx(workbook.bytes);
    expect(grids.filter((g) => g.table === undefined).map((g) => g.sheet)).toEqual([
      ...INPUT_SHEETS['zh-CN'],
      ...OUTPUT_SHEETS['zh-CN'],
      'ServiceOrgDesigner.store',
    ]);
    const printed = renderWithLibreOffice('preview-result-zh', 'xlsx', workbook.bytes).text;
    for (const expected of ['差距汇总', '服务质量', '可靠性', '岗位说明书', '客户服务经理'])
      expect(printed).toContain(expected);
  });

  it.each(['en', 'zh-CN'] as const)(
    'downloads the survey charts of the example (%s)',
    async (lang) => {
      const page = await open(`?lang=${lang}`);
      const text = PREVIEW_STRINGS[lang];
      await page.getByRole('button', { name: text.tryExample }).click();
      const bar = page.getByRole('toolbar', { name: text.toolbarLabel });
      const menu = bar.getByRole('button', { name: text.surveyCharts });
      await menu.click();
      await page.getByRole('menuitem', { name: text.downloads.surveyRadarSvg }).waitFor();
      // The menu has faded in.
      await page.waitForFunction(() =>
        document.getAnimations().every((a) => a.playState !== 'running'),
      );
      await screenshot(page, `survey-charts-menu-${lang}`);

      const dimensions =
        lang === 'en'
          ? ['Reliability', 'Responsiveness', 'Assurance', 'Empathy', 'Tangibles']
          : ['可靠性', '响应性', '保证性', '移情性', '有形性'];
      const radar = await download(page, () =>
        page.getByRole('menuitem', { name: text.downloads.surveyRadarSvg }).click(),
      );
      const stem = lang === 'en' ? 'example' : '示例';
      expect(radar.name).toBe(`${stem} (${text.fileNameWords.surveyRadar}).svg`);
      const svg = radar.bytes.toString('utf8');
      expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
      for (const d of dimensions) expect(svg).toContain(`>${d}</text>`);

      await menu.click();
      const gaps = await download(page, () =>
        page.getByRole('menuitem', { name: text.downloads.surveyGapsPng }).click(),
      );
      expect(gaps.name).toBe(`${stem} (${text.fileNameWords.surveyGaps}).png`);
      expect(gaps.bytes.subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
      // Drawn at 2×: the gap chart is 560 px wide.
      expect(gaps.bytes.readUInt32BE(16)).toBe(1120);
    },
  );

  it('says clearly what is wrong with a bad file, and carries on', async () => {
    const page = await open('?lang=en');
    const text = PREVIEW_STRINGS.en;
    const input = page.locator('input[type=file]');
    await input.setInputFiles({
      name: 'broken.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('this is not a zip'),
    });
    const notice = page.getByRole('group', { name: text.failed.open });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Not a readable .xlsx file');
    await input.setInputFiles({
      name: 'roles.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('RoleId'),
    });
    await page.getByText(text.wrongType('roles.txt')).waitFor();

    // A workbook with broken data opens; its problems are findings with cells.
    const bad = await writeWorkbookCopy(null, [
      {
        name: 'Roles',
        rows: [
          ['RoleId', 'Title', 'ReportsTo', 'Headcount'],
          ['A', 'Head', null, 1],
          ['B', 'Lead', 'C', 1],
          ['C', 'Lead 2', 'B', 1],
          ['A', 'Twin', 'A', 'lots'],
        ],
      },
    ]);
    await input.setInputFiles({ name: 'bad.xlsx', mimeType: 'application/zip', buffer: bad });
    await paneTab(page, 'en', 'validate').click();
    const validate = panel(page, 'en', 'validate');
    for (const address of ['Roles!A5', 'Roles!C3'])
      await validate
        .getByRole('button', { name: new RegExp(`Go to ${address}\\.$`) })
        .first()
        .waitFor();
    await screenshot(page, 'bad-workbook-en');
    // It has no survey: no survey charts to offer.
    expect(await page.getByRole('button', { name: text.surveyCharts }).count()).toBe(0);
  });

  it('stays usable on a workbook of 10,000 roles', async () => {
    const grids = syntheticOrg({ roles: 10_000, seed: 7 });
    const bytes = await writeWorkbookCopy(null, grids.map(gridPlan));
    const page = await open('?lang=en');
    await page.locator('input[type=file]').setInputFiles({
      name: 'synthetic-10000.xlsx',
      mimeType: 'application/zip',
      buffer: bytes,
    });
    await paneTab(page, 'en', 'validate').click();
    await panel(page, 'en', 'validate')
      .getByRole('heading', { name: /^Errors \(/ })
      .first()
      .waitFor({ timeout: 120_000 });
    await paneTab(page, 'en', 'orgChart').click();
    const chart = panel(page, 'en', 'orgChart');
    await chart.locator('g[data-role]').first().waitFor({ timeout: 120_000 });
    // Viewport culling: a handful of boxes in the DOM, not 10,000.
    expect(await chart.locator('g[data-role]').count()).toBeLessThan(300);
    // The grid windows its rows too.
    const rows = await page.getByRole('grid').getByRole('row').count();
    expect(rows).toBeLessThan(200);
    await screenshot(page, 'large-workbook-en');
  });
});
