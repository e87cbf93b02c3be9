import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Class names of the task pane's root component. */
export const appClassNames = {
  root: 'sod-App',
  header: 'sod-App__header',
  logo: 'sod-App__logo',
  title: 'sod-App__title',
  description: 'sod-App__description',
} as const;

/** Styles of the task pane's root component (Griffel atomic CSS, Fluent v9 tokens). */
export const useAppStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    boxSizing: 'border-box',
    minHeight: '100vh',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
  },
  logo: {
    width: '40px',
    height: '40px',
    flexShrink: 0,
  },
  title: {
    ...typographyStyles.title3,
    margin: 0,
  },
  description: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});
