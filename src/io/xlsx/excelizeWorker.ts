import type { ExcelizeChartJob } from './fileHost';
import { Worker } from 'node:worker_threads';

/*
 * excelize-wasm runs in a worker thread, started on first use and kept for later calls until
 * it has been idle for IDLE_MS (it holds about 190 MB); an idle worker is unreferenced, so it
 * never holds the process open. A worker rather than the calling thread, for two reasons:
 * - its `init` reads the wasm file through a dynamic `import('node:fs')`, which jest's module
 *   sandbox refuses; a worker is a plain Node context in tests too;
 * - starting it (about 0.6 s) and a pass over a large sheet do not block the main thread.
 * The worker is JavaScript given as source (`eval`), so it needs no build step, and is
 * handed the absolute paths of the package and of its wasm file.
 */

export type { ExcelizeChartJob, ExcelizeChartType } from './fileHost';

const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
// Excelize keeps parts up to this size in memory; bigger sheets it would extract to a
// temporary directory, which its WebAssembly build has no file system for.
const LIMIT = 16 * 1024 ** 3;
const started = require(workerData.module).init(workerData.wasm);
started.catch(() => {});

// What excelize reports or a job gets wrong; anything else leaves the worker in doubt.
class Refused extends Error {}

function addCharts(excelize, xlsx, charts) {
  const file = excelize.OpenReader(xlsx, { UnzipSizeLimit: LIMIT, UnzipXMLSizeLimit: LIMIT });
  if (file.error) throw new Refused('excelize could not open the workbook: ' + file.error);
  const sheets = new Set(file.GetSheetList().list);
  for (const job of charts) {
    if (!sheets.has(job.sheet)) throw new Refused(job.where + ': the workbook has no such sheet');
    if (!sheets.has(job.dataSheet))
      throw new Refused(job.where + ': its data sheet "' + job.dataSheet + '" is not in the workbook');
    const type = excelize[job.chart.Type];
    if (typeof type !== 'number') throw new Refused(job.where + ': unknown chart type ' + job.chart.Type);
    const { error } = file.AddChart(job.sheet, job.cell, { ...job.chart, Type: type });
    if (error) throw new Refused(job.where + ': excelize refused it: ' + error);
  }
  const written = file.WriteToBuffer();
  if (written.error) throw new Refused('excelize could not write the workbook: ' + written.error);
  return written.buffer;
}

parentPort.on('message', async ({ id, xlsx, charts }) => {
  let excelize;
  try {
    excelize = await started;
  } catch (err) {
    parentPort.postMessage({ id, error: 'Could not start excelize-wasm: ' + (err && err.message || err) });
    setImmediate(() => process.exit(1)); // the next call tries again in a new worker
    return;
  }
  try {
    const bytes = xlsx === undefined ? undefined : addCharts(excelize, xlsx, charts);
    parentPort.postMessage({ id, bytes }, bytes ? [bytes.buffer] : []);
  } catch (err) {
    parentPort.postMessage({ id, error: String(err && err.message || err) });
    // An exception excelize did not report (a Go panic ends its runtime): start afresh.
    if (!(err instanceof Refused)) setImmediate(() => process.exit(1));
  }
});
`;

interface Reply {
  readonly id: number;
  readonly bytes?: Uint8Array;
  readonly error?: string;
}

interface Pending {
  resolve(bytes: Uint8Array | undefined): void;
  reject(err: Error): void;
}

/** A running worker and the calls it has not answered yet. */
interface Running {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  idleTimer?: ReturnType<typeof setTimeout>;
}

/** How long an idle worker is kept for the next call before it is stopped. */
const IDLE_MS = 10_000;

let running: Running | undefined;
let nextId = 0;

function start(): Running {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      module: require.resolve('excelize-wasm'),
      wasm: require.resolve('excelize-wasm/excelize.wasm.gz'),
    },
  });
  const self: Running = { worker, pending: new Map() };
  worker.on('message', (reply: Reply) => {
    const call = self.pending.get(reply.id);
    if (!call) return;
    self.pending.delete(reply.id);
    if (self.pending.size === 0) idle(self);
    if (reply.error !== undefined) call.reject(new Error(reply.error));
    else call.resolve(reply.bytes);
  });
  // A worker that stopped (a crash, or a Go runtime that exited) is replaced on the next call.
  const stopped = (err: Error): void => {
    if (running === self) running = undefined;
    clearTimeout(self.idleTimer);
    for (const call of self.pending.values())
      call.reject(new Error(`excelize-wasm: ${err.message}`));
    self.pending.clear();
  };
  worker.on('error', stopped);
  worker.on('exit', (code) => stopped(new Error(`its worker stopped (exit code ${code})`)));
  worker.unref();
  return self;
}

/** Let the process exit while the worker waits, and stop it when nobody calls for a while. */
function idle(self: Running): void {
  self.worker.unref();
  clearTimeout(self.idleTimer);
  self.idleTimer = setTimeout(() => {
    if (self.pending.size > 0) return;
    if (running === self) running = undefined;
    void self.worker.terminate();
  }, IDLE_MS);
  self.idleTimer.unref();
}

function call(request: { xlsx?: Uint8Array; charts?: readonly ExcelizeChartJob[] }) {
  running ??= start();
  const self = running;
  clearTimeout(self.idleTimer);
  const id = nextId++;
  return new Promise<Uint8Array | undefined>((resolve, reject) => {
    self.pending.set(id, { resolve, reject });
    self.worker.ref();
    self.worker.postMessage({ id, ...request });
  });
}

/** Start excelize-wasm now (it starts on first use otherwise); resolves when it is ready. */
export async function startExcelize(): Promise<void> {
  await call({});
}

/**
 * Open an .xlsx package with excelize, add the charts in order and return the package it
 * writes.
 *
 * @throws Error with excelize's message when it cannot start, open or write the package or
 *   refuses a chart, and when a job's sheet or data sheet is not in the workbook.
 */
export async function addChartsWithExcelize(
  xlsx: Uint8Array,
  charts: readonly ExcelizeChartJob[],
): Promise<Uint8Array> {
  const bytes = await call({ xlsx, charts });
  if (bytes === undefined) throw new Error('excelize-wasm returned no workbook');
  return bytes;
}
