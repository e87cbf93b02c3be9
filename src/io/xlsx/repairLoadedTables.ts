import type ExcelJS from 'exceljs';
import { rangeA1 } from '../../core/model/address';
import { cellValueAt } from './cellValueAt';
import { worksheetTables, type WorksheetTable } from './worksheetTables';

/**
 * Undo two exceljs 4.4 table-loading bugs before a loaded workbook is written back, so the
 * user's own tables come out as they went in:
 *
 * 1. exceljs reads `headerRow` as `headerRowCount === "1"`, but Excel omits the attribute
 *    for the default (one header row). Written back, every Excel-made table would claim
 *    `headerRowCount="0"` and lose its header. A table whose header cells spell its column
 *    names has a header row; that is set back here.
 * 2. exceljs writes `hiddenButton="1"` for every column not marked `filterButton`, and only
 *    marks columns that have a `<filterColumn>` (Excel writes none unless a filter is
 *    applied), so every filter button would vanish. Columns of a table with an autoFilter
 *    get their button back; a table without one gets an autoFilter over its header and
 *    data with all buttons hidden (exceljs always writes the element; this gives it a
 *    range instead of leaving it without one).
 */
export function repairLoadedTables(worksheet: ExcelJS.Worksheet): void {
  for (const table of worksheetTables(worksheet)) {
    const { model } = table;
    if (model.headerRow !== true && headerSpellsColumnNames(worksheet, table)) {
      model.headerRow = true;
    }
    if (model.headerRow !== true) continue;
    const hasAutoFilter = typeof model.autoFilterRef === 'string';
    if (!hasAutoFilter) {
      const { from, to } = table.range;
      const last = table.totalsRow && to.row > from.row ? to.row - 1 : to.row;
      model.autoFilterRef = rangeA1(from.row, from.col, last, to.col);
    }
    for (const column of table.columns) {
      if (column.filterButton === undefined) column.filterButton = hasAutoFilter;
    }
  }
}

function headerSpellsColumnNames(worksheet: ExcelJS.Worksheet, table: WorksheetTable): boolean {
  const { from } = table.range;
  return (
    table.columns.length > 0 &&
    table.columns.every((column, i) => {
      const cell = cellValueAt(worksheet, from.row, from.col + i);
      const name = typeof column.name === 'string' ? decodeXmlEscapes(column.name) : '';
      return cell !== null && typeof cell !== 'object' && String(cell).trim() === name.trim();
    })
  );
}

/** OOXML writes characters such as line breaks in names as `_x000a_`. */
function decodeXmlEscapes(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
