import { qualifiedA1 } from '../model/address';
import { isCellError } from '../model/grid';
import { functionId, type A1, type FunctionId, type RoleId } from '../model/ids';
import type { Assignment, OrgFunction, ResponsibilityClass } from '../model/responsibility';
import type { Role } from '../model/role';
import { CLASS_CODE } from '../model/positionsHint';
import type { FieldName } from '../i18n/fieldLabels';
import type { CellContext } from './cellContext';
import { classCodeMatcher } from './classCode';
import type { DiagnosticCollector } from './diagnosticCollector';
import { addressAt, cellAt, headerText, isBlankRow, sheetRow } from './gridCells';
import { normaliseHeader } from './headerAliases';
import type { TableSource } from './locateTables';
import { readNumber } from './readNumber';
import { isBlankCell, readText } from './readText';
import type { ResolvedColumns } from './resolveColumns';
import { StableIdGenerator } from './stableId';

export const MATRIX_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>([
  'FunctionId',
  'Function',
  'Area',
  'Effort',
  'Note',
]);
export const LONG_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>([
  'FunctionId',
  'Function',
  'Area',
  'Effort',
  'RoleId',
  'Class',
  'Note',
]);

/** A role found by the lookup: its id and its index in the roles. */
export interface FoundRole {
  readonly id?: RoleId;
  readonly index?: number;
  readonly ambiguous?: readonly RoleId[];
}

const NOT_FOUND: FoundRole = {};

/** How matrix headers and long-table RoleIds name roles: by id, case-insensitive id, or unique title. */
export class RoleLookup {
  /** Role index by exact id: also the model's index (see `PositionsHint`). */
  readonly indexById = new Map<RoleId, number>();
  /** One result per role, made on first use: a million lookups make no garbage. */
  private readonly exact: (FoundRole | undefined)[] = [];
  /** Built on the first miss: a table that names roles by exact id never needs them. */
  private fallback?: { lowerIds: Map<string, number>; titles: Map<string, number[]> };
  private readonly found = new Map<string, FoundRole>();

  constructor(private readonly roles: readonly Role[]) {
    for (let i = 0; i < roles.length; i++) this.indexById.set((roles[i] as Role).id, i);
  }

  private fallbacks(): { lowerIds: Map<string, number>; titles: Map<string, number[]> } {
    if (this.fallback) return this.fallback;
    const lowerIds = new Map<string, number>();
    const titles = new Map<string, number[]>();
    this.roles.forEach((r, i) => {
      const k = r.id.toLowerCase();
      // -1: two ids differ only in case, so the lower-case form names neither.
      lowerIds.set(k, lowerIds.has(k) ? -1 : i);
      const t = normaliseHeader(r.title);
      const list = titles.get(t);
      if (list) list.push(i);
      else titles.set(t, [i]);
    });
    this.fallback = { lowerIds, titles };
    return this.fallback;
  }

  private byIndex(i: number): FoundRole {
    let hit = this.exact[i];
    if (!hit) {
      hit = { id: (this.roles[i] as Role).id, index: i };
      this.exact[i] = hit;
    }
    return hit;
  }

  find(text: string): FoundRole {
    const exact = this.indexById.get(text as RoleId);
    if (exact !== undefined) return this.byIndex(exact);
    const cached = this.found.get(text);
    if (cached) return cached;
    const result = this.resolve(text.trim());
    this.found.set(text, result);
    return result;
  }

  private resolve(t: string): FoundRole {
    const exact = this.indexById.get(t as RoleId);
    if (exact !== undefined) return this.byIndex(exact);
    const { lowerIds, titles } = this.fallbacks();
    const lower = lowerIds.get(t.toLowerCase());
    if (lower !== undefined && lower >= 0) return this.byIndex(lower);
    const byTitle = titles.get(normaliseHeader(t)) ?? [];
    if (byTitle.length === 1) return this.byIndex(byTitle[0] as number);
    if (byTitle.length > 1) return { ambiguous: byTitle.map((i) => (this.roles[i] as Role).id) };
    return NOT_FOUND;
  }
}

/** Collects functions and assignments from every Responsibilities source. */
export class ResponsibilityBuilder {
  readonly functions: OrgFunction[] = [];
  readonly assignments: Assignment[] = [];
  /** Function index by id: also the model's index (see `PositionsHint`). */
  readonly functionIndexById = new Map<FunctionId, number>();
  /** Role, function and class code of each assignment, as the model's index wants them. */
  readonly assignmentRole: number[] = [];
  readonly assignmentFunction: number[] = [];
  readonly assignmentClass: number[] = [];
  /** Effort of each function, NaN when not given. */
  readonly functionEffort: number[] = [];
  /** Assignments so far, per function then per role: a repeat is a conflict. */
  private readonly assignmentAt = new Map<FunctionId, Map<RoleId, Assignment>>();
  private readonly gen: StableIdGenerator;
  private readonly longIds = new Map<string, string>();

