import { rangeA1 } from '../model/address';
import type { Diagnostic } from '../model/diagnostic';
import type { Grid } from '../model/grid';
import { a1 } from '../model/ids';
import type { InputSource, Organisation } from '../model/organisation';
import { DEFAULT_POLICY } from '../model/policy';
import { attachPositionsHint } from '../model/positionsHint';
import type { FieldName, TableKind } from '../i18n/fieldLabels';
import type { Lang } from '../i18n/lang';
import { buildRoles } from './buildRoles';
import { checkTableCells } from './checkTableCells';
import type { ColumnMapping } from './columnMapping';
import { DiagnosticCollector } from './diagnosticCollector';
import { addressAt, isBlankRow } from './gridCells';
import { locateTables, type TableSource } from './locateTables';
import { applySetting } from './policySettings';
import { POLICY_FIELDS, readPolicy } from './readPolicy';
import {
  LONG_FIELDS,
  MATRIX_FIELDS,
  ResponsibilityBuilder,
  RoleLookup,
} from './readResponsibilities';
import { readRoleRows, ROLE_FIELD_SET, type RoleRow } from './readRoleRows';
import { resolveColumns, type ResolvedColumns } from './resolveColumns';

export interface ReadOptions {
  /** Language of the diagnostics' messages (default `en`). */
  readonly lang?: Lang;
  /** A user's column mapping for foreign sheets. */
  readonly mapping?: ColumnMapping;
  /**
   * Policy values that win over the Policy sheet's (the add-in's settings), by setting key;
   * each already valid (`policyValueProblem`).
   */
  readonly policyOverrides?: Readonly<Record<string, number | boolean>>;
}

export interface ReadResult {
  readonly organisation: Organisation;
  readonly diagnostics: readonly Diagnostic[];
  /** False when there is nothing to work on (no Roles table, or no roles in it). */
  readonly usable: boolean;
}

const REQUIRED: Readonly<Record<TableKind, readonly FieldName[]>> = {
  Roles: ['Title'],
  Responsibilities: ['Function'],
  Policy: ['Setting', 'Value'],
};

function dataRowCount(source: TableSource): number {
  let n = 0;
  for (let r = source.headerIndex + 1; r < source.grid.values.length; r++)
    if (!isBlankRow(source.grid.values[r])) n++;
  return n;
}

function describe(source: TableSource, form?: 'matrix' | 'long'): InputSource {
  const { grid, headerIndex } = source;
  const width = Math.max(1, grid.values[headerIndex]?.length ?? 1);
  return {
    table: source.kind,
    sheet: grid.sheet,
    ...(grid.table === undefined ? {} : { tableName: grid.table }),
    header: rangeA1(
      grid.origin.row + headerIndex,
      grid.origin.col,
      grid.origin.row + headerIndex,
      grid.origin.col + width - 1,
    ),
    rows: dataRowCount(source),
    foundBy: source.foundBy,
    ...(form === undefined ? {} : { form }),
  };
}

/**
 * Record where a source was found (into `sources`), open its columns and check what every
 * table needs: its required columns, its cells as a whole (merges, hidden rows, the row
 * limit) and that it has data.
 */
function open(
  source: TableSource,
  allowed: ReadonlySet<FieldName>,
  required: readonly FieldName[],
  diagnostics: DiagnosticCollector,
  sources: InputSource[],
  form?: 'matrix' | 'long',
): ResolvedColumns | undefined {
  const described = describe(source, form);
  sources.push(described);
  const columns = resolveColumns(source, diagnostics, allowed);
  const headerAt = { sheet: source.grid.sheet, a1: addressAt(source.grid, source.headerIndex, 0) };
  const missing = required.filter((f) => !columns.fields.has(f));
  for (const f of missing)
    diagnostics.add('HEADER_MISSING_REQUIRED', headerAt, { table: source.kind, column: f });
  checkTableCells(source, diagnostics);
  if (described.rows === 0) diagnostics.add('INPUT_EMPTY_TABLE', headerAt, { table: source.kind });
  return missing.length > 0 ? undefined : columns;
}

