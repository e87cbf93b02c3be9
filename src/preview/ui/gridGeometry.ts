/**
 * The arithmetic of the windowed grid: every row has the same height, so which rows are in
 * view, and where to scroll to show a cell, follow from scrollTop alone (no measuring).
 */

/** Height of every row, the column header row included (CSS pixels). */
export const ROW_HEIGHT = 24;
/** Rows rendered above and below those in view, so that scrolling shows no gap. */
export const OVERSCAN_ROWS = 8;
/** The narrowest and widest a column is drawn. */
export const MIN_COLUMN_WIDTH = 56;
export const MAX_COLUMN_WIDTH = 320;
/** Rows read to size the columns (enough to see the headers and a screenful of data). */
export const SIZING_ROWS = 2_000;

/** The rows to render: from `first` (0-based, inclusive) to `end` (exclusive). */
export interface RowWindow {
  readonly first: number;
  readonly end: number;
}

/**
 * The rows in view when the grid is scrolled to `scrollTop` in a viewport `height` pixels
 * high (the sticky header row included), with OVERSCAN_ROWS more either side.
 */
export function rowWindow(
  scrollTop: number,
  height: number,
  rowCount: number,
  overscan = OVERSCAN_ROWS,
): RowWindow {
  const top = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT));
  const inView = Math.ceil(Math.max(0, height - ROW_HEIGHT) / ROW_HEIGHT) + 1;
  const first = Math.min(rowCount, Math.max(0, top - overscan));
  const end = Math.min(rowCount, top + inView + overscan);
  return { first, end: Math.max(first, end) };
}

/** How wide a text is drawn, in units of a Latin character (CJK and other wide characters count 2). */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text)
    units +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return units;
}

/** Column widths from the first SIZING_ROWS rows' text, within MIN/MAX_COLUMN_WIDTH. */
export function columnWidths(rows: readonly (readonly string[])[], columns: number): number[] {
  const widest = new Array<number>(columns).fill(0);
  const sample = Math.min(rows.length, SIZING_ROWS);
  for (let r = 0; r < sample; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < Math.min(columns, row.length); c++) {
      const units = textUnits(row[c] ?? '');
      if (units > (widest[c] ?? 0)) widest[c] = units;
    }
  }
  return widest.map((units) =>
    Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, 16 + units * 7.5))),
  );
}

/** Width of the row-number column for `rowCount` rows. */
export function rowHeaderWidth(rowCount: number): number {
  return Math.max(40, 16 + 8 * String(Math.max(1, rowCount)).length);
}

/**
 * The scroll offset that shows the span [start, end) of content in a viewport of `size`
 * pixels whose first `stuck` pixels are covered by a sticky header, starting from `current`:
 * unchanged when it is already in view; else the least move (`nearest`) or centred (`center`).
 */
export function scrollToShow(
  start: number,
  end: number,
  current: number,
  size: number,
  stuck: number,
  mode: 'nearest' | 'center',
): number {
  const visibleStart = current + stuck;
  const visibleEnd = current + size;
  if (start >= visibleStart && end <= visibleEnd) return current;
  if (mode === 'center') {
    const middle = stuck + (size - stuck) / 2;
    return Math.max(0, Math.round((start + end) / 2 - middle));
  }
  return Math.max(0, start < visibleStart ? start - stuck : end - size);
}
