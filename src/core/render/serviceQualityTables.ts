import type { FiveGap, GapSignal, GapStatus } from '../analyze/fiveGapModel';
import type { GapInterval } from '../analyze/gapStats';
import type { ItemQuality, ServiceQuality } from '../analyze/serviceQuality';
import type { Lang } from '../i18n/lang';
import {
  FURTHER_DIMENSIONS_NOTE,
  SERVICE_DIMENSION_LABELS,
  WEIGHT_SOURCE_LABELS,
  serviceDimensionLabel,
  type Bilingual,
} from '../i18n/serviceQualityLabels';
import { cellA1, rangeA1 } from '../model/address';
import { isWeightedDimension, type ServiceDimension } from '../model/serviceDimension';
import { gapSummaryCells as C } from './gapSummaryCells';
import { spanRow, type SpanCell } from './spanRow';
import { CJK_LINE_PT, LINE_PT, gapSummaryRowHeights, hasWideText } from './gapSummaryRowHeights';
import type { GapSummaryRows, GapSummaryTableRows } from './gapSummaryRows';
import type { GapSummaryStyle } from './gapSummaryStyles';
import type { ServiceQualityLabels, SurveyFacts } from './serviceQualityLabels';
import {
  EXCEL_MAX_ROW_HEIGHT,
  type CellStyle,
  type PlanCell,
  type PlanChart,
  type PlanValue,
} from './sheetPlan';

/*
 * What the Gap Summary's Service quality section and the Service Quality sheet both write:
 * the survey's key figures, the dimension table with its radar and gap charts, the
 * improvement priorities and the five-gap checklist. Both sheets lay them out with the Gap
 * Summary's rows, cells and styles, in its nine columns A–I, charts in column J.
 */

/** The text of a bilingual label in `lang`. */
export const inLang = (text: Bilingual, lang: Lang): string =>
  lang === 'zh-CN' ? text.zh : text.en;

/** The series' colours: brand blue for expectation, pumpkin for perception (as the SVG charts). */
export const EXPECTATION_COLOR = '#0F6CBD';
export const PERCEPTION_COLOR = '#CA5010';
const GAP_COLOR = '#0F6CBD';
/**
 * The smallest default row height in pixels among the hosts: LibreOffice's 0.45 cm (17 px;
 * Excel's is 20 px). A chart spans at most its height over this many rows.
 */
const SMALLEST_ROW_PX = 17;
/** Ids a checklist line shows before an ellipsis. */
export const CHECKLIST_IDS_SHOWN = 5;

/**
 * Rows of a GapSummaryRows whose cells may span several columns: each spanning cell is
 * merged to the right, the cells it covers get its style (blank) so borders and fills run
 * across, and the row's height is estimated on the merged width.
 */
export class SpannedRows {
  private readonly ranges: string[] = [];
  private readonly widthsByRow = new Map<number, number[]>();

  constructor(
    readonly out: GapSummaryRows,
    private readonly columnWidths: readonly number[],
  ) {}

  /** Merged ranges so far, e.g. `C40:E40`. */
  get merges(): readonly string[] {
    return this.ranges;
  }

  /** Append a row of cells from column A; returns its 1-based number. */
  add(...cells: SpanCell[]): number {
    const rowNumber = this.out.next;
    const { cells: row, widths, merges } = spanRow(rowNumber, cells, this.columnWidths);
    this.ranges.push(...merges);
    this.widthsByRow.set(rowNumber, widths);
    return this.out.add(...row);
  }

  /** A wrapped explanation across all columns. */
  note(text: string): number {
    return this.add({ cell: { value: text, style: 'note' }, span: this.columnWidths.length });
  }

  /**
   * Row heights of the whole sheet (gapSummaryRowHeights), the rows added here estimated
   * on the width each cell really has; from row `from` on, rows of several lines with
   * Chinese text get taller lines.
   */
  heights(
    rows: readonly (readonly (PlanCell | PlanValue)[])[],
    styles: Readonly<Record<string, CellStyle>>,
    from = 1,
  ): Record<number, number> {
    const heights = gapSummaryRowHeights(rows, this.columnWidths, styles);
    for (const [row, widths] of this.widthsByRow) {
      const height = gapSummaryRowHeights([rows[row - 1] ?? []], widths, styles)[1];
      if (height === undefined) delete heights[row];
      else heights[row] = height;
    }
    for (const [key, height] of Object.entries(heights)) {
      const row = Number(key);
      if (row >= from && hasWideText(rows[row - 1] ?? []))
        heights[row] = Math.min(EXCEL_MAX_ROW_HEIGHT, Math.round(height / LINE_PT) * CJK_LINE_PT);
    }
    return heights;
  }
}

/** How a gap is styled: below zero warns, and alerts when its whole 95% interval is. */
export function gapStyle(
  gap: number | null,
  ci: GapInterval | null,
): Extract<GapSummaryStyle, 'mean' | 'meanWarn' | 'meanAlert'> {
  if (gap === null || !(gap < 0)) return 'mean';
  return ci !== null && ci.high < 0 ? 'meanAlert' : 'meanWarn';
}

