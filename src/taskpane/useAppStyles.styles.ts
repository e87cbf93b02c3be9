import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Class names of the task pane's shell. */
export const appClassNames = {
  root: 'sod-App',
  header: 'sod-App__header',
  logo: 'sod-App__logo',
  title: 'sod-App__title',
  nav: 'sod-App__nav',
  panel: 'sod-App__panel',
} as const;

/** Styles of the task pane's shell (Griffel atomic CSS, Fluent v9 tokens). */
export const useAppStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    boxSizing: 'border-box',
    minHeight: '100vh',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '32px',
  },
  logo: {
    width: '32px',
    height: '32px',
    flexShrink: 0,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: 0,
    flexGrow: 1,
  },
  nav: {
    // Five tabs in a 320-pixel pane: let them wrap rather than scroll out of sight.
    flexWrap: 'wrap',
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  // Narrower than Fluent's small tab, so the five fit on one line in a 350-pixel pane.
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    // The class would otherwise beat the user agent's rule for a hidden tab panel.
    '&[hidden]': { display: 'none' },
  },
});
