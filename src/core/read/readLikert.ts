import { isCellError, type CellValue } from '../model/grid';
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
