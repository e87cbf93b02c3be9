import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

/** Width of the task pane's column (Excel's task pane is 320–350 pixels wide). */
export const PANE_WIDTH = 360;

/** Styles of the preview page around the pane: the start screen, the bar, the two columns. */
export const usePreviewStyles = makeStyles({
  /** The page's ground, a div inside the FluentProvider (see PreviewPage). */
  provider: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  page: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
  },
  banner: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    minHeight: '48px',
    // A wrapped bar grows; the columns below take what is left (never the other way round).
    flexShrink: 0,
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { width: '28px', height: '28px', flexShrink: 0 },
  brand: { ...typographyStyles.subtitle2 },
  tag: {
    ...typographyStyles.caption1Strong,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  spacer: { flexGrow: 1 },
  fileName: {
    ...typographyStyles.subtitle2,
    margin: 0,
    // Laid out at 6em, then grown: a long name is cut short before the buttons wrap.
    flex: '1 1 6em',
    minWidth: '6em',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
  },
  toolbar: { flexWrap: 'wrap', marginLeft: 'auto', paddingLeft: 0, paddingRight: 0 },

  start: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    width: '100%',
    maxWidth: '680px',
    boxSizing: 'border-box',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXL}`,
  },
  startHeading: { ...typographyStyles.title2, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  dropZone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    rowGap: tokens.spacingVerticalS,
    minHeight: '200px',
    padding: tokens.spacingHorizontalXL,
    ...shorthands.border('2px', 'dashed', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    cursor: 'pointer',
    '& svg': { width: '40px', height: '40px', color: tokens.colorBrandForeground1 },
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...shorthands.borderColor(tokens.colorBrandStroke1),
    },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
    ':disabled': { cursor: 'default', opacity: 0.6 },
  },
  dropZoneOver: {
    backgroundColor: tokens.colorBrandBackground2,
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    ...shorthands.borderStyle('solid'),
  },
  dropZoneLabel: { ...typographyStyles.subtitle1 },
  dropZoneHint: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2 },
  startActions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  privacy: {
    ...typographyStyles.body1,
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    '& svg': { flexShrink: 0, color: tokens.colorPaletteGreenForeground1 },
  },

  workbookPage: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
  },
  messages: {
    flexShrink: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  columns: {
    display: 'flex',
    flexGrow: 1,
    minHeight: 0,
  },
  paneColumn: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    overflowY: 'auto',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    // The pane's background, below the pane too (its theme is the page's).
    backgroundColor: tokens.colorNeutralBackground1,
    // The pane is at least as tall as Office's task pane (100vh); here, its content's height.
    '& .sod-App': { minHeight: 'auto' },
  },
  sheetColumn: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  sheetBar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    flexShrink: 0,
    minHeight: '40px',
    padding: `0 ${tokens.spacingHorizontalM} 0 ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  sheetTabs: {
    flexGrow: 1,
    minWidth: 0,
    overflowX: 'auto',
  },
  sheetPanel: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minHeight: 0,
  },
  sheetStatus: {
    ...typographyStyles.caption1,
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'flex-end',
    columnGap: tokens.spacingHorizontalL,
    flexShrink: 0,
    maxWidth: '50%',
    color: tokens.colorNeutralForeground2,
  },
  note: {
    ...typographyStyles.body1,
    margin: 0,
    padding: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  sheetSpinner: { padding: tokens.spacingVerticalXXL },
});
