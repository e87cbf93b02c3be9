import type { CellValue } from '../model/grid';
import type { TableKind } from '../i18n/fieldLabels';
import type { SourceMapping } from './columnMapping';
import { headerText, isBlankRow } from './gridCells';
import { fieldForHeader } from './headerAliases';

/** How far down a sheet a header row is looked for (title rows above it are common). */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Where a table's headers are when nobody said: the first of the top rows naming the most
 * contract columns (or headers the mapping names), else the first non-blank row. Returns an
 * index into `rows`. A mapping's explicit `headerRow` is not looked at here.
 */
export function headerRowIndex(
  kind: TableKind,
  rows: readonly (readonly CellValue[])[],
  mapping?: SourceMapping,
): number {
  const mapped = new Set(Object.values(mapping?.columns ?? {}).map((h) => h.trim().toLowerCase()));
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    let score = 0;
    for (const v of rows[r] ?? []) {
      const h = headerText(v);
      if (h === '') continue;
      if (fieldForHeader(kind, h) !== undefined || mapped.has(h.toLowerCase())) score++;
    }
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  const firstNonBlank = rows.findIndex((row) => !isBlankRow(row));
  return firstNonBlank < 0 ? 0 : firstNonBlank;
}
