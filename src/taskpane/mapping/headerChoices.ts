import type { SheetHeaders } from '../workbookPort';

/** The distinct, non-blank header texts of a sheet's row (1-based), in column order. */
export function headerChoices(sheet: SheetHeaders | undefined, headerRow: number): string[] {
  const row = sheet?.rows[headerRow - 1] ?? [];
  const seen = new Set<string>();
  for (const cell of row) {
    const text = cell.trim();
    if (text !== '') seen.add(text);
  }
  return [...seen];
}

/** The rows a sheet's headers may be on: each row the port sent, at least row 1. */
export function headerRowChoices(sheet: SheetHeaders | undefined): number[] {
  const count = Math.max(1, sheet?.rows.length ?? 0);
  return Array.from({ length: count }, (_, i) => i + 1);
}

/** A row's first headers joined, shortened to fit a dropdown. */
export function rowPreview(sheet: SheetHeaders | undefined, row: number, max = 48): string {
  const text = headerChoices(sheet, row).join(', ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
