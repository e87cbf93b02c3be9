import type { FieldName, TableKind } from '../../core/i18n/fieldLabels';
import type { ColumnMapping, SourceMapping } from '../../core/read/columnMapping';
import {
  AUTO_HEADER_ROW,
  mappableFields,
  MAPPING_KEYS,
  mappedSources,
  parseRootCodes,
  type MappingDrafts,
  type SourceDraft,
} from './sourceDraft';

/** What a saved source says that the dialog does not edit; kept while its sheet is kept. */
function untouched(saved: SourceMapping | undefined, sheet: string): Partial<SourceMapping> {
  if (!saved || saved.sheet !== sheet) return {};
  const { group, classCodes, ignoreUnmapped } = saved;
  return {
    ...(group !== undefined ? { group } : {}),
    ...(classCodes !== undefined ? { classCodes } : {}),
    ...(ignoreUnmapped !== undefined ? { ignoreUnmapped } : {}),
  };
}

function sourceMapping(kind: TableKind, draft: SourceDraft, saved?: SourceMapping): SourceMapping {
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
    ...(draft.headerRow !== AUTO_HEADER_ROW ? { headerRow: draft.headerRow } : {}),
    ...(mapped > 0 ? { columns } : {}),
    ...(rootCodes.length > 0 ? { rootCodes } : {}),
    ...(kind === 'Responsibilities' && draft.form !== 'auto' ? { form: draft.form } : {}),
    ...untouched(saved, draft.sheet),
  };
}

/** A further source of a saved mapping, given the shared top-of-tree codes it relied on. */
function withSharedCodes(source: SourceMapping, shared: readonly string[]): SourceMapping {
  if (shared.length === 0) return source;
  return { ...source, rootCodes: [...new Set([...(source.rootCodes ?? []), ...shared])] };
}

/**
 * The column mapping the dialog's drafts describe: for each table that has a sheet, its
 * first source, with the header row (omitted when automatic), the columns the user chose
 * (fields left on Automatic are omitted), Roles' top-of-tree codes and Responsibilities'
 * layout when given. Undefined when no table is mapped.
 *
 * The dialog edits a saved mapping's first source per table; what else `saved` says is
 * kept: the first source's group, class codes and ignoreUnmapped (while its sheet is the
 * same), and the further sources (each given the shared top-of-tree codes, which the
 * dialog shows as the first source's own).
 */
export function buildColumnMapping(
  drafts: MappingDrafts,
  saved?: ColumnMapping,
): ColumnMapping | undefined {
  const mapping: { -readonly [K in keyof ColumnMapping]: ColumnMapping[K] } = {};
  for (const kind of Object.keys(MAPPING_KEYS) as TableKind[]) {
    const draft = drafts[kind];
    if (draft.sheet === '') continue;
    const [first, ...further] = mappedSources(saved, kind);
    const shared = kind === 'Roles' ? (saved?.rootCodes ?? []) : [];
    mapping[MAPPING_KEYS[kind]] = [
      sourceMapping(kind, draft, first),
      ...further.map((source) => withSharedCodes(source, shared)),
    ];
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
