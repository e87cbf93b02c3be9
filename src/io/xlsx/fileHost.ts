import type { Chart } from 'excelize-wasm';

/** The excelize chart types this project uses, by the name of excelize's constant. */
export type ExcelizeChartType = 'Col' | 'Bar' | 'Radar' | 'Line' | 'Pie';

/** One chart for excelize to add. */
export interface ExcelizeChartJob {
  /** Sheet the chart is placed on. */
  readonly sheet: string;
  /** Sheet its ranges are on; the job fails when the workbook has no such sheet. */
  readonly dataSheet: string;
  /** Top-left cell, e.g. `E2`. */
  readonly cell: string;
  /** excelize's chart options, with its type given by name. */
  readonly chart: Omit<Chart, 'Type'> & { readonly Type: ExcelizeChartType };
  /** How an error names this chart, e.g. `Chart "Spans" on sheet "Gap Summary"`. */
  readonly where: string;
}

/**
 * What writing a workbook file needs from where it runs. The file executor (exceljs) is the
 * same in Node and in a browser; these two are not: Node draws PNGs with resvg and runs
 * excelize-wasm in a worker thread (`nodeFileHost`), the browser preview draws on a canvas
 * and runs excelize-wasm in a Web Worker (`src/preview/browserFileHost`).
 */
export interface FileHost {
  /** An SVG drawn as PNG, scaled by `scale` (within the host's size caps). */
  renderPng(svg: string, scale: number): Promise<Uint8Array>;
  /**
   * Open an .xlsx package with excelize, add the charts in order and return the package it
   * writes; rejects with excelize's message when it refuses the package or a chart.
   */
  addCharts(xlsx: Uint8Array, jobs: readonly ExcelizeChartJob[]): Promise<Uint8Array>;
}
