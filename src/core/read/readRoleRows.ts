import type { A1 } from '../model/ids';
import type { RoleField } from '../model/role';
import { ROLE_FIELDS } from '../model/role';
import type { FieldName } from '../i18n/fieldLabels';
import type { CellContext } from './cellContext';
import type { DiagnosticCollector } from './diagnosticCollector';
import { addressAt, cellAt, isBlankRow, sheetRow } from './gridCells';
import type { TableSource } from './locateTables';
import { readDate } from './readDate';
import { readNumber } from './readNumber';
import { readText } from './readText';
import type { ResolvedColumns } from './resolveColumns';

/** A role row as typed, before ids, duplicates and managers are resolved. */
export interface RoleRow {
  readonly id?: string;
  readonly title?: string;
  readonly department?: string;
  readonly reportsTo?: string;
  readonly headcount: number;
  readonly filled?: number;
  readonly level?: string;
  readonly purpose?: string;
  readonly qualifications: readonly string[];
  readonly workingConditions?: string;
  readonly analysisDate?: string;
  readonly sheet: string;
  readonly row: number;
  readonly cells: Readonly<Partial<Record<RoleField, A1>>>;
  readonly source: TableSource;
  /** The source has an id column (a blank id is then the user's slip, not by design). */
  readonly hasIdColumn: boolean;
}

export const ROLE_FIELD_SET: ReadonlySet<FieldName> = new Set<FieldName>(ROLE_FIELDS);

/** Split a qualifications cell on `;`, `；` or line breaks. */
export function splitList(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/[;；\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Read every non-blank data row of a Roles source. */
export function readRoleRows(
  source: TableSource,
  columns: ResolvedColumns,
  diagnostics: DiagnosticCollector,
): RoleRow[] {
  const { grid, headerIndex } = source;
  const rows: RoleRow[] = [];
  const col = (f: RoleField) => columns.fields.get(f);
  const hasIdColumn = col('RoleId') !== undefined;
  for (let r = headerIndex + 1; r < grid.values.length; r++) {
    if (isBlankRow(grid.values[r])) continue;
    const cells: Partial<Record<RoleField, A1>> = {};
    for (const f of ROLE_FIELDS) {
      const c = col(f);
      if (c !== undefined) cells[f] = addressAt(grid, r, c);
    }
    const ctxFor = (f: RoleField, subject: string | undefined): CellContext => ({
      diagnostics,
      sheet: grid.sheet,
      a1: cells[f] ?? addressAt(grid, r, 0),
      column: f,
      ...(subject === undefined ? {} : { subject }),
    });
    const value = (f: RoleField) => {
      const c = col(f);
      return c === undefined ? undefined : cellAt(grid, r, c);
    };
    const id = readText(value('RoleId'), ctxFor('RoleId', undefined), { integersAreText: true });
    const ctx = (f: RoleField) => ctxFor(f, id);
    const text = (f: RoleField) => readText(value(f), ctx(f));
    rows.push({
      id,
      title: text('Title'),
      department: text('Department'),
      reportsTo: readText(value('ReportsTo'), ctx('ReportsTo'), { integersAreText: true }),
      headcount: readNumber(value('Headcount'), ctx('Headcount'), { min: 0, fallback: 1 }) ?? 1,
      filled: readNumber(value('Filled'), ctx('Filled'), { min: 0 }),
      level: readText(value('Level'), ctx('Level'), { integersAreText: true }),
      purpose: text('Purpose'),
      qualifications: splitList(text('Qualifications')),
      workingConditions: text('WorkingConditions'),
      analysisDate: readDate(value('AnalysisDate'), ctx('AnalysisDate')),
      sheet: grid.sheet,
      row: sheetRow(grid, r),
      cells,
      source,
      hasIdColumn,
    });
  }
  return rows;
}
