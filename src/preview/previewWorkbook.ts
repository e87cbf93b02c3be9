import type { Lang } from '../core/i18n/lang';
import type { WorkbookPort } from '../core/port/workbookPort';
import type { ServiceQualityCharts } from '../core/render/serviceQualityChartsSvg';

/**
 * A workbook held in the page (the browser preview): the task pane's port, plus what only
 * a page can do with it — show a sheet's cells, and hand back files to download.
 */
export interface PreviewWorkbook extends WorkbookPort {
  /** The file name it was opened from (`example.xlsx` for the example). */
  readonly fileName: string;
  /** The sheets, in order (outputs included; the add-in's hidden store sheet never). */
  sheetNames(): Promise<readonly string[]>;
  /** One sheet's cells as displayed text, for the read-only grid view. */
  sheetView(sheet: string): Promise<SheetView>;
  /** The workbook as it now is (inputs, generated outputs, saved mapping and settings). */
  download(): Promise<Uint8Array>;
  /** The org chart as SVG text, in this language. */
  chartSvg(lang: Lang): Promise<string>;
  /** The job descriptions as a Word document (.docx bytes), in this language. */
  jobDescriptionsDocx(lang: Lang): Promise<Uint8Array>;
  /**
   * The survey's charts as SVG text, in this language: the radar of expectation against
   * perception and the gap bars per dimension; null when the workbook has no survey.
   */
  serviceQualitySvgs(lang: Lang): Promise<ServiceQualityCharts | null>;
}

/** A sheet's used range, as text, for the read-only grid view. */
export interface SheetView {
  readonly sheet: string;
  /** Displayed text of each cell, row by row from A1 (rows and columns past the used range omitted). */
  readonly rows: readonly (readonly string[])[];
  /** Rows (1-based) beyond those sent, when the sheet was cut short for display. */
  readonly moreRows: number;
}

/** Called when the pane selects a cell (a finding's "go to cell"): the page shows it. */
export type CellSelection = (sheet: string, a1: string) => void;
