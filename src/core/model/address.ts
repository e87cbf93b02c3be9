import { type A1, a1 } from './ids';

/** 1 → A, 26 → Z, 27 → AA. */
export function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Column letters → 1-based number; `undefined` when not letters. */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Address of a cell from 1-based row and column. */
export function cellA1(row: number, col: number): A1 {
  return a1(`${columnLetters(col)}${row}`);
}

/** Address of a range; a single cell when both corners agree. */
export function rangeA1(row1: number, col1: number, row2: number, col2: number): A1 {
  const from = cellA1(row1, col1);
  return row1 === row2 && col1 === col2 ? from : a1(`${from}:${cellA1(row2, col2)}`);
}

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/** Parse `B7` into {row: 7, col: 2}; `undefined` when it is not a cell address. */
export function parseCellA1(ref: string): CellRef | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  const col = columnNumber(m[1] ?? '');
  const row = Number(m[2]);
  if (col === undefined || row < 1) return undefined;
  return { row, col };
}

export interface RangeRef {
  readonly from: CellRef;
  readonly to: CellRef;
}

/** Parse `B3:C4` or `B3` into a normalised range. */
export function parseRangeA1(ref: string): RangeRef | undefined {
  const [p, q, extra] = ref.split(':');
  if (p === undefined || extra !== undefined) return undefined;
  const a = parseCellA1(p);
  const b = q === undefined ? a : parseCellA1(q);
  if (!a || !b) return undefined;
  return {
    from: { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) },
    to: { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) },
  };
}

/** True when `ref` is a syntactically valid cell or range address. */
export function isValidA1(ref: string): boolean {
  return parseRangeA1(ref) !== undefined;
}

/** `Sheet!A1`, quoting the sheet name the way Excel does when needed. */
export function qualifiedA1(sheet: string, ref: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && parseCellA1(sheet) === undefined;
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${ref}`;
}
