import { cellA1, parseRangeA1, qualifiedA1 } from '../../core/model/address';
import {
  EXCEL_MAX_ROW_HEIGHT,
  isPlanCell,
  type CellStyle,
  type PlanChart,
  type PlanLink,
  type SheetPlan,
} from '../../core/render/sheetPlan';
import { planLinkText } from '../xlsx/planHyperlink';
import { cellBlocks, jsonBytes, styleRuns } from './planBlocks';
import { OP_BYTES, type RequestBudget } from './requestBudget';
import { drawPlanDrawing } from './drawPlanDrawing';

export interface WriteSheetOptions {
  /**
   * Names of the sheets being written, by the name their plan asked for, as they are now
   * (charts read their ranges there, and Excel follows a later rename) …
   */
  readonly currentNames: ReadonlyMap<string, string>;
  /** … and as they will be (links are text, which Excel does not follow). */
  readonly finalNames: ReadonlyMap<string, string>;
  /** Cell notes as notes (ExcelApi 1.18), else as the cell's input prompt. */
  readonly notes: 'notes' | 'prompts';
}

/** A column width in characters → points (Calibri 11: 7 px a character and 5 of padding). */
export const charsToPoints = (chars: number): number => (chars * 7 + 5) * 0.75;

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const CHART_TYPE = {
  column: 'ColumnClustered',
  bar: 'BarClustered',
  radar: 'Radar',
  line: 'Line',
  pie: 'Pie',
} as const;
const BORDERS = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
];

/**
 * Queue a sheet plan onto an empty worksheet through Office.js, syncing whenever the
 * request would pass its budget: values with their number formats (text `@` under every
 * string, so user text never becomes a formula), styles by rectangles, column widths, row
 * heights, merges, freeze panes, list validations, tables, autoFilter, print setup, tab
 * colour, links, notes, native charts and drawings of shapes and connectors.
 *
 * @throws Error on a plan bug (unknown style, a string over 32,767 characters, a bad range)
 */
export async function writeSheetPlan(
  ws: Excel.Worksheet,
  plan: SheetPlan,
  budget: RequestBudget,
  options: WriteSheetOptions,
): Promise<void> {
  // A block fills most of a request: the formats and values of whole rows.
  for (const block of cellBlocks(plan, budget.budget * 0.9 - 2 * OP_BYTES)) {
    await budget.add(block.bytes + 2 * OP_BYTES);
    const range = ws.getRange(block.address);
    range.numberFormat = block.numberFormat;
    range.values = block.values;
  }
  for (const run of styleRuns(plan)) {
    const style = plan.styles?.[run.style] as CellStyle;
    await budget.add(OP_BYTES * styleOps(style));
    applyStyle(ws.getRange(run.address).format, style);
  }
  for (const [i, chars] of (plan.columnWidths ?? []).entries()) {
    await budget.add(OP_BYTES);
    ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(chars);
  }
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) {
    const r = Number(row);
    if (!Number.isInteger(r) || r < 1 || !(height >= 0 && height <= EXCEL_MAX_ROW_HEIGHT))
      throw new Error(`Sheet plan "${plan.name}": bad row height ${row} → ${height}`);
    await budget.add(OP_BYTES);
    ws.getRangeByIndexes(r - 1, 0, 1, 1).getEntireRow().format.rowHeight = height;
  }
  for (const merge of plan.merges ?? []) {
    await budget.add(OP_BYTES);
    ws.getRange(checked(merge, plan)).merge(false);
  }
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    await budget.add(OP_BYTES);
    if (freeze.cols === 0) ws.freezePanes.freezeRows(freeze.rows);
    else if (freeze.rows === 0) ws.freezePanes.freezeColumns(freeze.cols);
    else ws.freezePanes.freezeAt(ws.getRange(cellA1(freeze.rows, freeze.cols)));
  }
  for (const v of plan.validations ?? []) {
    await budget.add(OP_BYTES * 3 + v.list.join(',').length);
    const dv = ws.getRange(checked(v.range, plan)).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
    dv.errorAlert = {
      showAlert: true,
      style: v.strict ? 'Stop' : 'Warning',
      title: '',
      message: '',
    };
    if (v.prompt !== undefined) dv.prompt = { showPrompt: true, title: '', message: v.prompt };
  }
  for (const t of plan.tables ?? []) {
    await budget.add(OP_BYTES * 3);
    const table = ws.tables.add(checked(t.range, plan), true);
    table.name = t.name;
    table.style = 'TableStyleMedium2';
  }
  if (plan.autoFilter !== undefined) {
    await budget.add(OP_BYTES);
    ws.autoFilter.apply(ws.getRange(checked(plan.autoFilter, plan)));
  }
  await writePrint(ws, plan, budget);
  if (plan.tabColor !== undefined) {
    await budget.add(OP_BYTES);
    ws.tabColor = plan.tabColor;
  }
  await writeLinksAndNotes(ws, plan, budget, options);
  for (const chart of plan.charts ?? []) await addChart(ws, plan, chart, budget, options);
  for (const drawing of plan.drawings ?? []) await drawPlanDrawing(ws, drawing, budget);
}

