import {
  SPAN_BANDS,
  type GapKind,
  type GapSummary,
  type LoadBand,
  type ManagerSpan,
  type RoleDutyIssue,
  type RoleLoad,
  type TreeLayers,
} from '../analyze/gapSummary';
import type { ServiceQuality } from '../analyze/serviceQuality';
import { cellA1, rangeA1 } from '../model/address';
import type { Location } from '../model/diagnostic';
import type { Lang } from '../i18n/lang';
import { gapSummaryCells as C } from './gapSummaryCells';
import { gapSummaryLabels, type GapSummaryLabels } from './gapSummaryLabels';
import { GapSummaryRows, type GapSummaryCell } from './gapSummaryRows';
import { gapSummaryStyles, type GapSummaryStyle } from './gapSummaryStyles';
import { serviceQualityLabels } from './serviceQualityLabels';
import {
  SpannedRows,
  dimensionCharts,
  dimensionTable,
  fiveGapChecklist,
  prioritiesTable,
  stackedChartRows,
  surveyFacts,
  surveyKeyFigures,
  weightNotes,
} from './serviceQualityTables';
import type { PlanCell, PlanChart, SheetPlan } from './sheetPlan';

export interface GapSummaryPlanOptions {
  /** What the summary is of (e.g. the workbook's name), shown after the sheet's title in row 1. */
  readonly title?: string;
  /** When the summary was made, shown as given in the subtitle (row 2). */
  readonly generatedAt?: string;
  /** The survey's analysis (AuditResult.serviceQuality), when the workbook has a survey. */
  readonly serviceQuality?: ServiceQuality | undefined;
}

/** Per-item tables stop after this many rows and say how many more there are. */
export const GAP_SUMMARY_MAX_TABLE_ROWS = 200;
/** The Service quality section lists this many improvement priorities. */
export const GAP_SUMMARY_TOP_PRIORITIES = 10;
/** The workload chart shows this many roles, the highest utilisation first. */
export const GAP_SUMMARY_TOP_ROLES = 15;
/** Column widths in characters, A–I: the widest table (workload by role) has nine columns. */
export const GAP_SUMMARY_COLUMN_WIDTHS: readonly number[] = [26, 44, 20, 13, 13, 16, 13, 16, 13];
/** Charts sit in the first column right of every table (J), at their section's first row. */
export const GAP_SUMMARY_CHART_COLUMN = GAP_SUMMARY_COLUMN_WIDTHS.length + 1;
export const GAP_SUMMARY_CHART_SIZE = { width: 480, height: 300 } as const;
/** Rows the title and subtitle take: frozen, and repeated on every printed page. */
const TITLE_ROWS = 2;
/** Excel's default row height in pixels (15 pt): how many rows a chart spans at most. */
const DEFAULT_ROW_PX = 20;
const CHART_ROWS = Math.ceil(GAP_SUMMARY_CHART_SIZE.height / DEFAULT_ROW_PX);
const COLUMNS = GAP_SUMMARY_COLUMN_WIDTHS.length;
const CHART_COLOR = '#0F6CBD';

const KIND_STYLE: Readonly<Record<GapKind, GapSummaryStyle>> = {
  unassigned: 'alert',
  'no-primary': 'alert',
  'partial-only': 'warn',
};
const LOAD_STYLE: Readonly<Record<LoadBand, GapSummaryStyle>> = {
  over: 'alert',
  ok: 'text',
  under: 'warn',
  unknown: 'text',
};
const SPAN_STYLE: Readonly<Record<ManagerSpan['status'], GapSummaryStyle>> = {
  wide: 'alert',
  narrow: 'warn',
  one: 'warn',
  ok: 'text',
};

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * The Gap Summary sheet a consultant reads first and pastes tables from: key figures, then
 * six sections (responsibilities, workload, spans, layers, staffing, service quality), each
 * a page when printed. Ids and titles link to their input rows; the span histogram, the most
 * loaded roles and the survey's dimensions get native charts right of the tables.
 * Deterministic: the same summary gives a deep-equal plan.
 */
