import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of the Home section. */
export const useHomeStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  line: { ...typographyStyles.body1, margin: 0 },
  muted: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});