/**
 * An item's text, wrapped and not linked: LibreOffice does not wrap a linked cell, so a
 * linked item would print as one cut-off line (the Gap Summary leaves long text unlinked for
 * the same reason). Survey findings point at the item's cells.
 */
export function itemCell(item: string): PlanCell {
  return C.text(item, 'wrap');
}

/** The items by their text (the first of a repeated text). */
export function itemsByText(quality: ServiceQuality): ReadonlyMap<string, ItemQuality> {
  const found = new Map<string, ItemQuality>();
  for (const it of quality.items) if (!found.has(it.item)) found.set(it.item, it);
  return found;
}

export const surveyFacts = (quality: ServiceQuality): SurveyFacts => ({
  respondents: quality.respondents,
  items: quality.items.length,
  min: quality.scale.min,
  max: quality.scale.max,
  sheet: quality.source.sheet,
});

/** Weighted expectation, perception, gap (the SERVQUAL score) and the CSI with its formula. */
export function surveyKeyFigures(
  out: GapSummaryRows,
  quality: ServiceQuality,
  L: ServiceQualityLabels,
): void {
  const o = quality.overall;
  const K = L.kf;
  const figure = (label: string, value: PlanCell, extra?: PlanCell): void => {
    out.add({ value: label, style: 'wrap' }, value, ...(extra ? [extra] : []));
  };
  out.subheading(L.keyFigures);
  figure(K.expectation, C.num(o.expectation, 'mean'));
  figure(K.perception, C.num(o.perception, 'mean'));
  figure(K.gap, C.num(o.gap, o.gap !== null && o.gap < 0 ? 'meanAlert' : 'mean'));
  figure(K.csi, C.num(o.csi, 'index'), {
    value: K.csiFormula(quality.scale.min, quality.scale.max),
    style: 'explain',
  });
  out.blank();
}

/**
 * The dimension table (Dimension | Weight | Expectation | Perception | Gap | 95% CI low |
 * 95% CI high | Respondents), in the analysis's order. Returns where its rows are, the
 * charts' data, or `undefined` when there is no dimension.
 */
export function dimensionTable(
  out: GapSummaryRows,
  quality: ServiceQuality,
  L: ServiceQualityLabels,
  lang: Lang,
): GapSummaryTableRows | undefined {
  const D = L.dimensions;
  return out.table({
    heading: D.heading,
    headers: D.headers,
    items: quality.dimensions,
    none: D.none,
    // Every dimension is listed: at most nine, and the charts need them all.
    more: L.items.more,
    cap: quality.dimensions.length,
    row: (d) => [
      C.text(serviceDimensionLabel(d.dimension, lang)),
      C.num(d.weight, 'share'),
      C.num(d.expectation, 'mean'),
      C.num(d.perception, 'mean'),
      C.num(d.gap, gapStyle(d.gap, d.ci)),
      C.num(d.ci?.low, 'mean'),
      C.num(d.ci?.high, 'mean'),
      C.num(d.n, 'count'),
    ],
  });
}

/** Where the two charts go: their column, size, and the row of the first (the section's). */
export interface ChartPlace {
  readonly row: number;
  readonly column: number;
  readonly width: number;
  readonly height: number;
}

/** Rows one chart takes at most (rows of 17 px): the second chart starts this far below. */
export const chartRows = (size: { readonly height: number }): number =>
  Math.ceil(size.height / SMALLEST_ROW_PX);

/** Rows the two charts take stacked: keep the section at least this tall. */
export const stackedChartRows = (size: { readonly height: number }): number => 2 * chartRows(size);

/**
 * The radar of expectation and perception per dimension and, under it, the bars of the
 * gaps, both over exactly the dimension table's rows.
 */
export function dimensionCharts(
  table: GapSummaryTableRows,
  quality: ServiceQuality,
  L: ServiceQualityLabels,
  place: ChartPlace,
): PlanChart[] {
  const column = (col: number) => rangeA1(table.first, col, table.last, col);
  const categories = column(1);
  const size = { width: place.width, height: place.height };
  return [
    {
      type: 'radar',
      title: L.charts.radarTitle(quality.scale.min, quality.scale.max),
      categories,
      series: [
        { name: L.charts.expectation, values: column(3), color: EXPECTATION_COLOR },
        { name: L.charts.perception, values: column(4), color: PERCEPTION_COLOR },
      ],
      anchor: cellA1(place.row, place.column),
      ...size,
      valueFormat: '0.0',
      valueAxis: { min: quality.scale.min, max: quality.scale.max },
    },
    {
      type: 'bar',
      title: L.charts.gapTitle,
      categories,
      series: [{ name: L.charts.gap, values: column(5), color: GAP_COLOR }],
      anchor: cellA1(place.row + chartRows(place), place.column),
      ...size,
      dataLabels: true,
      valueFormat: '0.00',
      categoryLabelsLow: true,
    },
  ];
}

