import type { Lang } from '../i18n/lang';
import type { ResponsibilityClass } from '../model/responsibility';

/** Every word the Job Descriptions sheet shows, in one language. */
export interface JobDescriptionsLabels {
  readonly sheet: string;
  readonly title: string;
  readonly counts: (roles: number, valid: number, withFindings: number) => string;
  readonly index: string;
  readonly indexHeaders: readonly [string, string, string, string];
  readonly indexNone: string;
  readonly status: { readonly valid: string; readonly invalid: string };

  /** The heading of one role's page. */
  readonly heading: (title: string) => string;
  readonly roleTitle: string;
  readonly roleId: string;
  readonly department: string;
  readonly level: string;
  readonly levelValue: (level: string | undefined, layer: number) => string;
  readonly reportsTo: string;
  readonly noManager: string;
  readonly directReports: string;
  readonly group: (title: string, headcount: number) => string;
  readonly span: (n: number) => string;
  readonly headcount: string;
  readonly filled: string;
  readonly purpose: string;

  readonly duties: Readonly<Record<ResponsibilityClass, string>>;
  readonly dutyHeaders: readonly [string, string, string, string];
  /** The class names as they open a part of the collaboration sentence. */
  readonly partnerClass: Readonly<Record<ResponsibilityClass, string>>;
  readonly collaboration: (parts: readonly { cls: string; titles: readonly string[] }[]) => string;
  readonly noPartners: string;

  readonly qualifications: string;
  readonly workingConditions: string;
  readonly analysisDate: string;
  readonly validation: string;
  readonly valid: string;
  readonly noFindings: string;
  readonly severity: Readonly<Record<string, string>>;

  readonly none: string;
  readonly notRecorded: string;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const jobDescriptionsLabels: Readonly<Record<Lang, JobDescriptionsLabels>> = {
  en: {
    sheet: 'Job Descriptions',
    title: 'Job Descriptions',
    counts: (roles, valid, withFindings) =>
      `${roles} ${roles === 1 ? 'role' : 'roles'} · ${valid} valid · ${withFindings} with findings`,
    index: 'Index',
    indexHeaders: ['Role ID', 'Title', 'Department', 'Status'],
    indexNone: 'No roles.',
    status: { valid: 'Valid', invalid: 'Needs attention' },

    heading: (title) => `Job Description: ${title}`,
    roleTitle: 'Title',
    roleId: 'Role ID',
    department: 'Department',
    level: 'Level / layer',
    levelValue: (level, layer) => (level ? `${level} (layer ${layer})` : `Layer ${layer}`),
    reportsTo: 'Reports to',
    noManager: 'None (head of the organisation)',
    directReports: 'Direct reports',
    group: (title, n) => (n > 1 ? `${title} ×${n}` : title),
    span: (n) => `Span of control: ${n} ${n === 1 ? 'person' : 'people'}`,
    headcount: 'Headcount',
    filled: 'Filled',
    purpose: 'Purpose',

    duties: { primary: 'Primary duties', partial: 'Partial duties', support: 'Support duties' },
    dutyHeaders: ['No.', 'Duty', 'Hours / week', 'Collaboration'],
    partnerClass: { primary: 'primary', partial: 'partial', support: 'support' },
    collaboration: (parts) =>
      parts
        .map((p, i) => `${i === 0 ? capitalise(p.cls) : p.cls}: ${p.titles.join(', ')}`)
        .join('; '),
    noPartners: '—',

    qualifications: 'Qualifications',
    workingConditions: 'Working conditions',
    analysisDate: 'Analysis date',
    validation: 'Validation',
    valid: 'Valid',
    noFindings: 'No findings about this role or its duties.',
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },

    none: 'None',
    notRecorded: 'Not recorded',
  },
  'zh-CN': {
    sheet: '岗位说明书',
    title: '岗位说明书',
    counts: (roles, valid, withFindings) =>
      `共 ${roles} 个岗位 · 有效 ${valid} 个 · 有校验问题 ${withFindings} 个`,
    index: '目录',
    indexHeaders: ['岗位编号', '岗位名称', '所属部门', '状态'],
    indexNone: '没有岗位。',
    status: { valid: '有效', invalid: '待完善' },

    heading: (title) => `${title} 岗位说明书`,
    roleTitle: '岗位名称',
    roleId: '岗位编号',
    department: '所属部门',
    level: '岗位层级',
    levelValue: (level, layer) => (level ? `${level}（第 ${layer} 层）` : `第 ${layer} 层`),
    reportsTo: '直接上级',
    noManager: '无（最高岗位）',
    directReports: '直接下级',
    group: (title, n) => (n > 1 ? `${title} ×${n}` : title),
    span: (n) => `管理幅度 ${n} 人`,
    headcount: '编制',
    filled: '在岗',
    purpose: '岗位目的',

    duties: { primary: '主要职责', partial: '部分职责', support: '支持职责' },
    dutyHeaders: ['序号', '职责描述', '每周工时', '协作关系'],
    partnerClass: { primary: '主责', partial: '部分', support: '支持' },
    collaboration: (parts) => parts.map((p) => `${p.cls}：${p.titles.join('、')}`).join('；'),
    noPartners: '无',

    qualifications: '任职资格',
    workingConditions: '工作条件',
    analysisDate: '工作分析日期',
    validation: '校验结果',
    valid: '有效',
    noFindings: '本岗位及其职责没有校验问题。',
    severity: { error: '错误', warning: '警告', info: '提示' },

    none: '无',
    notRecorded: '未填写',
  },
};
