import { rangeA1 } from '../model/address';
import type { Location } from '../model/diagnostic';
import type { Grid } from '../model/grid';
import { DEFAULT_POLICY, type Policy } from '../model/policy';
import type { Survey } from '../model/survey';
import type { SurveyColumn } from '../i18n/serviceQualityLabels';
import { checkTableCells } from './checkTableCells';
import type { DiagnosticCollector } from './diagnosticCollector';
import { addressAt, cellAt, headerText, isBlankRow } from './gridCells';
import { locateSurvey, type SurveyGrid } from './locateSurvey';
import { readLongSurvey } from './readLongSurvey';
import { groupWideColumns, readWideSurvey } from './readWideSurvey';
import { SurveyBuilder } from './surveyBuilder';
import { surveyColumnForHeader } from './surveyColumns';
import { parseWideHeader, type WideHeader } from './wideSurveyHeader';
import { numberText } from './readText';

/** The table name the Survey's findings use (`{table}` in messages; 问卷 in Chinese). */
const SURVEY = 'Survey';

function dataRows(source: SurveyGrid): number {
  let n = 0;
  for (let r = source.headerIndex + 1; r < source.grid.values.length; r++)
    if (!isBlankRow(source.grid.values[r])) n++;
  return n;
}

/** The scale answers are checked against: Policy's, or 1–7 when its bounds are inverted. */
function surveyScale(
  policy: Policy,
  at: Location,
  diagnostics: DiagnosticCollector,
): { min: number; max: number } {
  if (policy.likertMin < policy.likertMax) return { min: policy.likertMin, max: policy.likertMax };
  const min = DEFAULT_POLICY.likertMin;
  const max = DEFAULT_POLICY.likertMax;
  diagnostics.add('SURVEY_SCALE_INVALID', at, {
    min: numberText(policy.likertMin),
    max: numberText(policy.likertMax),
    fallback: `${min}–${max}`,
  });
  return { min, max };
}

/**
 * The optional service-quality survey (DOMAIN.md §4), in long or wide form; `undefined` when
 * the workbook has none, when it has only its header row (the blank template writes one), or
 * when no layout can be recognised (SURVEY_COLUMNS_MISSING, HEADER_MISSING_REQUIRED).
 *
 * The layout: long when the header names Expectation and Perception columns (then RespondentId
 * and Item are required, Dimension and Importance optional); else wide, when some headers are
 * answer columns of an item (`R1 E` / `R1 P`; see parseWideHeader). Findings are added in
 * reading order: the table's cells, its header row left to right, then row by row.
 */
export function readSurvey(
  grids: readonly Grid[],
  policy: Policy,
  diagnostics: DiagnosticCollector,
): Survey | undefined {
  const source = locateSurvey(grids);
  if (!source) return undefined;
  const rows = dataRows(source);
  if (rows === 0) return undefined;
  const { grid, headerIndex } = source;
  const headerAt: Location = { sheet: grid.sheet, a1: addressAt(grid, headerIndex, 0) };
  const scale = surveyScale(policy, headerAt, diagnostics);
  checkTableCells({ kind: SURVEY, grid, headerIndex }, diagnostics);

  const width = Math.max(
    grid.values[headerIndex]?.length ?? 0,
    ...grid.values.slice(headerIndex + 1, headerIndex + 200).map((r) => r.length),
  );
  const long = new Map<SurveyColumn, number>();
  const wide: { index: number; header: string; wide: WideHeader }[] = [];
  const others: { index: number; header: string }[] = [];
  for (let c = 0; c < width; c++) {
    const header = headerText(cellAt(grid, headerIndex, c));
    if (header === '') {
      if (grid.values.some((row, r) => r > headerIndex && headerText(row[c]) !== ''))
        diagnostics.add('HEADER_BLANK', { sheet: grid.sheet, a1: addressAt(grid, headerIndex, c) });
      continue;
    }
    const column = surveyColumnForHeader(header);
    if (column !== undefined) {
      const first = long.get(column);
      if (first === undefined) long.set(column, c);
      else
        diagnostics.add(
          'HEADER_DUPLICATE',
          { sheet: grid.sheet, a1: addressAt(grid, headerIndex, c) },
          { header, column, first: addressAt(grid, headerIndex, first) },
        );
      continue;
    }
    const w = parseWideHeader(header);
    if (w) wide.push({ index: c, header, wide: w });
    else others.push({ index: c, header });
  }

  const isLong = long.has('Expectation') && long.has('Perception');
  if (!isLong && wide.length === 0) {
    diagnostics.add('SURVEY_COLUMNS_MISSING', headerAt, { table: SURVEY });
    return undefined;
  }
  const unknown = isLong
    ? [...others, ...wide]
    : [
        ...others,
        ...[...long].filter(([k]) => k !== 'RespondentId').map(([, index]) => ({ index })),
      ];
  for (const o of unknown.sort((a, b) => a.index - b.index))
    diagnostics.add(
      'HEADER_UNKNOWN',
      { sheet: grid.sheet, a1: addressAt(grid, headerIndex, o.index) },
      { header: headerText(cellAt(grid, headerIndex, o.index)).slice(0, 60), table: SURVEY },
    );
  if (isLong) {
    const missing = (['RespondentId', 'Item'] as const).filter((f) => !long.has(f));
    for (const column of missing)
      diagnostics.add('HEADER_MISSING_REQUIRED', headerAt, { table: SURVEY, column });
    if (missing.length > 0) return undefined;
  }

  const builder = new SurveyBuilder(diagnostics);
  const respondent = long.get('RespondentId');
  if (isLong) readLongSurvey(source, long, builder, diagnostics, scale);
  else
    readWideSurvey(
      source,
      groupWideColumns(source, wide, respondent, diagnostics),
      builder,
      diagnostics,
      scale,
    );
  const importanceColumn = isLong
    ? long.get('Importance')
    : wide.find((w) => w.wide.role === 'importance')?.index;
  return {
    source: {
      sheet: grid.sheet,
      ...(grid.table === undefined ? {} : { tableName: grid.table }),
      foundBy: source.foundBy,
      form: isLong ? 'long' : 'wide',
      header: rangeA1(
        grid.origin.row + headerIndex,
        grid.origin.col,
        grid.origin.row + headerIndex,
        grid.origin.col + Math.max(1, width) - 1,
      ),
      rows,
    },
    scale,
    items: builder.items,
    answers: builder.answers,
    ...(importanceColumn === undefined
      ? {}
      : {
          importanceAt: { sheet: grid.sheet, a1: addressAt(grid, headerIndex, importanceColumn) },
        }),
  };
}
