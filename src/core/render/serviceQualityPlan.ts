import type { FiveGap } from '../analyze/fiveGapModel';
import type { ServiceQuality } from '../analyze/serviceQuality';
import type { Lang } from '../i18n/lang';
import { PRIORITY_QUADRANT_LABELS, serviceDimensionLabel } from '../i18n/serviceQualityLabels';
import type { PriorityQuadrant } from '../analyze/improvementPriorities';
import type { WeightSource } from '../analyze/qualityWeights';
import { NOT_KNOWN, gapSummaryCells as C } from './gapSummaryCells';
import {
  GAP_SUMMARY_CHART_COLUMN,
  GAP_SUMMARY_CHART_SIZE,
  GAP_SUMMARY_MAX_TABLE_ROWS,
} from './gapSummaryPlan';
import { GapSummaryRows } from './gapSummaryRows';
import { gapSummaryStyles, type GapSummaryStyle } from './gapSummaryStyles';
import { serviceQualityLabels, type ServiceQualityLabels } from './serviceQualityLabels';
import {
  SpannedRows,
  dimensionCharts,
  dimensionTable,
  fiveGapChecklist,
  gapStyle,
  inLang,
  itemCell,
  prioritiesTable,
  stackedChartRows,
  surveyFacts,
  surveyKeyFigures,
  weightNotes,
} from './serviceQualityTables';
import type { PlanChart, SheetPlan } from './sheetPlan';

export interface ServiceQualityPlanOptions {
  /** What the analysis is of (e.g. the workbook's name), shown after the sheet's title in row 1. */
  readonly title?: string;
}

/**
 * Column widths in characters, A–I: items (A in the grid and the item table, B in the
 * priorities) get room for most items on one line; E holds a quadrant. Nine columns like the Gap Summary's, so the shared tables fit both.
 */
export const SERVICE_QUALITY_COLUMN_WIDTHS: readonly number[] = [
  44, 44, 20, 13, 22, 13, 13, 13, 13,
];
/** Rows the title and subtitle take: frozen, and repeated on every printed page. */
const TITLE_ROWS = 2;
const COLUMNS = SERVICE_QUALITY_COLUMN_WIDTHS.length;

/** How the weights were given: shares (seed, Policy), mean Importance answers, or 1 each. */
const GIVEN_STYLE: Readonly<Record<WeightSource, 'share' | 'mean' | 'count'>> = {
  seed: 'share',
  policy: 'share',
  importance: 'mean',
  equal: 'count',
};
const QUADRANT_STYLE: Readonly<Record<PriorityQuadrant, GapSummaryStyle>> = {
  concentrate: 'alert',
  'keep-up': 'wrap',
  'low-priority': 'wrap',
  overkill: 'warn',
};

/**
 * The Service Quality sheet: the survey's analysis in full (DOMAIN.md §4) — key figures,
 * the dimension table with a radar of expectation against perception and the gaps' bars
 * beside it, the weights, every improvement priority, the importance–performance grid,
 * every item — and the five-gap checklist with causes and remedies, each section a page when
 * printed. Without a survey it says how to add one and still gives the checklist.
 * Deterministic: the same input gives a deep-equal plan.
 */
export function serviceQualityPlan(
  quality: ServiceQuality | undefined,
  fiveGaps: readonly FiveGap[],
  lang: Lang,
  options: ServiceQualityPlanOptions = {},
): SheetPlan {
  const L = serviceQualityLabels[lang];
  const out = new GapSummaryRows(COLUMNS);
  const rows = new SpannedRows(out, SERVICE_QUALITY_COLUMN_WIDTHS);
  const charts: PlanChart[] = [];
  let sections = 0;
  const section = (title: string, explain: string): number =>
    out.section(L.numbered(++sections, title), explain);

  out.add({ value: options.title ? `${L.title} — ${options.title}` : L.title, style: 'title' });
  out.add({ value: L.subtitle, style: 'subtitle' });
  out.blank();

  const breaks: number[] = [];
  if (quality) {
    resultsSection(rows, quality, L, lang, section, charts);
    breaks.push(prioritiesSection(rows, quality, L, lang, section));
    breaks.push(itemsSection(out, quality, L, lang, section));
  } else {
    section(L.sections.results, L.noSurvey);
  }
  const gaps = section(L.sections.fiveGaps, L.checklist.explain);
  fiveGapChecklist(rows, fiveGaps, L, lang, { causes: true });
  if (quality) breaks.push(gaps);

  const styles = { ...gapSummaryStyles };
  return {
    name: L.sheet,
    rows: out.all,
    styles,
    columnWidths: SERVICE_QUALITY_COLUMN_WIDTHS,
    rowHeights: rows.heights(out.all, styles),
    ...(rows.merges.length > 0 ? { merges: rows.merges } : {}),
    freeze: { rows: TITLE_ROWS, cols: 0 },
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      titleRows: `1:${TITLE_ROWS}`,
      pageBreaksAfter: breaks.map((header) => header - 1),
    },
    tabColor: '#CA5010',
    charts,
  };
}