/** The weights' source and, when a further determinant was measured, why it weighs 0. */
export function weightNotes(
  rows: SpannedRows,
  quality: ServiceQuality,
  L: ServiceQualityLabels,
  lang: Lang,
): void {
  rows.note(L.weights.source(inLang(WEIGHT_SOURCE_LABELS[quality.weighting.source], lang)));
  if (quality.dimensions.some((d) => !isWeightedDimension(d.dimension)))
    rows.note(inLang(FURTHER_DIMENSIONS_NOTE, lang));
  rows.out.blank();
}

/**
 * The improvement priorities (Rank | Item | Dimension | Gap | Weight | Score), the first
 * `cap` of them, then a row saying how many more.
 */
export function prioritiesTable(
  out: GapSummaryRows,
  quality: ServiceQuality,
  L: ServiceQualityLabels,
  lang: Lang,
  spec: { readonly heading: string; readonly cap: number },
): GapSummaryTableRows | undefined {
  const P = L.priorities;
  const items = itemsByText(quality);
  return out.table({
    heading: spec.heading,
    headers: P.headers,
    items: quality.priorities.ranked,
    none: P.none,
    more: P.more,
    cap: spec.cap,
    row: (p) => {
      const it = items.get(p.item);
      return [
        C.num(p.rank, 'count'),
        itemCell(p.item),
        C.text(serviceDimensionLabel(p.dimension, lang)),
        C.num(p.gap, gapStyle(p.gap, it?.ci ?? null)),
        C.num(p.weight, 'share'),
        C.num(p.score, 'score'),
      ];
    },
  });
}

const STATUS_STYLE: Readonly<Record<GapStatus, GapSummaryStyle>> = {
  found: 'alert',
  'not-found': 'text',
  'not-measurable': 'muted',
};

const isDimension = (id: string): id is ServiceDimension =>
  Object.prototype.hasOwnProperty.call(SERVICE_DIMENSION_LABELS, id);

/**
 * One signal as a line of the checklist: its label, and when found how many show it and the
 * first few (dimensions by name), e.g. `Functions of the service process with no primary
 * owner: 2 (F07, F12)`.
 */
export function signalText(signal: GapSignal, L: ServiceQualityLabels, lang: Lang): string {
  const K = L.checklist;
  const label = inLang(signal.label, lang);
  if (signal.status === 'not-measurable') return K.notMeasurable(label);
  if (signal.status === 'not-found') return K.notFound(label);
  if (signal.count === 0 || signal.ids.length === 0) return K.foundBare(label);
  const shown = signal.ids
    .slice(0, CHECKLIST_IDS_SHOWN)
    .map((id) => (isDimension(id) ? serviceDimensionLabel(id, lang) : id));
  const more = signal.count > shown.length ? [lang === 'zh-CN' ? '……' : '…'] : [];
  return K.found(label, signal.count, [...shown, ...more].join(L.listSeparator));
}

/**
 * The five-gap checklist: per gap its title, status, what the data shows (a line per
 * signal) and the seeds' remedy, with their causes too when `causes` is set. The wide
 * texts span several columns: Gap A | Status B | data C–E | remedy F–I, or with causes
 * data C–D | causes E–F | remedy G–I. Returns where the gap rows are.
 */
export function fiveGapChecklist(
  rows: SpannedRows,
  fiveGaps: readonly FiveGap[],
  L: ServiceQualityLabels,
  lang: Lang,
  options: { readonly causes: boolean },
): GapSummaryTableRows | undefined {
  const K = L.checklist;
  const out = rows.out;
  const spans = options.causes ? [1, 1, 2, 2, 3] : [1, 1, 3, 4];
  const spanned = (cells: readonly PlanCell[]): SpanCell[] =>
    cells.map((cell, i) => ({ cell, span: spans[i] ?? 1 }));
  out.subheading(K.heading);
  if (fiveGaps.length === 0) {
    out.add({ value: K.none, style: 'none' });
    out.blank();
    return undefined;
  }
  const headers = options.causes ? K.headersWithCauses : K.headers;
  const header = rows.add(...spanned(headers.map((h) => ({ value: h, style: 'header' }))));
  for (const g of fiveGaps) {
    const text = (b: Bilingual): PlanCell => C.text(inLang(b, lang), 'wrap');
    rows.add(
      ...spanned([
        text(g.title),
        C.text(K.status[g.status], STATUS_STYLE[g.status]),
        C.text(g.signals.map((s) => signalText(s, L, lang)).join('\n'), 'wrap'),
        ...(options.causes ? [text(g.causes)] : []),
        text(g.remedy),
      ]),
    );
  }
  const last = out.next - 1;
  out.blank();
  return { header, first: header + 1, last };
}
