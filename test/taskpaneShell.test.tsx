/**
 * The add-in shell's pane: language and theme chosen from the Office host, and the
 * pane rendered (server-side, no DOM needed) in both languages.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { App } from '../src/taskpane/App';
import { isDarkOfficeTheme, readPaneEnvironment } from '../src/taskpane/officeEnvironment';
import { PANE_STRINGS, resolvePaneLang } from '../src/taskpane/strings';

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

describe('App', () => {
  it('has the same keys in every language', () => {
    expect(Object.keys(PANE_STRINGS['zh-CN']).sort()).toEqual(Object.keys(PANE_STRINGS.en).sort());
  });

  it.each(['en', 'zh-CN'] as const)('renders the %s pane', (lang) => {
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <App lang={lang} />
      </FluentProvider>,
    );
    const text = PANE_STRINGS[lang];
    expect(html).toContain(`lang="${lang}"`);
    expect(html).toContain(`<h1`);
    expect(html).toContain(text.productName);
    expect(html).toContain(text.previewTitle);
    expect(html).toContain('src="assets/logo-filled.png"');
  });
});
