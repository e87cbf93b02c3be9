import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { AppProps } from './App.types';
import { paneStrings } from './strings';
import { appClassNames, useAppStyles } from './useAppStyles.styles';

/**
 * The task pane's root: product header, a one-line description and a notice that
 * the full pane comes later. It receives everything by props (no Office globals,
 * no Excel.run), so it renders the same in Excel, in a browser and in tests.
 */
export function App({ lang }: AppProps): ReactElement {
  const styles = useAppStyles();
  const text = paneStrings(lang);
  return (
    <main className={mergeClasses(appClassNames.root, styles.root)} lang={lang}>
      <header className={mergeClasses(appClassNames.header, styles.header)}>
        <img
          className={mergeClasses(appClassNames.logo, styles.logo)}
          src="assets/logo-filled.png"
          alt={text.logoAlt}
          width={40}
          height={40}
        />
        <h1 className={mergeClasses(appClassNames.title, styles.title)}>{text.productName}</h1>
      </header>
      <p className={mergeClasses(appClassNames.description, styles.description)}>
        {text.description}
      </p>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{text.previewTitle}</MessageBarTitle>
          {text.previewBody}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
