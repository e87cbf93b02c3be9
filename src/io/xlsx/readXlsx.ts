import type { Grid } from '../../core/model/grid';
import { loadWorkbook, type WorkbookBytes } from './loadWorkbook';
import { sheetGrid } from './sheetGrid';
import { tableGrid } from './tableGrid';
import { worksheetMerges } from './worksheetMerges';
import { worksheetTables } from './worksheetTables';

/**
 * Worksheet parts the reader never looks at. Skipping them is faster, and avoids exceljs
 * expanding a whole-column data validation into a million per-cell entries. Hyperlinks are
 * skipped too: the cell then keeps its displayed text, which is all a grid needs.
 */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'rowBreaks',
  'picture',
  'drawing',
  'sheetProtection',
];

/**
 * Read an .xlsx workbook into grids: one per worksheet (its used range from A1), then one
 * per Excel table (ListObject) with `table` set, in sheet order.
 *
 * Cells become plain values (see `toCellValue`); hidden rows, merged ranges and a used
 * range reaching beyond the last value are reported on each grid for the core to diagnose.
 *
 * @throws Error starting "Not a readable .xlsx file" when the bytes are not an .xlsx package.
 */
export async function readXlsx(data: WorkbookBytes): Promise<Grid[]> {
  const workbook = await loadWorkbook(data, { ignoreNodes: IGNORED_NODES });
  const grids: Grid[] = [];
  workbook.eachSheet((worksheet) => {
    const merges = worksheetMerges(worksheet);
    grids.push(sheetGrid(worksheet, merges));
    for (const table of worksheetTables(worksheet)) grids.push(tableGrid(worksheet, table, merges));
  });
  return grids;
}
