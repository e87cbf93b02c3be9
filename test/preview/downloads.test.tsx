/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import { FakeOpener } from './fakePreviewWorkbook';
import { renderOpenPreview } from './renderPreview';

/** What the page handed to the browser's downloads: the link's file name and its Blob. */
interface Saved {
  readonly fileName: string;
  readonly blob: Blob;
}

/**
 * Catch downloads where the page makes them: each object URL's Blob, and each link clicked
 * (jsdom has no URL.createObjectURL and does not navigate).
 */
function catchDownloads(): Saved[] {
  const blobs = new Map<string, Blob>();
  const saved: Saved[] = [];
  URL.createObjectURL = jest.fn((blob: Blob) => {
    const url = `blob:preview/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ fileName: this.download, blob });
  });
  return saved;
}

/** A Blob's bytes (jsdom's Blob has no arrayBuffer()). */
function bytesOf(blob: Blob): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Array.from(new Uint8Array(reader.result as ArrayBuffer)));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

const toolbar = (name = 'Workbook') => screen.getByRole('toolbar', { name });

/** The org chart's downloads are items of a menu (the bar stays one line at 1280 px). */
const MENU_OF: Readonly<Record<string, readonly [string, string]>> = {
  'Org chart (SVG)': ['Workbook', 'Org chart'],
  'Org chart (PNG)': ['Workbook', 'Org chart'],
  '组织结构图 (SVG)': ['工作簿', '组织结构图'],
};

/** Click a download's button, or open its menu and click its item. */
async function choose(user: { click: (e: Element) => Promise<void> }, name: string) {
  const menu = MENU_OF[name];
  if (!menu) {
    const bar = toolbar(name.includes('下载') || name.includes('岗位') ? '工作簿' : 'Workbook');
    return user.click(within(bar).getByRole('button', { name }));
  }
  await user.click(within(toolbar(menu[0])).getByRole('button', { name: menu[1] }));
  await user.click(await screen.findByRole('menuitem', { name }));
}

afterEach(() => jest.restoreAllMocks());

describe('downloads', () => {
  it.each([
    [
      'Download workbook (.xlsx)',
      'download',
      [],
      'Org (Service Org Designer).xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['Org chart (SVG)', 'chartSvg', ['en'], 'Org (org chart).svg', 'image/svg+xml'],
    ['Org chart (PNG)', 'chartSvg', ['en'], 'Org (org chart).png', 'image/png'],
    [
      'Job descriptions (.docx)',
      'jobDescriptionsDocx',
      ['en'],
      'Org (job descriptions).docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  ] as const)('%s calls %s(%j) and saves %s', async (button, method, args, fileName, type) => {
    const saved = catchDownloads();
    const png = [0x89, 0x50, 0x4e, 0x47];
    const rasterize = jest.fn(async () => new Uint8Array(png));
    const opener = new FakeOpener();
    opener.exampleFileName = 'Org.xlsx';
    const { user } = await renderOpenPreview('en', { rasterize }, opener);

    await choose(user, button);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(opener.workbook.previewCallsOf(method)).toEqual([args]);
    const [file] = saved as [Saved];
    expect(file.fileName).toBe(fileName);
    expect(file.blob.type).toBe(type);
    if (method === 'download')
      expect(await bytesOf(file.blob)).toEqual(Array.from(opener.workbook.workbookBytes));
    if (button === 'Org chart (PNG)') {
      expect(rasterize).toHaveBeenCalledWith(opener.workbook.svg);
      expect(await bytesOf(file.blob)).toEqual(png);
    } else expect(rasterize).not.toHaveBeenCalled();
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('writes the outputs in the language the pane saved in the workbook', async () => {
    const saved = catchDownloads();
    const opener = new FakeOpener();
    opener.prepare = (workbook) => {
      workbook.settings = { lang: 'zh-CN', policy: {} };
    };
    const { user } = await renderOpenPreview('en', {}, opener);
    await user.click(within(toolbar()).getByRole('button', { name: 'Job descriptions (.docx)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(opener.workbook.previewCallsOf('jobDescriptionsDocx')).toEqual([['zh-CN']]);
  });

  it('names the files in Chinese on a Chinese page', async () => {
    const saved = catchDownloads();
    const { user, opener } = await renderOpenPreview('zh-CN');
    await choose(user, '组织结构图 (SVG)');
    await choose(user, '岗位说明书 (.docx)');
    await choose(user, '下载工作簿 (.xlsx)');
    await waitFor(() => expect(saved).toHaveLength(3));
    expect(saved.map((s) => s.fileName)).toEqual([
      'example (组织结构图).svg',
      'example (岗位说明书).docx',
      'example (Service Org Designer).xlsx',
    ]);
    expect(opener.workbook.previewCallsOf('chartSvg')).toEqual([['zh-CN']]);
  });

  it('shows a spinner on the button while it works', async () => {
    const saved = catchDownloads();
    const { user, opener } = await renderOpenPreview();
    let finish: (bytes: Uint8Array) => void = () => undefined;
    opener.workbook.download = () =>
      new Promise<Uint8Array>((resolve) => {
        finish = resolve;
      });
    const button = within(toolbar()).getByRole('button', { name: 'Download workbook (.xlsx)' });
    await user.click(button);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(within(button).getByRole('progressbar')).toBeTruthy();
    await act(async () => finish(new Uint8Array([1])));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(button.getAttribute('aria-busy')).toBeNull();
    expect(within(button).queryByRole('progressbar')).toBeNull();
  });

  it.each([
    ['Download workbook (.xlsx)', 'download', 'Could not download the workbook'],
    ['Org chart (SVG)', 'chartSvg', 'Could not make the org chart (SVG)'],
    ['Org chart (PNG)', 'chartSvg', 'Could not make the org chart (PNG)'],
    ['Job descriptions (.docx)', 'jobDescriptionsDocx', 'Could not make the job descriptions'],
  ] as const)('%s: a failure is shown in a MessageBar', async (button, method, title) => {
    const saved = catchDownloads();
    const { user, opener } = await renderOpenPreview();
    opener.workbook.previewFailures[method] = new Error('The workbook is too large to write.');
    await choose(user, button);
    const notice = await screen.findByRole('group', { name: title });
    expect(notice.textContent).toContain('The workbook is too large to write.');
    expect(saved).toEqual([]);
  });

  it('shows a PNG that cannot be drawn as a MessageBar', async () => {
    catchDownloads();
    const rasterize = jest.fn(async () => {
      throw new Error('The browser could not encode the PNG.');
    });
    const { user } = await renderOpenPreview('en', { rasterize });
    await choose(user, 'Org chart (PNG)');
    const notice = await screen.findByRole('group', { name: 'Could not make the org chart (PNG)' });
    expect(notice.textContent).toContain('The browser could not encode the PNG.');
  });
});

describe('survey charts', () => {
  /** The "Survey charts" menu button, once the pane's snapshot has found the survey. */
  const surveyMenu = (name = 'Survey charts') =>
    within(toolbar(name === 'Survey charts' ? 'Workbook' : '工作簿')).findByRole('button', {
      name,
    });

  it.each([
    [
      'Expectation and perception radar (SVG)',
      'Org (service quality radar).svg',
      'image/svg+xml',
      'radar',
      false,
    ],
    [
      'Expectation and perception radar (PNG)',
      'Org (service quality radar).png',
      'image/png',
      'radar',
      true,
    ],
    [
      'Gap bars by dimension (SVG)',
      'Org (service quality gaps).svg',
      'image/svg+xml',
      'gaps',
      false,
    ],
    ['Gap bars by dimension (PNG)', 'Org (service quality gaps).png', 'image/png', 'gaps', true],
  ] as const)('%s saves %s', async (item, fileName, type, chart, png) => {
    const saved = catchDownloads();
    const bytes = [0x89, 0x50, 0x4e, 0x47];
    const rasterize = jest.fn(async () => new Uint8Array(bytes));
    const opener = new FakeOpener();
    opener.exampleFileName = 'Org.xlsx';
    const { user } = await renderOpenPreview('en', { rasterize }, opener);

    const menu = await surveyMenu();
    expect(menu.getAttribute('aria-haspopup')).toBe('menu');
    await user.click(menu);
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Expectation and perception radar (SVG)',
      'Expectation and perception radar (PNG)',
      'Gap bars by dimension (SVG)',
      'Gap bars by dimension (PNG)',
    ]);
    await user.click(screen.getByRole('menuitem', { name: item }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(opener.workbook.previewCallsOf('serviceQualitySvgs')).toEqual([['en']]);
    const [file] = saved as [Saved];
    expect(file.fileName).toBe(fileName);
    expect(file.blob.type).toBe(type);
    const svg = opener.workbook.surveyCharts?.[chart] ?? '';
    if (png) {
      expect(rasterize).toHaveBeenCalledWith(svg);
      expect(await bytesOf(file.blob)).toEqual(bytes);
    } else {
      expect(rasterize).not.toHaveBeenCalled();
      expect(await bytesOf(file.blob)).toEqual(Array.from(Buffer.from(svg, 'utf8')));
    }
  });

  it('is not offered when the workbook has no survey', async () => {
    const opener = new FakeOpener();
    opener.prepare = (workbook) => {
      const withSurvey = workbook.snapshotFor;
      workbook.snapshotFor = (lang) => {
        const snapshot = withSurvey(lang);
        const { serviceQuality, ...audit } = snapshot.audit;
        void serviceQuality;
        return { ...snapshot, audit };
      };
      workbook.surveyCharts = null;
    };
    await renderOpenPreview('en', {}, opener);
    await waitFor(() => expect(opener.workbook.callsOf('snapshot').length).toBeGreaterThan(0));
    expect(
      within(toolbar())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).not.toContain('Survey charts');
    expect(within(toolbar()).queryByRole('button', { name: 'Survey charts' })).toBeNull();
  });

  it('is in Chinese on a Chinese page, in the language the pane writes in', async () => {
    const saved = catchDownloads();
    const { user, opener } = await renderOpenPreview('zh-CN');
    await user.click(await surveyMenu('问卷图表'));
    await user.click(await screen.findByRole('menuitem', { name: '各维度差距条形图 (SVG)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.fileName).toBe('example (服务质量差距图).svg');
    expect(opener.workbook.previewCallsOf('serviceQualitySvgs')).toEqual([['zh-CN']]);
  });

  it('shows a failure, or a survey gone since, as a MessageBar', async () => {
    const saved = catchDownloads();
    const { user, opener } = await renderOpenPreview();
    opener.workbook.previewFailures.serviceQualitySvgs = new Error('The survey could not be read.');
    await user.click(await surveyMenu());
    await user.click(
      await screen.findByRole('menuitem', { name: 'Expectation and perception radar (PNG)' }),
    );
    const notice = await screen.findByRole('group', {
      name: 'Could not make the survey radar chart (PNG)',
    });
    expect(notice.textContent).toContain('The survey could not be read.');

    delete opener.workbook.previewFailures.serviceQualitySvgs;
    opener.workbook.surveyCharts = null;
    await user.click(await surveyMenu());
    await user.click(await screen.findByRole('menuitem', { name: 'Gap bars by dimension (SVG)' }));
    const gone = await screen.findByRole('group', {
      name: 'Could not make the survey gap chart (SVG)',
    });
    expect(gone.textContent).toContain('This workbook has no survey');
    expect(saved).toEqual([]);
  });
});
