import type { Lang } from '../../core/i18n/lang';
import type { OpenOptions } from '../openPreviewWorkbook';
import type { PreviewWorkbook } from '../previewWorkbook';

/** How the page opens workbooks (the exceljs-backed module, or a fake in tests). */
export interface WorkbookOpener {
  /** Open an .xlsx/.xlsm file's bytes; rejects with a message fit for the user. */
  openFile(bytes: Uint8Array, fileName: string, options: OpenOptions): Promise<PreviewWorkbook>;
  /** Open the bundled example in a language. */
  openExample(lang: Lang, options: OpenOptions): Promise<PreviewWorkbook>;
}

/** The workbook module, fetched on first use (and again after a failed fetch): exceljs is big. */
const loadModule = () => import(/* webpackChunkName: "workbook" */ '../openPreviewWorkbook');

/**
 * The real opener: `src/preview/openPreviewWorkbook` in a chunk of its own, so that the start
 * screen paints without the code that reads and writes workbooks.
 */
export const lazyWorkbookOpener: WorkbookOpener = {
  openFile: async (bytes, fileName, options) =>
    (await loadModule()).openPreviewWorkbook(bytes, fileName, options),
  openExample: async (lang, options) => (await loadModule()).openExampleWorkbook(lang, options),
};
