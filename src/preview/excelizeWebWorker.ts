/// <reference lib="webworker" />
/**
 * The browser preview's excelize-wasm, in a Web Worker (built as `excelize-worker.js` beside
 * the page). It adds native charts to a workbook package, the steps the Node worker takes
 * (`src/io/xlsx/excelizeWorker.ts`, whose worker runs as source text in Node): open the
 * package, check each chart's sheets, add the charts in order, write the package.
 */
import { init, type Chart } from 'excelize-wasm';
import type { ExcelizeReply, ExcelizeRequest } from './browserFileHost';

/** Excelize keeps parts up to this size in memory (it has no file system here). */
const LIMIT = 16 * 1024 ** 3;
const worker = self as unknown as DedicatedWorkerGlobalScope;
const started = init(new URL('excelize.wasm.gz', worker.location.href).href);
type Excelize = Awaited<typeof started>;

function addCharts(excelize: Excelize, { xlsx, charts }: ExcelizeRequest): Uint8Array {
  const file = excelize.OpenReader(xlsx, { UnzipSizeLimit: LIMIT, UnzipXMLSizeLimit: LIMIT });
  const opened = (file as unknown as { error?: string | null }).error;
  if (opened) throw new Error(`excelize could not open the workbook: ${opened}`);
  const sheets = new Set(file.GetSheetList().list);
  for (const job of charts) {
    if (!sheets.has(job.sheet)) throw new Error(`${job.where}: the workbook has no such sheet`);
    if (!sheets.has(job.dataSheet))
      throw new Error(`${job.where}: its data sheet "${job.dataSheet}" is not in the workbook`);
    const type = (excelize as unknown as Record<string, unknown>)[job.chart.Type];
    if (typeof type !== 'number') throw new Error(`${job.where}: unknown chart type`);
    const { error } = file.AddChart(job.sheet, job.cell, { ...job.chart, Type: type } as Chart);
    if (error) throw new Error(`${job.where}: excelize refused it: ${error}`);
  }
  const written = file.WriteToBuffer();
  if (written.error) throw new Error(`excelize could not write the workbook: ${written.error}`);
  return written.buffer as Uint8Array;
}

worker.onmessage = async (event: MessageEvent<ExcelizeRequest>) => {
  const { id } = event.data;
  let reply: ExcelizeReply;
  try {
    reply = { id, bytes: addCharts(await started, event.data) };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  worker.postMessage(reply, reply.bytes ? [reply.bytes.buffer] : []);
};
