import type { CellValue } from '../../core/model/grid';

/**
 * Convert an exceljs cell value into the core's plain {@link CellValue}.
 *
 * - numbers, strings, booleans as they are; a `Date` (exceljs gives one for date-formatted
 *   cells, read as UTC) as a `Date`, an invalid one as `null`;
 * - `{ error: '#N/A' }` as an error value;
 * - a formula (`{ formula | sharedFormula, result }`) as its cached result, `null` when the
 *   file has none;
 * - rich text as its concatenated plain text; a hyperlink as its text.
 *
 * Takes `unknown` so an unexpected shape becomes `null` instead of an exception.
 */
export function toCellValue(value: unknown): CellValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : { error: '#NUM!' };
    case 'object':
      return value === null ? null : objectValue(value);
    default:
      return null;
  }
}

function objectValue(value: object): CellValue {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const v = value as Record<string, unknown>;
  if (typeof v.error === 'string') return { error: v.error };
  if ('formula' in v || 'sharedFormula' in v) return toCellValue(v.result);
  if (Array.isArray(v.richText)) return richText(v.richText);
  if ('hyperlink' in v) return toCellValue(v.text);
  if (typeof v.text === 'string') return v.text;
  return null;
}

function richText(runs: readonly unknown[]): string {
  let s = '';
  for (const run of runs) {
    if (typeof run === 'object' && run !== null) {
      const text = (run as { text?: unknown }).text;
      if (typeof text === 'string') s += text;
    }
  }
  return s;
}
