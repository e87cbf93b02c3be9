import type { FieldName } from '../i18n/fieldLabels';
import type { DiagnosticCollector } from './diagnosticCollector';
import { addressAt, cellAt, headerText } from './gridCells';
import { fieldForHeader, normaliseHeader } from './headerAliases';
import type { TableSource } from './locateTables';

export interface OtherColumn {
  readonly index: number;
  readonly header: string;
}

/** Which column of a table source holds which field. */
export interface ResolvedColumns {
  readonly fields: ReadonlyMap<FieldName, number>;
  /** Non-blank headers that name no field (matrix role columns, or unknown columns). */
  readonly others: readonly OtherColumn[];
  /** Whether unknown columns should be reported. */
  readonly reportUnknown: boolean;
}

/**
 * Match a source's header row against the contract: mapped headers first, then the
 * English and Chinese aliases. Reports duplicates, missing mapped columns and data
 * under blank headers.
 */
export function resolveColumns(
  source: TableSource,
  diagnostics: DiagnosticCollector,
  allowed: ReadonlySet<FieldName>,
): ResolvedColumns {
  const { grid, headerIndex, mapping } = source;
  const header = grid.values[headerIndex] ?? [];
  const fields = new Map<FieldName, number>();
  const others: OtherColumn[] = [];
  const mappedByHeader = new Map<string, FieldName>();
  for (const [field, h] of Object.entries(mapping?.columns ?? {}) as [FieldName, string][]) {
    mappedByHeader.set(normaliseHeader(h), field);
  }
  const width = Math.max(
    header.length,
    ...grid.values.slice(headerIndex + 1, headerIndex + 200).map((r) => r.length),
  );
  for (let c = 0; c < width; c++) {
    const h = headerText(cellAt(grid, headerIndex, c));
    if (h === '') {
      const hasData = grid.values.some((row, r) => r > headerIndex && headerText(row[c]) !== '');
      if (hasData)
        diagnostics.add('HEADER_BLANK', { sheet: grid.sheet, a1: addressAt(grid, headerIndex, c) });
      continue;
    }
    const mapped = mappedByHeader.get(normaliseHeader(h));
    const alias = fieldForHeader(source.kind, h);
    const field =
      mapped ??
      (alias !== undefined && allowed.has(alias) && !mappedFieldElsewhere(alias, mappedByHeader)
        ? alias
        : undefined);
    if (field === undefined) {
      others.push({ index: c, header: h });
      continue;
    }
    const first = fields.get(field);
    if (first !== undefined) {
      diagnostics.add(
        'HEADER_DUPLICATE',
        { sheet: grid.sheet, a1: addressAt(grid, headerIndex, c) },
        { header: h, column: field, first: addressAt(grid, headerIndex, first) },
      );
      continue;
    }
    fields.set(field, c);
  }
  for (const [h, field] of mappedByHeader) {
    if (fields.get(field) === undefined) {
      diagnostics.add(
        'MAPPING_COLUMN_NOT_FOUND',
        { sheet: grid.sheet, a1: addressAt(grid, headerIndex, 0) },
        { field, column: mapping?.columns?.[field] ?? h, sheet: grid.sheet },
      );
    }
  }
  return { fields, others, reportUnknown: !(mapping?.ignoreUnmapped ?? false) };
}

/** A field the mapping assigns to another header must not also be taken by an alias. */
function mappedFieldElsewhere(
  field: FieldName,
  mappedByHeader: ReadonlyMap<string, FieldName>,
): boolean {
  for (const f of mappedByHeader.values()) if (f === field) return true;
  return false;
}
