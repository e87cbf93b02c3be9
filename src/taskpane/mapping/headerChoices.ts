import type { TableKind } from '../../core/i18n/fieldLabels';
import { sheetMatches } from '../../core/read/columnMapping';
import { headerRowIndex } from '../../core/read/headerRowIndex';
import type { SheetHeaders } from '../workbookPort';
import { AUTO_HEADER_ROW, type SourceDraft } from './sourceDraft';

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

/** The sheets a draft's sheet name (or saved `*` pattern) matches, the exact name first. */
export function sheetsMatching(
  sheets: readonly SheetHeaders[],
  name: string,
): readonly SheetHeaders[] {
  if (name === '') return [];
  const exact = sheets.filter((s) => s.sheet === name);
  return exact.length > 0 ? exact : sheets.filter((s) => sheetMatches(name, s.sheet));
}

/** The 1-based row a draft's headers are on: its own, or the row the reader would find. */
export function headerRowOf(
  kind: TableKind,
  sheet: SheetHeaders | undefined,
  draft: SourceDraft,
): number {
  if (draft.headerRow !== AUTO_HEADER_ROW) return draft.headerRow;
  const source = { sheet: draft.sheet, columns: draft.columns };
  return headerRowIndex(kind, sheet?.rows ?? [], source) + 1;
}
