import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../core/render/sheetPlan';

/** `#RRGGBB` → exceljs ARGB (`FFRRGGBB`). @throws Error on any other form: a plan bug. */
export function toArgb(color: string): string {
  const m = /^#([0-9a-fA-F]{6})$/.exec(color);
  if (!m) throw new Error(`Invalid colour "${color}" in sheet plan: expected #RRGGBB`);
  return `FF${(m[1] ?? '').toUpperCase()}`;
}

/** A plan's cell style as an exceljs style; only the properties the plan sets. */
export function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: toArgb(style.fontColor) };
  if (style.underline !== undefined) font.underline = style.underline;
  // A font without a name makes LibreOffice fall back to a serif face: name the
  // workbook's default font (and its size) whenever a plan touches the font.
  if (Object.keys(font).length > 0) out.font = { name: 'Calibri', family: 2, size: 11, ...font };

  if (style.fill !== undefined) {
    const argb = toArgb(style.fill);
    out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
  }

  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
  if (style.vertical !== undefined) alignment.vertical = style.vertical;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;

  if (style.border !== undefined) {
    const side: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: toArgb(style.border) } };
    out.border = { top: side, left: side, bottom: side, right: side };
  }
  if (style.numberFormat !== undefined) out.numFmt = style.numberFormat;
  return out;
}
