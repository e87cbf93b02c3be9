import type { SurveyColumn } from '../i18n/serviceQualityLabels';
import { headerStem, normaliseHeader } from './headerAliases';

/**
 * Accepted headers of the Survey table's long form, English and Chinese, matched after
 * normaliseHeader (and without a trailing unit in brackets: `Expectation (1–7)`).
 */
const ALIASES: Readonly<Record<SurveyColumn, readonly string[]>> = {
  RespondentId: [
    'RespondentId',
    'Respondent',
    'Respondent No',
    'Respondent Number',
    'Respondent Code',
    'Customer Id',
    'Response Id',
    '受访者编号',
    '受访者',
    '被访者编号',
    '答卷编号',
    '问卷编号',
    '样本编号',
    '客户编号',
  ],
  Dimension: [
    'Dimension',
    'Quality Dimension',
    'Determinant',
    'Criterion',
    '维度',
    '质量维度',
    '服务质量维度',
    '评价标准',
    '要素',
  ],
  Item: [
    'Item',
    'Item Code',
    'Question',
    'Statement',
    'Attribute',
    '题项',
    '题目',
    '问题',
    '评价项目',
    '衡量项目',
    '测量项目',
  ],
  Expectation: [
    'Expectation',
    'Expectations',
    'Expected',
    'Expected Service',
    'Exp',
    'E',
    '期望',
    '期望值',
    '期望分',
    '期望得分',
    '预期',
  ],
  Perception: [
    'Perception',
    'Perceptions',
    'Perceived',
    'Perceived Service',
    'Perc',
    'P',
    '感知',
    '感知值',
    '感知分',
    '感知得分',
    '实际感受',
  ],
  Importance: ['Importance', 'Imp', 'I', '重要性', '重要度', '重要程度'],
};

const INDEX = new Map<string, SurveyColumn>();
for (const [col, names] of Object.entries(ALIASES) as [SurveyColumn, readonly string[]][])
  for (const n of names) INDEX.set(normaliseHeader(n), col);

/** The long-form Survey column a header names, if any. */
export function surveyColumnForHeader(header: string): SurveyColumn | undefined {
  return INDEX.get(normaliseHeader(header)) ?? INDEX.get(headerStem(header));
}
