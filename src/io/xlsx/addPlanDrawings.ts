import type ExcelJS from 'exceljs';
import { ORG_CHART_COLUMN_WIDTH, PT_PER_PX } from '../../core/render/orgChartPlan';
import type { PlanDrawing } from '../../core/render/sheetPlan';
import type { FileHost } from './fileHost';

/** Pixels of a column `ORG_CHART_COLUMN_WIDTH` characters wide (Calibri 11: 7 px each + 5). */
const COLUMN_PX = ORG_CHART_COLUMN_WIDTH * 7 + 5;
/** Pixels of a default row (15 pt). */
const ROW_PX = 20;

/**
 * Drawings in a file: exceljs writes no shapes or connectors, so each drawing's SVG is
 * rendered to PNG by the host (at twice its size, for print, within its caps) and embedded at
 * the drawing's place and size. The Office.js executor draws the shapes themselves.
 */
export async function addPlanDrawings(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  drawings: readonly PlanDrawing[],
  renderPng: FileHost['renderPng'],
): Promise<void> {
  for (const d of drawings) {
    const png = await renderPng(d.svg, 2);
    const id = workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    const leftPx = d.left / PT_PER_PX;
    const topPx = d.top / PT_PER_PX;
    worksheet.addImage(id, {
      tl: { col: leftPx / COLUMN_PX, row: topPx / ROW_PX } as ExcelJS.Anchor,
      ext: { width: d.width / PT_PER_PX, height: d.height / PT_PER_PX },
      editAs: 'oneCell',
    });
  }
}
