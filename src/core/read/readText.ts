import { EXCEL_MAX_CELL_CHARS, isCellError, type CellValue } from '../model/grid';
import { at, type CellContext } from './cellContext';
import { isoDate } from './readDate';

export interface TextOptions {
  /** Integers are normal in this field (ids): read them as text without a finding. */
  readonly integersAreText?: boolean;
}

/** A number as a person would have typed it: 12, 12.5, never 12.500000001. */
export function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

/**
 * Read a cell that should hold text. Blank, whitespace and error values give
 * `undefined`; numbers, booleans and dates are converted, with a finding where useful.
 */
export function readText(
  v: CellValue | undefined,
  ctx: CellContext,
  opts: TextOptions = {},
): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return undefined;
    if (t.length > EXCEL_MAX_CELL_CHARS) {
      ctx.diagnostics.add(
        'CELL_TEXT_TOO_LONG',
        at(ctx),
        { column: ctx.column, length: t.length, max: EXCEL_MAX_CELL_CHARS },
        ctx.subject,
      );
    }
    return t;
  }
  if (isCellError(v)) {
    ctx.diagnostics.add(
      'CELL_ERROR_VALUE',
      at(ctx),
      { column: ctx.column, value: v.error },
      ctx.subject,
    );
    return undefined;
  }
  if (v instanceof Date) return isoDate(v) ?? undefined;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return undefined;
    const text = numberText(v);
    if (!(opts.integersAreText && Number.isInteger(v))) {
      ctx.diagnostics.add(
        'CELL_NUMBER_AS_TEXT',
        at(ctx),
        { column: ctx.column, value: text },
        ctx.subject,
      );
    }
    return text;
  }
  const text = v ? 'TRUE' : 'FALSE';
  ctx.diagnostics.add(
    'CELL_NUMBER_AS_TEXT',
    at(ctx),
    { column: ctx.column, value: text },
    ctx.subject,
  );
  return text;
}

/** True when a cell holds nothing a person would call a value. */
export function isBlankCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
