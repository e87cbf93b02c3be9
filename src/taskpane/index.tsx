import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { readPaneEnvironment } from './officeEnvironment';

/** Render the pane into #container, in the host's language and theme. */
function renderPane(): void {
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container element');
  const { lang, dark } = readPaneEnvironment();
  document.documentElement.lang = lang;
  createRoot(container).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <App lang={lang} />
    </FluentProvider>,
  );
}

if (typeof Office === 'undefined') {
  // office.js did not load (offline, or a plain browser page without the CDN): still show the pane.
  renderPane();
} else {
  // Inside Office this waits for the host; in a plain browser it resolves with host === null.
  void Office.onReady(() => renderPane());
}
