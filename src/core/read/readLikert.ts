import { isCellError, type CellValue, type Grid } from '../model/grid';
import type { SurveyAnswer } from '../model/survey';
import { addressAt, cellAt } from './gridCells';
import type { Location } from '../model/diagnostic';
import type { SurveyColumn } from '../i18n/serviceQualityLabels';
import type { DiagnosticCollector } from './diagnosticCollector';
import { parseNumberText } from './readNumber';
import { numberText } from './readText';

/** What a survey answer is about, for its finding. */
export interface AnswerContext {
  readonly diagnostics: DiagnosticCollector;
  readonly at: Location;
  readonly column: SurveyColumn;
  readonly respondent: string;
  readonly item: string;
  readonly scale: { readonly min: number; readonly max: number };
  /** Report a blank cell (expectation and perception: yes; the optional importance: no). */
  readonly reportBlank: boolean;
}

const isBlank = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * Read one Likert answer: a number (or a number typed as text) within the scale. A blank,
 * a non-number (text, a date, TRUE, an Excel error) or a number outside the scale gives
 * `undefined` — left out of every mean, never counted as zero — and a finding at the cell.
 * Numbers between the scale's steps (5.5) are accepted: some surveys average two raters.
 */
export function readLikert(v: CellValue | undefined, ctx: AnswerContext): number | undefined {
  const { diagnostics, at, column, respondent, item, scale } = ctx;
  if (isBlank(v)) {
    if (ctx.reportBlank) diagnostics.add('SURVEY_ANSWER_BLANK', at, { column, respondent, item });
    return undefined;
  }
  const n =
    typeof v === 'number'
      ? Number.isFinite(v)
        ? v
        : undefined
      : typeof v === 'string'
        ? parseNumberText(v)
        : undefined;
  if (n === undefined) {
    const shown = isCellError(v)
      ? v.error
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : String(v).trim().slice(0, 60);
    diagnostics.add('SURVEY_ANSWER_NOT_A_NUMBER', at, { column, value: shown, respondent, item });
    return undefined;
  }
  if (n < scale.min || n > scale.max) {
    diagnostics.add('SURVEY_ANSWER_OUT_OF_SCALE', at, {
      column,
      value: numberText(n),
      respondent,
      item,
      min: numberText(scale.min),
      max: numberText(scale.max),
    });
    return undefined;
  }
  return n;
}

/** Where one respondent's answers to one item are: each answer's column index (absent: no column). */
export interface AnswerColumns {
  readonly expectation?: number | undefined;
  readonly perception?: number | undefined;
  readonly importance?: number | undefined;
}

/**
 * One respondent's answers to one item, read from row `r` of `grid` (readLikert each: blanks
 * and bad values left out with their findings; a blank Importance, being optional, unreported).
 */
export function readAnswers(
  grid: Grid,
  r: number,
  columns: AnswerColumns,
  ctx: Omit<AnswerContext, 'at' | 'column' | 'reportBlank'>,
): SurveyAnswerValues {
  const read = (role: keyof AnswerColumns, column: SurveyColumn): number | undefined => {
    const c = columns[role];
    if (c === undefined) return undefined;
    const v = cellAt(grid, r, c);
    // Most answers are numbers on the scale: they need no finding context (no address).
    if (typeof v === 'number' && v >= ctx.scale.min && v <= ctx.scale.max) return v;
    return readLikert(v, {
      ...ctx,
      at: { sheet: grid.sheet, a1: addressAt(grid, r, c) },
      column,
      reportBlank: role !== 'importance',
    });
  };
  const expectation = read('expectation', 'Expectation');
  const perception = read('perception', 'Perception');
  const importance = read('importance', 'Importance');
  return {
    ...(expectation === undefined ? {} : { expectation }),
    ...(perception === undefined ? {} : { perception }),
    ...(importance === undefined ? {} : { importance }),
  };
}

/** The answers of a SurveyAnswer, each present only when read. */
export type SurveyAnswerValues = Omit<SurveyAnswer, 'respondent' | 'item'>;
