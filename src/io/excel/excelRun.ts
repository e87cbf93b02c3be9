/**
 * The one door to the workbook: every `Excel.run` of the add-in goes through `excelRun`
 * (lint forbids it elsewhere). A batch refused because the user is typing in a cell
 * (`InvalidOperationInCellEditMode`) is tried again, a few times, after a pause.
 */

/** Runs a batch against a request context (Excel.run, or a fake's in tests). */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelRunOptions {
  /** The runner (default: Office.js `Excel.run`). */
  readonly runner?: ExcelRunner;
  /** Tries after the first when Excel is in cell-edit mode (default 5). */
  readonly retries?: number;
  /** Pause before the first retry, in ms; doubles each time (default 500). */
  readonly delayMs?: number;
  /** How to wait (tests pass one that does not). */
  readonly sleep?: (ms: number) => Promise<void>;
}

const CELL_EDIT = 'InvalidOperationInCellEditMode';

/** Whether an Office.js error says Excel is in cell-edit mode. */
export function isCellEditModeError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === CELL_EDIT
  );
}

const defaultRunner: ExcelRunner = (batch) => Excel.run(batch);
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function excelRun<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options: ExcelRunOptions = {},
): Promise<T> {
  const runner = options.runner ?? defaultRunner;
  const retries = options.retries ?? 5;
  const sleep = options.sleep ?? defaultSleep;
  let delay = options.delayMs ?? 500;
  for (let attempt = 0; ; attempt++) {
    try {
      return await runner(batch);
    } catch (error) {
      if (!isCellEditModeError(error) || attempt >= retries) throw error;
      await sleep(delay);
      delay *= 2;
    }
  }
}