function checked(ref: string, plan: SheetPlan): string {
  if (parseRangeA1(ref) === undefined)
    throw new Error(`Invalid range "${ref}" in sheet plan "${plan.name}"`);
  return ref;
}

/** How many property sets `applyStyle` makes for a style. */
export function styleOps(style: CellStyle): number {
  const { numberFormat, border, ...rest } = style;
  void numberFormat;
  return Object.keys(rest).length + (border === undefined ? 0 : 2 * BORDERS.length);
}

/** Set a style's properties on a range format (number formats go with the values). */
export function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.underline !== undefined) format.font.underline = style.underline ? 'Single' : 'None';
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border !== undefined)
    for (const edge of BORDERS) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = 'Continuous';
      border.color = style.border;
    }
}

async function writePrint(ws: Excel.Worksheet, plan: SheetPlan, budget: RequestBudget) {
  const print = plan.print;
  if (!print) return;
  await budget.add(OP_BYTES * 4);
  if (print.orientation !== undefined)
    ws.pageLayout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (print.fitToWidth === true)
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.titleRows !== undefined) {
    const [from, to] = print.titleRows.split(':');
    ws.pageLayout.setPrintTitleRows(`$${from}:$${to ?? from}`);
  }
  for (const after of print.pageBreaksAfter ?? []) {
    await budget.add(OP_BYTES);
    ws.horizontalPageBreaks.add(`A${after + 1}`);
  }
}

/** Office.js hyperlink of a plan link; cell links name the sheet's final name. */
export function officeHyperlink(
  link: PlanLink,
  text: string,
  finalNames: ReadonlyMap<string, string>,
): Excel.RangeHyperlink {
  if (link.kind === 'url') return { address: link.url, textToDisplay: text };
  const sheet = finalNames.get(link.sheet) ?? link.sheet;
  return { documentReference: qualifiedA1(sheet, link.a1), textToDisplay: text };
}

async function writeLinksAndNotes(
  ws: Excel.Worksheet,
  plan: SheetPlan,
  budget: RequestBudget,
  options: WriteSheetOptions,
) {
  for (const [r, row] of plan.rows.entries())
    for (const [c, entry] of row.entries()) {
      if (!isPlanCell(entry)) continue;
      const a1 = cellA1(r + 1, c + 1);
      if (entry.link !== undefined && entry.value !== null) {
        const hyperlink = officeHyperlink(
          entry.link,
          planLinkText(entry.value),
          options.finalNames,
        );
        await budget.add(OP_BYTES + jsonBytes(hyperlink));
        ws.getRange(a1).hyperlink = hyperlink;
      }
      if (entry.note !== undefined) {
        await budget.add(OP_BYTES + jsonBytes(entry.note));
        if (options.notes === 'notes') ws.notes.add(a1, entry.note);
        else
          ws.getRange(a1).dataValidation.prompt = {
            showPrompt: true,
            title: '',
            message: entry.note,
          };
      }
    }
}

async function addChart(
  ws: Excel.Worksheet,
  plan: SheetPlan,
  c: PlanChart,
  budget: RequestBudget,
  options: WriteSheetOptions,
) {
  await budget.add(OP_BYTES * (12 + 4 * c.series.length));
  const sheetName = options.currentNames.get(c.sheet ?? plan.name) ?? c.sheet ?? plan.name;
  const source = c.sheet === undefined ? ws : ws.context.workbook.worksheets.getItem(sheetName);
  const first = c.series[0];
  if (!first) throw new Error(`Sheet plan "${plan.name}": chart "${c.title}" has no series`);
  const chart = ws.charts.add(
    CHART_TYPE[c.type],
    source.getRange(checked(first.values, plan)),
    'Columns',
  );
  chart.title.text = c.title;
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(source.getRange(checked(s.values, plan)));
    series.setXAxisValues(source.getRange(checked(c.categories, plan)));
    if (s.color !== undefined) series.format.fill.setSolidColor(s.color);
    if (c.dataLabels === true) {
      series.hasDataLabels = true;
      if (c.valueFormat !== undefined) series.dataLabels.numberFormat = c.valueFormat;
    }
  });
  if (c.type !== 'pie' && c.type !== 'radar') {
    if (c.xAxisTitle !== undefined) chart.axes.categoryAxis.title.text = c.xAxisTitle;
    if (c.yAxisTitle !== undefined) chart.axes.valueAxis.title.text = c.yAxisTitle;
    if (c.valueFormat !== undefined) chart.axes.valueAxis.numberFormat = c.valueFormat;
  }
  if (c.valueAxis !== undefined) {
    chart.axes.valueAxis.minimum = c.valueAxis.min;
    chart.axes.valueAxis.maximum = c.valueAxis.max;
  }
  // Labels at the axis's low end stay clear of bars below zero (ExcelApi 1.8).
  if (c.categoryLabelsLow === true) chart.axes.categoryAxis.tickLabelPosition = 'Low';
  // A bar chart lists its categories top to bottom, like the table beside it.
  if (c.type === 'bar') chart.axes.categoryAxis.reversePlotOrder = true;
  chart.setPosition(checked(c.anchor, plan));
  chart.width = c.width * 0.75;
  chart.height = c.height * 0.75;
}
