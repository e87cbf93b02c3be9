import { a1 } from '../model/ids';
import type { Grid } from '../model/grid';
import type { TableKind } from '../i18n/fieldLabels';
import { sheetMatches, type ColumnMapping, type SourceMapping } from './columnMapping';
import type { DiagnosticCollector } from './diagnosticCollector';
import { headerRowIndex } from './headerRowIndex';
import { tableKindForName } from './headerAliases';

/** One grid to be read as (part of) an input table. */
export interface TableSource {
  readonly kind: TableKind;
  readonly grid: Grid;
  /** Index in `grid.values` of the header row. */
  readonly headerIndex: number;
  readonly foundBy: 'table' | 'sheet' | 'mapping';
  readonly mapping?: SourceMapping;
}

const KINDS: readonly TableKind[] = ['Roles', 'Responsibilities', 'Policy'];
const MAPPING_KEY: Readonly<Record<TableKind, keyof ColumnMapping>> = {
  Roles: 'roles',
  Responsibilities: 'responsibilities',
  Policy: 'policy',
};
/** The header row: the mapping's, else the first of the top rows naming most contract columns. */
function findHeaderIndex(kind: TableKind, grid: Grid, mapping?: SourceMapping): number {
  if (mapping?.headerRow !== undefined) return Math.max(0, mapping.headerRow - grid.origin.row);
  return headerRowIndex(kind, grid.values, mapping);
}

/**
 * Find the grids that hold each input table: through the column mapping when it names
 * sources for a table, else an Excel table of that name, else a sheet of that name.
 */
export function locateTables(
  grids: readonly Grid[],
  mapping: ColumnMapping | undefined,
  diagnostics: DiagnosticCollector,
): Record<TableKind, TableSource[]> {
  const out: Record<TableKind, TableSource[]> = { Roles: [], Responsibilities: [], Policy: [] };
  const sheetGrids = grids.filter((g) => g.table === undefined);
  for (const kind of KINDS) {
    const mapped = mapping?.[MAPPING_KEY[kind]] as readonly SourceMapping[] | undefined;
    if (mapped && mapped.length > 0) {
      for (const m of mapped) {
        const matches = sheetGrids.filter((g) => sheetMatches(m.sheet, g.sheet));
        if (matches.length === 0) {
          const first = grids[0];
          diagnostics.add(
            'MAPPING_SOURCE_UNUSED',
            { sheet: first?.sheet ?? m.sheet, a1: a1('A1') },
            { pattern: m.sheet, table: kind },
          );
        }
        for (const grid of matches)
          out[kind].push({
            kind,
            grid,
            headerIndex: findHeaderIndex(kind, grid, m),
            foundBy: 'mapping',
            mapping: m,
          });
      }
      continue;
    }
    const byTable = grids.find((g) => g.table !== undefined && tableKindForName(g.table) === kind);
    if (byTable) {
      out[kind].push({ kind, grid: byTable, headerIndex: 0, foundBy: 'table' });
      continue;
    }
    const bySheet = sheetGrids.find((g) => tableKindForName(g.sheet) === kind);
    if (bySheet)
      out[kind].push({
        kind,
        grid: bySheet,
        headerIndex: findHeaderIndex(kind, bySheet),
        foundBy: 'sheet',
      });
  }
  return out;
}
