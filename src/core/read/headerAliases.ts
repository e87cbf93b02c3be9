import type { FieldName, TableKind } from '../i18n/fieldLabels';

/**
 * Normalise a header for matching: Unicode NFKC (full-width → half-width), lower case,
 * no spaces, underscores, hyphens, dots or slashes. `Reports To`, `reports_to` and
 * `ＲｅｐｏｒｔｓＴｏ` all become `reportsto`.
 */
export function normaliseHeader(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-./\\:：]+/g, '');
}

/** The header without a trailing parenthesised unit: `Effort (hours/week)` → `effort`. */
export function headerStem(s: string): string {
  return normaliseHeader(s.normalize('NFKC').replace(/[([（【].*$/, ''));
}

/** Accepted headers per field, English and Chinese; matched after normaliseHeader. */
const ALIASES: Readonly<Record<TableKind, Partial<Record<FieldName, readonly string[]>>>> = {
  Roles: {
    RoleId: [
      'RoleId',
      'Role Id',
      'Id',
      'PositionId',
      'Post Id',
      '岗位编号',
      '岗位代码',
      '岗位ID',
      '职位编号',
      '编号',
    ],
    Title: [
      'Title',
      'Job Title',
      'Role',
      'Role Title',
      'Position',
      'Position Title',
      '岗位名称',
      '岗位',
      '职位',
      '职位名称',
      '职务',
    ],
    Department: ['Department', 'Dept', 'Unit', 'Team', '所属部门', '部门', '科室', '班组'],
    ReportsTo: [
      'ReportsTo',
      'Reports To',
      'Manager',
      'Manager Id',
      'ManagerId',
      'Supervisor',
      'Parent',
      '直接上级',
      '上级',
      '上级岗位',
      '汇报对象',
      '汇报给',
    ],
    Headcount: [
      'Headcount',
      'Head Count',
      'Establishment',
      'Posts',
      'FTE',
      '编制',
      '编制人数',
      '定编',
      '定员',
    ],
    Filled: [
      'Filled',
      'In Post',
      'Staff In Post',
      'Actual',
      '在岗人数',
      '在岗',
      '实有人数',
      '现有人数',
    ],
    Level: ['Level', 'Grade', 'Band', '层级', '职级', '级别'],
    Purpose: ['Purpose', 'Job Purpose', 'Role Purpose', 'Summary', '岗位目的', '目的', '岗位概述'],
    Qualifications: [
      'Qualifications',
      'Requirements',
      'Competencies',
      '任职资格',
      '任职要求',
      '资格要求',
    ],
    WorkingConditions: [
      'WorkingConditions',
      'Working Conditions',
      'Conditions',
      'Work Environment',
      '工作条件',
      '工作环境',
    ],
    AnalysisDate: [
      'AnalysisDate',
      'Analysis Date',
      'Job Analysis Date',
      'Reviewed',
      'Last Reviewed',
      '工作分析日期',
      '分析日期',
      '编写日期',
    ],
  },
  Responsibilities: {
    FunctionId: [
      'FunctionId',
      'Function Id',
      'Id',
      'DutyId',
      'Duty Id',
      'TaskId',
      '职能编号',
      '职责编号',
      '编号',
    ],
    Function: [
      'Function',
      'Duty',
      'Duty Statement',
      'Task',
      'Responsibility',
      'Description',
      '职能',
      '职责',
      '职责描述',
      '职能描述',
      '工作内容',
    ],
    Area: ['Area', 'Process', 'Category', 'Domain', '领域', '职能领域', '业务领域', '流程'],
    Effort: [
      'Effort',
      'Hours',
      'Hours per Week',
      'Hours/Week',
      'Workload',
      '工作量',
      '工时',
      '每周工时',
    ],
    RoleId: ['RoleId', 'Role Id', 'Role', 'Position', '岗位编号', '岗位'],
    Class: [
      'Class',
      'Classification',
      'Responsibility Class',
      'Involvement',
      '职责类别',
      '类别',
      '责任类型',
      '职责类型',
    ],
    Note: ['Note', 'Notes', 'Comment', 'Comments', '备注', '说明'],
  },
  Policy: {
    Setting: ['Setting', 'Rule', 'Name', 'Key', 'Parameter', '规则', '设置', '参数', '项目'],
    Value: ['Value', '值', '数值', '设定值'],
    Level: ['Level', 'Grade', '层级', '职级'],
    Note: ['Note', 'Notes', 'Comment', 'Description', '说明', '备注'],
  },
};

const INDEX: ReadonlyMap<TableKind, ReadonlyMap<string, FieldName>> = new Map(
  (Object.keys(ALIASES) as TableKind[]).map((table) => {
    const m = new Map<string, FieldName>();
    for (const [field, names] of Object.entries(ALIASES[table]) as [
      FieldName,
      readonly string[],
    ][]) {
      for (const n of names) m.set(normaliseHeader(n), field);
    }
    return [table, m];
  }),
);

/** The field a header names in a table, if any. */
export function fieldForHeader(table: TableKind, header: string): FieldName | undefined {
  const idx = INDEX.get(table);
  if (!idx) return undefined;
  return idx.get(normaliseHeader(header)) ?? idx.get(headerStem(header));
}

/** Names a sheet or Excel table may have to be found as an input table. */
export const TABLE_NAMES: Readonly<Record<TableKind, readonly string[]>> = {
  Roles: [
    'Roles',
    'Role',
    'tblRoles',
    'Positions',
    '岗位',
    '岗位表',
    '岗位设置',
    '部门职位设置表',
    '职位',
  ],
  Responsibilities: [
    'Responsibilities',
    'Responsibility',
    'tblResponsibilities',
    'Responsibility Matrix',
    'Duties',
    '职责',
    '职责表',
    '职责矩阵',
    '职责分配',
  ],
  Policy: ['Policy', 'Policies', 'tblPolicy', 'Rules', '规则', '规则设置'],
};

export function tableKindForName(name: string): TableKind | undefined {
  const n = normaliseHeader(name);
  for (const kind of Object.keys(TABLE_NAMES) as TableKind[]) {
    if (TABLE_NAMES[kind].some((t) => normaliseHeader(t) === n)) return kind;
  }
  return undefined;
}
