/**
 * The page's pure parts: its language, file names, the grid's arithmetic, the port it hands
 * the pane, and its dictionary (complete in both languages).
 */
import {
  downloadFileName,
  isWorkbookFileName,
  withoutExtension,
} from '../../src/preview/ui/downloadFileName';
import {
  columnWidths,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  ROW_HEIGHT,
  rowHeaderWidth,
  rowWindow,
  scrollToShow,
  textUnits,
} from '../../src/preview/ui/gridGeometry';
import { previewLang, readPreviewEnvironment } from '../../src/preview/ui/previewEnvironment';
import { PREVIEW_STRINGS } from '../../src/preview/ui/previewStrings';
import { watchPort } from '../../src/preview/ui/watchPort';
import type { PortMethod } from '../taskpane/fakeWorkbookPort';
import { FakeWorkbookPort } from '../taskpane/fakeWorkbookPort';
import { exampleSnapshot } from '../taskpane/exampleSnapshot';

describe('previewLang', () => {
  it.each([
    ['', 'en-US', 'en'],
    ['', 'zh-Hans-CN', 'zh-CN'],
    ['', undefined, 'en'],
    ['?lang=zh-CN', 'en-US', 'zh-CN'],
    ['?lang=zh', 'en-US', 'zh-CN'],
    ['?lang=en', 'zh-CN', 'en'],
    ['?lang=fr', 'zh-CN', 'en'],
    ['?lang=', 'zh-CN', 'zh-CN'],
    ['?foo=1&lang=zh-TW', 'en', 'zh-CN'],
  ] as const)('%p with a %p browser → %p', (search, browser, lang) => {
    expect(previewLang(search, browser)).toBe(lang);
  });

  it('reads the URL, the navigator and the colour scheme of a window', () => {
    const win = {
      location: { search: '?lang=zh-CN' } as Location,
      navigator: { language: 'en-GB' } as Navigator,
      matchMedia: (query: string) =>
        ({ matches: query === '(prefers-color-scheme: dark)' }) as MediaQueryList,
    };
    expect(readPreviewEnvironment(win)).toEqual({ lang: 'zh-CN', dark: true });
    expect(readPreviewEnvironment({ ...win, matchMedia: undefined })).toEqual({
      lang: 'zh-CN',
      dark: false,
    });
  });
});

describe('download file names', () => {
  const words = PREVIEW_STRINGS.en.fileNameWords;
  it.each([
    ['workbook', 'Org.xlsx', 'Org (Service Org Designer).xlsx'],
    ['workbook', 'Org v2.1.xlsm', 'Org v2.1 (Service Org Designer).xlsx'],
    ['workbook', 'noext', 'noext (Service Org Designer).xlsx'],
    ['chartSvg', 'Org.xlsx', 'Org (org chart).svg'],
    ['chartPng', 'Org.xlsx', 'Org (org chart).png'],
    ['jobDescriptions', 'Org.xlsx', 'Org (job descriptions).docx'],
    ['surveyRadarSvg', 'Org.xlsx', 'Org (service quality radar).svg'],
    ['surveyRadarPng', 'Org.xlsx', 'Org (service quality radar).png'],
    ['surveyGapsSvg', 'Org.xlsx', 'Org (service quality gaps).svg'],
    ['surveyGapsPng', 'Org.xlsx', 'Org (service quality gaps).png'],
  ] as const)('%s of %p is %p', (kind, name, expected) => {
    expect(downloadFileName(kind, name, words)).toBe(expected);
  });

  it('uses the language’s words', () => {
    expect(
      downloadFileName('jobDescriptions', '岗位.xlsx', PREVIEW_STRINGS['zh-CN'].fileNameWords),
    ).toBe('岗位 (岗位说明书).docx');
  });

  it.each([
    ['a.xlsx', true],
    ['A.XLSM', true],
    ['a.xls', false],
    ['a.csv', false],
    ['xlsx', false],
    ['.xlsx', true],
  ])('%p is a workbook: %p', (name, ok) => {
    expect(isWorkbookFileName(name)).toBe(ok);
  });

  it('keeps a name that starts with its only dot', () => {
    expect(withoutExtension('.hidden')).toBe('.hidden');
  });
});