export function gapSummaryPlan(
  summary: GapSummary,
  lang: Lang,
  options: GapSummaryPlanOptions = {},
): SheetPlan {
  const L = gapSummaryLabels[lang];
  const out = new GapSummaryRows(COLUMNS);
  const spanned = new SpannedRows(out, GAP_SUMMARY_COLUMN_WIDTHS);
  const charts: PlanChart[] = [];

  out.add({ value: options.title ? `${L.title} — ${options.title}` : L.title, style: 'title' });
  out.add({
    value: L.subtitle + (options.generatedAt ? L.generated(options.generatedAt) : ''),
    style: 'subtitle',
  });
  out.blank();
  keyFigures(out, summary, L);

  responsibilitySection(out, summary, L);
  const workload = workloadSection(out, summary, L, charts);
  const spans = spansSection(out, summary, L, charts);
  const layers = layersSection(out, summary, L);
  const staffing = staffingSection(out, summary, L);
  const quality = serviceQualitySection(spanned, summary, options.serviceQuality, lang, charts);

  const styles = { ...gapSummaryStyles };
  return {
    name: L.sheet,
    rows: out.all,
    styles,
    columnWidths: GAP_SUMMARY_COLUMN_WIDTHS,
    // Chinese lines taller in the Service quality section only: earlier rows keep theirs.
    rowHeights: spanned.heights(out.all, styles, quality),
    ...(spanned.merges.length > 0 ? { merges: spanned.merges } : {}),
    freeze: { rows: TITLE_ROWS, cols: 0 },
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      titleRows: `1:${TITLE_ROWS}`,
      pageBreaksAfter: [workload, spans, layers, staffing, quality].map((header) => header - 1),
    },
    tabColor: '#0F6CBD',
    charts,
  };
}

function keyFigures(out: GapSummaryRows, summary: GapSummary, L: GapSummaryLabels): void {
  const { totals, responsibility: r, workload: w, structure: s, staffing: f } = summary;
  const K = L.kf;
  const figure = (label: string, value: PlanCell, extra?: PlanCell): void => {
    out.add({ value: label, style: 'wrap' }, value, ...(extra ? [extra] : []));
  };
  const problems = (n: number): PlanCell => C.num(n, n > 0 ? 'countAlert' : 'count');
  const offPolicy = s.spans.filter((m) => m.status !== 'ok').length;

  out.subheading(L.keyFigures);
  figure(K.roles, C.num(totals.roles, 'count'));
  figure(K.headcount, C.num(totals.headcount, 'count'));
  figure(K.functions, C.num(totals.functions, 'count'));
  figure(
    K.owned,
    C.num(r.owned, 'count'),
    C.num(r.functions > 0 ? r.owned / r.functions : null, 'share'),
  );
  figure(K.gaps, problems(r.gaps.length));
  figure(K.overlaps, problems(r.overlaps.filter((o) => !o.allowed).length));
  figure(K.overloaded, problems(w.counts.over));
  figure(K.offPolicy, problems(offPolicy));
  figure(K.layers, C.num(s.layers, s.layers > s.minimumLayers ? 'countAlert' : 'count'));
  figure(K.minimumLayers(s.targetSpan), C.num(s.minimumLayers, 'count'));
  figure(
    K.fillRate,
    C.num(f.headcount > 0 ? f.filled / f.headcount : null, 'share'),
    f.unknown > 0 ? C.text(K.fillUnknown(f.unknown), 'wrap') : undefined,
  );
  out.blank();
}

