/**
 * A grid is what every host reader (the Excel add-in, exceljs, CSV) hands the core:
 * plain cell values with their position in a sheet. The core never sees a host object.
 */

/** An Excel error value such as `#N/A`, `#REF!`, `#VALUE!`. */
export interface CellError {
  readonly error: string;
}

/**
 * One cell's value. Dates arrive as `Date` when the host knows the cell is a date
 * (a date number format), as serial numbers or as text otherwise; the core accepts all three.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

export interface Grid {
  /** Sheet name as shown on the tab (for a CSV file: its name without extension). */
  readonly sheet: string;
  /** Name of the Excel table (ListObject) the values come from, when they do. */
  readonly table?: string;
  /** 1-based row and column of `values[0][0]` in the sheet. */
  readonly origin: { readonly row: number; readonly col: number };
  /** Row-major values; rows may be ragged (missing trailing cells are blank). */
  readonly values: readonly (readonly CellValue[])[];
  /** Absolute 1-based numbers of hidden rows inside the grid. */
  readonly hiddenRows?: readonly number[];
  /** Merged ranges that intersect the grid, as A1 ranges (`B3:C3`). */
  readonly merges?: readonly string[];
  /** The last row of the sheet's used range, when the reader had to stop before it. */
  readonly usedRangeLastRow?: number;
}

export const isCellError = (v: unknown): v is CellError =>
  typeof v === 'object' &&
  v !== null &&
  !(v instanceof Date) &&
  typeof (v as { error?: unknown }).error === 'string';

/** The last row Excel allows (Excel 2007+). */
export const EXCEL_MAX_ROWS = 1_048_576;
/** The last column Excel allows (XFD). */
export const EXCEL_MAX_COLS = 16_384;
/** The most characters a cell can hold. */
export const EXCEL_MAX_CELL_CHARS = 32_767;
