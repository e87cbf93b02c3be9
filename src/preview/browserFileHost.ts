import type { ExcelizeChartJob, FileHost } from '../io/xlsx/fileHost';

/**
 * Writing files in the browser preview: PNGs drawn on a canvas by the browser itself, and
 * native charts added by excelize-wasm in a Web Worker (`excelizeWebWorker.ts`, built as
 * `excelize-worker.js` beside the page; it fetches `excelize.wasm.gz`, 4 MB, on first use).
 */
export const browserFileHost: FileHost = {
  renderPng: svgToPng,
  addCharts: addChartsInWorker,
};

/** The browser's largest canvas side is 32,767 px in Chromium; keep well within it. */
const MAX_SIDE = 16_384;
const MAX_PIXELS = 64_000_000;

/** Draw an SVG on a canvas at `scale` (less when the canvas would be too big) and encode it. */
export async function svgToPng(svg: string, scale: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const width = image.naturalWidth || 1;
    const height = image.naturalHeight || 1;
    const fit = Math.min(
      scale,
      MAX_SIDE / width,
      MAX_SIDE / height,
      Math.sqrt(MAX_PIXELS / (width * height)),
    );
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * fit));
    canvas.height = Math.max(1, Math.round(height * fit));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The browser could not encode the PNG.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A request to the worker and its answer. */
export interface ExcelizeRequest {
  readonly id: number;
  readonly xlsx: Uint8Array;
  readonly charts: readonly ExcelizeChartJob[];
}
export interface ExcelizeReply {
  readonly id: number;
  readonly bytes?: Uint8Array;
  readonly error?: string;
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve(b: Uint8Array): void; reject(e: Error): void }>();

function startWorker(): Worker {
  const started = new Worker(new URL('excelize-worker.js', document.baseURI));
  started.onmessage = (event: MessageEvent<ExcelizeReply>) => {
    const { id, bytes, error } = event.data;
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    if (error !== undefined || bytes === undefined)
      call.reject(new Error(error ?? 'excelize-wasm returned no workbook'));
    else call.resolve(bytes);
  };
  // A worker that failed to load or crashed is replaced on the next call.
  started.onerror = (event) => {
    event.preventDefault();
    if (worker === started) worker = undefined;
    for (const call of pending.values())
      call.reject(new Error(`Could not add the charts: ${event.message || 'the worker stopped'}`));
    pending.clear();
  };
  return started;
}

/** Add the charts with excelize-wasm in the Web Worker (started on first use, then kept). */
export function addChartsInWorker(
  xlsx: Uint8Array,
  charts: readonly ExcelizeChartJob[],
): Promise<Uint8Array> {
  worker ??= startWorker();
  const id = nextId++;
  const request: ExcelizeRequest = { id, xlsx, charts };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker?.postMessage(request);
  });
}