type Section = (title: string, explain: string) => number;

/** Key figures, the dimension table with its two charts beside it, and the weights. */
function resultsSection(
  rows: SpannedRows,
  quality: ServiceQuality,
  L: ServiceQualityLabels,
  lang: Lang,
  section: Section,
  charts: PlanChart[],
): void {
  const out = rows.out;
  const header = section(L.sections.results, L.surveyExplain(surveyFacts(quality)));
  surveyKeyFigures(out, quality, L);
  const table = dimensionTable(out, quality, L, lang);
  if (table)
    charts.push(
      ...dimensionCharts(table, quality, L, {
        row: header,
        column: GAP_SUMMARY_CHART_COLUMN,
        ...GAP_SUMMARY_CHART_SIZE,
      }),
    );
  const W = L.weights;
  const given = GIVEN_STYLE[quality.weighting.source];
  out.table({
    heading: W.heading,
    headers: W.headers,
    items: quality.weighting.weights,
    none: L.dimensions.none,
    more: L.items.more,
    cap: GAP_SUMMARY_MAX_TABLE_ROWS,
    row: (w) => [
      C.text(serviceDimensionLabel(w.dimension, lang)),
      C.num(w.raw, given),
      C.num(w.weight, 'share'),
    ],
  });
  weightNotes(rows, quality, L, lang);
  if (table) out.padTo(header + stackedChartRows(GAP_SUMMARY_CHART_SIZE));
}

/** A split of the grid as the explanation writes it: a share for a weight, else 2 decimals. */
function splitText(value: number | null, share: boolean): string {
  if (value === null) return NOT_KNOWN;
  return share ? `${Math.round(value * 100)}%` : value.toFixed(2);
}

/** Every item below expectation in order, then the importance–performance grid. */
function prioritiesSection(
  rows: SpannedRows,
  quality: ServiceQuality,
  L: ServiceQualityLabels,
  lang: Lang,
  section: Section,
): number {
  const out = rows.out;
  const header = section(L.sections.priorities, L.priorities.explain);
  prioritiesTable(out, quality, L, lang, {
    heading: L.priorities.all,
    cap: GAP_SUMMARY_MAX_TABLE_ROWS,
  });
  const p = quality.priorities;
  const byWeight = p.importanceBasis === 'weight';
  const G = L.grid;
  const grid = out.table({
    heading: G.heading,
    headers: G.headers,
    items: p.grid,
    none: G.none,
    more: L.items.more,
    cap: GAP_SUMMARY_MAX_TABLE_ROWS,
    row: (g) => [
      itemCell(g.item),
      C.text(serviceDimensionLabel(g.dimension, lang)),
      C.num(g.importance, byWeight ? 'share' : 'mean'),
      C.num(g.performance, 'mean'),
      C.text(inLang(PRIORITY_QUADRANT_LABELS[g.quadrant], lang), QUADRANT_STYLE[g.quadrant]),
    ],
  });
  if (grid) {
    rows.note(
      G.explain(
        p.importanceBasis,
        splitText(p.importanceSplit, byWeight),
        splitText(p.performanceSplit, false),
      ),
    );
    out.blank();
  }
  return header;
}

/** Every item in questionnaire order. */
function itemsSection(
  out: GapSummaryRows,
  quality: ServiceQuality,
  L: ServiceQualityLabels,
  lang: Lang,
  section: Section,
): number {
  const I = L.items;
  const header = section(L.sections.items, I.explain);
  out.table({
    heading: I.heading,
    headers: I.headers,
    items: quality.items,
    none: I.none,
    more: I.more,
    cap: GAP_SUMMARY_MAX_TABLE_ROWS,
    row: (it) => [
      itemCell(it.item),
      C.text(serviceDimensionLabel(it.dimension, lang)),
      C.num(it.expectation, 'mean'),
      C.num(it.perception, 'mean'),
      C.num(it.gap, gapStyle(it.gap, it.ci)),
      C.num(it.ci?.low, 'mean'),
      C.num(it.ci?.high, 'mean'),
      C.num(it.n, 'count'),
      C.num(it.importance, 'mean'),
    ],
  });
  return header;
}
