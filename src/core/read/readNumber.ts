import { isCellError, type CellValue } from '../model/grid';
import { at, type CellContext } from './cellContext';
import { numberText } from './readText';

export interface NumberOptions {
  readonly min?: number;
  readonly max?: number;
  /** Used when the cell is unreadable or out of range; `undefined` = treat as missing. */
  readonly fallback?: number;
}

/** Parse a number typed as text: `12`, ` 1,234.5 `, `７`, `40h`. */
export function parseNumberText(s: string): number | undefined {
  const t = s
    .normalize('NFKC')
    .trim()
    .replace(/,(?=\d{3}(\D|$))/g, '');
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(?:h|hrs?|hours?|小时|人|名)?$/i.exec(t);
  if (!m || m[1] === undefined) return undefined;
  const n = Number(m[1]);
  return Number.isFinite(n) ? n : undefined;
}

function rangeText(opts: NumberOptions): string {
  const lo = opts.min === undefined ? '−∞' : numberText(opts.min);
  const hi = opts.max === undefined ? '∞' : numberText(opts.max);
  return `[${lo}, ${hi}]`;
}

/**
 * Read a cell that should hold a number. Blank gives `undefined` without a finding;
 * text numbers are accepted; anything else yields a finding and the fallback.
 */
export function readNumber(
  v: CellValue | undefined,
  ctx: CellContext,
  opts: NumberOptions = {},
): number | undefined {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return undefined;
  const fallbackText = opts.fallback === undefined ? '—' : numberText(opts.fallback);
  let n: number | undefined;
  if (typeof v === 'number') n = Number.isFinite(v) ? v : undefined;
  else if (typeof v === 'string') n = parseNumberText(v);
  else if (isCellError(v)) {
    ctx.diagnostics.add(
      'CELL_ERROR_VALUE',
      at(ctx),
      { column: ctx.column, value: v.error },
      ctx.subject,
    );
    return opts.fallback;
  }
  if (n === undefined) {
    const shown =
      typeof v === 'string'
        ? v.trim().slice(0, 60)
        : v instanceof Date
          ? v.toISOString().slice(0, 10)
          : String(v);
    ctx.diagnostics.add(
      'CELL_NOT_A_NUMBER',
      at(ctx),
      { column: ctx.column, value: shown, fallback: fallbackText },
      ctx.subject,
    );
    return opts.fallback;
  }
  if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
    ctx.diagnostics.add(
      'CELL_NUMBER_OUT_OF_RANGE',
      at(ctx),
      { column: ctx.column, value: numberText(n), range: rangeText(opts), fallback: fallbackText },
      ctx.subject,
    );
    return opts.fallback;
  }
  return n;
}
