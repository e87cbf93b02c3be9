import type { FieldName, TableKind } from '../../core/i18n/fieldLabels';
import { ROLE_FIELDS } from '../../core/model/role';
import { POLICY_FIELDS } from '../../core/read/readPolicy';
import { LONG_FIELDS, MATRIX_FIELDS } from '../../core/read/readResponsibilities';

/** How a Responsibilities sheet is laid out; `auto` lets the reader tell. */
export type ResponsibilityForm = 'auto' | 'matrix' | 'long';

/** What the dialog holds for one table while the user edits it. */
export interface SourceDraft {
  /** Sheet name; empty when the table is not mapped. */
  readonly sheet: string;
  /** 1-based row of the headers. */
  readonly headerRow: number;
  /** Field → the header chosen for it; a field not here is matched automatically. */
  readonly columns: Readonly<Partial<Record<FieldName, string>>>;
  /** Roles only: the top-of-tree codes as typed (comma separated). */
  readonly rootCodes: string;
  /** Responsibilities only. */
  readonly form: ResponsibilityForm;
}

export const EMPTY_DRAFT: SourceDraft = {
  sheet: '',
  headerRow: 1,
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
