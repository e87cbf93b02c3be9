import type { SheetPlan } from '../../core/render/sheetPlan';
import type { WorkbookBytes } from './loadWorkbook';
import { nodeFileHost } from './nodeFileHost';
import { writeWorkbook, type WorkbookCopy, type WriteWorkbookCopyOptions } from './writeWorkbook';

export type { WorkbookCopy, WriteWorkbookCopyOptions } from './writeWorkbook';

/**
 * {@link writeWorkbook} in Node (the CLI): PNGs drawn with resvg, charts added by
 * excelize-wasm in a worker thread. Returns the new .xlsx bytes as a Buffer.
 */
export async function writeWorkbookCopy(
  input: WorkbookBytes | null,
  plans: readonly SheetPlan[],
  options: WriteWorkbookCopyOptions = {},
): Promise<Buffer> {
  return (await writeWorkbookCopyWithNames(input, plans, options)).bytes;
}

/** {@link writeWorkbookCopy}, also telling the final name of each added sheet. */
export async function writeWorkbookCopyWithNames(
  input: WorkbookBytes | null,
  plans: readonly SheetPlan[],
  options: WriteWorkbookCopyOptions = {},
): Promise<WorkbookCopy & { readonly bytes: Buffer }> {
  const copy = await writeWorkbook(nodeFileHost, input, plans, options);
  const { bytes } = copy;
  return { ...copy, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}
