import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ROW_HEIGHT } from './gridGeometry';

/** Styles of the read-only sheet grid: sticky letters and numbers, fixed-height rows. */
export const useSheetGridStyles = makeStyles({
  // The grid's frame draws its keyboard focus ring: on the grid itself, the sticky headers
  // would cover it.
  frame: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minHeight: 0,
    '::after': {
      content: '""',
      position: 'absolute',
      inset: 0,
      zIndex: 1,
      pointerEvents: 'none',
    },
    '&:has(> :focus-visible)::after': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  scroller: {
    position: 'relative',
    // A stacking context of its own: its sticky headers stay below the frame's focus ring.
    zIndex: 0,
    flexGrow: 1,
    minHeight: 0,
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ...typographyStyles.caption1,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    outlineStyle: 'none',
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
  },
  body: {
    position: 'relative',
  },
  window: {
    position: 'absolute',
    left: 0,
  },
  row: {
    display: 'flex',
    height: `${ROW_HEIGHT}px`,
    boxSizing: 'border-box',
  },
  cell: {
    flexShrink: 0,
    boxSizing: 'border-box',
    height: `${ROW_HEIGHT}px`,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'cell',
  },
  number: { textAlign: 'right' },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
  },
  header: {
    flexShrink: 0,
    boxSizing: 'border-box',
    height: `${ROW_HEIGHT}px`,
    textAlign: 'center',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    userSelect: 'none',
  },
  headerOfSelected: {
    backgroundColor: tokens.colorNeutralBackground3Selected,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    textAlign: 'right',
    paddingRight: tokens.spacingHorizontalXS,
  },
  corner: {
    position: 'sticky',
    left: 0,
    zIndex: 3,
  },
});
