import type { CellStyle } from './sheetPlan';

const BORDER = '#BDBDBD';
const cell = { border: BORDER, vertical: 'top' } as const;

/**
 * The Gap Summary's named styles. Table cells are bordered so a pasted range reads as a
 * table; numbers carry a number format (`0.0` hours, `0%` shares), text is left-aligned.
 */
export const gapSummaryStyles = {
  title: { bold: true, fontSize: 16 },
  subtitle: { italic: true, fontColor: '#424242' },
  section: { bold: true, fontSize: 12, fontColor: '#FFFFFF', fill: '#0F6CBD' },
  explain: { italic: true, fontColor: '#424242' },
  /** An explanation that wraps (in a cell merged across the tables' width). */
  note: { italic: true, fontColor: '#424242', wrap: true, vertical: 'top' },
  subheading: { bold: true, fontColor: '#0F6CBD' },
  header: { bold: true, fill: '#E0E0E0', border: BORDER, wrap: true, vertical: 'top' },
  text: { ...cell, horizontal: 'left' },
  wrap: { ...cell, horizontal: 'left', wrap: true },
  link: { ...cell, horizontal: 'left', fontColor: '#0F6CBD', underline: true },
  count: { ...cell, numberFormat: '0' },
  countAlert: { ...cell, numberFormat: '0', bold: true, fontColor: '#C50F1F', fill: '#FDE7E9' },
  hours: { ...cell, numberFormat: '0.0' },
  share: { ...cell, numberFormat: '0%' },
  shareAlert: { ...cell, numberFormat: '0%', bold: true, fontColor: '#C50F1F', fill: '#FDE7E9' },
  /** A mean answer or a gap on the survey's scale. */
  mean: { ...cell, numberFormat: '0.00' },
  /** A gap below zero. */
  meanWarn: { ...cell, numberFormat: '0.00', fontColor: '#8A3707', fill: '#FFF4CE' },
  /** A gap below zero with its whole 95% interval below zero, or the weighted gap below zero. */
  meanAlert: { ...cell, numberFormat: '0.00', bold: true, fontColor: '#C50F1F', fill: '#FDE7E9' },
  /** An index on 0–100 (the CSI). */
  index: { ...cell, numberFormat: '0.0' },
  /** A priority score (weight × shortfall). */
  score: { ...cell, numberFormat: '0.000' },
  /** A number that is not known: shown as a dash. */
  na: { ...cell, horizontal: 'right', fontColor: '#616161' },
  alert: {
    ...cell,
    horizontal: 'left',
    wrap: true,
    bold: true,
    fontColor: '#C50F1F',
    fill: '#FDE7E9',
  },
  warn: { ...cell, horizontal: 'left', wrap: true, fontColor: '#8A3707', fill: '#FFF4CE' },
  none: { italic: true, fontColor: '#616161' },
  /** Text in a table that says something could not be told (a status not measurable). */
  muted: { ...cell, horizontal: 'left', wrap: true, italic: true, fontColor: '#616161' },
  more: { italic: true, fontColor: '#616161' },
} as const satisfies Readonly<Record<string, CellStyle>>;

export type GapSummaryStyle = keyof typeof gapSummaryStyles;