  constructor(
    private readonly diagnostics: DiagnosticCollector,
    private readonly lookup: RoleLookup,
  ) {
    this.gen = new StableIdGenerator('F-', (id) => this.functionIndexById.has(id as FunctionId));
  }

  /** Read one source, matrix or long form. */
  read(source: TableSource, columns: ResolvedColumns): void {
    if (this.isLong(source, columns)) this.readLong(source, columns);
    else this.readMatrix(source, columns);
  }

  isLong(source: TableSource, columns: ResolvedColumns): boolean {
    if (source.mapping?.form) return source.mapping.form === 'long';
    return columns.fields.has('RoleId') && columns.fields.has('Class');
  }

  private readMatrix(source: TableSource, columns: ResolvedColumns): void {
    const { grid, headerIndex } = source;
    const d = this.diagnostics;
    const roleColumns: { index: number; role: RoleId; roleIndex: number }[] = [];
    const firstColumnOf = new Map<RoleId, A1>();
    for (const o of columns.others) {
      const where = { sheet: grid.sheet, a1: addressAt(grid, headerIndex, o.index) };
      const found = this.lookup.find(o.header);
      if (found.ambiguous) {
        d.add('MATRIX_AMBIGUOUS_ROLE', where, {
          header: o.header,
          ids: found.ambiguous.join(', '),
        });
      } else if (!found.id) {
        d.add('MATRIX_UNKNOWN_ROLE', where, { header: o.header });
      } else {
        const first = firstColumnOf.get(found.id);
        if (first)
          d.add(
            'MATRIX_DUPLICATE_ROLE',
            where,
            { header: o.header, id: found.id, first },
            found.id,
          );
        else firstColumnOf.set(found.id, where.a1);
        roleColumns.push({ index: o.index, role: found.id, roleIndex: found.index ?? -1 });
      }
    }
    if (columns.others.length === 0) {
      d.add('MATRIX_NO_ROLE_COLUMNS', { sheet: grid.sheet, a1: addressAt(grid, headerIndex, 0) });
    }
    const matchClass = classCodeMatcher(source.mapping?.classCodes);
    for (let r = headerIndex + 1; r < grid.values.length; r++) {
      if (isBlankRow(grid.values[r])) continue;
      const fn = this.readFunction(source, columns, r, false);
      if (fn < 0) continue;
      for (const rc of roleColumns) {
        const v = cellAt(grid, r, rc.index);
        if (isBlankCell(v)) continue;
        const where = { sheet: grid.sheet, a1: addressAt(grid, r, rc.index) };
        const cls = this.classOf(v, matchClass, where, rc.role);
        if (cls) this.assign(fn, rc.role, rc.roleIndex, cls, where);
      }
    }
  }

  private readLong(source: TableSource, columns: ResolvedColumns): void {
    const { grid, headerIndex } = source;
    const roleCol = columns.fields.get('RoleId');
    const classCol = columns.fields.get('Class');
    const matchClass = classCodeMatcher(source.mapping?.classCodes);
    for (let r = headerIndex + 1; r < grid.values.length; r++) {
      if (isBlankRow(grid.values[r])) continue;
      const fi = this.readFunction(source, columns, r, true);
      const fn = this.functions[fi];
      if (!fn || roleCol === undefined) continue;
      const roleWhere = { sheet: grid.sheet, a1: addressAt(grid, r, roleCol) };
      const roleText = readText(cellAt(grid, r, roleCol), this.ctx(roleWhere, 'RoleId', fn.id), {
        integersAreText: true,
      });
      if (roleText === undefined) continue;
      const found = this.lookup.find(roleText);
      if (!found.id) {
        this.diagnostics.add('LONG_ROLE_UNKNOWN', roleWhere, { role: roleText }, fn.id);
        continue;
      }
      const where = { sheet: grid.sheet, a1: addressAt(grid, r, classCol ?? roleCol) };
      const v = classCol === undefined ? undefined : cellAt(grid, r, classCol);
      if (isBlankCell(v)) {
        this.diagnostics.add('CLASS_CODE_INVALID', where, { value: '' }, fn.id);
        continue;
      }
      const cls = this.classOf(v, matchClass, where, found.id);
      if (cls) this.assign(fi, found.id, found.index ?? -1, cls, where);
    }
  }

  private ctx(where: { sheet: string; a1: A1 }, column: string, subject?: string): CellContext {
    return {
      diagnostics: this.diagnostics,
      ...where,
      column,
      ...(subject === undefined ? {} : { subject }),
    };
  }

