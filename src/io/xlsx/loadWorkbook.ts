import ExcelJS from 'exceljs';

/**
 * exceljs declares a global `Buffer extends ArrayBuffer`, which today's `@types/node`
 * Buffer does not satisfy; at run time it takes any Node Buffer.
 */
type ExcelJsBuffer = Parameters<ExcelJS.Xlsx['load']>[0];

/** Bytes of a workbook as the callers have them: Node buffers or browser-style arrays. */
export type WorkbookBytes = Buffer | ArrayBuffer | Uint8Array;

export interface LoadWorkbookOptions {
  /**
   * Worksheet XML elements exceljs should skip (its `ignoreNodes`). Readers skip what they
   * never look at, e.g. `dataValidations`, which exceljs expands into one entry per cell
   * (a whole-column list would become a million entries).
   */
  readonly ignoreNodes?: readonly string[];
}

/**
 * Load .xlsx bytes into an exceljs workbook.
 *
 * @throws Error whose message starts with "Not a readable .xlsx file" when the bytes are not
 *   an .xlsx package exceljs can read (garbage, another zip, a legacy .xls, an empty file),
 *   or when the package holds no worksheet (a workbook of chart sheets only counts as such).
 */
export async function loadWorkbook(
  data: WorkbookBytes,
  options: LoadWorkbookOptions = {},
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toBuffer(data) as unknown as ExcelJsBuffer, {
      ignoreNodes: [...(options.ignoreNodes ?? [])],
    });
  } catch (err) {
    throw new Error(
      `Not a readable .xlsx file: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  // A zip that is not a workbook (a .docx, an empty archive) loads as a workbook without
  // sheets; Excel never saves one without a sheet.
  if (workbook.worksheets.length === 0) {
    throw new Error('Not a readable .xlsx file: it holds no worksheet');
  }
  return workbook;
}

function toBuffer(data: WorkbookBytes): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
