/**
 * A host-neutral description of one output sheet. Renderers in the core build plans;
 * executors (the Excel JavaScript API in the add-in, exceljs for files) apply them and nothing else.
 *
 * Every string value in a plan is literal text: executors must never let Excel read it
 * as a formula (`=HYPERLINK(...)`, `+1`, `-x`, `@SUM(...)` land as those strings).
 */

export type PlanValue = string | number | boolean | Date | null;

/** The tallest row Excel allows, in points: taller text is cut off, never an error. */
export const EXCEL_MAX_ROW_HEIGHT = 409;

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** `#RRGGBB`. */
  readonly fontColor?: string;
  /** `#RRGGBB` solid fill. */
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle' | 'bottom';
  /** Thin border on all four sides, `#RRGGBB`. */
  readonly border?: string;
  /** Excel number format, e.g. `yyyy-mm-dd`, `0.0`, `@`. */
  readonly numberFormat?: string;
  readonly underline?: boolean;
}

/** A link from a cell to a place in the workbook or to a URL. */
export type PlanLink =
  | { readonly kind: 'cell'; readonly sheet: string; readonly a1: string }
  | { readonly kind: 'url'; readonly url: string };

export interface PlanCell {
  readonly value: PlanValue;
  /** Key into `SheetPlan.styles`. */
  readonly style?: string;
  readonly link?: PlanLink;
  /** A cell comment / note. */
  readonly note?: string;
}

/** A dropdown list on a range (Excel data validation, type list). */
export interface PlanValidation {
  readonly range: string;
  readonly list: readonly string[];
  readonly prompt?: string;
  /** Reject other values (true) or only warn (false). */
  readonly strict: boolean;
}

export interface PlanTable {
  /** Excel table name. */
  readonly name: string;
  /** Range including the header row. */
  readonly range: string;
}

export interface PlanPrint {
  readonly orientation?: 'portrait' | 'landscape';
  readonly fitToWidth?: boolean;
  /** Rows repeated at the top of each printed page, e.g. `1:2`. */
  readonly titleRows?: string;
  /** Row numbers after which a page break is inserted. */
  readonly pageBreaksAfter?: readonly number[];
}

/**
 * A native chart over ranges of the same workbook (Excel chart in the add-in, excelize in
 * files). A `bar` chart lists its categories top to bottom in row order (executors reverse
 * Excel's bottom-up category axis), so it reads like the table beside it.
 */
export interface PlanChart {
  readonly type: 'column' | 'bar' | 'radar' | 'line' | 'pie';
  readonly title: string;
  /** Range of the category labels, e.g. `A5:A10` (on `sheet`, default: this plan's sheet). */
  readonly categories: string;
  readonly series: readonly {
    readonly name: string;
    /** Range of the values, e.g. `B5:B10`. */
    readonly values: string;
    /** `#RRGGBB`. */
    readonly color?: string;
  }[];
  /** Sheet the ranges are on, when not this plan's own sheet. */
  readonly sheet?: string;
  /** Top-left cell where the chart is placed. */
  readonly anchor: string;
  /** Size in pixels. */
  readonly width: number;
  readonly height: number;
  readonly xAxisTitle?: string;
  readonly yAxisTitle?: string;
  /** Show each value on its bar or point. */
  readonly dataLabels?: boolean;
  /** Number format of the value axis and data labels, e.g. `0%`. */
  readonly valueFormat?: string;
  /** Fixed bounds of the value axis (a survey's 1–7 scale); the host's automatic ones when absent. */
  readonly valueAxis?: { readonly min: number; readonly max: number };
  /**
   * Category labels at the low end of the value axis instead of next to zero, so bars below
   * zero do not cover them (a chart of gaps).
   */
  readonly categoryLabelsLow?: boolean;
}

/** Where a connector meets a rectangle: the middle of one of its sides. */
export type ConnectionSite = 'top' | 'left' | 'bottom' | 'right';

/**
 * A shape on a sheet (ExcelApi 1.9 `shapes.addGeometricShape`), positioned in points from
 * the top-left corner of the drawing it belongs to.
 */
export interface PlanShape {
  /** Unique in its sheet, e.g. `box:CS-MGR`. */
  readonly name: string;
  readonly geometry: 'rectangle' | 'roundRectangle' | 'ellipse';
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** Literal text, lines separated by `\n`. */
  readonly text?: string;
  readonly fontSize?: number;
  /** `#RRGGBB`. */
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  /** `#RRGGBB` solid fill; no fill when absent. */
  readonly fill?: string;
  /** `#RRGGBB` outline; no outline when absent. */
  readonly line?: string;
  readonly lineWeight?: number;
  readonly dashed?: boolean;
  /** Alternative text (screen readers; the full title of a shortened box). */
  readonly altText?: string;
}

/**
 * An elbow or straight connector between two shapes of the same drawing (ExcelApi 1.9
 * `shapes.addLine` + `connectBeginShape`/`connectEndShape`). `points` is the path as drawn
 * here, in points from the drawing's corner, for hosts that draw lines themselves.
 */
export interface PlanConnector {
  readonly from: string;
  readonly fromSite: ConnectionSite;
  readonly to: string;
  readonly toSite: ConnectionSite;
  readonly kind: 'elbow' | 'straight';
  readonly points: readonly number[];
  /** `#RRGGBB`. */
  readonly color: string;
}

/**
 * A picture made of shapes and connectors, placed at `left`/`top` points from the sheet's
 * top-left corner. `svg` is the same picture for hosts that cannot draw shapes (files
 * written with exceljs embed it as a PNG at the same place and size).
 */
export interface PlanDrawing {
  readonly name: string;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly PlanShape[];
  readonly connectors: readonly PlanConnector[];
  readonly svg: string;
}

export interface SheetPlan {
  /** The sheet's name as the user should see it (executors resolve collisions). */
  readonly name: string;
  /** Cells from A1, row-major. */
  readonly rows: readonly (readonly (PlanCell | PlanValue)[])[];
  readonly styles?: Readonly<Record<string, CellStyle>>;
  /** Column widths in characters, from column A. */
  readonly columnWidths?: readonly number[];
  readonly merges?: readonly string[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly validations?: readonly PlanValidation[];
  readonly tables?: readonly PlanTable[];
  readonly autoFilter?: string;
  readonly print?: PlanPrint;
  /** Tab colour `#RRGGBB`. */
  readonly tabColor?: string;
  /** Native charts placed on the sheet. */
  readonly charts?: readonly PlanChart[];
  /** Row heights in points (at most `EXCEL_MAX_ROW_HEIGHT`), by 1-based row number, for rows that need more than one line. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Drawings of shapes and connectors (the org chart). */
  readonly drawings?: readonly PlanDrawing[];
}

/** A set of sheets to add to a workbook, in order. */
export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
}

export const isPlanCell = (v: PlanCell | PlanValue): v is PlanCell =>
  typeof v === 'object' && v !== null && !(v instanceof Date);
