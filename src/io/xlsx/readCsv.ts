import type { CellValue, Grid } from '../../core/model/grid';

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

/**
 * Parse CSV text (RFC 4180) into a grid whose rows are the file's records.
 *
 * - Quoted fields may hold commas, doubled quotes (`""` → `"`) and line breaks.
 * - Records end at CRLF, LF or a lone CR; the line break after the last record is optional.
 * - Row numbers are record numbers, the way Excel shows a CSV: a field with an embedded
 *   line break does not shift the rows after it.
 * - A leading UTF-8 BOM is dropped; trailing blank records are dropped.
 * - Every value is a string, except an empty field, which is `null`: the core converts
 *   numbers and dates itself.
 *
 * Lenient like Excel where the RFC is strict: a quote inside an unquoted field, or text
 * after a closing quote, is kept as text rather than rejected.
 */
export function readCsv(text: string, sheet: string): Grid {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CellValue[][] = [];
  let record: CellValue[] = [];
  let field = '';
  let i = 0;
  const n = src.length;

  const endField = (): void => {
    record.push(field === '' ? null : field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    rows.push(record);
    record = [];
  };

  while (i < n) {
    if (src.charCodeAt(i) === QUOTE && field === '') {
      // Quoted field: runs to the next quote that is not doubled.
      i++;
      let start = i;
      for (;;) {
        const q = src.indexOf('"', i);
        if (q === -1) {
          // Unterminated: the rest of the file is the field (Excel does the same).
          field += src.slice(start);
          i = n;
          break;
        }
        if (src.charCodeAt(q + 1) === QUOTE) {
          field += src.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        field += src.slice(start, q);
        i = q + 1;
        break;
      }
      continue;
    }
    const c = src.charCodeAt(i);
    if (c === COMMA) {
      endField();
      i++;
    } else if (c === LF) {
      endRecord();
      i++;
    } else if (c === CR) {
      endRecord();
      i += src.charCodeAt(i + 1) === LF ? 2 : 1;
    } else {
      // Plain run up to the next delimiter.
      let j = i + 1;
      while (j < n) {
        const d = src.charCodeAt(j);
        if (d === COMMA || d === LF || d === CR) break;
        j++;
      }
      field += src.slice(i, j);
      i = j;
    }
  }
  // The last record, unless the text ended with a line break (or was empty).
  const last = src.charCodeAt(n - 1);
  if (n > 0 && last !== LF && last !== CR) endRecord();
  else if (record.length > 0 || field !== '') endRecord();

  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((v) => v === null)) rows.pop();
  return { sheet, origin: { row: 1, col: 1 }, values: rows };
}
