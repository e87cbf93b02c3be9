import type ExcelJS from 'exceljs';
import { cellA1, parseRangeA1, type RangeRef } from '../../core/model/address';
import {
  isPlanCell,
  type PlanTable,
  type PlanValue,
  type SheetPlan,
} from '../../core/render/sheetPlan';
import { freeTableName } from './freeTableName';

/**
 * Add a table over the plan's cells. exceljs builds a table from a header and rows and
 * writes them into the cells; the plan's cells are written over them afterwards with their
 * styles and links. The table gets a name no other table or defined name of the workbook
 * has, and at least one data row (Excel requires one).
 *
 * @returns the table's range
 * @throws Error for a caller bug: an invalid range, or a header cell that is empty or repeated
 */
export function addPlanTable(
  worksheet: ExcelJS.Worksheet,
  plan: SheetPlan,
  table: PlanTable,
): RangeRef {
  const range = parseRangeA1(table.range);
  if (!range) throw new Error(`Invalid table range "${table.range}" in sheet plan "${plan.name}"`);
  const { from, to } = range;
  const valueAt = (r: number, c: number): PlanValue => {
    const entry = plan.rows[r - 1]?.[c - 1];
    return entry === undefined ? null : isPlanCell(entry) ? entry.value : entry;
  };
  const columns: ExcelJS.TableColumnProperties[] = [];
  const seen = new Set<string>();
  for (let c = from.col; c <= to.col; c++) {
    const header = valueAt(from.row, c);
    const name = header === null ? '' : String(header).trim();
    if (name === '' || seen.has(name.toUpperCase())) {
      throw new Error(
        `Table "${table.name}" in sheet plan "${plan.name}": header ${cellA1(from.row, c)} is empty or repeated`,
      );
    }
    seen.add(name.toUpperCase());
    columns.push({ name, filterButton: true });
  }
  const rows: PlanValue[][] = [];
  for (let r = from.row + 1; r <= to.row; r++) {
    const row: PlanValue[] = [];
    for (let c = from.col; c <= to.col; c++) row.push(valueAt(r, c));
    rows.push(row);
  }
  // Excel requires at least one data row.
  if (rows.length === 0) rows.push(columns.map(() => null));
  worksheet.addTable({
    name: freeTableName(table.name, workbookNames(worksheet.workbook)),
    ref: cellA1(from.row, from.col),
    headerRow: true,
    columns,
    rows,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
  });
  return range;
}

/** Upper-cased names of every table and defined name of the workbook. */
function workbookNames(workbook: ExcelJS.Workbook): Set<string> {
  const names = new Set<string>();
  for (const ws of workbook.worksheets) {
    for (const t of ws.getTables() as unknown[]) {
      const name = (t as { name?: unknown } | null)?.name;
      if (typeof name === 'string') names.add(name.toUpperCase());
    }
  }
  const defined = (workbook.definedNames as unknown as { model?: unknown }).model;
  if (Array.isArray(defined)) {
    for (const d of defined as unknown[]) {
      const name = (d as { name?: unknown } | null)?.name;
      if (typeof name === 'string') names.add(name.toUpperCase());
    }
  }
  return names;
}