function responsibilitySection(
  out: GapSummaryRows,
  summary: GapSummary,
  L: GapSummaryLabels,
): void {
  const R = L.responsibility;
  const r = summary.responsibility;
  const list = (ids: readonly string[]) => C.text(ids.join(L.listSeparator), 'wrap');
  const common = { more: L.more, cap: GAP_SUMMARY_MAX_TABLE_ROWS } as const;
  const duty = (x: RoleDutyIssue): GapSummaryCell[] => [
    C.id(x.roleId, x.location),
    C.name(x.title, x.location),
    C.num(x.primary, 'count'),
    C.num(x.partial, 'count'),
    C.num(x.support, 'count'),
  ];

  out.section(R.title, R.explain);
  out.table({
    ...common,
    heading: R.gaps,
    headers: R.gapHeaders,
    items: r.gaps,
    none: R.gapsNone,
    row: (g) => [
      C.id(g.functionId, g.location),
      // Not linked: LibreOffice does not wrap a linked cell; the id links.
      C.text(g.statement, 'wrap'),
      C.text(g.area),
      C.num(g.effort, 'hours'),
      { value: R.kind[g.kind], style: KIND_STYLE[g.kind] },
      list(g.involved),
    ],
  });
  out.table({
    ...common,
    heading: R.overlaps,
    headers: R.overlapHeaders,
    items: r.overlaps,
    none: R.overlapsNone,
    row: (o) => [
      C.id(o.functionId, o.location),
      C.text(o.statement, 'wrap'),
      C.text(o.area),
      list(o.primaries),
      o.allowed ? C.text(R.allowed) : C.text(R.notAllowed, 'alert'),
    ],
  });
  out.table({
    ...common,
    heading: R.withoutPrimary,
    headers: R.dutyHeaders,
    items: r.rolesWithoutPrimary,
    none: R.withoutPrimaryNone,
    row: duty,
  });
  out.table({
    ...common,
    heading: R.withoutFunctions,
    headers: R.withoutFunctionsHeaders,
    items: r.rolesWithoutFunctions,
    none: R.withoutFunctionsNone,
    row: (x) => [C.id(x.roleId, x.location), C.name(x.title, x.location)],
  });
  out.table({
    ...common,
    heading: R.singleFunction,
    headers: R.dutyHeaders,
    items: r.singleFunctionRoles,
    none: R.singleFunctionNone,
    row: duty,
  });
  out.table({
    ...common,
    heading: R.tooManyPrimaries,
    headers: R.dutyHeaders,
    items: r.tooManyPrimaries,
    none: R.tooManyPrimariesNone,
    row: duty,
  });
}

/** The roles with the highest utilisation, ties in the summary's order; unknowns left out. */
function topByUtilisation(roles: readonly RoleLoad[]): RoleLoad[] {
  return roles
    .map((role, i) => ({ role, i, u: role.utilisation }))
    .filter((x): x is { role: RoleLoad; i: number; u: number } => x.u !== null && isFinite(x.u))
    .sort((a, b) => b.u - a.u || a.i - b.i)
    .slice(0, GAP_SUMMARY_TOP_ROLES)
    .map((x) => x.role);
}

/** A chart right of the tables at its section's first row. */
function chartAt(
  header: number,
  spec: Omit<PlanChart, 'anchor' | 'width' | 'height' | 'sheet'>,
): PlanChart {
  return {
    ...spec,
    anchor: cellA1(header, GAP_SUMMARY_CHART_COLUMN),
    width: GAP_SUMMARY_CHART_SIZE.width,
    height: GAP_SUMMARY_CHART_SIZE.height,
  };
}

/** Keep a section at least as tall as its chart (plus a blank row), so that the next
 *  section's chart and the page break after the section stay clear of it. */
function clearChart(out: GapSummaryRows, header: number): void {
  out.padTo(header + CHART_ROWS);
}

function workloadSection(
  out: GapSummaryRows,
  summary: GapSummary,
  L: GapSummaryLabels,
  charts: PlanChart[],
): number {
  const W = L.workload;
  const w = summary.workload;
  const header = out.section(
    W.title,
    W.explain(w.hoursPerFte, percent(w.overloadAbove), percent(w.underloadBelow)),
  );
  out.table({
    heading: W.byRole,
    headers: W.headers,
    items: w.roles,
    none: W.none,
    more: L.more,
    cap: GAP_SUMMARY_MAX_TABLE_ROWS,
    row: (x) => [
      C.id(x.roleId, x.location),
      C.name(x.title, x.location),
      C.text(x.department),
      C.num(x.headcount, 'count'),
      C.num(x.load, 'hours'),
      C.num(x.capacity, 'hours'),
      C.num(x.utilisation, x.band === 'over' ? 'shareAlert' : 'share'),
      C.text(W.band[x.band], LOAD_STYLE[x.band]),
      C.num(x.functionsWithoutEffort, 'count'),
    ],
  });
  const top = topByUtilisation(w.roles);
  const chartData = out.table({
    heading: W.top(top.length > 0 ? top.length : GAP_SUMMARY_TOP_ROLES),
    headers: W.topHeaders,
    items: top,
    none: W.topNone,
    more: L.more,
    cap: GAP_SUMMARY_TOP_ROLES,
    row: (x) => [
      C.id(x.roleId, x.location),
      C.name(x.title, x.location),
      C.num(x.utilisation, x.band === 'over' ? 'shareAlert' : 'share'),
    ],
  });
  // No chart without data: a chart over an empty range is not a valid chart.
  if (chartData) {
    charts.push(
      chartAt(header, {
        type: 'bar',
        title: W.chartTitle,
        categories: rangeA1(chartData.first, 2, chartData.last, 2),
        series: [
          {
            name: W.series,
            values: rangeA1(chartData.first, 3, chartData.last, 3),
            color: CHART_COLOR,
          },
        ],
        dataLabels: true,
        valueFormat: '0%',
      }),
    );
    clearChart(out, header);
  }
  return header;
}

