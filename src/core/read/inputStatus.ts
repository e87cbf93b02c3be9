import type { TableKind } from '../i18n/fieldLabels';
import type { Organisation } from '../model/organisation';

/** How one input table was found, or that it was not. */
export interface InputTableStatus {
  readonly kind: TableKind;
  /** How it was found; undefined when it was not. */
  readonly foundBy?: 'table' | 'sheet' | 'mapping';
  /** Sheet (and Excel table) it was read from: the first, when a mapping names several. */
  readonly sheet?: string;
  readonly table?: string;
  /** Data rows read, over all its sources. */
  readonly rows: number;
}

const KINDS: readonly TableKind[] = ['Roles', 'Responsibilities', 'Policy'];

/** Where each input table was read from (the organisation's sources), or that it was not found. */
export function inputStatus(org: Pick<Organisation, 'sources'>): InputTableStatus[] {
  return KINDS.map((kind) => {
    const sources = org.sources.filter((s) => s.table === kind);
    const first = sources[0];
    if (!first) return { kind, rows: 0 };
    return {
      kind,
      foundBy: first.foundBy,
      sheet: first.sheet,
      ...(first.tableName !== undefined ? { table: first.tableName } : {}),
      rows: sources.reduce((n, s) => n + s.rows, 0),
    };
  });
}
