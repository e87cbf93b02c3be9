import { normaliseLang, type Lang } from '../../core/i18n/lang';

/** What the preview page needs to know about the browser before it renders. */
export interface PreviewEnvironment {
  /** Language of the page and of the pane. */
  readonly lang: Lang;
  /** Whether the browser asks for a dark theme. */
  readonly dark: boolean;
}

/** The media query of a dark theme. */
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * The page's language: `?lang=` in the URL when given (any Chinese tag gives zh-CN, anything
 * else English), else the browser's language.
 */
export function previewLang(search: string, browserLanguage: string | undefined): Lang {
  const wanted = new URLSearchParams(search).get('lang');
  return normaliseLang(wanted !== null && wanted.trim() !== '' ? wanted : browserLanguage);
}

/** The environment of a window: its URL's and navigator's language, its colour scheme. */
export function readPreviewEnvironment(
  win: Pick<Window, 'location' | 'navigator'> & Partial<Pick<Window, 'matchMedia'>> = window,
): PreviewEnvironment {
  return {
    lang: previewLang(win.location.search, win.navigator.language),
    dark: typeof win.matchMedia === 'function' && win.matchMedia(DARK_QUERY).matches,
  };
}
