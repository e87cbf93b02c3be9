import { rangeA1 } from '../model/address';
import type { PlanCell } from './sheetPlan';

/** A cell and how many columns it spans (merged to the right). */
export interface SpanCell {
  readonly cell: PlanCell;
  readonly span?: number;
}

/** One sheet row laid out from column A. */
export interface SpannedRow {
  readonly cells: PlanCell[];
  /** The width each cell really has, in characters (0 for the cells a span covers). */
  readonly widths: number[];
  /** The merged range of each cell spanning more than one column, e.g. `C40:E40`. */
  readonly merges: string[];
}

/**
 * Lay out cells of row `rowNumber` from column A: a cell spanning n columns is followed by
 * n − 1 blank cells with its style (so borders and fills run across) and is merged over
 * them; its width is the sum of the columns it spans.
 */
export function spanRow(
  rowNumber: number,
  cells: readonly SpanCell[],
  columnWidths: readonly number[],
): SpannedRow {
  const out: SpannedRow = { cells: [], widths: [], merges: [] };
  for (const { cell, span = 1 } of cells) {
    const col = out.cells.length + 1;
    let width = 0;
    for (let i = 0; i < span; i++) width += columnWidths[col - 1 + i] ?? 0;
    out.cells.push(cell);
    out.widths.push(width);
    for (let i = 1; i < span; i++) {
      out.cells.push(
        cell.style === undefined ? { value: null } : { value: null, style: cell.style },
      );
      out.widths.push(0);
    }
    if (span > 1) out.merges.push(rangeA1(rowNumber, col, rowNumber, col + span - 1));
  }
  return out;
}