function reportUnknown(
  source: TableSource,
  columns: ResolvedColumns,
  diagnostics: DiagnosticCollector,
): void {
  if (!columns.reportUnknown) return;
  for (const o of columns.others) {
    diagnostics.add(
      'HEADER_UNKNOWN',
      { sheet: source.grid.sheet, a1: addressAt(source.grid, source.headerIndex, o.index) },
      { header: o.header.slice(0, 60), table: source.kind },
    );
  }
}

/**
 * The workbook contract: grids in, one organisation and every finding out.
 * Never throws on user input; only a bug in this code throws.
 */
export function readWorkbook(grids: readonly Grid[], options: ReadOptions = {}): ReadResult {
  const diagnostics = new DiagnosticCollector(options.lang ?? 'en');
  const found = locateTables(grids, options.mapping, diagnostics);
  const sources: InputSource[] = [];

  // Roles: every source (one per mapped sheet) joins one organisation.
  const roleRows: RoleRow[] = [];
  if (found.Roles.length === 0) {
    const sheets = grids.filter((g) => g.table === undefined).map((g) => g.sheet);
    diagnostics.add(
      'INPUT_NO_ROLES',
      { sheet: sheets[0] ?? 'Roles', a1: a1('A1') },
      { sheets: sheets.length === 0 ? '—' : sheets.slice(0, 10).join(', ') },
    );
  }
  for (const source of found.Roles) {
    const required: FieldName[] = source.mapping ? ['Title'] : ['RoleId', ...REQUIRED.Roles];
    const columns = open(source, ROLE_FIELD_SET, required, diagnostics, sources);
    if (!columns) continue;
    reportUnknown(source, columns, diagnostics);
    // No spread: a sheet can hold a million rows, more than a call's arguments allow.
    for (const row of readRoleRows(source, columns, diagnostics)) roleRows.push(row);
  }
  const roles = buildRoles(roleRows, diagnostics, options.mapping?.rootCodes ?? []);

  // Responsibilities, matrix or long.
  const lookup = new RoleLookup(roles);
  const builder = new ResponsibilityBuilder(diagnostics, lookup);
  if (found.Responsibilities.length === 0 && found.Roles.length > 0) {
    const first = found.Roles[0];
    diagnostics.add('INPUT_NO_RESPONSIBILITIES', {
      sheet: first?.grid.sheet ?? 'Roles',
      a1: first ? addressAt(first.grid, first.headerIndex, 0) : a1('A1'),
    });
  }
  for (const source of found.Responsibilities) {
    const probe = resolveColumns(source, new DiagnosticCollector(diagnostics.lang), LONG_FIELDS);
    const long = builder.isLong(source, probe);
    const required: FieldName[] = long ? ['RoleId', 'Class'] : ['Function'];
    const columns = open(
      source,
      long ? LONG_FIELDS : MATRIX_FIELDS,
      required,
      diagnostics,
      sources,
      long ? 'long' : 'matrix',
    );
    if (!columns) continue;
    if (long) reportUnknown(source, columns, diagnostics);
    builder.read(source, columns);
  }

  // Policy on top of the defaults.
  const policySources: { source: TableSource; columns: ResolvedColumns }[] = [];
  for (const source of found.Policy) {
    const columns = open(source, POLICY_FIELDS, REQUIRED.Policy, diagnostics, sources);
    if (!columns) continue;
    reportUnknown(source, columns, diagnostics);
    policySources.push({ source, columns });
  }
  const sheetPolicy =
    policySources.length > 0 ? readPolicy(policySources, diagnostics) : DEFAULT_POLICY;
  const policy = Object.entries(options.policyOverrides ?? {}).reduce(
    (p, [key, value]) => applySetting(p, key, value),
    sheetPolicy,
  );

  attachPositionsHint({
    roles,
    functions: builder.functions,
    assignments: builder.assignments,
    roleIndex: lookup.indexById,
    functionIndex: builder.functionIndexById,
    assignmentRole: Int32Array.from(builder.assignmentRole),
    assignmentFunction: Int32Array.from(builder.assignmentFunction),
    assignmentClass: Uint8Array.from(builder.assignmentClass),
    functionEffort: Float64Array.from(builder.functionEffort),
  });
  return {
    organisation: {
      roles,
      functions: builder.functions,
      assignments: builder.assignments,
      policy,
      sources,
    },
    diagnostics: diagnostics.list,
    usable: roles.length > 0,
  };
}
