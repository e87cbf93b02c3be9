import { parseRangeA1 } from '../../core/model/address';
import type { CellValue, Grid } from '../../core/model/grid';
import { loadStore, type WorkbookStore } from './workbookStore';

/** What the reader found: every sheet's used range and every Excel table, as grids. */
export interface WorkbookRead {
  /** Sheet grids (no `table`), then table grids, in workbook order. */
  readonly grids: readonly Grid[];
  /** Every sheet, in tab order. */
  readonly sheets: readonly { readonly name: string; readonly id: string }[];
  /** What this add-in keeps in the workbook's settings. */
  readonly store: WorkbookStore;
}

export interface ReadGridsOptions {
  /** Sheets not to read (by id): the add-in's own outputs. Default: those in the store. */
  readonly skipSheetIds?: ReadonlySet<string>;
  /** Most cells asked for in one sync when a read has to be split (default 500,000). */
  readonly cellsPerSync?: number;
}

/** Text Excel gives for an error value: such a cell becomes a `CellError`. */
const ERROR_TEXTS = new Set([
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NULL!',
  '#NUM!',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#GETTING_DATA',
]);

/** Office.js's value of a cell → the core's. Blank cells come as "", errors as their text. */
export function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string') return ERROR_TEXTS.has(v) ? { error: v } : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/** `Sheet!A1:C9` or `'My sheet'!A1:C9` → `A1:C9`. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang < 0 ? address : address.slice(bang + 1);
}

interface SheetRead {
  readonly name: string;
  readonly id: string;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas;
}

/**
 * Read the workbook's sheets (but the add-in's own outputs) and Excel tables as grids, in two
 * syncs whatever their size: names, tables and settings; then every used range's values, the
 * merged areas and the tables' addresses. A read Excel refuses as too large (values `null`,
 * or the request over its payload limit, as in Excel on the web) is read again in row blocks
 * of about `cellsPerSync` cells, one sync each.
 */
export async function readWorkbookGrids(
  context: Excel.RequestContext,
  options: ReadGridsOptions = {},
): Promise<WorkbookRead> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/id');
  const tables = workbook.tables;
  tables.load('items/name');
  const storeOf = loadStore(context);
  await context.sync();

  const store = storeOf();
  const skip = options.skipSheetIds ?? new Set(store.outputs.map((o) => o.sheetId));
  const sheets = worksheets.items.map((ws) => ({ name: ws.name, id: ws.id }));
  const reads: SheetRead[] = [];
  for (const ws of worksheets.items) {
    if (skip.has(ws.id)) continue;
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex,rowCount,columnCount,rowHidden');
    const merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load('address');
    reads.push({ name: ws.name, id: ws.id, used, merged });
  }
  const tableReads = tables.items.map((t) => {
    const range = t.getRange();
    range.load('address');
    t.worksheet.load('id');
    return { name: t.name, range, sheet: t.worksheet };
  });
  let tooLarge = false;
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    tooLarge = true;
  }

  const cellsPerSync = options.cellsPerSync ?? 500_000;
  const values = new Map<string, CellValue[][]>();
  for (const r of reads) {
    const v = tooLarge
      ? await readInBlocks(context, r, cellsPerSync)
      : await sheetValues(context, r, cellsPerSync);
    if (v !== undefined) values.set(r.id, v);
  }
  const hidden = await detailsOf(
    context,
    reads.filter((r) => values.has(r.id)),
    values,
  );
  const grids: Grid[] = [];
  const byId = new Map<string, Grid>();
  for (const r of reads) {
    const v = values.get(r.id);
    if (v === undefined) continue;
    const grid = makeGrid(r, v, hidden.get(r.id) ?? []);
    grids.push(grid);
    byId.set(r.id, grid);
  }
  for (const t of tableReads) {
    const sheetGridOf = byId.get(t.sheet.id);
    if (!sheetGridOf) continue;
    const grid = tableGrid(sheetGridOf, t.name, localAddress(t.range.address));
    if (grid) grids.push(grid);
  }
  return { grids, sheets, store };
}

/** Whether Office.js refused a request or response as too large. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : '';
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** A sheet's values from its loaded used range; read in blocks when Excel gave none. */
async function sheetValues(
  context: Excel.RequestContext,
  r: SheetRead,
  cellsPerSync: number,
): Promise<CellValue[][] | undefined> {
  if (r.used.isNullObject) return undefined;
  const values = r.used.values as unknown[][] | null;
  if (values === null) return readInBlocks(context, r, cellsPerSync);
  return values.map((row) => row.map(toCellValue));
}

/** Read a used range again in row blocks of about `cellsPerSync` cells, one sync each. */
async function readInBlocks(
  context: Excel.RequestContext,
  r: SheetRead,
  cellsPerSync: number,
): Promise<CellValue[][] | undefined> {
  // After a refused request nothing of it is loaded: ask for the extent alone first.
  if (!isLoaded(r.used)) {
    r.used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden');
    r.merged.load('address');
    await context.sync();
  }
  if (r.used.isNullObject) return undefined;
  const { rowIndex, columnIndex, rowCount, columnCount } = r.used;
  const rowsPerBlock = Math.max(1, Math.floor(cellsPerSync / Math.max(1, columnCount)));
  const values: CellValue[][] = [];
  const sheet = context.workbook.worksheets.getItem(r.name);
  for (let start = 0; start < rowCount; start += rowsPerBlock) {
    const rows = Math.min(rowsPerBlock, rowCount - start);
    const block = sheet.getRangeByIndexes(rowIndex + start, columnIndex, rows, columnCount);
    block.load('values');
    // One block per sync: that is the point of splitting.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const row of block.values as unknown[][]) values.push(row.map(toCellValue));
  }
  return values;
}