function spansSection(
  out: GapSummaryRows,
  summary: GapSummary,
  L: GapSummaryLabels,
  charts: PlanChart[],
): number {
  const S = L.spans;
  const s = summary.structure;
  const header = out.section(S.title, S.explain);
  const histogram = out.table({
    heading: S.histogram,
    headers: S.histogramHeaders,
    items: SPAN_BANDS,
    none: S.none,
    more: L.more,
    cap: SPAN_BANDS.length,
    row: (band) => [C.text(band), C.num(s.bands[band] ?? 0, 'count')],
  });
  if (histogram) {
    charts.push(
      chartAt(header, {
        type: 'column',
        title: S.chartTitle,
        categories: rangeA1(histogram.first, 1, histogram.last, 1),
        series: [
          {
            name: S.series,
            values: rangeA1(histogram.first, 2, histogram.last, 2),
            color: CHART_COLOR,
          },
        ],
        xAxisTitle: S.xAxis,
        yAxisTitle: S.series,
        dataLabels: true,
      }),
    );
  }
  out.table({
    heading: S.byManager,
    headers: S.headers,
    items: s.spans,
    none: S.none,
    more: L.more,
    cap: GAP_SUMMARY_MAX_TABLE_ROWS,
    row: (m) => [
      C.id(m.roleId, m.location),
      C.name(m.title, m.location),
      C.text(m.level),
      C.num(m.directRoles, 'count'),
      C.num(m.directHeadcount, 'count'),
      C.text(m.band),
      C.text(`${m.min}–${m.max}`),
      C.text(S.status[m.status], SPAN_STYLE[m.status]),
    ],
  });
  if (histogram) clearChart(out, header);
  return header;
}

/** Where each role id was read, from every list of the summary that has locations. */
function roleLocations(summary: GapSummary): ReadonlyMap<string, Location> {
  const found = new Map<string, Location>();
  const r = summary.responsibility;
  const lists: readonly (readonly { roleId: string; location: Location }[])[] = [
    summary.structure.spans,
    summary.workload.roles,
    summary.staffing.vacancies,
    summary.staffing.overstaffed,
    r.rolesWithoutPrimary,
    r.rolesWithoutFunctions,
    r.singleFunctionRoles,
    r.tooManyPrimaries,
  ];
  for (const list of lists) {
    for (const x of list) if (!found.has(x.roleId)) found.set(x.roleId, x.location);
  }
  return found;
}

function verdict(tree: TreeLayers, max: number | undefined, L: GapSummaryLabels): PlanCell {
  const Y = L.layers;
  if (max !== undefined && tree.layers > max) return C.text(Y.overMaximum(max), 'alert');
  const extra = tree.layers - tree.minimumLayers;
  if (extra > 0) return C.text(Y.aboveMinimum(extra), 'warn');
  return C.text(extra === 0 ? Y.atMinimum : Y.belowMinimum, 'wrap');
}

