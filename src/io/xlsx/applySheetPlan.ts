import type ExcelJS from 'exceljs';
import { cellA1, parseRangeA1 } from '../../core/model/address';
import { EXCEL_MAX_CELL_CHARS } from '../../core/model/grid';
import {
  EXCEL_MAX_ROW_HEIGHT,
  isPlanCell,
  type PlanCell,
  type SheetPlan,
} from '../../core/render/sheetPlan';
import { addPlanTable } from './addPlanTable';
import { planHyperlink, planLinkText } from './planHyperlink';
import { toArgb, toExcelStyle } from './toExcelStyle';
import { toExcelValidation } from './toExcelValidation';

/** Number format given to dates whose style sets none: otherwise Excel shows a serial. */
const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

export interface ApplySheetPlanOptions {
  /**
   * Final names of sheets that were renamed to avoid a collision, by the name their plan
   * asked for; cell links to a planned name follow it to the final one.
   */
  readonly sheetNames?: ReadonlyMap<string, string>;
}

/** The exceljs worksheet API for data validations, which its typings leave out. */
interface DataValidationsApi {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/**
 * Apply one {@link SheetPlan} to an (empty) exceljs worksheet: values from A1, styles,
 * links, notes, column widths, row heights, merges, freeze panes, list validations, tables,
 * autoFilter, print setup and tab colour. Charts are not applied here: exceljs cannot write
 * them (`writeWorkbookCopy` adds them afterwards with `addPlanCharts`).
 *
 * Every string is written as a string cell, never as a formula: `=HYPERLINK("x")`, `+1`,
 * `-x`, `@SUM(A1)` arrive in Excel as that text. Dates are written as dates with the
 * style's number format (`yyyy-mm-dd` when it has none).
 *
 * @throws Error when the plan itself is wrong (a caller bug): an unknown style key, a colour
 *   that is not `#RRGGBB`, an invalid range, a validation list over 255 characters or with a
 *   comma in an item, a table without a unique header, a string over 32,767 characters, a
 *   row height for a row that is not 1–1,048,576 or of more than 409 points.
 */
export function applySheetPlan(
  worksheet: ExcelJS.Worksheet,
  plan: SheetPlan,
  options: ApplySheetPlanOptions = {},
): void {
  const styles = new Map(
    Object.entries(plan.styles ?? {}).map(([key, style]) => [key, toExcelStyle(style)] as const),
  );
  const validations = (plan.validations ?? []).map((v) => [v.range, toExcelValidation(v)] as const);

  const tables = (plan.tables ?? []).map((table) => addPlanTable(worksheet, plan, table));
  const isTableHeader = (row: number, col: number): boolean =>
    tables.some((t) => t.from.row === row && t.from.col <= col && col <= t.to.col);

  plan.rows.forEach((cells, r) => {
    cells.forEach((entry, c) => {
      let planCell: PlanCell = isPlanCell(entry) ? entry : { value: entry };
      // Excel keeps a table's header cells as text equal to its column names.
      if (planCell.value !== null && isTableHeader(r + 1, c + 1)) {
        planCell = { ...planCell, value: String(planCell.value).trim() };
      }
      writeCell(worksheet.getCell(r + 1, c + 1), planCell, plan.name, styles, options);
    });
  });

  (plan.columnWidths ?? []).forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) {
    worksheet.getRow(checkedRow(row, plan.name)).height = checkedHeight(height, row, plan.name);
  }
  for (const merge of plan.merges ?? []) worksheet.mergeCells(checkedRange(merge, plan.name));

  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    worksheet.views = [
      {
        state: 'frozen',
        xSplit: freeze.cols,
        ySplit: freeze.rows,
        topLeftCell: cellA1(freeze.rows + 1, freeze.cols + 1),
      },
    ];
  }

  const dataValidations = (worksheet as unknown as { dataValidations: DataValidationsApi })
    .dataValidations;
  for (const [range, validation] of validations) dataValidations.add(range, validation);

  if (plan.autoFilter !== undefined)
    worksheet.autoFilter = checkedRange(plan.autoFilter, plan.name);

  const print = plan.print;
  if (print) {
    if (print.orientation !== undefined) worksheet.pageSetup.orientation = print.orientation;
    if (print.fitToWidth === true) {
      worksheet.pageSetup.fitToPage = true;
      worksheet.pageSetup.fitToWidth = 1;
      worksheet.pageSetup.fitToHeight = 0;
    }
    if (print.titleRows !== undefined) worksheet.pageSetup.printTitlesRow = print.titleRows;
    // Columns 1..16384: without them exceljs writes max="16838", past Excel's last column.
    for (const after of print.pageBreaksAfter ?? [])
      worksheet.getRow(after).addPageBreak(1, 16_384);
  }
  if (plan.tabColor !== undefined) worksheet.properties.tabColor = { argb: toArgb(plan.tabColor) };
}

