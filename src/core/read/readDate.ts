import { isCellError, type CellValue } from '../model/grid';
import { at, type CellContext } from './cellContext';
import { numberText } from './readText';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYY-MM-DD` of a Date, read in UTC (hosts hand dates as UTC midnight). */
export function isoDate(d: Date): string | undefined {
  const t = d.getTime();
  if (!Number.isFinite(t)) return undefined;
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A valid calendar date from parts, else undefined. */
function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  return isoDate(dt);
}

/** Excel serial (1900 date system, with its 29-Feb-1900 quirk) → ISO date. */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  const whole = Math.floor(serial);
  const epoch = Date.UTC(1899, 11, 30);
  // Excel counts a 29 Feb 1900 that never existed; serials below 61 are one day early.
  const days = whole < 61 ? whole + 1 : whole;
  return isoDate(new Date(epoch + days * 86_400_000));
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export type TextDate =
  | { readonly kind: 'date'; readonly iso: string; readonly ambiguous: boolean }
  | { readonly kind: 'invalid' };

/** Parse a date typed as text, in the forms people type in English and Chinese. */
export function parseDateText(raw: string): TextDate {
  const s = raw.normalize('NFKC').trim();
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(s);
  if (m) {
    const iso = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { kind: 'date', iso, ambiguous: false } : { kind: 'invalid' };
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    // Day first unless that is impossible; a pair that works both ways is ambiguous.
    const dayFirst = ymd(y, b, a);
    const monthFirst = ymd(y, a, b);
    if (dayFirst && monthFirst) return { kind: 'date', iso: dayFirst, ambiguous: a !== b };
    const iso = dayFirst ?? monthFirst;
    return iso ? { kind: 'date', iso, ambiguous: false } : { kind: 'invalid' };
  }
  m = /^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i.exec(s);
  const n = m ? null : /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(s);
  const parts = m ? { d: m[1], mon: m[2], y: m[3] } : n ? { d: n[2], mon: n[1], y: n[3] } : null;
  if (parts) {
    const month =
      MONTHS[(parts.mon ?? '').toLowerCase().slice(0, 4)] ??
      MONTHS[(parts.mon ?? '').toLowerCase().slice(0, 3)];
    const iso = month ? ymd(Number(parts.y), month, Number(parts.d)) : undefined;
    return iso ? { kind: 'date', iso, ambiguous: false } : { kind: 'invalid' };
  }
  return { kind: 'invalid' };
}

/**
 * Read a date cell: a real date as is; a serial number or text is converted with an
 * info finding (or a warning when day and month could be swapped); anything else is
 * reported and treated as missing.
 */
export function readDate(v: CellValue | undefined, ctx: CellContext): string | undefined {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return undefined;
  const where = at(ctx);
  if (v instanceof Date) {
    const iso = isoDate(v);
    if (iso) return iso;
    ctx.diagnostics.add(
      'DATE_INVALID',
      where,
      { column: ctx.column, value: String(v) },
      ctx.subject,
    );
    return undefined;
  }
  if (isCellError(v)) {
    ctx.diagnostics.add(
      'CELL_ERROR_VALUE',
      where,
      { column: ctx.column, value: v.error },
      ctx.subject,
    );
    return undefined;
  }
  if (typeof v === 'number') {
    const iso = excelSerialToIso(v);
    if (iso) {
      ctx.diagnostics.add(
        'DATE_FROM_SERIAL',
        where,
        { column: ctx.column, value: numberText(v), date: iso },
        ctx.subject,
      );
      return iso;
    }
    ctx.diagnostics.add(
      'DATE_INVALID',
      where,
      { column: ctx.column, value: numberText(v) },
      ctx.subject,
    );
    return undefined;
  }
  if (typeof v === 'boolean') {
    ctx.diagnostics.add(
      'DATE_INVALID',
      where,
      { column: ctx.column, value: v ? 'TRUE' : 'FALSE' },
      ctx.subject,
    );
    return undefined;
  }
  const text = v.trim();
  const parsed = parseDateText(text);
  const shown = text.slice(0, 60);
  if (parsed.kind === 'invalid') {
    ctx.diagnostics.add('DATE_INVALID', where, { column: ctx.column, value: shown }, ctx.subject);
    return undefined;
  }
  ctx.diagnostics.add(
    parsed.ambiguous ? 'DATE_AMBIGUOUS' : 'DATE_FROM_TEXT',
    where,
    { column: ctx.column, value: shown, date: parsed.iso },
    ctx.subject,
  );
  return parsed.iso;
}
