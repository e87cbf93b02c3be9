import type ExcelJS from 'exceljs';

/** Numbers of the hidden rows from `first` to `last` (1-based, inclusive). */
export function hiddenRowsBetween(
  worksheet: ExcelJS.Worksheet,
  first: number,
  last: number,
): number[] {
  const hidden: number[] = [];
  for (let r = first; r <= last; r++) {
    if (worksheet.findRow(r)?.hidden === true) hidden.push(r);
  }
  return hidden;
}
