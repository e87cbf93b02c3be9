import { cellA1 } from '../model/address';
import type { CellValue, Grid } from '../model/grid';
import type { A1 } from '../model/ids';

/** The value at a row/column index of a grid (ragged rows read as blank). */
export const cellAt = (grid: Grid, r: number, c: number): CellValue | undefined =>
  grid.values[r]?.[c];

/** The sheet address of a row/column index of a grid. */
export const addressAt = (grid: Grid, r: number, c: number): A1 =>
  cellA1(grid.origin.row + r, grid.origin.col + c);

/** Absolute sheet row of a row index. */
export const sheetRow = (grid: Grid, r: number): number => grid.origin.row + r;

/** True when no cell of the row holds anything. */
export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const v of row) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    return false;
  }
  return true;
}

/** Header text of a cell, whatever its type. */
export function headerText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v.error;
}
