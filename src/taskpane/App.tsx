import {
  AriaLiveAnnouncer,
  FluentProvider,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { AppProps } from './App.types';
import { PaneShell } from './shell/PaneShell';

/**
 * The task pane's root: Fluent's theme (light or dark, as Office), a live region for the
 * MessageBars' announcements, and the pane. It receives everything by props (no Office
 * globals, no Excel.run), so it renders the same in Excel, in a browser and in tests.
 */
export function App({ port, hostLang, dark = false }: AppProps): ReactElement {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <AriaLiveAnnouncer>
        <PaneShell port={port} hostLang={hostLang} />
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