function isLoaded(range: Excel.Range): boolean {
  try {
    return typeof range.rowCount === 'number';
  } catch {
    return false;
  }
}

/**
 * One more sync, when needed, for what the values do not tell: which numbers are dates (the
 * number formats of the columns that hold numbers, so that date cells reach the core as
 * dates), and the hidden rows of each sheet whose used range has some (`rowHidden` is then
 * neither true nor false): the rows missing from the visible view of its first column.
 * Converts the date cells in `values` in place; returns the hidden rows by sheet id.
 */
async function detailsOf(
  context: Excel.RequestContext,
  reads: readonly SheetRead[],
  values: ReadonlyMap<string, CellValue[][]>,
): Promise<Map<string, number[]>> {
  const hidden = new Map<string, number[]>();
  const views: { r: SheetRead; view: Excel.RangeView }[] = [];
  const formats: { r: SheetRead; col: number; range: Excel.Range }[] = [];
  for (const r of reads) {
    const v = values.get(r.id) ?? [];
    const width = v.reduce((w, row) => Math.max(w, row.length), 0);
    for (let col = 0; col < width; col++) {
      if (!v.some((row) => typeof row[col] === 'number')) continue;
      const range = r.used.getColumn(col);
      range.load('numberFormat');
      formats.push({ r, col, range });
    }
    if (r.used.rowHidden === false) continue;
    if (r.used.rowHidden === true) {
      const rows: number[] = [];
      for (let i = 0; i < r.used.rowCount; i++) rows.push(r.used.rowIndex + 1 + i);
      hidden.set(r.id, rows);
      continue;
    }
    const view = r.used.getColumn(0).getVisibleView();
    view.load('cellAddresses');
    views.push({ r, view });
  }
  if (views.length === 0 && formats.length === 0) return hidden;
  try {
    await context.sync();
  } catch (error) {
    // Too large to tell: numbers stay serial numbers (the core reads them as dates, saying so).
    if (!isPayloadTooLarge(error)) throw error;
    return hidden;
  }
  for (const { r, col, range } of formats) {
    const v = values.get(r.id) ?? [];
    (range.numberFormat as string[][]).forEach((row, i) => {
      const cells = v[i];
      const n = cells?.[col];
      if (cells && typeof n === 'number' && isDateFormat(row[0] ?? '')) cells[col] = serialDate(n);
    });
  }
  for (const { r, view } of views) {
    const visible = new Set<number>();
    for (const row of view.cellAddresses as string[][]) {
      const ref = parseRangeA1(localAddress(row[0] ?? ''));
      if (ref) visible.add(ref.from.row);
    }
    const rows: number[] = [];
    for (let i = 0; i < r.used.rowCount; i++) {
      const row = r.used.rowIndex + 1 + i;
      if (!visible.has(row)) rows.push(row);
    }
    if (rows.length > 0) hidden.set(r.id, rows);
  }
  return hidden;
}

/** Whether an Excel number format shows a date or time (`yyyy-mm-dd`, `d/m/yy h:mm`, `[$-804]…`). */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return bare.toLowerCase() !== 'general' && /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** An Excel serial (1900 system) as the UTC midnight (or time) it stands for. */
export function serialDate(serial: number): Date {
  return new Date(Math.round((serial - 25_569) * 86_400_000));
}

/** The grid of a sheet from its values, merged areas and hidden rows. */
function makeGrid(r: SheetRead, values: CellValue[][], hiddenRows: readonly number[]): Grid {
  const merges = r.merged.isNullObject
    ? []
    : r.merged.address
        .split(',')
        .map((a) => localAddress(a.trim()))
        .filter((a) => a !== '');
  return {
    sheet: r.name,
    origin: { row: r.used.rowIndex + 1, col: r.used.columnIndex + 1 },
    values,
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(merges.length > 0 ? { merges } : {}),
  };
}

/** The part of a sheet's grid inside a table's range (blank where the sheet had no values). */
export function tableGrid(sheet: Grid, table: string, address: string): Grid | undefined {
  const range = parseRangeA1(address);
  if (!range) return undefined;
  const values: CellValue[][] = [];
  for (let row = range.from.row; row <= range.to.row; row++) {
    const source = sheet.values[row - sheet.origin.row] ?? [];
    const out: CellValue[] = [];
    for (let col = range.from.col; col <= range.to.col; col++)
      out.push(source[col - sheet.origin.col] ?? null);
    values.push(out);
  }
  const merges = (sheet.merges ?? []).filter((m) => {
    const r = parseRangeA1(m);
    return (
      r !== undefined &&
      r.from.row <= range.to.row &&
      r.to.row >= range.from.row &&
      r.from.col <= range.to.col &&
      r.to.col >= range.from.col
    );
  });
  const hiddenRows = (sheet.hiddenRows ?? []).filter(
    (row) => row >= range.from.row && row <= range.to.row,
  );
  return {
    sheet: sheet.sheet,
    table,
    origin: { row: range.from.row, col: range.from.col },
    values,
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(merges.length > 0 ? { merges } : {}),
  };
}
