import type { FieldName, TableKind } from '../../core/i18n/fieldLabels';
import type { ColumnMapping, SourceMapping } from '../../core/read/columnMapping';
import {
  mappableFields,
  parseRootCodes,
  type MappingDrafts,
  type SourceDraft,
} from './sourceDraft';

const KEYS = { Roles: 'roles', Responsibilities: 'responsibilities', Policy: 'policy' } as const;

function sourceMapping(kind: TableKind, draft: SourceDraft): SourceMapping {
  const fields = new Set<FieldName>(mappableFields(kind, draft.form));
  const columns: Partial<Record<FieldName, string>> = {};
  let mapped = 0;
  for (const [field, header] of Object.entries(draft.columns) as [FieldName, string][]) {
    if (!fields.has(field) || header === '') continue;
    columns[field] = header;
    mapped++;
  }
  const rootCodes = kind === 'Roles' ? parseRootCodes(draft.rootCodes) : [];
  return {
    sheet: draft.sheet,
    headerRow: draft.headerRow,
    ...(mapped > 0 ? { columns } : {}),
    ...(rootCodes.length > 0 ? { rootCodes } : {}),
    ...(kind === 'Responsibilities' && draft.form !== 'auto' ? { form: draft.form } : {}),
  };
}

/**
 * The column mapping the dialog's drafts describe: one source per table that has a sheet,
 * with its header row, the columns the user chose (fields left on Automatic are omitted),
 * Roles' top-of-tree codes and Responsibilities' layout when given. Undefined when no table
 * is mapped.
 */
export function buildColumnMapping(drafts: MappingDrafts): ColumnMapping | undefined {
  const mapping: { -readonly [K in keyof ColumnMapping]: ColumnMapping[K] } = {};
  for (const kind of Object.keys(KEYS) as TableKind[]) {
    const draft = drafts[kind];
    if (draft.sheet === '') continue;
    mapping[KEYS[kind]] = [sourceMapping(kind, draft)];
  }
  return Object.keys(mapping).length > 0 ? mapping : undefined;
}

/** Fields whose header is already taken by an earlier field, with that field. */
export function duplicateHeaders(
  kind: TableKind,
  draft: SourceDraft,
): ReadonlyMap<FieldName, FieldName> {
  const taken = new Map<string, FieldName>();
  const duplicates = new Map<FieldName, FieldName>();
  for (const field of mappableFields(kind, draft.form)) {
    const header = draft.columns[field];
    if (header === undefined || header === '') continue;
    const first = taken.get(header);
    if (first === undefined) taken.set(header, field);
    else duplicates.set(field, first);
  }
  return duplicates;
}
