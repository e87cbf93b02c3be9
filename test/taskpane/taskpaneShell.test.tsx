/**
 * The add-in shell: language and theme chosen from the Office host, every dictionary
 * complete in both languages, and the shell rendered (server-side, no DOM needed).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { App } from '../../src/taskpane/App';
import { GENERATE_STRINGS } from '../../src/taskpane/generate/generateStrings';
import { HOME_STRINGS } from '../../src/taskpane/home/homeStrings';
import { MAPPING_STRINGS } from '../../src/taskpane/mapping/mappingStrings';
import { isDarkOfficeTheme, readPaneEnvironment } from '../../src/taskpane/officeEnvironment';
import { ORG_CHART_STRINGS } from '../../src/taskpane/orgchart/orgChartStrings';
import { SETTINGS_STRINGS } from '../../src/taskpane/settings/settingsStrings';
import { OUTPUT_LABELS } from '../../src/taskpane/shared/outputLabels';
import { SEVERITY_LABELS } from '../../src/taskpane/shared/severityLabels';
import {
  PANE_STRINGS,
  PANE_TABS,
  resolvePaneLang,
  type PaneLang,
} from '../../src/taskpane/strings';
import { VALIDATE_STRINGS } from '../../src/taskpane/validate/validateStrings';
import { exampleSnapshot } from './exampleSnapshot';
import { FakeWorkbookPort } from './fakeWorkbookPort';

describe('resolvePaneLang', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%p -> %p', (tag, lang) => {
    expect(resolvePaneLang(tag)).toBe(lang);
  });
});

describe('isDarkOfficeTheme', () => {
  it.each([
    ['no theme (outside Office)', undefined, false],
    ['isDarkTheme true', { isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' }, true],
    ['isDarkTheme false', { isDarkTheme: false, bodyBackgroundColor: '#000000' }, false],
    ['older client, black background', { bodyBackgroundColor: '#262626' }, true],
    ['older client, white background', { bodyBackgroundColor: '#FFFFFF' }, false],
    ['unparsable colour', { bodyBackgroundColor: 'black' }, false],
  ])('%s', (_name, theme, dark) => {
    expect(isDarkOfficeTheme(theme as Partial<Office.OfficeTheme> | undefined)).toBe(dark);
  });
});

describe('readPaneEnvironment', () => {
  const globals = globalThis as { Office?: unknown };
  afterEach(() => {
    delete globals.Office;
  });

  it("falls back to the browser's language and the light theme without Office", () => {
    const browser = typeof navigator === 'undefined' ? undefined : navigator.language;
    expect(readPaneEnvironment()).toEqual({ lang: resolvePaneLang(browser), dark: false });
  });

  it("follows Office's display language and theme", () => {
    globals.Office = {
      context: { displayLanguage: 'zh-CN', officeTheme: { isDarkTheme: true } },
    };
    expect(readPaneEnvironment()).toEqual({ lang: 'zh-CN', dark: true });
  });

  it('copes with Office.js loaded outside Office (no context)', () => {
    globals.Office = {};
    expect(readPaneEnvironment().dark).toBe(false);
  });
});

/** Every dictionary of the pane, by name. */
const DICTIONARIES: Readonly<Record<string, Readonly<Record<PaneLang, object>>>> = {
  PANE_STRINGS,
  HOME_STRINGS,
  MAPPING_STRINGS,
  VALIDATE_STRINGS,
  GENERATE_STRINGS,
  ORG_CHART_STRINGS,
  SETTINGS_STRINGS,
  OUTPUT_LABELS,
  SEVERITY_LABELS,
};

/** Each leaf of a dictionary, by its dotted path: strings and functions. */
function leaves(value: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof v === 'object' && v !== null) for (const [p, l] of leaves(v, path)) out.set(p, l);
    else out.set(path, v);
  }
  return out;
}

/** Chinese text that may stay as it is in English (names of languages, symbols). */
const NOT_TRANSLATED = new Set(['English', '—']);

describe('dictionaries', () => {
  it.each(Object.entries(DICTIONARIES))('%s has the same entries in both languages', (_n, dict) => {
    const en = leaves(dict.en);
    const zh = leaves(dict['zh-CN']);
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [path, value] of en) {
      const other = zh.get(path);
      expect([path, typeof other]).toEqual([path, typeof value]);
    }
  });

  it.each(Object.entries(DICTIONARIES))('%s is written in Chinese for zh-CN', (_n, dict) => {
    const english = [...leaves(dict['zh-CN'])].filter(
      ([, v]) =>
        typeof v === 'string' && !/[\u3000-\u9fff\uff00-\uffef]/.test(v) && !NOT_TRANSLATED.has(v),
    );
    expect(english).toEqual([]);
  });
});

describe('App', () => {
  it.each(['en', 'zh-CN'] as const)('renders the %s shell', (lang) => {
    const port = new FakeWorkbookPort((l) => exampleSnapshot(l));
    const html = renderToStaticMarkup(<App port={port} hostLang={lang} />);
    const text = PANE_STRINGS[lang];
    expect(html).toContain(`lang="${lang}"`);
    expect(html).toContain(`<h1`);
    expect(html).toContain(text.productName);
    for (const tab of PANE_TABS) expect(html).toContain(text.tabs[tab]);
    expect(html).toContain('src="assets/logo-filled.png"');
    // Nothing is asked of the workbook before the pane is mounted.
    expect(port.calls).toEqual([]);
  });
});
