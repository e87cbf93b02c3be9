import type { Lang } from './lang';
import {
  SERVICE_DIMENSION_LABELS,
  SURVEY_COLUMN_LABELS,
  type Bilingual,
} from './serviceQualityLabels';
import type { WeightedDimension } from '../model/serviceDimension';

/**
 * The service-quality survey sheet (问卷) as the template and the example write it: long form,
 * one row per respondent and item, the item's code before its text. Its words are the
 * reader's (serviceQualityLabels), so what is written is always read back.
 */
export const SURVEY_SHEET: Bilingual = { en: 'Survey', zh: '问卷' };

/** The columns the template and the example write (Importance is optional and left out). */
export const SURVEY_FIELDS = [
  'RespondentId',
  'Dimension',
  'Item',
  'Expectation',
  'Perception',
] as const;
export type SurveyField = (typeof SURVEY_FIELDS)[number];

/** The five SERVQUAL dimensions in questionnaire order (tangibles first, as SERVQUAL asks). */
export const QUALITY_DIMENSIONS: readonly WeightedDimension[] = [
  'tangibles',
  'reliability',
  'responsiveness',
  'assurance',
  'empathy',
];

const pick = (l: Bilingual, lang: Lang): string => (lang === 'zh-CN' ? l.zh : l.en);

export const surveySheetName = (lang: Lang): string => pick(SURVEY_SHEET, lang);
export const surveyFieldLabel = (field: SurveyField, lang: Lang): string =>
  pick(SURVEY_COLUMN_LABELS[field], lang);
export const qualityDimensionLabel = (d: WeightedDimension, lang: Lang): string =>
  pick(SERVICE_DIMENSION_LABELS[d], lang);
