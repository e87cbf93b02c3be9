import type ExcelJS from 'exceljs';
import { parseRangeA1, type RangeRef } from '../../core/model/address';

/**
 * The merged ranges of a worksheet. exceljs keeps them in `_merges` (master address →
 * range); `worksheet.model.merges` would give the same list but builds the model of every
 * row to do so, which is slow on large sheets.
 */
export function worksheetMerges(worksheet: ExcelJS.Worksheet): RangeRef[] {
  const merges = (worksheet as unknown as { _merges?: unknown })._merges;
  const ranges: RangeRef[] = [];
  if (typeof merges === 'object' && merges !== null) {
    for (const merge of Object.values(merges)) {
      const range = (merge as { range?: unknown } | null)?.range;
      const parsed = typeof range === 'string' ? parseRangeA1(range) : undefined;
      if (parsed) ranges.push(parsed);
    }
    return ranges;
  }
  for (const range of worksheet.model.merges ?? []) {
    const parsed = parseRangeA1(range);
    if (parsed) ranges.push(parsed);
  }
  return ranges;
}
