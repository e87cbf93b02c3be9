import type { FieldName, TableKind } from '../../core/i18n/fieldLabels';
import type { ColumnMapping, SourceMapping } from '../../core/read/columnMapping';
import { ROLE_FIELDS } from '../../core/model/role';
import { POLICY_FIELDS } from '../../core/read/readPolicy';
import { LONG_FIELDS, MATRIX_FIELDS } from '../../core/read/readResponsibilities';

/** How a Responsibilities sheet is laid out; `auto` lets the reader tell. */
export type ResponsibilityForm = 'auto' | 'matrix' | 'long';

/** What the dialog holds for one table while the user edits it. */
export interface SourceDraft {
  /** Sheet name; empty when the table is not mapped. */
  readonly sheet: string;
  /** 1-based row of the headers; `AUTO_HEADER_ROW` lets the reader find it. */
  readonly headerRow: number;
  /** Field → the header chosen for it; a field not here is matched automatically. */
  readonly columns: Readonly<Partial<Record<FieldName, string>>>;
  /** Roles only: the top-of-tree codes as typed (comma separated). */
  readonly rootCodes: string;
  /** Responsibilities only. */
  readonly form: ResponsibilityForm;
}

/** The header row is found by the reader (the top row naming the most fields). */
export const AUTO_HEADER_ROW = 0;

export const EMPTY_DRAFT: SourceDraft = {
  sheet: '',
  headerRow: AUTO_HEADER_ROW,
  columns: {},
  rootCodes: '',
  form: 'auto',
};

export type MappingDrafts = Readonly<Record<TableKind, SourceDraft>>;

export const EMPTY_DRAFTS: MappingDrafts = {
  Roles: EMPTY_DRAFT,
  Responsibilities: EMPTY_DRAFT,
  Policy: EMPTY_DRAFT,
};

/** The fields a table's columns can be mapped to, in the contract's order. */
export function mappableFields(kind: TableKind, form: ResponsibilityForm): readonly FieldName[] {
  if (kind === 'Roles') return ROLE_FIELDS;
  if (kind === 'Policy') return [...POLICY_FIELDS];
  return [...(form === 'long' ? LONG_FIELDS : MATRIX_FIELDS)];
}

/** Top-of-tree codes typed with commas, semicolons or spaces (Chinese punctuation too). */
export function parseRootCodes(typed: string): string[] {
  return typed
    .split(/[,，;；\s]+/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

/** Where each table's sources are in a ColumnMapping. */
export const MAPPING_KEYS = {
  Roles: 'roles',
  Responsibilities: 'responsibilities',
  Policy: 'policy',
} as const satisfies Record<TableKind, keyof ColumnMapping>;

/** The sources a mapping names for a table (possibly none). */
export function mappedSources(
  mapping: ColumnMapping | undefined,
  kind: TableKind,
): readonly SourceMapping[] {
  return mapping?.[MAPPING_KEYS[kind]] ?? [];
}

/**
 * The drafts a saved mapping starts the dialog with: each table's first source. Roles'
 * codes are the source's own and the mapping's shared ones, which apply to it too.
 */
export function draftsFromMapping(mapping: ColumnMapping | undefined): MappingDrafts {
  const draft = (kind: TableKind): SourceDraft => {
    const source = mappedSources(mapping, kind)[0];
    if (!source) return EMPTY_DRAFT;
    const codes =
      kind === 'Roles' ? [...(source.rootCodes ?? []), ...(mapping?.rootCodes ?? [])] : [];
    return {
      sheet: source.sheet,
      headerRow: source.headerRow ?? AUTO_HEADER_ROW,
      columns: source.columns ?? {},
      rootCodes: [...new Set(codes)].join(', '),
      form: kind === 'Responsibilities' ? (source.form ?? 'auto') : 'auto',
    };
  };
  return {
    Roles: draft('Roles'),
    Responsibilities: draft('Responsibilities'),
    Policy: draft('Policy'),
  };
}
