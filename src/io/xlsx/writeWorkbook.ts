import ExcelJS from 'exceljs';
import type { SheetPlan } from '../../core/render/sheetPlan';
import { addPlanCharts, type SheetChart } from './addPlanCharts';
import { addPlanDrawings } from './addPlanDrawings';
import { applySheetPlan } from './applySheetPlan';
import type { FileHost } from './fileHost';
import { freeSheetNames } from './freeSheetName';
import { loadWorkbook, type WorkbookBytes } from './loadWorkbook';
import { repairLoadedTables } from './repairLoadedTables';
import { repairLoadedValidations } from './repairLoadedValidations';

/*
 * What an exceljs 4.4 round trip keeps and drops. The input workbook is loaded into exceljs's
 * document model and written out again, so only what that model holds survives.
 *
 * Kept, and tested in test/io/writeWorkbookCopy.test.ts: cell values and types, formulas with
 * their cached results (0, false and #N/A included), styles (font, fill, number format,
 * alignment, borders), merged ranges, column widths, row heights, hidden rows, sheet order and
 * visibility, freeze panes, tables and data validations (after the repairs below), conditional
 * formatting, notes on non-empty cells, URL hyperlinks, defined names, print orientation and
 * title rows. Also kept when checked by hand: header/footer, sheet protection.
 *
 * Repaired here, because exceljs would otherwise change them:
 * - tables Excel wrote lose their header row and filter buttons (`repairLoadedTables`);
 * - data validations over 10+ rows come out as two overlapping ones (`repairLoadedValidations`).
 *
 * Dropped although exceljs reads the sheet (checked on this version):
 * - hyperlinks to a place in the workbook as Excel writes them (`location` only): the cell
 *   keeps its text, the link is gone;
 * - manual page breaks of input sheets;
 * - notes on cells that hold no value and no style.
 *
 * Dropped because exceljs has no model for them (it keeps the package parts it knows and
 * discards the rest; exceljs issues #141/#307/#1734 charts, #261/#1678 pivot tables):
 * - charts and chart sheets, pivot tables and their caches, slicers and timelines;
 * - shapes, text boxes, form controls and ActiveX controls (drawings keep pictures only);
 * - the VBA project of an .xlsm (macros): the copy is a macro-free .xlsx package;
 * - external links, custom XML parts, data connections and query tables, threaded comments
 *   (their legacy note stays), sparklines and the other `extLst` extensions except
 *   conditional formatting (so Excel 2010 list validations that point at another sheet);
 * - a table column's calculated-column formula (the cells keep their formulas).
 *
 * Cost: exceljs expands every data validation into one entry per cell on loading, so a
 * whole-column validation (C2:C1048576) takes about 5 s and 300 MB to copy.
 */

export interface WriteWorkbookCopyOptions {
  /**
   * Names of existing sheets that are this tool's own earlier outputs (compared
   * case-insensitively): they are removed and their names become free for the new sheets.
   * Never list a user's sheet here; every other input sheet is kept as it is.
   */
  readonly replaceSheets?: readonly string[];
  /**
   * A very hidden sheet of this tool's own data (the browser preview keeps its outputs list,
   * mapping and settings there), written last as plain text; a sheet of that name is
   * replaced. Users do not see it in Excel's Unhide list.
   */
  readonly hiddenSheet?: { readonly name: string; readonly rows: readonly (readonly string[])[] };
}

export interface WorkbookCopy {
  /** The .xlsx bytes of the copy. */
  readonly bytes: Uint8Array;
  /** The name each plan's sheet got, in plan order (a colliding name gets `Name (2)`, …). */
  readonly sheetNames: readonly string[];
}

/**
 * Copy a workbook (or start an empty one when `input` is null) and add one worksheet per
 * plan after its sheets, returning the new .xlsx bytes. Input sheets are never altered; a
 * plan whose name is taken by a sheet of the input gets a free name instead.
 *
 * Plan drawings (the org chart's shapes) are embedded as PNG pictures of their SVG, drawn by
 * the host, since exceljs writes no shapes (see `addPlanDrawings`).
 *
 * Plan charts are added natively after exceljs has written the package (exceljs has no
 * chart model; see `addPlanCharts`), on the final sheet names: a chart's ranges point at
 * its plan's sheet, or at the sheet it names, renamed like the links are.
 *
 * @throws Error starting "Not a readable .xlsx file" when `input` is not an .xlsx package,
 *   and the plan errors of {@link applySheetPlan} and {@link addPlanCharts}.
 */
export async function writeWorkbook(
  host: FileHost,
  input: WorkbookBytes | null,
  plans: readonly SheetPlan[],
  options: WriteWorkbookCopyOptions = {},
): Promise<WorkbookCopy> {
  const workbook = input === null ? new ExcelJS.Workbook() : await loadWorkbook(input);
  const hidden = options.hiddenSheet;
  const replace = new Set(
    [...(options.replaceSheets ?? []), ...(hidden ? [hidden.name] : [])].map((n) =>
      n.toUpperCase(),
    ),
  );
  for (const worksheet of [...workbook.worksheets]) {
    if (replace.has(worksheet.name.toUpperCase())) workbook.removeWorksheet(worksheet.id);
  }
  for (const worksheet of workbook.worksheets) {
    repairLoadedTables(worksheet);
    repairLoadedValidations(worksheet);
  }

  const sheetNames = freeSheetNames(
    workbook.worksheets.map((ws) => ws.name),
    plans.map((p) => p.name),
  );
  const renamed = new Map<string, string>();
  plans.forEach((plan, i) => {
    const name = sheetNames[i] ?? plan.name;
    if (!renamed.has(plan.name)) renamed.set(plan.name, name);
  });
  for (const [i, plan] of plans.entries()) {
    const worksheet = workbook.addWorksheet(sheetNames[i] ?? plan.name);
    applySheetPlan(worksheet, plan, { sheetNames: renamed });
    if (plan.drawings && plan.drawings.length > 0)
      await addPlanDrawings(workbook, worksheet, plan.drawings, host.renderPng);
  }

  if (hidden) {
    const worksheet = workbook.addWorksheet(hidden.name, { state: 'veryHidden' });
    hidden.rows.forEach((row, r) =>
      row.forEach((text, c) => {
        worksheet.getCell(r + 1, c + 1).value = text;
      }),
    );
  }

  const charts = plans.flatMap((plan, i): SheetChart[] => {
    const sheet = sheetNames[i] ?? plan.name;
    return (plan.charts ?? []).map((chart) => ({
      sheet,
      chart: {
        ...chart,
        sheet: chart.sheet === undefined ? sheet : (renamed.get(chart.sheet) ?? chart.sheet),
      },
    }));
  });
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  if (charts.length === 0) return { bytes: written, sheetNames };
  return { bytes: await addPlanCharts(written, charts, host.addCharts), sheetNames };
}
