import type ExcelJS from 'exceljs';
import { cellA1, parseCellA1, rangeA1 } from '../../core/model/address';

interface ValidationsModel {
  model: Record<string, ExcelJS.DataValidation | undefined>;
}

/**
 * Give a loaded worksheet's data validations back their ranges before it is written.
 *
 * exceljs 4.4 expands each `<dataValidation sqref="C2:C20">` it reads into one entry per
 * cell (all sharing one object), and on writing squeezes the cells back into ranges after
 * sorting the addresses as strings, so `C10` comes before `C2` and the column is written as
 * two overlapping validations, `C10:C20` and `C2:C20` (exceljs issue #1427). Here the cells
 * of each original validation are grouped again and stored as rectangular ranges, which
 * exceljs writes as they are.
 */
export function repairLoadedValidations(worksheet: ExcelJS.Worksheet): void {
  const validations = (worksheet as unknown as { dataValidations?: ValidationsModel })
    .dataValidations;
  if (!validations) return;
  const byValidation = new Map<ExcelJS.DataValidation, Map<number, number[]>>();
  const kept: Record<string, ExcelJS.DataValidation | undefined> = {};
  for (const [address, validation] of Object.entries(validations.model)) {
    if (validation === undefined) continue;
    const cell = parseCellA1(address);
    if (!cell) {
      kept[address] = validation; // already a range
      continue;
    }
    let columns = byValidation.get(validation);
    if (!columns) byValidation.set(validation, (columns = new Map()));
    const rows = columns.get(cell.col);
    if (rows) rows.push(cell.row);
    else columns.set(cell.col, [cell.row]);
  }
  for (const [validation, columns] of byValidation) {
    for (const range of rectangles(columns)) kept[range] = validation;
  }
  validations.model = kept;
}

/** Cover cells given as column → rows with rectangles: runs down columns, joined across. */
function rectangles(columns: Map<number, number[]>): string[] {
  // Runs of consecutive rows per column, keyed "first:last".
  const runsByColumn = [...columns.entries()]
    .sort(([a], [b]) => a - b)
    .map(([col, rows]) => {
      rows.sort((a, b) => a - b);
      const runs: [number, number][] = [];
      for (const r of rows) {
        const last = runs[runs.length - 1];
        if (last && r === last[1] + 1) last[1] = r;
        else if (!last || r > last[1]) runs.push([r, r]);
      }
      return { col, runs };
    });
  const out: string[] = [];
  // An open rectangle per run key, extended while the next column has the same run.
  let open = new Map<string, { top: number; bottom: number; left: number; right: number }>();
  let prevCol = 0;
  const close = (
    rects: Iterable<{ top: number; bottom: number; left: number; right: number }>,
  ): void => {
    for (const r of rects) {
      out.push(
        r.top === r.bottom && r.left === r.right
          ? cellA1(r.top, r.left)
          : rangeA1(r.top, r.left, r.bottom, r.right),
      );
    }
  };
  for (const { col, runs } of runsByColumn) {
    const next = new Map<string, { top: number; bottom: number; left: number; right: number }>();
    for (const [top, bottom] of runs) {
      const key = `${top}:${bottom}`;
      const rect = col === prevCol + 1 ? open.get(key) : undefined;
      if (rect) {
        rect.right = col;
        open.delete(key);
        next.set(key, rect);
      } else {
        next.set(key, { top, bottom, left: col, right: col });
      }
    }
    close(open.values());
    open = next;
    prevCol = col;
  }
  close(open.values());
  return out;
}
