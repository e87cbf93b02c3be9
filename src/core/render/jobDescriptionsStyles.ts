import type { CellStyle } from './sheetPlan';

const BORDER = '#A6A6A6';
const BLUE = '#0F6CBD';
const cell = { border: BORDER, vertical: 'top' } as const;
const valid = { fontColor: '#0E700E', fill: '#DFF6DD', bold: true } as const;
const attention = { fontColor: '#C50F1F', fill: '#FDE7E9', bold: true } as const;

/**
 * The Job Descriptions sheet's named styles: a blue header band per role, shaded bold
 * labels beside bordered values, light-blue section headings, numbers with their formats.
 * Every text value wraps (row heights are planned), except linked cells, which LibreOffice
 * does not wrap and which hold short ids and numbers only.
 */
export const jobDescriptionsStyles = {
  title: { bold: true, fontSize: 16, fontColor: BLUE },
  subtitle: { italic: true, fontColor: '#424242' },
  subheading: { bold: true, fontSize: 12, fontColor: BLUE },
  header: { ...cell, bold: true, fill: '#E0E0E0', wrap: true, horizontal: 'left' },
  headerCenter: { ...cell, bold: true, fill: '#E0E0E0', wrap: true, horizontal: 'center' },
  band: { bold: true, fontSize: 14, fontColor: '#FFFFFF', fill: BLUE, vertical: 'middle' },
  bandValid: { ...valid, fontSize: 12, horizontal: 'center', vertical: 'middle', border: BLUE },
  bandInvalid: {
    ...attention,
    fontSize: 12,
    horizontal: 'center',
    vertical: 'middle',
    border: BLUE,
  },
  section: { ...cell, bold: true, fontSize: 12, fontColor: '#0B4A8B', fill: '#DEECF9' },
  label: { ...cell, bold: true, fill: '#F2F2F2', wrap: true, horizontal: 'left' },
  text: { ...cell, wrap: true, horizontal: 'left' },
  link: { ...cell, horizontal: 'left', fontColor: BLUE, underline: true },
  linkCenter: { ...cell, horizontal: 'center', fontColor: BLUE, underline: true },
  count: { ...cell, horizontal: 'left', numberFormat: '0' },
  hours: { ...cell, horizontal: 'right', numberFormat: '0.0' },
  date: { ...cell, horizontal: 'left', numberFormat: 'yyyy-mm-dd' },
  /** A number that is not known: a dash. */
  na: { ...cell, horizontal: 'right', fontColor: '#616161' },
  naLeft: { ...cell, horizontal: 'left', fontColor: '#616161' },
  /** An empty duty class. */
  none: { ...cell, italic: true, wrap: true, horizontal: 'left', fontColor: '#616161' },
  /** A field the description should have and does not. */
  missing: {
    ...cell,
    italic: true,
    wrap: true,
    horizontal: 'left',
    fontColor: '#8A3707',
    fill: '#FFF4CE',
  },
  valid: { ...cell, ...valid, wrap: true, horizontal: 'left' },
  invalid: { ...cell, ...attention, wrap: true, horizontal: 'left' },
  error: { ...cell, ...attention, horizontal: 'left' },
  warning: { ...cell, bold: true, fontColor: '#8A3707', fill: '#FFF4CE', horizontal: 'left' },
  info: { ...cell, bold: true, fontColor: '#424242', fill: '#F2F2F2', horizontal: 'left' },
  code: { ...cell, horizontal: 'left', fontColor: BLUE, underline: true },
} as const satisfies Readonly<Record<string, CellStyle>>;

export type JobDescriptionsStyle = keyof typeof jobDescriptionsStyles;
