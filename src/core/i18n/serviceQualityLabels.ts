import type { PriorityQuadrant } from '../analyze/improvementPriorities';
import type { WeightSource } from '../analyze/qualityWeights';
import type { ServiceDimension } from '../model/serviceDimension';
import type { Lang } from './lang';

/** A text in both languages. */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

const pick = (l: Bilingual, lang: Lang): string => (lang === 'zh-CN' ? l.zh : l.en);

/** The Survey table's name in messages (it is not a mapped TableKind). */
export const SURVEY_TABLE_LABEL: Bilingual = { en: 'Survey', zh: '问卷' };

/** The columns of the Survey table (long form). */
export type SurveyColumn =
  'RespondentId' | 'Dimension' | 'Item' | 'Expectation' | 'Perception' | 'Importance';

export const SURVEY_COLUMN_LABELS: Readonly<Record<SurveyColumn, Bilingual>> = {
  RespondentId: { en: 'RespondentId', zh: '受访者编号' },
  Dimension: { en: 'Dimension', zh: '维度' },
  Item: { en: 'Item', zh: '题项' },
  Expectation: { en: 'Expectation', zh: '期望' },
  Perception: { en: 'Perception', zh: '感知' },
  Importance: { en: 'Importance', zh: '重要性' },
};

/** Dimension names as seed 001 gives them (服务质量评价标准). */
export const SERVICE_DIMENSION_LABELS: Readonly<Record<ServiceDimension, Bilingual>> = {
  reliability: { en: 'Reliability', zh: '可靠性' },
  responsiveness: { en: 'Responsiveness', zh: '响应性' },
  assurance: { en: 'Assurance', zh: '保证性' },
  empathy: { en: 'Empathy', zh: '移情性' },
  tangibles: { en: 'Tangibles', zh: '有形性' },
  communication: { en: 'Communication', zh: '交流性' },
  credibility: { en: 'Credibility', zh: '可信性' },
  security: { en: 'Security', zh: '安全性' },
  understanding: { en: 'Understanding the customer', zh: '理解顾客' },
};

export const serviceDimensionLabel = (d: ServiceDimension, lang: Lang): string =>
  pick(SERVICE_DIMENSION_LABELS[d], lang);

export const WEIGHT_SOURCE_LABELS: Readonly<Record<WeightSource, Bilingual>> = {
  seed: {
    en: 'Seed 001 weights (reliability 32%, responsiveness 22%, assurance 19%, empathy 16%, tangibles 11%)',
    zh: '参考权重（可靠性 32%、响应性 22%、保证性 19%、移情性 16%、有形性 11%）',
  },
  policy: { en: 'Weights set in Policy', zh: '规则中设置的权重' },
  importance: {
    en: 'Weights from the respondents’ Importance answers',
    zh: '由受访者的重要性评分得出的权重',
  },
  equal: {
    en: 'Equal weights (no dimension present has a weight)',
    zh: '等权重（现有维度均无权重）',
  },
};

export const PRIORITY_QUADRANT_LABELS: Readonly<Record<PriorityQuadrant, Bilingual>> = {
  concentrate: { en: 'Concentrate here', zh: '重点改进区' },
  'keep-up': { en: 'Keep up the good work', zh: '继续保持区' },
  'low-priority': { en: 'Low priority', zh: '次要改进区' },
  overkill: { en: 'Possible overkill', zh: '过度投入区' },
};

/** Why the further determinants weigh nothing under seed or Policy weights. */
export const FURTHER_DIMENSIONS_NOTE: Bilingual = {
  en: 'Communication, credibility, security and understanding the customer have no seed weight: under seed or Policy weights they count 0 in the overall score and the CSI (they are still measured, and Importance answers give them a weight).',
  zh: '交流性、可信性、安全性和理解顾客没有参考权重：采用参考或规则权重时，它们在总分和 CSI 中权重为 0（仍单独计算；有重要性评分时按评分得出权重）。',
};
