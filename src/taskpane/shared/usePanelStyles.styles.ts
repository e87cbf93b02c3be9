import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** The text every section of the pane shares: its headings and its introduction. */
export const usePanelStyles = makeStyles({
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
});
