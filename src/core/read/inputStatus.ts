import type { TableKind } from '../i18n/fieldLabels';
import type { Lang } from '../i18n/lang';
import type { Grid } from '../model/grid';
import type { ColumnMapping } from './columnMapping';
import { DiagnosticCollector } from './diagnosticCollector';
import { isBlankRow } from './gridCells';
import { locateTables } from './locateTables';

/** How one input table was found, or that it was not. */
export interface InputTableStatus {
  readonly kind: TableKind;
  /** How it was found; undefined when it was not. */
  readonly foundBy?: 'table' | 'sheet' | 'mapping';
  /** Sheet (and Excel table) it was read from: the first, when a mapping names several. */
  readonly sheet?: string;
  readonly table?: string;
  /** Data rows (not blank) below the header, over all its sources. */
  readonly rows: number;
}

const KINDS: readonly TableKind[] = ['Roles', 'Responsibilities', 'Policy'];

/** Where each input table is read from, as `readWorkbook` finds it. */
export function inputStatus(
  grids: readonly Grid[],
  mapping: ColumnMapping | undefined,
  lang: Lang = 'en',
): InputTableStatus[] {
  const found = locateTables(grids, mapping, new DiagnosticCollector(lang));
  return KINDS.map((kind) => {
    const sources = found[kind];
    const first = sources[0];
    if (!first) return { kind, rows: 0 };
    const rows = sources.reduce(
      (n, s) => n + s.grid.values.slice(s.headerIndex + 1).filter((r) => !isBlankRow(r)).length,
      0,
    );
    return {
      kind,
      foundBy: first.foundBy,
      sheet: first.grid.sheet,
      ...(first.grid.table !== undefined ? { table: first.grid.table } : {}),
      rows,
    };
  });
}
