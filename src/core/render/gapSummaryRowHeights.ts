import {
  EXCEL_MAX_ROW_HEIGHT,
  isPlanCell,
  type CellStyle,
  type PlanCell,
  type PlanValue,
} from './sheetPlan';

/** Points per line of 11 pt text: Excel's default row height. */
export const LINE_PT = 15;
/** Wide (CJK, full-width) characters take about two character widths. */
export const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const DEFAULT_WIDTH = 8.43;
/**
 * Points per line of 11 pt Chinese text: CJK fonts (Noto Sans CJK, DengXian, YaHei) are
 * taller than Latin ones, and LibreOffice clips a 15 pt row of them at the bottom.
 */
export const CJK_LINE_PT = 18;

/** True when a cell of the row holds wide (CJK, full-width) text. */
export const hasWideText = (row: readonly (PlanCell | PlanValue)[]): boolean =>
  row.some((entry) => {
    const value = isPlanCell(entry) ? entry.value : entry;
    return typeof value === 'string' && WIDE.test(value);
  });

/** Width of a text in character units (a column's width is measured in the same units). */
function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? 2 : 1;
  return units;
}

/**
 * Heights in points for the rows whose wrapped text needs more than one line. Excel fits
 * such rows itself on opening, LibreOffice does not, so the plan says how tall they are.
 * A generous estimate (every character as wide as a digit, bold a tenth wider): a row may
 * get a little more space than it needs, never less — up to Excel's most, 409 points.
 */
export function gapSummaryRowHeights(
  rows: readonly (readonly (PlanCell | PlanValue)[])[],
  columnWidths: readonly number[],
  styles: Readonly<Record<string, CellStyle>>,
): Record<number, number> {
  const heights: Record<number, number> = {};
  rows.forEach((row, r) => {
    let lines = 1;
    row.forEach((entry, c) => {
      if (!isPlanCell(entry) || typeof entry.value !== 'string' || entry.style === undefined)
        return;
      const style = styles[entry.style];
      if (style?.wrap !== true) return;
      const usable = Math.max(1, (columnWidths[c] ?? DEFAULT_WIDTH) - 1);
      const factor = style.bold === true ? 1.1 : 1;
      const cellLines = entry.value
        .split('\n')
        .reduce((n, part) => n + Math.max(1, Math.ceil((textUnits(part) * factor) / usable)), 0);
      lines = Math.max(lines, cellLines);
    });
    if (lines > 1) heights[r + 1] = Math.min(EXCEL_MAX_ROW_HEIGHT, lines * LINE_PT);
  });
  return heights;
}