describe('grid geometry', () => {
  it('windows the rows in view, with overscan, within the sheet', () => {
    expect(rowWindow(0, 600, 10_000, 8)).toEqual({ first: 0, end: 33 });
    expect(rowWindow(5_000 * ROW_HEIGHT, 600, 10_000, 8)).toEqual({ first: 4_992, end: 5_033 });
    expect(rowWindow(10_000 * ROW_HEIGHT, 600, 10_000, 8)).toEqual({ first: 9_992, end: 10_000 });
    expect(rowWindow(0, 600, 3, 8)).toEqual({ first: 0, end: 3 });
    expect(rowWindow(0, 0, 0, 8)).toEqual({ first: 0, end: 0 });
  });

  it('never renders more than a screenful and the overscan, however tall the sheet', () => {
    for (const top of [0, 1, 12_345, 239_976])
      for (const height of [100, 800, 2_000]) {
        const { first, end } = rowWindow(top, height, 1_000_000);
        expect(end - first).toBeLessThanOrEqual(Math.ceil(height / ROW_HEIGHT) + 1 + 16);
      }
  });

  it('scrolls the least to show a span, or centres it', () => {
    // In view below the 24-pixel sticky header: no move.
    expect(scrollToShow(100, 124, 0, 600, 24, 'nearest')).toBe(0);
    // Under the sticky header: up to just below it.
    expect(scrollToShow(100, 124, 90, 600, 24, 'nearest')).toBe(76);
    // Below the viewport: down until its bottom shows.
    expect(scrollToShow(1_000, 1_024, 0, 600, 24, 'nearest')).toBe(424);
    // Centred in the part below the header.
    expect(scrollToShow(1_000, 1_024, 0, 600, 24, 'center')).toBe(700);
    expect(scrollToShow(10, 34, 500, 600, 24, 'center')).toBe(0);
  });

  it('sizes columns by their text, wide characters counting double', () => {
    expect(textUnits('ab')).toBe(2);
    expect(textUnits('岗位')).toBe(4);
    const widths = columnWidths([['', 'x'.repeat(10), 'y'.repeat(500)], ['岗位说明书']], 4);
    expect(widths).toEqual([
      Math.round(16 + 10 * 7.5),
      Math.round(16 + 10 * 7.5),
      MAX_COLUMN_WIDTH,
      MIN_COLUMN_WIDTH,
    ]);
    expect(rowHeaderWidth(9)).toBe(40);
    expect(rowHeaderWidth(100_000)).toBe(64);
  });
});

describe('watchPort', () => {
  it.each(['generate', 'createTemplate', 'insertExample'] as const)(
    'calls back after %s settles, resolved or rejected',
    async (method) => {
      const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
      const changed = jest.fn();
      const watched = watchPort(port, changed);
      const call = () =>
        method === 'generate'
          ? watched.generate(['findings'], { lang: 'en' })
          : watched[method]('en');
      await call();
      expect(changed).toHaveBeenCalledTimes(1);
      port.failures[method] = new Error('no');
      await expect(call()).rejects.toThrow('no');
      expect(changed).toHaveBeenCalledTimes(2);
      expect(port.callsOf(method)).toHaveLength(2);
    },
  );

  it('shows each snapshot the pane receives to onSnapshot', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    const seen = jest.fn();
    const watched = watchPort(port, jest.fn(), seen);
    const snapshot = await watched.snapshot({ lang: 'zh-CN' });
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0]?.[0]).toBe(snapshot);
    expect(snapshot.audit.serviceQuality).toBeDefined();
    port.failures.snapshot = new Error('no');
    await expect(watched.snapshot({ lang: 'en' })).rejects.toThrow('no');
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('passes every other call through, without calling back', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    const changed = jest.fn();
    const watched = watchPort(port, changed);
    await watched.snapshot({ lang: 'en' });
    await watched.selectCell('Roles', 'A2');
    await watched.sheetHeaders();
    await watched.saveMapping(null);
    await watched.loadSettings();
    await watched.saveSettings({ lang: 'en', policy: {} });
    expect(changed).not.toHaveBeenCalled();
    expect(port.calls.map((c) => c.method)).toEqual<PortMethod[]>([
      'snapshot',
      'selectCell',
      'sheetHeaders',
      'saveMapping',
      'loadSettings',
      'saveSettings',
    ]);
  });
});

/** Each leaf of a dictionary by its dotted path: strings and functions. */
function leaves(value: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof v === 'object' && v !== null) for (const [p, l] of leaves(v, path)) out.set(p, l);
    else out.set(path, v);
  }
  return out;
}

describe('PREVIEW_STRINGS', () => {
  it('has the same entries in both languages', () => {
    const en = leaves(PREVIEW_STRINGS.en);
    const zh = leaves(PREVIEW_STRINGS['zh-CN']);
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [path, value] of en)
      expect([path, typeof zh.get(path)]).toEqual([path, typeof value]);
  });

  it('is written in Chinese for zh-CN (but the link to the English page)', () => {
    const english = [...leaves(PREVIEW_STRINGS['zh-CN'])].filter(
      ([path, v]) =>
        typeof v === 'string' &&
        !path.startsWith('otherLanguage.') &&
        !/[\u3000-\u9fff\uff00-\uffef]/.test(v),
    );
    expect(english).toEqual([]);
    expect(PREVIEW_STRINGS['zh-CN'].otherLanguage).toEqual({ label: 'English', lang: 'en' });
    expect(PREVIEW_STRINGS.en.otherLanguage).toEqual({ label: '中文', lang: 'zh-CN' });
  });

  it('writes numbers with separators in both languages', () => {
    expect(PREVIEW_STRINGS.en.moreRows(200_000, 48_576)).toBe(
      'Showing the first 200,000 rows; 48,576 more rows are not shown.',
    );
    expect(PREVIEW_STRINGS['zh-CN'].moreRows(200_000, 48_576)).toBe(
      '仅显示前 200,000 行，另有 48,576 行未显示。',
    );
  });
});
