import { rangeA1 } from '../../core/model/address';
import { EXCEL_MAX_CELL_CHARS } from '../../core/model/grid';
import {
  isPlanCell,
  type PlanCell,
  type PlanValue,
  type SheetPlan,
} from '../../core/render/sheetPlan';

/** Number format given to dates whose style sets none: otherwise Excel shows a serial. */
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
/** Excel's text format: a cell in it keeps what is written as text, formula-like or not. */
export const TEXT_FORMAT = '@';

/** Rows of a plan as Office.js writes them: one block of whole rows, values and formats. */
export interface CellBlock {
  /** 1-based first row, and the block's address (`A1:F200`). */
  readonly row: number;
  readonly address: string;
  /** Office.js values: strings as they are, dates as serials, blanks as ''. */
  readonly values: (string | number | boolean)[][];
  /**
   * Number formats, set before the values: `@` on every string cell, so that Excel never
   * reads `=HYPERLINK(…)`, `+1`, `-x` or `@SUM(…)` as a formula or a number.
   */
  readonly numberFormat: string[][];
  /** Estimated request size in bytes (values and formats as JSON). */
  readonly bytes: number;
}

/** A rectangle of cells that share a style. */
export interface StyleRun {
  readonly style: string;
  readonly address: string;
}

/** Size in bytes of a value as UTF-8 JSON, as it travels in a request. */
export function jsonBytes(v: unknown): number {
  const text = JSON.stringify(v) ?? '';
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Two bytes up to U+07FF, three beyond; a surrogate pair (4 bytes) is two code units.
    if (code > 0x7f) bytes += code > 0x7ff && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** The serial Excel stores for a date (1900 system, UTC). */
export function excelSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

const cellOf = (entry: PlanCell | PlanValue): PlanCell =>
  isPlanCell(entry) ? entry : { value: entry };

/** Width of a plan: its longest row. */
export function planWidth(plan: SheetPlan): number {
  return plan.rows.reduce((w, row) => Math.max(w, row.length), 0);
}

/**
 * The plan's rows in blocks of whole rows, each at most about `maxBytes` of request.
 * @throws Error on a string over Excel's 32,767 characters or an unknown style (plan bugs)
 */
export function cellBlocks(plan: SheetPlan, maxBytes: number): CellBlock[] {
  const width = planWidth(plan);
  const blocks: CellBlock[] = [];
  if (width === 0) return blocks;
  let values: (string | number | boolean)[][] = [];
  let formats: string[][] = [];
  let bytes = 0;
  let first = 1;
  const close = (lastRow: number) => {
    if (values.length === 0) return;
    blocks.push({
      row: first,
      address: rangeA1(first, 1, lastRow, width),
      values,
      numberFormat: formats,
      bytes,
    });
    values = [];
    formats = [];
    bytes = 0;
    first = lastRow + 1;
  };
  plan.rows.forEach((row, r) => {
    const vRow: (string | number | boolean)[] = [];
    const fRow: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = cellOf(row[c] ?? null);
      const style = cell.style === undefined ? undefined : plan.styles?.[cell.style];
      if (cell.style !== undefined && style === undefined)
        throw new Error(`Sheet plan "${plan.name}": unknown style "${cell.style}"`);
      const { value } = cell;
      let v: string | number | boolean;
      let f: string;
      if (typeof value === 'string') {
        if (value.length > EXCEL_MAX_CELL_CHARS)
          throw new Error(
            `Sheet plan "${plan.name}" row ${r + 1}: ${value.length} characters, Excel allows ${EXCEL_MAX_CELL_CHARS}`,
          );
        v = value;
        f = TEXT_FORMAT;
      } else if (value instanceof Date) {
        v = excelSerial(value);
        f = style?.numberFormat ?? DEFAULT_DATE_FORMAT;
      } else if (value === null) {
        v = '';
        f = style?.numberFormat ?? 'General';
      } else {
        v = value;
        f = style?.numberFormat ?? 'General';
      }
      vRow.push(v);
      fRow.push(f);
    }
    const rowBytes = jsonBytes(vRow) + jsonBytes(fRow) + 2;
    if (bytes > 0 && bytes + rowBytes > maxBytes) close(r);
    values.push(vRow);
    formats.push(fRow);
    bytes += rowBytes;
  });
  close(plan.rows.length);
  return blocks;
}

/**
 * The plan's styled cells as rectangles, one per run of a style: cells of a row with the
 * same style side by side make a run, and the same run in consecutive rows one rectangle.
 */
export function styleRuns(plan: SheetPlan): StyleRun[] {
  const done: StyleRun[] = [];
  /** Open rectangles by `c1:c2:style`, with their first and last row. */
  let open = new Map<string, { style: string; c1: number; c2: number; r1: number; r2: number }>();
  const flush = (
    rect: { style: string; c1: number; c2: number; r1: number; r2: number } | undefined,
  ) => {
    if (rect)
      done.push({ style: rect.style, address: rangeA1(rect.r1, rect.c1, rect.r2, rect.c2) });
  };
  plan.rows.forEach((row, r) => {
    const next = new Map<
      string,
      { style: string; c1: number; c2: number; r1: number; r2: number }
    >();
    let c = 0;
    while (c < row.length) {
      const style = cellOf(row[c] ?? null).style;
      let end = c;
      while (end + 1 < row.length && cellOf(row[end + 1] ?? null).style === style) end++;
      if (style !== undefined) {
        const key = `${c + 1}:${end + 1}:${style}`;
        const rect = open.get(key);
        if (rect && rect.r2 === r) {
          rect.r2 = r + 1;
          next.set(key, rect);
          open.delete(key);
        } else next.set(key, { style, c1: c + 1, c2: end + 1, r1: r + 1, r2: r + 1 });
      }
      c = end + 1;
    }
    for (const rect of open.values()) flush(rect);
    open = next;
  });
  for (const rect of open.values()) flush(rect);
  return done.sort((a, b) => (a.style < b.style ? -1 : a.style > b.style ? 1 : 0));
}
