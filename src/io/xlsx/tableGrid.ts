import type ExcelJS from 'exceljs';
import { rangeA1, type RangeRef } from '../../core/model/address';
import type { CellValue, Grid } from '../../core/model/grid';
import { cellValueAt } from './cellValueAt';
import { hiddenRowsBetween } from './hiddenRowsBetween';
import { rangesIntersect } from './rangesIntersect';
import type { WorksheetTable } from './worksheetTables';

/**
 * The grid of one Excel table: its header row and data rows (the totals row left out),
 * with the table's top-left cell as origin. (A table saved without a header row, which Excel
 * allows but rarely makes, gives its data rows only.)
 */
export function tableGrid(
  worksheet: ExcelJS.Worksheet,
  table: WorksheetTable,
  merges: readonly RangeRef[],
): Grid {
  const { from, to } = table.range;
  const lastRow = table.totalsRow && to.row > from.row ? to.row - 1 : to.row;
  const values: CellValue[][] = [];
  for (let r = from.row; r <= lastRow; r++) {
    const row: CellValue[] = [];
    for (let c = from.col; c <= to.col; c++) row.push(cellValueAt(worksheet, r, c));
    values.push(row);
  }
  const area: RangeRef = { from, to: { row: lastRow, col: to.col } };
  const hiddenRows = hiddenRowsBetween(worksheet, from.row, lastRow);
  const mergesInTable = merges
    .filter((m) => rangesIntersect(m, area))
    .map((m) => rangeA1(m.from.row, m.from.col, m.to.row, m.to.col));
  return {
    sheet: worksheet.name,
    table: table.name,
    origin: { row: from.row, col: from.col },
    values,
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(mergesInTable.length > 0 ? { merges: mergesInTable } : {}),
  };
}
