import { cellA1, parseRangeA1, rangeA1 } from '../model/address';
import { EXCEL_MAX_ROWS } from '../model/grid';
import type { DiagnosticCollector } from './diagnosticCollector';
import type { TableSource } from './locateTables';

/**
 * Findings about a table's cells as a whole: merged ranges over its data, hidden rows,
 * and data that runs to the sheet's last row. `kind` names the table in messages (an input
 * TableKind, or `Survey`).
 */
export function checkTableCells(
  source: Pick<TableSource, 'grid' | 'headerIndex'> & { readonly kind: string },
  diagnostics: DiagnosticCollector,
): void {
  const { grid, headerIndex, kind } = source;
  const firstDataRow = grid.origin.row + headerIndex + 1;
  const lastRow = grid.origin.row + grid.values.length - 1;
  const firstCol = grid.origin.col;
  const lastCol = grid.origin.col + (grid.values[headerIndex]?.length ?? 0) - 1;

  for (const m of grid.merges ?? []) {
    const r = parseRangeA1(m);
    if (!r) continue;
    const overlaps =
      r.to.row >= firstDataRow &&
      r.from.row <= lastRow &&
      r.to.col >= firstCol &&
      r.from.col <= Math.max(lastCol, firstCol);
    if (overlaps) {
      const range = rangeA1(r.from.row, r.from.col, r.to.row, r.to.col);
      diagnostics.add('CELL_MERGED', { sheet: grid.sheet, a1: range }, { range, table: kind });
    }
  }

  const hidden = [...new Set(grid.hiddenRows ?? [])]
    .filter((row) => row >= firstDataRow && row <= lastRow)
    .sort((a, b) => a - b);
  for (let i = 0; i < hidden.length;) {
    let j = i;
    while (j + 1 < hidden.length && hidden[j + 1] === (hidden[j] ?? 0) + 1) j++;
    const from = hidden[i] ?? 0;
    const to = hidden[j] ?? 0;
    diagnostics.add(
      'ROW_HIDDEN',
      { sheet: grid.sheet, a1: rangeA1(from, firstCol, to, firstCol) },
      { rows: from === to ? String(from) : `${from}–${to}`, table: kind },
    );
    i = j + 1;
  }

  const reach = Math.max(lastRow, grid.usedRangeLastRow ?? 0);
  if (reach >= EXCEL_MAX_ROWS) {
    diagnostics.add(
      'SHEET_AT_ROW_LIMIT',
      { sheet: grid.sheet, a1: cellA1(EXCEL_MAX_ROWS, firstCol) },
      { row: EXCEL_MAX_ROWS, table: kind },
    );
  }
}
