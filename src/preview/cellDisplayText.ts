import type { CellValue } from '../core/model/grid';

/**
 * A cell's value as the grid view shows it: text as typed, a number as Excel's General
 * format would (at most 10 significant digits, so a ratio reads 0.9459459459, not
 * 0.9459459459459459; number formats are not read), TRUE/FALSE, a date as `YYYY-MM-DD` (with the time when it has one), an error as
 * Excel shows it (`#N/A`).
 */
export function cellDisplayText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number')
    return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    const iso = v.toISOString();
    const time = iso.slice(11, 19);
    return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
  }
  return v.error;
}