function layersSection(out: GapSummaryRows, summary: GapSummary, L: GapSummaryLabels): number {
  const Y = L.layers;
  const s = summary.structure;
  const located = roleLocations(summary);
  const header = out.section(Y.title, Y.explain(s.targetSpan));
  out.table({
    heading: Y.trees,
    headers: Y.treeHeaders(s.targetSpan),
    items: s.trees,
    none: Y.treesNone,
    more: L.more,
    cap: GAP_SUMMARY_MAX_TABLE_ROWS,
    row: (t) => [
      C.id(t.headId, located.get(t.headId)),
      C.name(t.title, located.get(t.headId)),
      C.num(t.layers, 'count'),
      C.num(t.headcount, 'count'),
      C.num(t.minimumLayers, 'count'),
      verdict(t, s.maxLayers, L),
    ],
  });
  out.table({
    heading: Y.perLayer,
    headers: Y.perLayerHeaders,
    items: s.rolesPerLayer.map((roles, i) => ({ layer: i + 1, roles })),
    none: Y.perLayerNone,
    more: L.more,
    cap: GAP_SUMMARY_MAX_TABLE_ROWS,
    row: (x) => [C.num(x.layer, 'count'), C.num(x.roles, 'count')],
  });
  return header;
}

function staffingSection(out: GapSummaryRows, summary: GapSummary, L: GapSummaryLabels): number {
  const F = L.staffing;
  const f = summary.staffing;
  const common = { more: L.more, cap: GAP_SUMMARY_MAX_TABLE_ROWS } as const;
  const header = out.section(F.title, F.explain);
  out.table({
    ...common,
    heading: F.departments,
    headers: F.departmentHeaders,
    items: f.departments,
    none: F.departmentsNone,
    row: (d) => [
      C.text(d.department),
      C.num(d.roles, 'count'),
      C.num(d.headcount, 'count'),
      C.num(d.filled, 'count'),
      C.num(d.vacancies, d.vacancies > 0 ? 'countAlert' : 'count'),
      C.num(d.overstaffed, 'count'),
      C.num(d.fillRate, 'share'),
    ],
  });
  out.table({
    ...common,
    heading: F.vacancies,
    headers: F.vacancyHeaders,
    items: f.vacancies,
    none: F.vacanciesNone,
    row: (x) => [
      C.id(x.roleId, x.location),
      C.name(x.title, x.location),
      C.text(x.department),
      C.num(x.headcount, 'count'),
      C.num(x.filled, 'count'),
      C.num(x.gap, 'count'),
    ],
  });
  out.table({
    ...common,
    heading: F.overstaffed,
    headers: F.overstaffedHeaders,
    items: f.overstaffed,
    none: F.overstaffedNone,
    row: (x) => [
      C.id(x.roleId, x.location),
      C.name(x.title, x.location),
      C.text(x.department),
      C.num(x.headcount, 'count'),
      C.num(x.filled, 'count'),
      C.num(-x.gap, 'count'),
    ],
  });
  return header;
}

/**
 * 6. Service quality: with a survey, its key figures, the dimension table with a radar of
 * expectation and perception and the gaps' bars stacked right of it, the weights' source and
 * the top improvement priorities; always the five-gap checklist (without a survey, after a
 * line on how to add one).
 */
function serviceQualitySection(
  rows: SpannedRows,
  summary: GapSummary,
  quality: ServiceQuality | undefined,
  lang: Lang,
  charts: PlanChart[],
): number {
  const Q = serviceQualityLabels[lang];
  const out = rows.out;
  const header = out.section(
    Q.numbered(6, Q.sections.gapSummary),
    quality ? Q.surveyExplain(surveyFacts(quality)) : Q.noSurvey,
  );
  let charted = false;
  if (quality) {
    surveyKeyFigures(out, quality, Q);
    const table = dimensionTable(out, quality, Q, lang);
    if (table) {
      charts.push(
        ...dimensionCharts(table, quality, Q, {
          row: header,
          column: GAP_SUMMARY_CHART_COLUMN,
          ...GAP_SUMMARY_CHART_SIZE,
        }),
      );
      charted = true;
    }
    weightNotes(rows, quality, Q, lang);
    const ranked = quality.priorities.ranked.length;
    prioritiesTable(out, quality, Q, lang, {
      heading: Q.priorities.top(
        ranked > 0 ? Math.min(ranked, GAP_SUMMARY_TOP_PRIORITIES) : GAP_SUMMARY_TOP_PRIORITIES,
      ),
      cap: GAP_SUMMARY_TOP_PRIORITIES,
    });
  }
  fiveGapChecklist(rows, summary.fiveGaps, Q, lang, { causes: false });
  if (charted) out.padTo(header + stackedChartRows(GAP_SUMMARY_CHART_SIZE));
  return header;
}
