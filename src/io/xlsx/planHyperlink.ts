import { cellA1, parseRangeA1, qualifiedA1 } from '../../core/model/address';
import type { PlanLink, PlanValue } from '../../core/render/sheetPlan';

/** The text a linked cell shows: its value as text. */
export function planLinkText(value: PlanValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * The exceljs hyperlink target of a plan link. In-workbook links are written
 * `#'Sheet name'!$A$1`: exceljs 4.4 turns a target of the form `Sheet!A1` into a `location`
 * *and* an external relationship, which Excel resolves as `target#location` (exceljs issue
 * #3027); an absolute reference keeps it to the relationship `#'Sheet name'!$A$1`, which
 * Excel follows inside the workbook.
 *
 * @param sheetNames final names of renamed sheets, by planned name
 * @throws Error when the link's address is not an A1 cell or range
 */
export function planHyperlink(link: PlanLink, sheetNames?: ReadonlyMap<string, string>): string {
  if (link.kind === 'url') return link.url;
  const sheet = sheetNames?.get(link.sheet) ?? link.sheet;
  const range = parseRangeA1(link.a1);
  if (!range) throw new Error(`Invalid link target "${link.a1}" on sheet "${link.sheet}"`);
  const from = absolute(range.from.row, range.from.col);
  const ref =
    range.from.row === range.to.row && range.from.col === range.to.col
      ? from
      : `${from}:${absolute(range.to.row, range.to.col)}`;
  return `#${qualifiedA1(sheet, ref)}`;
}

function absolute(row: number, col: number): string {
  const m = /^([A-Z]+)(\d+)$/.exec(cellA1(row, col));
  return m ? `$${m[1] ?? ''}$${m[2] ?? ''}` : cellA1(row, col);
}
