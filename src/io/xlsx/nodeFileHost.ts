import { renderPng } from '../chart/renderPng';
import { addChartsWithExcelize } from './excelizeWorker';
import type { FileHost } from './fileHost';

/** Writing files in Node: PNGs drawn by resvg, excelize-wasm in a worker thread. */
export const nodeFileHost: FileHost = {
  renderPng: async (svg, scale) => (await renderPng(svg, { scale })).png,
  addCharts: addChartsWithExcelize,
};
