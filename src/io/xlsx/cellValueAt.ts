import ExcelJS from 'exceljs';
import type { CellValue } from '../../core/model/grid';
import { toCellValue } from './toCellValue';

/**
 * The plain value of an exceljs cell. The covered cells of a merged range read as blank,
 * as Excel itself reports them (exceljs would repeat the top-left value); an empty string
 * also reads as blank. A formula reads as its cached result.
 */
export function cellValueOf(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  // For a formula, `cell.value` drops a falsy cached result (0, false, ""); `cell.result` has it.
  const value = toCellValue(
    cell.type === ExcelJS.ValueType.Formula ? (cell.result as unknown) : cell.value,
  );
  return value === '' ? null : value;
}

/** The plain value at a 1-based row and column, without creating rows or cells. */
export function cellValueAt(worksheet: ExcelJS.Worksheet, row: number, col: number): CellValue {
  const cell = worksheet.findRow(row)?.findCell(col);
  return cell === undefined ? null : cellValueOf(cell);
}
