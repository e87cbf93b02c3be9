import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../taskpane/shared/errorMessage';
import type { PreviewWorkbook, SheetView } from '../previewWorkbook';

/** The grid's data: the sheet names, and the cells of the sheet on show. */
export interface SheetData {
  /** The workbook's sheets, once read. */
  readonly names: readonly string[] | undefined;
  /** The last view read (of `sheet`, or of the sheet shown before while `sheet` loads). */
  readonly view: SheetView | undefined;
  /** A read is under way. */
  readonly loading: boolean;
}

/**
 * Read the sheet names, and the cells of `sheet`, from the workbook; again whenever
 * `revision` changes (the pane wrote sheets). A read that answers after a newer one was asked
 * for is dropped. Failures go to `onError` with their message.
 */
export function useSheetData(
  workbook: PreviewWorkbook,
  sheet: string | undefined,
  revision: number,
  onError: (message: string) => void,
): SheetData {
  const [names, setNames] = useState<readonly string[]>();
  const [view, setView] = useState<SheetView>();
  const [pending, setPending] = useState(0);
  // The latest handler, without reading the sheets again when it changes.
  const report = useRef(onError);
  report.current = onError;

  useEffect(() => {
    let current = true;
    setPending((n) => n + 1);
    workbook
      .sheetNames()
      .then((list) => current && setNames(list))
      .catch((error: unknown) => current && report.current(errorMessage(error)))
      .finally(() => setPending((n) => n - 1));
    return () => {
      current = false;
    };
  }, [workbook, revision]);

  useEffect(() => {
    if (sheet === undefined) return;
    let current = true;
    setPending((n) => n + 1);
    workbook
      .sheetView(sheet)
      .then((next) => current && setView(next))
      .catch((error: unknown) => current && report.current(errorMessage(error)))
      .finally(() => setPending((n) => n - 1));
    return () => {
      current = false;
    };
  }, [workbook, sheet, revision]);

  return { names, view, loading: pending > 0 };
}
