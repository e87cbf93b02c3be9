import type ExcelJS from 'exceljs';
import { parseRangeA1, type RangeRef } from '../../core/model/address';

/**
 * The part of an exceljs table model this package reads or repairs. exceljs keeps it as a
 * plain object (`table.model`); its typings describe the `addTable` input instead, so the
 * shape is checked here rather than trusted.
 */
export interface TableModel {
  name?: unknown;
  /** Whole table including header and totals rows, as read from a file (`A1:D9`). */
  tableRef?: unknown;
  /** Top-left cell, for tables added through `addTable`. */
  ref?: unknown;
  headerRow?: unknown;
  totalsRow?: unknown;
  autoFilterRef?: unknown;
  columns?: unknown;
}

export interface TableColumnModel {
  name?: unknown;
  filterButton?: unknown;
}

/** One Excel table (ListObject) of a worksheet. */
export interface WorksheetTable {
  readonly name: string;
  /** The table's whole range, header and totals rows included. */
  readonly range: RangeRef;
  readonly totalsRow: boolean;
  readonly columns: readonly TableColumnModel[];
  /** exceljs's own model object, for in-place repairs before writing. */
  readonly model: TableModel;
}

/** The tables of a worksheet with a usable name and range; malformed entries are skipped. */
export function worksheetTables(worksheet: ExcelJS.Worksheet): WorksheetTable[] {
  const tables: WorksheetTable[] = [];
  for (const table of worksheet.getTables() as unknown[]) {
    const model = (table as { model?: unknown } | null)?.model;
    if (typeof model !== 'object' || model === null) continue;
    const m = model as TableModel;
    const ref = typeof m.tableRef === 'string' ? m.tableRef : undefined;
    const range = ref === undefined ? undefined : parseRangeA1(ref);
    if (typeof m.name !== 'string' || range === undefined) continue;
    const columns = Array.isArray(m.columns)
      ? (m.columns as unknown[]).filter(
          (c): c is TableColumnModel => typeof c === 'object' && c !== null,
        )
      : [];
    tables.push({ name: m.name, range, totalsRow: m.totalsRow === true, columns, model: m });
  }
  return tables;
}
