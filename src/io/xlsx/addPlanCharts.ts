import type { ChartSeries, ChartTickLabelPositionType } from 'excelize-wasm';
import { cellA1, parseCellA1, parseRangeA1 } from '../../core/model/address';
import type { PlanChart } from '../../core/render/sheetPlan';
import type { ExcelizeChartJob, ExcelizeChartType, FileHost } from './fileHost';
import { repairExcelizeOutput, type SeriesRepair } from './repairExcelizeOutput';

/*
 * Native charts in a file. exceljs, which writes the rest of the workbook, has no chart
 * model; excelize-wasm (Go's Excelize compiled to WebAssembly, run in a worker thread: see
 * excelizeWorker.ts) opens the finished package, adds the charts and writes it again.
 *
 * Excelize re-serialises only what it loads for that: the sheets that get a chart, the
 * workbook, styles, theme, content types and relationships; every other part (other sheets,
 * shared strings, tables, notes) is copied as it was. test/io/planCharts.test.ts checks that
 * cells, styles, merges, validations, links, panes, print setup and tables read back the same
 * with and without charts. What excelize writes differently is repaired afterwards
 * (repairExcelizeOutput.ts): literal series names, radar line colours, boolean attributes.
 *
 * Cost, measured with excelize-wasm 0.1.3 on Node 20: starting excelize takes about 0.6 s
 * once per process; a pass then takes about 0.1 s when the charts sit on a small sheet beside
 * a 10,000-row one, but about 1.2 s when a chart sits on the 10,000-row sheet itself, because
 * excelize parses and rewrites the sheet it draws on. Keep charts on small sheets.
 */

/** A chart to place on a sheet of the workbook. */
export interface SheetChart {
  /** The (final) name of the sheet the chart is placed on. */
  readonly sheet: string;
  /** Its ranges are on `chart.sheet`, or on `sheet` when that is undefined. */
  readonly chart: PlanChart;
}

const CHART_TYPES: Readonly<Record<PlanChart['type'], ExcelizeChartType>> = {
  column: 'Col',
  bar: 'Bar',
  radar: 'Radar',
  line: 'Line',
  pie: 'Pie',
};

/**
 * Add native charts to an .xlsx package and return the new package (`addCharts` runs
 * excelize: the host's).
 *
 * Each chart is anchored with its top-left corner at `anchor` on `sheet`, sized in pixels;
 * its series take their categories and values from ranges on `chart.sheet` (default:
 * `sheet`). Column and bar charts are 2-D clustered, the line chart has markers. `xAxisTitle`
 * names the category axis and `yAxisTitle` the value axis (for a bar chart the category axis
 * is the vertical one); radar and pie charts have no axis titles. Series colours apply to
 * the bars, lines and markers; a pie chart colours each slice instead. One series shows no
 * legend, except on a pie chart, whose legend names the categories.
 *
 * @throws Error when a chart is wrong (a caller bug): a sheet or data sheet not in the
 *   workbook, an invalid anchor or range, no series, a size below one pixel, a colour that is
 *   not `#RRGGBB`; and with excelize's message when it refuses the package or a chart.
 */
export async function addPlanCharts(
  xlsx: Uint8Array,
  charts: readonly SheetChart[],
  addCharts: FileHost['addCharts'],
): Promise<Uint8Array> {
  if (charts.length === 0) return xlsx;
  const names = new Map<string, SeriesRepair>();
  const jobs = charts.map(({ sheet, chart }, index): ExcelizeChartJob => {
    const where = `Chart "${chart.title}" on sheet "${sheet}"`;
    const dataSheet = chart.sheet ?? sheet;
    const anchor = parseCellA1(chart.anchor);
    if (anchor === undefined) throw new Error(`${where}: invalid anchor "${chart.anchor}"`);
    const options = excelizeChart(chart, dataSheet, where);
    // Excelize writes a series name as a reference: a placeholder, replaced afterwards.
    options.Series?.forEach((series, i) => {
      const token = `_ServiceOrgSeries_${index}_${i}`;
      const lineColor = chart.type === 'radar' ? chart.series[i]?.color : undefined;
      names.set(token, {
        name: chart.series[i]?.name ?? '',
        ...(lineColor === undefined ? {} : { lineColor: lineColor.toUpperCase() }),
      });
      series.Name = token;
    });
    return { sheet, dataSheet, cell: cellA1(anchor.row, anchor.col), chart: options, where };
  });
  const written = await addCharts(xlsx, jobs);
  return repairExcelizeOutput(written, names, new Set(charts.map((c) => c.sheet)));
}

