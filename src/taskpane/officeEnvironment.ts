import { resolvePaneLang, type PaneLang } from './strings';

/**
 * What the pane needs to know about its host before it renders. Read once from
 * Office.js when running inside Office, from the browser otherwise.
 */
export interface PaneEnvironment {
  /** Language for the pane's text. */
  lang: PaneLang;
  /** Whether the host uses a dark theme (Office's Black or Dark Gray themes). */
  dark: boolean;
}

/** Office.context, or undefined when Office.js is absent or not running inside Office. */
function officeContext(): Office.Context | undefined {
  if (typeof Office === 'undefined') return undefined;
  // Outside Office, Office.js can load and resolve onReady without a usable context.
  return (Office as { context?: Office.Context }).context;
}

/** Relative luminance (0 black … 1 white) of a `#RRGGBB` colour, or undefined if unparsable. */
export function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return undefined;
  const [r, g, b] = match.slice(1, 4).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Whether an Office theme is dark: `isDarkTheme` where the client has it, else its background colour. */
export function isDarkOfficeTheme(theme: Partial<Office.OfficeTheme> | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const l = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : undefined;
  return l !== undefined && l < 0.5;
}

/**
 * The pane's environment: Office's display language and theme inside Office; the
 * browser's language and the light theme in a plain browser page.
 */
export function readPaneEnvironment(): PaneEnvironment {
  const context = officeContext();
  const browserLanguage = typeof navigator === 'undefined' ? undefined : navigator.language;
  let theme: Office.OfficeTheme | undefined;
  try {
    theme = context?.officeTheme;
  } catch {
    // Some hosts throw when the theme API is not supported; the light theme is the safe default.
    theme = undefined;
  }
  return {
    lang: resolvePaneLang(context?.displayLanguage ?? browserLanguage),
    dark: isDarkOfficeTheme(theme),
  };
}
