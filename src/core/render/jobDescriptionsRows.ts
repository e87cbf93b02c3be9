import { CJK_LINE_PT, LINE_PT, gapSummaryRowHeights, hasWideText } from './gapSummaryRowHeights';
import { spanRow, type SpanCell } from './spanRow';
import type { JobDescriptionsStyle } from './jobDescriptionsStyles';
import { EXCEL_MAX_ROW_HEIGHT, type CellStyle, type PlanCell, type PlanValue } from './sheetPlan';

/** A cell of the sheet and how many columns it spans (merged to the right). */
export type JobDescriptionsCell = SpanCell;

export const styled = (
  value: PlanValue,
  style: JobDescriptionsStyle,
  span?: number,
): JobDescriptionsCell => ({ cell: { value, style }, ...(span === undefined ? {} : { span }) });

/**
 * The Job Descriptions sheet's rows as they are laid out, top to bottom, with the merges
 * they need. A cell spanning several columns is merged to the right; the cells it covers
 * get its style (blank), so borders and fills run across the whole merged range in every
 * host. Returns 1-based row numbers so links, page breaks and tests can point at exactly
 * what was written.
 */
export class JobDescriptionsRows {
  private readonly rows: PlanCell[][] = [];
  private readonly merged: string[] = [];
  /** Per row, the width in characters each cell has (merged cells: the sum), for heights. */
  private readonly widths: number[][] = [];
  private readonly minHeights: Record<number, number> = {};

  constructor(private readonly columnWidths: readonly number[]) {}

  get all(): readonly (readonly PlanCell[])[] {
    return this.rows;
  }

  get merges(): readonly string[] {
    return this.merged;
  }

  /** The 1-based number of the next row. */
  get next(): number {
    return this.rows.length + 1;
  }

  /** Append a row of cells from column A; returns its 1-based number. */
  add(...cells: JobDescriptionsCell[]): number {
    this.rows.push([]);
    this.widths.push([]);
    const rowNumber = this.rows.length;
    this.fill(rowNumber, cells);
    return rowNumber;
  }

  /** Fill a row added blank earlier (e.g. an index row, once its target is known). */
  set(rowNumber: number, ...cells: JobDescriptionsCell[]): void {
    if (this.rows[rowNumber - 1]?.length !== 0) {
      throw new Error(`Row ${rowNumber} is not an empty row of this sheet`);
    }
    this.fill(rowNumber, cells);
  }

  private fill(rowNumber: number, cells: readonly JobDescriptionsCell[]): void {
    const { cells: row, widths, merges } = spanRow(rowNumber, cells, this.columnWidths);
    this.merged.push(...merges);
    this.rows[rowNumber - 1] = row;
    this.widths[rowNumber - 1] = widths;
  }

  blank(): number {
    this.rows.push([]);
    this.widths.push([]);
    return this.rows.length;
  }

  /** Give a row at least this height in points (large fonts). */
  minHeight(row: number, points: number): void {
    this.minHeights[row] = Math.max(this.minHeights[row] ?? 0, points);
  }

  /**
   * Heights in points of the rows that need more than the default: the lines of wrapped
   * text estimated with the Gap Summary's generous rule on the width each cell really has
   * (merged cells their merged width), taller lines for rows with Chinese text (even a
   * single line), and the rows given a minimum height.
   */
  heights(styles: Readonly<Record<string, CellStyle>>): Record<number, number> {
    const out: Record<number, number> = {};
    this.rows.forEach((row, r) => {
      const widths = this.widths[r] ?? [];
      const latin = gapSummaryRowHeights([row], widths, styles)[1];
      const lines = latin === undefined ? 1 : Math.round(latin / LINE_PT);
      const text = hasWideText(row)
        ? lines * CJK_LINE_PT
        : latin === undefined
          ? 0
          : lines * LINE_PT;
      const height = Math.max(text, this.minHeights[r + 1] ?? 0);
      if (height > 0) out[r + 1] = Math.min(EXCEL_MAX_ROW_HEIGHT, height);
    });
    return out;
  }
}
