import type { Lang } from './lang';
import { SURVEY_COLUMN_LABELS, SURVEY_TABLE_LABEL } from './serviceQualityLabels';

/** The input tables of the workbook contract. */
export type TableKind = 'Roles' | 'Responsibilities' | 'Policy';

/** Every column name of the contract, with its label in each language. */
export const FIELD_LABELS = {
  RoleId: { en: 'RoleId', zh: '岗位编号' },
  Title: { en: 'Title', zh: '岗位名称' },
  Department: { en: 'Department', zh: '所属部门' },
  ReportsTo: { en: 'ReportsTo', zh: '直接上级' },
  Headcount: { en: 'Headcount', zh: '编制' },
  Filled: { en: 'Filled', zh: '在岗人数' },
  Level: { en: 'Level', zh: '层级' },
  Purpose: { en: 'Purpose', zh: '岗位目的' },
  Qualifications: { en: 'Qualifications', zh: '任职资格' },
  WorkingConditions: { en: 'WorkingConditions', zh: '工作条件' },
  AnalysisDate: { en: 'AnalysisDate', zh: '工作分析日期' },
  FunctionId: { en: 'FunctionId', zh: '职能编号' },
  Function: { en: 'Function', zh: '职能' },
  Area: { en: 'Area', zh: '领域' },
  Effort: { en: 'Effort', zh: '工作量(小时/周)' },
  Class: { en: 'Class', zh: '职责类别' },
  Setting: { en: 'Setting', zh: '规则' },
  Value: { en: 'Value', zh: '值' },
  Note: { en: 'Note', zh: '说明' },
} as const;
export type FieldName = keyof typeof FIELD_LABELS;

export const TABLE_LABELS: Readonly<Record<TableKind, { en: string; zh: string }>> = {
  Roles: { en: 'Roles', zh: '岗位' },
  Responsibilities: { en: 'Responsibilities', zh: '职责' },
  Policy: { en: 'Policy', zh: '规则' },
};

const pick = (l: { en: string; zh: string }, lang: Lang): string =>
  lang === 'zh-CN' ? l.zh : l.en;

/** A column's label: a contract field's, or a Survey column's (the Survey is read on its own). */
export function fieldLabel(field: string, lang: Lang): string {
  const l =
    (FIELD_LABELS as Record<string, { en: string; zh: string }>)[field] ??
    (SURVEY_COLUMN_LABELS as Record<string, { en: string; zh: string }>)[field];
  return l ? pick(l, lang) : field;
}

/** A table's label: an input TableKind's, or the optional Survey's. */
export function tableLabel(table: string, lang: Lang): string {
  const l =
    (TABLE_LABELS as Record<string, { en: string; zh: string }>)[table] ??
    (table === 'Survey' ? SURVEY_TABLE_LABEL : undefined);
  return l ? pick(l, lang) : table;
}
