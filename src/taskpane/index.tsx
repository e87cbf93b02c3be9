import { createRoot } from 'react-dom/client';
import { App } from './App';
import { lazyWorkbookPort } from './lazyWorkbookPort';
import { readPaneEnvironment } from './officeEnvironment';

/**
 * The workbook behind the pane: Office.js (src/io/excel), loaded in a chunk of its own on
 * the first call so that the pane paints before it arrives.
 */
const port = lazyWorkbookPort(() =>
  import('../io/excel/officeWorkbookPort').then((m) => m.officeWorkbookPort()),
);

/** Render the pane into #container, in the host's language and theme. */
function renderPane(): void {
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container element');
  const { lang, dark } = readPaneEnvironment();
  document.documentElement.lang = lang;
  createRoot(container).render(<App port={port} hostLang={lang} dark={dark} />);
}

if (typeof Office === 'undefined') {
  // office.js did not load (offline, or a plain browser page without the CDN): still show the pane.
  renderPane();
} else {
  // Inside Office this waits for the host; in a plain browser it resolves with host === null.
  void Office.onReady(() => renderPane());
}
