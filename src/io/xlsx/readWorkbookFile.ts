import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Grid } from '../../core/model/grid';
import { decodeCsv } from './decodeCsv';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';

/**
 * Read a workbook file into grids, choosing the reader by extension (case-insensitive):
 * `.xlsx`/`.xlsm` → {@link readXlsx}; `.csv` → {@link readCsv}, the sheet named after the
 * file without its extension.
 *
 * @throws Error "Unsupported file type: …" for any other extension, the file system's error
 *   when the file cannot be read, and readXlsx's "Not a readable .xlsx file…" for bad bytes.
 */
export async function readWorkbookFile(path: string): Promise<Grid[]> {
  const ext = extname(path).toLowerCase();
  switch (ext) {
    case '.xlsx':
    case '.xlsm':
      return readXlsx(await readFile(path));
    case '.csv':
      return [readCsv(decodeCsv(await readFile(path)), basename(path, extname(path)))];
    default:
      throw new Error(
        `Unsupported file type: ${ext === '' ? '(no extension)' : ext} (${path}); expected .xlsx, .xlsm or .csv`,
      );
  }
}
