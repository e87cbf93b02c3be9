import type { QualityWeights } from '../model/policy';
import type { Lang } from './lang';

/**
 * The service-quality survey sheet (问卷) as the template and the example write it: long form,
 * one row per respondent and item, the item's code before its text.
 */
export const SURVEY_SHEET = { en: 'Survey', zh: '问卷' } as const;

export const SURVEY_FIELDS = [
  'RespondentId',
  'Dimension',
  'Item',
  'Expectation',
  'Perception',
] as const;
export type SurveyField = (typeof SURVEY_FIELDS)[number];

export const SURVEY_FIELD_LABELS: Readonly<Record<SurveyField, { en: string; zh: string }>> = {
  RespondentId: { en: 'RespondentId', zh: '受访者编号' },
  Dimension: { en: 'Dimension', zh: '维度' },
  Item: { en: 'Item', zh: '题项' },
  Expectation: { en: 'Expectation', zh: '期望' },
  Perception: { en: 'Perception', zh: '感知' },
};

/** A SERVQUAL dimension, keyed as the Policy weights are. */
export type QualityDimension = keyof QualityWeights;

/** The five dimensions in questionnaire order (SERVQUAL: tangibles first). */
export const QUALITY_DIMENSIONS: readonly QualityDimension[] = [
  'tangibles',
  'reliability',
  'responsiveness',
  'assurance',
  'empathy',
];

export const QUALITY_DIMENSION_LABELS: Readonly<
  Record<QualityDimension, { en: string; zh: string }>
> = {
  tangibles: { en: 'Tangibles', zh: '有形性' },
  reliability: { en: 'Reliability', zh: '可靠性' },
  responsiveness: { en: 'Responsiveness', zh: '响应性' },
  assurance: { en: 'Assurance', zh: '保证性' },
  empathy: { en: 'Empathy', zh: '移情性' },
};

const pick = (l: { en: string; zh: string }, lang: Lang): string =>
  lang === 'zh-CN' ? l.zh : l.en;

export const surveySheetName = (lang: Lang): string => pick(SURVEY_SHEET, lang);
export const surveyFieldLabel = (field: SurveyField, lang: Lang): string =>
  pick(SURVEY_FIELD_LABELS[field], lang);
export const qualityDimensionLabel = (d: QualityDimension, lang: Lang): string =>
  pick(QUALITY_DIMENSION_LABELS[d], lang);
