import type { Location } from '../model/diagnostic';
import type { SurveyColumn } from '../i18n/serviceQualityLabels';
import type { DiagnosticCollector } from './diagnosticCollector';
import { addressAt, cellAt, isBlankRow } from './gridCells';
import type { SurveyGrid } from './locateSurvey';
import { readAnswers } from './readLikert';
import { surveyCellText } from './surveyCellText';
import type { SurveyBuilder } from './surveyBuilder';
import { DimensionResolver } from './surveyDimension';

/**
 * Read the long form: a row per respondent and item with RespondentId, Item, Expectation,
 * Perception, and optionally Dimension and Importance. A row without a respondent or an
 * item, with no dimension, or repeating a respondent's item, is left out with a finding;
 * each answer is then read on its own (readLikert).
 */
export function readLongSurvey(
  source: SurveyGrid,
  columns: ReadonlyMap<SurveyColumn, number>,
  builder: SurveyBuilder,
  diagnostics: DiagnosticCollector,
  scale: { readonly min: number; readonly max: number },
): void {
  const { grid, headerIndex } = source;
  const where = (r: number, c: number): Location => ({
    sheet: grid.sheet,
    a1: addressAt(grid, r, c),
  });
  const col = (name: SurveyColumn) => columns.get(name);
  const respondentCol = col('RespondentId') ?? 0;
  const itemCol = col('Item') ?? 0;
  const dimensionCol = col('Dimension');
  const dimensions = new DimensionResolver(diagnostics);
  for (let r = headerIndex + 1; r < grid.values.length; r++) {
    if (isBlankRow(grid.values[r])) continue;
    const respondent = surveyCellText(cellAt(grid, r, respondentCol));
    const item = surveyCellText(cellAt(grid, r, itemCol));
    if (respondent === '') {
      diagnostics.add('SURVEY_RESPONDENT_MISSING', where(r, respondentCol), {
        row: grid.origin.row + r,
      });
      continue;
    }
    if (item === '') {
      diagnostics.add('SURVEY_ITEM_MISSING', where(r, itemCol), { respondent });
      continue;
    }
    const known = builder.known(item);
    const given = dimensionCol === undefined ? '' : surveyCellText(cellAt(grid, r, dimensionCol));
    const givenAt = dimensionCol === undefined ? undefined : where(r, dimensionCol);
    const dimension = dimensions.resolve(
      item,
      given,
      givenAt,
      where(r, itemCol),
      known === undefined ? undefined : builder.dimensionOf(known),
    );
    if (!dimension) continue;
    const index = builder.item(item, dimension, where(r, itemCol), givenAt ?? where(r, itemCol));
    if (builder.repeated(respondent, index, where(r, respondentCol), item)) continue;
    const answers = readAnswers(
      grid,
      r,
      {
        expectation: col('Expectation'),
        perception: col('Perception'),
        importance: col('Importance'),
      },
      { diagnostics, respondent, item, scale },
    );
    builder.add({ respondent, item: index, ...answers });
  }
}
