import type { CellValue, Grid } from '../model/grid';
import { headerText, isBlankRow } from './gridCells';
import { normaliseHeader } from './headerAliases';
import { HEADER_SEARCH_ROWS } from './headerRowIndex';
import { surveyColumnForHeader } from './surveyColumns';
import { parseWideHeader } from './wideSurveyHeader';

/** Names the Survey may have, as an Excel table or a sheet (matched after normaliseHeader). */
export const SURVEY_TABLE_NAMES: readonly string[] = [
  'Survey',
  'Surveys',
  'tblSurvey',
  'SERVQUAL',
  'Service Quality Survey',
  '问卷',
  '调查问卷',
  '服务质量调查',
  '客户调查',
  '满意度调查',
];
const NAMES = new Set(SURVEY_TABLE_NAMES.map(normaliseHeader));

/** The grid the Survey was found in. */
export interface SurveyGrid {
  readonly grid: Grid;
  /** Index in `grid.values` of the header row. */
  readonly headerIndex: number;
  readonly foundBy: 'table' | 'sheet';
}

/** How many cells of a row read as Survey headers (long-form columns or wide answer columns). */
function headerScore(row: readonly CellValue[] | undefined): number {
  let score = 0;
  for (const v of row ?? []) {
    const h = headerText(v);
    if (h !== '' && (surveyColumnForHeader(h) !== undefined || parseWideHeader(h) !== undefined))
      score++;
  }
  return score;
}

/**
 * Find the Survey the way the other input tables are found (locateTables): an Excel table of
 * one of its names first, else a sheet of one of its names with its header row the first of
 * the top rows naming the most Survey columns. The Survey is not a mapped table kind: a
 * column mapping does not apply to it.
 */
export function locateSurvey(grids: readonly Grid[]): SurveyGrid | undefined {
  const isSurvey = (name: string) => NAMES.has(normaliseHeader(name));
  const byTable = grids.find((g) => g.table !== undefined && isSurvey(g.table));
  if (byTable) return { grid: byTable, headerIndex: 0, foundBy: 'table' };
  const bySheet = grids.find((g) => g.table === undefined && isSurvey(g.sheet));
  if (!bySheet) return undefined;
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(bySheet.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const score = headerScore(bySheet.values[r]);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best < 0)
    best = Math.max(
      0,
      bySheet.values.findIndex((row) => !isBlankRow(row)),
    );
  return { grid: bySheet, headerIndex: best, foundBy: 'sheet' };
}
