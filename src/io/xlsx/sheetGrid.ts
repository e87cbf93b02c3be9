import type ExcelJS from 'exceljs';
import { rangeA1, type RangeRef } from '../../core/model/address';
import type { CellValue, Grid } from '../../core/model/grid';
import { cellValueOf } from './cellValueAt';
import { hiddenRowsBetween } from './hiddenRowsBetween';
import { rangesIntersect } from './rangesIntersect';

const NO_CELLS: readonly CellValue[] = Object.freeze([]);

/**
 * The grid of a whole worksheet: its used range from A1, trimmed to the last row and column
 * that hold a value. Formatting far below the data (whole columns formatted down to row
 * 1,048,576) allocates nothing: the grid stops at the last value and `usedRangeLastRow`
 * tells how far the sheet really goes.
 */
export function sheetGrid(worksheet: ExcelJS.Worksheet, merges: readonly RangeRef[]): Grid {
  const values: (readonly CellValue[])[] = [];
  let lastCol = 0;
  worksheet.eachRow((row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell((cell, colNumber) => {
      const value = cellValueOf(cell);
      if (value === null) return;
      while (cells.length < colNumber - 1) cells.push(null);
      cells[colNumber - 1] = value;
    });
    if (cells.length === 0) return;
    while (values.length < rowNumber - 1) values.push(NO_CELLS);
    values[rowNumber - 1] = cells;
    lastCol = Math.max(lastCol, cells.length);
  });

  const lastRow = values.length;
  const sheetLastRow = worksheet.rowCount;
  const area: RangeRef = { from: { row: 1, col: 1 }, to: { row: lastRow, col: lastCol } };
  const hiddenRows = hiddenRowsBetween(worksheet, 1, lastRow);
  const mergesInGrid =
    lastRow === 0 ? [] : merges.filter((m) => rangesIntersect(m, area)).map(toA1);
  return {
    sheet: worksheet.name,
    origin: { row: 1, col: 1 },
    values,
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(mergesInGrid.length > 0 ? { merges: mergesInGrid } : {}),
    ...(sheetLastRow > lastRow ? { usedRangeLastRow: sheetLastRow } : {}),
  };
}

function toA1(r: RangeRef): string {
  return rangeA1(r.from.row, r.from.col, r.to.row, r.to.col);
}