/** The excelize options of one plan chart (series unnamed). */
function excelizeChart(
  chart: PlanChart,
  dataSheet: string,
  where: string,
): ExcelizeChartJob['chart'] {
  if (chart.series.length === 0) throw new Error(`${where}: no series`);
  const width = Math.round(chart.width);
  const height = Math.round(chart.height);
  if (!(width >= 1 && height >= 1))
    throw new Error(`${where}: size ${chart.width}×${chart.height} is not a size in pixels`);

  const pie = chart.type === 'pie';
  const axes = chart.type === 'column' || chart.type === 'bar' || chart.type === 'line';
  const categories = sheetRange(dataSheet, chart.categories, where);
  const series = chart.series.map((s): ChartSeries => {
    const color = s.color === undefined ? undefined : checkedColor(s.color, where);
    const fill = color === undefined ? undefined : { Type: 'pattern', Pattern: 1, Color: [color] };
    return {
      Categories: categories,
      Values: sheetRange(dataSheet, s.values, where),
      ...(fill === undefined || pie ? {} : { Fill: fill }),
      ...(fill !== undefined && chart.type === 'line' ? { Marker: { Fill: fill } } : {}),
    };
  });
  return {
    Type: CHART_TYPES[chart.type],
    Series: series,
    ...(chart.title === ''
      ? {}
      : { Title: { Paragraph: [{ Text: chart.title, Font: { Bold: true, Size: 14 } }] } }),
    Dimension: { Width: width, Height: height },
    Format: { AltText: chart.title, PrintObject: true, LockAspectRatio: false },
    Legend: { Position: pie || series.length > 1 ? 'bottom' : 'none' },
    VaryColors: pie,
    PlotArea: {
      ShowVal: chart.dataLabels === true,
      ShowCatName: false,
      ShowSerName: false,
      ShowPercent: false,
      ShowLeaderLines: false,
      ShowBubbleSize: false,
    },
    // Axis labels in dark grey: excelize's default (15 % of the text colour) is hard to read.
    ...(pie
      ? {}
      : {
          XAxis: {
            Font: AXIS_FONT,
            // Bar charts list categories bottom-up in Excel; reverse so row order reads top-down.
            ...(chart.type === 'bar' ? { ReverseOrder: true } : {}),
            ...(axes ? axisTitle(chart.xAxisTitle) : {}),
            ...(chart.categoryLabelsLow === true
              ? { TickLabelPosition: TICK_LABEL_LOW as ChartTickLabelPositionType }
              : {}),
          },
          YAxis: {
            Font: AXIS_FONT,
            ...(axes ? { MajorGridLines: true, ...axisTitle(chart.yAxisTitle) } : {}),
            ...(chart.valueAxis === undefined
              ? {}
              : { Minimum: chart.valueAxis.min, Maximum: chart.valueAxis.max }),
            ...(chart.valueFormat === undefined
              ? {}
              : { NumFmt: { CustomNumFmt: chart.valueFormat } }),
          },
        }),
  };
}

const AXIS_FONT = { Color: '#595959', Size: 9 };
/** excelize's ChartTickLabelLow (its enum: next to axis 0, high 1, low 2, none 3). */
const TICK_LABEL_LOW = 2;

function axisTitle(text: string | undefined): { Title?: { Paragraph: { Text: string }[] } } {
  return text === undefined || text === '' ? {} : { Title: { Paragraph: [{ Text: text }] } };
}

/**
 * `'Sheet name'!$A$5:$A$10`: an absolute range on a sheet, its name always quoted (Excel
 * reads a quoted name whatever it holds: spaces, Chinese, `R1C1`, apostrophes doubled).
 *
 * @throws Error when `range` is not an A1 cell or range.
 */
export function sheetRange(sheet: string, range: string, where = 'Chart'): string {
  const parsed = parseRangeA1(range);
  if (parsed === undefined) throw new Error(`${where}: invalid range "${range}"`);
  const absolute = (row: number, col: number): string =>
    cellA1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const { from, to } = parsed;
  return `'${sheet.replace(/'/g, "''")}'!${absolute(from.row, from.col)}:${absolute(to.row, to.col)}`;
}

function checkedColor(color: string, where: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(color)) {
    throw new Error(`${where}: colour "${color}" is not #RRGGBB`);
  }
  return color.toUpperCase();
}