function writeCell(
  cell: ExcelJS.Cell,
  planCell: PlanCell,
  sheet: string,
  styles: ReadonlyMap<string, Partial<ExcelJS.Style>>,
  options: ApplySheetPlanOptions,
): void {
  const { value, link, note, style } = planCell;
  if (typeof value === 'string' && value.length > EXCEL_MAX_CELL_CHARS) {
    throw new Error(
      `Sheet plan "${sheet}" cell ${cell.address}: ${value.length} characters, Excel allows ${EXCEL_MAX_CELL_CHARS}`,
    );
  }
  if (style !== undefined) {
    const excelStyle = styles.get(style);
    if (excelStyle === undefined) {
      throw new Error(`Sheet plan "${sheet}" cell ${cell.address}: unknown style "${style}"`);
    }
    // A copy per cell: exceljs shares style objects between cells that are given the same one.
    cell.style = structuredClone(excelStyle);
  }
  if (value instanceof Date && cell.numFmt === undefined) cell.numFmt = DEFAULT_DATE_FORMAT;

  const text = planLinkText(value);
  if (link !== undefined && text !== '') {
    // exceljs hyperlink values carry text; the linked cell shows the value as text. A link
    // on a blank cell is left out: exceljs cannot write a hyperlink without text.
    cell.value = { text, hyperlink: planHyperlink(link, options.sheetNames) };
  } else if (value !== null) {
    // A string is stored as a string cell (shared string); exceljs only makes a formula from
    // an explicit { formula } object, so no string is ever read as one.
    cell.value = value;
  }
  if (note !== undefined) cell.note = note;
}

/** `ref` when it is an A1 cell or range. @throws Error otherwise (a plan bug). */
function checkedRange(ref: string, sheet: string): string {
  if (parseRangeA1(ref) === undefined) {
    throw new Error(`Invalid range "${ref}" in sheet plan "${sheet}"`);
  }
  return ref;
}

/** Excel's last row, and its tallest row in points. */
const EXCEL_MAX_ROWS = 1_048_576;

/** A `rowHeights` key as a 1-based row number. @throws Error otherwise (a plan bug). */
function checkedRow(key: string, sheet: string): number {
  const row = Number(key);
  if (!Number.isInteger(row) || row < 1 || row > EXCEL_MAX_ROWS) {
    throw new Error(`Invalid row "${key}" in the row heights of sheet plan "${sheet}"`);
  }
  return row;
}

/** A row height in points Excel accepts. @throws Error otherwise (a plan bug). */
function checkedHeight(height: number, row: string, sheet: string): number {
  if (!(height >= 0 && height <= EXCEL_MAX_ROW_HEIGHT)) {
    throw new Error(
      `Row ${row} of sheet plan "${sheet}": height ${height} is not 0–${EXCEL_MAX_ROW_HEIGHT} points`,
    );
  }
  return height;
}
