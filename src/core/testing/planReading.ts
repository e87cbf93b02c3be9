import { parseCellA1, parseRangeA1 } from '../model/address';
import {
  isPlanCell,
  type PlanCell,
  type PlanChart,
  type PlanValue,
  type SheetPlan,
} from '../render/sheetPlan';

/**
 * Reading a sheet plan the way a user sees the sheet, for tests: cells by row and column
 * (1-based), rows without trailing blanks, the values a chart's range covers, the cells a
 * chart covers.
 */

export const cellAt = (plan: SheetPlan, row: number, col: number): PlanCell => {
  const entry = plan.rows[row - 1]?.[col - 1];
  if (entry === undefined) return { value: null };
  return isPlanCell(entry) ? entry : { value: entry };
};

export const valueAt = (plan: SheetPlan, row: number, col: number): PlanValue =>
  cellAt(plan, row, col).value;

const isFilled = (v: PlanValue): boolean => v !== null && v !== '';

/** The values of a row, without trailing blanks. */
export const rowValues = (plan: SheetPlan, row: number): PlanValue[] => {
  const values = (plan.rows[row - 1] ?? []).map((e) => (isPlanCell(e) ? e.value : e));
  while (values.length > 0 && !isFilled(values[values.length - 1] ?? null)) values.pop();
  return values;
};

/** 1-based number of the first row from `from` whose column A shows `text`. */
export const rowOf = (plan: SheetPlan, text: PlanValue, from = 1): number => {
  for (let r = from; r <= plan.rows.length; r++) if (valueAt(plan, r, 1) === text) return r;
  throw new Error(`No row starts with ${String(text)}`);
};

/** The values of a range, row by row. */
export const rangeValues = (plan: SheetPlan, ref: string): PlanValue[] => {
  const range = parseRangeA1(ref);
  if (!range) throw new Error(`Bad range ${ref}`);
  const out: PlanValue[] = [];
  for (let r = range.from.row; r <= range.to.row; r++)
    for (let c = range.from.col; c <= range.to.col; c++) out.push(valueAt(plan, r, c));
  return out;
};

export const numberFormatOf = (plan: SheetPlan, cell: PlanCell): string | undefined =>
  cell.style === undefined ? undefined : plan.styles?.[cell.style]?.numberFormat;

/** Rows whose column A is styled as a section header. */
export const sectionRows = (plan: SheetPlan): number[] =>
  plan.rows.flatMap((_, i) => (cellAt(plan, i + 1, 1).style === 'section' ? [i + 1] : []));

const DEFAULT_COLUMN_WIDTH = 8.43;
const columnPx = (plan: SheetPlan, col: number): number =>
  (plan.columnWidths?.[col - 1] ?? DEFAULT_COLUMN_WIDTH) * 7 + 5;

/** The cells a chart covers, from its anchor and pixel size, on rows of `rowPx` pixels. */
export function chartBox(plan: SheetPlan, chart: PlanChart, rowPx = 20) {
  const anchor = parseCellA1(chart.anchor);
  if (!anchor) throw new Error(`Bad anchor ${chart.anchor}`);
  let lastCol = anchor.col;
  let px = columnPx(plan, lastCol);
  while (px < chart.width) px += columnPx(plan, ++lastCol);
  const lastRow = anchor.row + Math.ceil(chart.height / rowPx) - 1;
  return { top: anchor.row, left: anchor.col, bottom: lastRow, right: lastCol };
}

export const chartOf = (plan: SheetPlan, type: PlanChart['type']): PlanChart => {
  const chart = plan.charts?.find((c) => c.type === type);
  if (!chart) throw new Error(`No ${type} chart`);
  return chart;
};