  private classOf(
    v: unknown,
    match: (code: string) => ResponsibilityClass | undefined,
    where: { sheet: string; a1: A1 },
    subject: string,
  ): ResponsibilityClass | undefined {
    if (isCellError(v)) {
      this.diagnostics.add('CELL_ERROR_VALUE', where, { column: 'Class', value: v.error }, subject);
      return undefined;
    }
    const text = headerText(v as never);
    const cls = match(text);
    if (!cls)
      this.diagnostics.add('CLASS_CODE_INVALID', where, { value: text.slice(0, 60) }, subject);
    return cls;
  }

  private assign(
    fnIndex: number,
    role: RoleId,
    roleIndex: number,
    cls: ResponsibilityClass,
    where: { sheet: string; a1: A1 },
  ): void {
    const fn = (this.functions[fnIndex] as OrgFunction).id;
    let ofFunction = this.assignmentAt.get(fn);
    if (!ofFunction) {
      ofFunction = new Map();
      this.assignmentAt.set(fn, ofFunction);
    }
    const first = ofFunction.get(role);
    if (first) {
      this.diagnostics.add(
        'ASSIGNMENT_DUPLICATE',
        where,
        { role, fn, first: qualifiedA1(first.location.sheet, first.location.a1) },
        role,
      );
      return;
    }
    const a: Assignment = { functionId: fn, roleId: role, cls, location: where };
    ofFunction.set(role, a);
    this.assignments.push(a);
    this.assignmentRole.push(roleIndex);
    this.assignmentFunction.push(fnIndex);
    this.assignmentClass.push(CLASS_CODE[cls]);
  }

  /**
   * The function a row defines. In a long table a FunctionId repeats on purpose: the
   * first row defines the function, later rows only add assignments.
   */
  private readFunction(
    source: TableSource,
    columns: ResolvedColumns,
    r: number,
    long: boolean,
  ): number {
    const { grid } = source;
    const d = this.diagnostics;
    const at = (f: FieldName) => {
      const c = columns.fields.get(f);
      return c === undefined
        ? undefined
        : { c, where: { sheet: grid.sheet, a1: addressAt(grid, r, c) } };
    };
    const idAt = at('FunctionId');
    const stAt = at('Function');
    const rowWhere = idAt?.where ?? stAt?.where ?? { sheet: grid.sheet, a1: addressAt(grid, r, 0) };
    const typedId = idAt
      ? readText(cellAt(grid, r, idAt.c), this.ctx(idAt.where, 'FunctionId'), {
          integersAreText: true,
        })
      : undefined;
    const statement = stAt
      ? readText(cellAt(grid, r, stAt.c), this.ctx(stAt.where, 'Function', typedId))
      : undefined;
    let id = typedId;
    if (id === undefined && long) {
      // A long table repeats the function on every row: the same statement is the same function.
      const k = (statement ?? '').trim().toLowerCase();
      id = this.longIds.get(k) ?? this.gen.next(['', statement]);
      this.longIds.set(k, id);
    }
    id ??= this.gen.next([grid.sheet, statement]);
    const known = this.functionIndexById.get(id as FunctionId);
    const existing = known === undefined ? undefined : this.functions[known];
    if (known !== undefined && existing) {
      const firstAt = qualifiedA1(existing.source.sheet, existing.source.cell);
      if (!long) {
        d.add('FUNC_DUPLICATE_ID', rowWhere, { id, first: firstAt }, id);
        return -1;
      }
      if (
        statement !== undefined &&
        existing.statement !== '' &&
        statement !== existing.statement
      ) {
        d.add('FUNC_STATEMENT_CONFLICT', stAt?.where ?? rowWhere, { id, first: firstAt }, id);
      }
      return known;
    }
    if (typedId === undefined)
      d.add('FUNC_ID_BLANK', rowWhere, { statement: (statement ?? '').slice(0, 60), id }, id);
    if (statement === undefined) d.add('FUNC_STATEMENT_BLANK', stAt?.where ?? rowWhere, { id }, id);
    const areaAt = at('Area');
    const effortAt = at('Effort');
    const area = areaAt
      ? readText(cellAt(grid, r, areaAt.c), this.ctx(areaAt.where, 'Area', id))
      : undefined;
    const effort = effortAt
      ? readNumber(cellAt(grid, r, effortAt.c), this.ctx(effortAt.where, 'Effort', id), { min: 0 })
      : undefined;
    const fn: OrgFunction = {
      id: functionId(id),
      statement: statement ?? '',
      generatedId: typedId === undefined,
      source: { sheet: grid.sheet, row: sheetRow(grid, r), cell: rowWhere.a1 },
      ...(area === undefined ? {} : { area }),
      ...(effort === undefined ? {} : { effort }),
    };
    this.functionIndexById.set(fn.id, this.functions.length);
    this.functions.push(fn);
    this.functionEffort.push(effort ?? NaN);
    return this.functions.length - 1;
  }
}
