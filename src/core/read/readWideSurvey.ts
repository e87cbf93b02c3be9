import type { Location } from '../model/diagnostic';
import type { ServiceDimension } from '../model/serviceDimension';
import type { DiagnosticCollector } from './diagnosticCollector';
import { addressAt, cellAt, headerText, isBlankRow } from './gridCells';
import { normaliseHeader } from './headerAliases';
import type { SurveyGrid } from './locateSurvey';
import { readAnswers } from './readLikert';
import { parseNumberText } from './readNumber';
import type { SurveyBuilder } from './surveyBuilder';
import { surveyCellText } from './surveyCellText';
import { DimensionResolver } from './surveyDimension';
import type { AnswerRole, WideHeader } from './wideSurveyHeader';

/** The columns of one wide-form item. */
export interface WideItemColumns {
  readonly item: string;
  expectation?: number;
  perception?: number;
  importance?: number;
}

/** A wide-form header row, sorted out: the respondent column and the answer columns per item. */
export interface WideColumns {
  readonly respondent?: number;
  /** Items in the order of their first column. */
  readonly items: readonly WideItemColumns[];
}

const ROLE_COLUMN = {
  expectation: 'Expectation',
  perception: 'Perception',
  importance: 'Importance',
} as const;

/**
 * Group wide-form answer columns by item (the pairing rule is parseWideHeader's): a second
 * column of the same item and answer is reported (HEADER_DUPLICATE) and ignored.
 */
export function groupWideColumns(
  source: SurveyGrid,
  headers: readonly { index: number; header: string; wide: WideHeader }[],
  respondent: number | undefined,
  diagnostics: DiagnosticCollector,
): WideColumns {
  const { grid, headerIndex } = source;
  const byItem = new Map<string, WideItemColumns>();
  for (const { index, header, wide } of headers) {
    const key = normaliseHeader(wide.item);
    let item = byItem.get(key);
    if (!item) {
      item = { item: wide.item };
      byItem.set(key, item);
    }
    const first = item[wide.role];
    if (first !== undefined) {
      diagnostics.add(
        'HEADER_DUPLICATE',
        { sheet: grid.sheet, a1: addressAt(grid, headerIndex, index) },
        {
          header,
          column: headerText(cellAt(grid, headerIndex, first)),
          first: addressAt(grid, headerIndex, first),
        },
      );
      continue;
    }
    item[wide.role] = index;
  }
  return { ...(respondent === undefined ? {} : { respondent }), items: [...byItem.values()] };
}

/**
 * Whether the row under the header is a second header row of dimensions: some answer column
 * holds text there and none holds a number (or a number typed as text).
 */
function isDimensionRow(source: SurveyGrid, items: readonly WideItemColumns[]): boolean {
  const { grid, headerIndex } = source;
  let named = false;
  for (const it of items)
    for (const c of [it.expectation, it.perception, it.importance]) {
      if (c === undefined) continue;
      const v = cellAt(grid, headerIndex + 1, c);
      if (typeof v === 'number') return false;
      const t = surveyCellText(v);
      if (t === '') continue;
      if (parseNumberText(t) !== undefined) return false;
      named = true;
    }
  return named;
}

/**
 * Read the wide form: a row per respondent, a column per item and answer, paired by header
 * (parseWideHeader). An item lacking its expectation or perception column is reported
 * (SURVEY_WIDE_UNPAIRED) and ignored. The item's dimension is the one named in the row under
 * the header when that row holds names (isDimensionRow: its expectation column's cell, else its
 * perception's, else its importance's), else the one its header starts with (DimensionResolver).
 * Respondents are the RespondentId column's ids, or `#` and the sheet row without one; a
 * respondent's second row is reported (SURVEY_DUPLICATE_RESPONDENT) and left out.
 */
export function readWideSurvey(
  source: SurveyGrid,
  columns: WideColumns,
  builder: SurveyBuilder,
  diagnostics: DiagnosticCollector,
  scale: { readonly min: number; readonly max: number },
): void {
  const { grid, headerIndex } = source;
  const where = (r: number, c: number): Location => ({
    sheet: grid.sheet,
    a1: addressAt(grid, r, c),
  });
  const paired: { index: number; cols: WideItemColumns }[] = [];
  const complete = columns.items.filter((it) => {
    if (it.expectation !== undefined && it.perception !== undefined) return true;
    const missing: AnswerRole = it.expectation === undefined ? 'expectation' : 'perception';
    for (const role of ['expectation', 'perception', 'importance'] as const) {
      const c = it[role];
      if (c === undefined) continue;
      diagnostics.add('SURVEY_WIDE_UNPAIRED', where(headerIndex, c), {
        header: headerText(cellAt(grid, headerIndex, c)),
        item: it.item,
        column: ROLE_COLUMN[role],
        field: ROLE_COLUMN[missing],
      });
    }
    return false;
  });
  const dimensionRow = isDimensionRow(source, complete);
  const resolver = new DimensionResolver(diagnostics);
  for (const it of complete) {
    const e = it.expectation ?? 0;
    let given = '';
    let givenAt: Location | undefined;
    if (dimensionRow)
      for (const c of [it.expectation, it.perception, it.importance]) {
        if (c === undefined) continue;
        const t = surveyCellText(cellAt(grid, headerIndex + 1, c));
        if (t === '') continue;
        given = t;
        givenAt = where(headerIndex + 1, c);
        break;
      }
    const dimension: ServiceDimension | undefined = resolver.resolve(
      it.item,
      given,
      givenAt,
      where(headerIndex, e),
      undefined,
    );
    if (!dimension) continue;
    paired.push({
      index: builder.item(
        it.item,
        dimension,
        where(headerIndex, e),
        givenAt ?? where(headerIndex, e),
      ),
      cols: it,
    });
  }

  const first = headerIndex + (dimensionRow ? 2 : 1);
  for (let r = first; r < grid.values.length; r++) {
    if (isBlankRow(grid.values[r])) continue;
    const rc = columns.respondent;
    const respondent =
      rc === undefined ? `#${grid.origin.row + r}` : surveyCellText(cellAt(grid, r, rc));
    if (respondent === '') {
      diagnostics.add('SURVEY_RESPONDENT_MISSING', where(r, rc ?? 0), {
        row: grid.origin.row + r,
      });
      continue;
    }
    if (builder.repeatedRespondent(respondent, where(r, rc ?? 0))) continue;
    for (const { index, cols } of paired) {
      const item = builder.items[index]?.item ?? cols.item;
      const answers = readAnswers(grid, r, cols, { diagnostics, respondent, item, scale });
      builder.add({ respondent, item: index, ...answers });
    }
  }
}
