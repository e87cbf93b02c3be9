import type { Duty, DutyPartner, JobDescription, RoleRef } from '../analyze/jobDescription';
import type { Lang } from '../i18n/lang';
import type { ResponsibilityClass } from '../model/responsibility';

/**
 * The words and sentences of a job description (岗位说明书) that the Markdown and Word
 * renderers share, in English or Chinese. Everything here returns plain text: each
 * renderer escapes it for its own format.
 */

export interface JobDescriptionLabels {
  /** The document kind, after the role's title: "Job description", 岗位说明书. */
  readonly document: string;
  readonly title: string;
  readonly roleId: string;
  readonly department: string;
  readonly level: string;
  readonly reportsTo: string;
  readonly directReports: string;
  readonly span: string;
  readonly layer: string;
  readonly headcount: string;
  readonly filled: string;
  readonly purpose: string;
  /** Section headings of the three duty classes. */
  readonly duties: Readonly<Record<ResponsibilityClass, string>>;
  readonly no: string;
  readonly duty: string;
  readonly hours: string;
  readonly collaboration: string;
  readonly qualifications: string;
  readonly workingConditions: string;
  readonly analysisDate: string;
  readonly validation: string;
  readonly valid: string;
  readonly needsAttention: string;
  /** The value shown for a field the workbook leaves blank. */
  readonly notRecorded: string;
  /** A duty class with no duties, a head's manager, a role without direct reports. */
  readonly none: string;
  readonly noFindings: string;
  readonly severity: Readonly<Record<string, string>>;
  /** The head of the organisation's "Reports to". */
  readonly head: string;
  /** Index of all job descriptions. */
  readonly index: string;
  readonly status: string;
  readonly file: string;
  readonly indexSummary: (total: number, valid: number) => string;
  /** The footer's words around the page numbers: "Page n of m", "第 n 页 共 m 页". */
  readonly page: readonly [before: string, between: string, after: string];
  /**
   * The words around a page number alone: "Page n", "第 n 页" (a document of several roles,
   * whose pages restart at each role; LibreOffice cannot count a role's pages).
   */
  readonly pageAlone: readonly [before: string, after: string];
  /** Separators of a list inside a sentence. */
  readonly listSeparator: string;
  readonly clauseSeparator: string;
  /** How a partner takes part in a duty, as the collaboration sentence says it. */
  readonly classWord: Readonly<Record<ResponsibilityClass, string>>;
  readonly colon: string;
  readonly parenthesis: (text: string) => string;
  /** A role with several posts: "VIP Hotline Agent (CS-VIPA, 9 posts)". */
  readonly posts: (roleId: string, headcount: number) => string;
}

export const JOB_DESCRIPTION_LABELS: Readonly<Record<Lang, JobDescriptionLabels>> = {
  en: {
    document: 'Job description',
    title: 'Title',
    roleId: 'Role ID',
    department: 'Department',
    level: 'Level',
    reportsTo: 'Reports to',
    directReports: 'Direct reports',
    span: 'Span of control',
    layer: 'Layer',
    headcount: 'Headcount',
    filled: 'Filled',
    purpose: 'Purpose',
    duties: { primary: 'Primary duties', partial: 'Partial duties', support: 'Support duties' },
    no: 'No.',
    duty: 'Duty',
    hours: 'Hours/week',
    collaboration: 'Collaboration',
    qualifications: 'Qualifications',
    workingConditions: 'Working conditions',
    analysisDate: 'Job analysis date',
    validation: 'Validation',
    valid: 'Valid',
    needsAttention: 'Needs attention',
    notRecorded: 'Not recorded',
    none: 'None',
    noFindings: 'No findings.',
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    head: 'None (head of the organisation)',
    index: 'Job descriptions',
    status: 'Status',
    file: 'File',
    indexSummary: (total, valid) =>
      `${total} job description${total === 1 ? '' : 's'}: ${valid} valid, ${total - valid} ${
        total - valid === 1 ? 'needs' : 'need'
      } attention.`,
    page: ['Page ', ' of ', ''],
    pageAlone: ['Page ', ''],
    listSeparator: ', ',
    clauseSeparator: '; ',
    classWord: { primary: 'primary', partial: 'partial', support: 'support' },
    colon: ': ',
    parenthesis: (text) => ` (${text})`,
    posts: (roleId, n) => `${roleId}, ${n} post${n === 1 ? '' : 's'}`,
  },
  'zh-CN': {
    document: '岗位说明书',
    title: '岗位名称',
    roleId: '岗位编号',
    department: '所属部门',
    level: '岗位级别',
    reportsTo: '直接上级',
    directReports: '直接下级',
    span: '管理幅度',
    layer: '所在层级',
    headcount: '编制人数',
    filled: '在岗人数',
    purpose: '岗位目的',
    duties: { primary: '主要职责', partial: '部分职责', support: '支持职责' },
    no: '序号',
    duty: '职责描述',
    hours: '周工时',
    collaboration: '协作关系',
    qualifications: '任职资格',
    workingConditions: '工作条件',
    analysisDate: '工作分析日期',
    validation: '校验结果',
    valid: '有效',
    needsAttention: '待完善',
    notRecorded: '未填写',
    none: '无',
    noFindings: '无问题。',
    severity: { error: '错误', warning: '警告', info: '提示' },
    head: '无（最高负责岗位）',
    index: '岗位说明书目录',
    status: '状态',
    file: '文件',
    indexSummary: (total, valid) =>
      `共 ${total} 份岗位说明书：${valid} 份有效，${total - valid} 份待完善。`,
    page: ['第 ', ' 页 共 ', ' 页'],
    pageAlone: ['第 ', ' 页'],
    listSeparator: '、',
    clauseSeparator: '；',
    classWord: { primary: '主责', partial: '部分', support: '支持' },
    colon: '：',
    parenthesis: (text) => `（${text}）`,
    posts: (roleId, n) => `${roleId}，编制${n}人`,
  },
};

const CLASS_ORDER: readonly ResponsibilityClass[] = ['primary', 'partial', 'support'];

/**
 * A role as people name it: "Customer Service Manager (CS-MGR)"; a role of several posts
 * says how many: "VIP Hotline Agent (CS-VIPA, 9 posts)", "VIP热线客服专员（CS-VIPA，编制9人）".
 */
export function roleName(ref: RoleRef, lang: Lang): string {
  const l = JOB_DESCRIPTION_LABELS[lang];
  const id = ref.headcount === 1 ? ref.roleId : l.posts(ref.roleId, ref.headcount);
  return ref.title.trim() === '' ? id : `${ref.title}${l.parenthesis(id)}`;
}

/**
 * Who else takes part in a duty, by class: "Primary: X; support: Y, Z" /
 * "主责：X；支持：Y、Z". Partners are named by title; a title shared by two partners gets
 * its role id too. A duty nobody shares reads "—".
 */
export function collaborationSentence(partners: readonly DutyPartner[], lang: Lang): string {
  const l = JOB_DESCRIPTION_LABELS[lang];
  const titles = new Map<string, number>();
  for (const p of partners) titles.set(p.title, (titles.get(p.title) ?? 0) + 1);
  const name = (p: DutyPartner) =>
    (titles.get(p.title) ?? 0) > 1 || p.title.trim() === ''
      ? `${p.title}${l.parenthesis(p.roleId)}`.trim()
      : p.title;
  const clauses: string[] = [];
  for (const cls of CLASS_ORDER) {
    const names = partners.filter((p) => p.cls === cls).map(name);
    if (names.length === 0) continue;
    const word = l.classWord[cls];
    const start = clauses.length === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    clauses.push(`${start}${l.colon}${names.join(l.listSeparator)}`);
  }
  return clauses.length === 0 ? '—' : clauses.join(l.clauseSeparator);
}

/** Hours per week with at most one decimal ("4.5", "12"), or "—" when unknown. */
export function formatHours(hours: number | undefined): string {
  if (hours === undefined || !Number.isFinite(hours)) return '—';
  return String(Number(hours.toFixed(1)));
}

export interface Fact {
  readonly label: string;
  readonly value: string;
}

/**
 * The header facts of a job description, in pairs that fill one row of a two-pair table:
 * title and id, department and level, manager and direct reports (one a line), span and
 * layer, headcount and filled.
 */
export function jobDescriptionFacts(jd: JobDescription, lang: Lang): readonly Fact[] {
  const l = JOB_DESCRIPTION_LABELS[lang];
  const text = (v: string | undefined) => (v === undefined || v.trim() === '' ? l.notRecorded : v);
  return [
    { label: l.title, value: text(jd.title) },
    { label: l.roleId, value: text(jd.roleId) },
    { label: l.department, value: text(jd.department) },
    { label: l.level, value: text(jd.level) },
    { label: l.reportsTo, value: jd.reportsTo === null ? l.head : roleName(jd.reportsTo, lang) },
    {
      label: l.directReports,
      value:
        jd.directReports.length === 0
          ? l.none
          : jd.directReports.map((r) => roleName(r, lang)).join('\n'),
    },
    { label: l.span, value: String(jd.span) },
    { label: l.layer, value: String(jd.layer) },
    { label: l.headcount, value: String(jd.headcount) },
    { label: l.filled, value: jd.filled === undefined ? l.notRecorded : String(jd.filled) },
  ];
}

/** The duties of one class, in the order the job description lists them. */
export function dutiesOf(jd: JobDescription, cls: ResponsibilityClass): readonly Duty[] {
  return cls === 'primary' ? jd.primary : cls === 'partial' ? jd.partial : jd.support;
}

export const DUTY_CLASSES = CLASS_ORDER;

/** "有效" / "Needs attention". */
export function statusLabel(jd: Pick<JobDescription, 'status'>, lang: Lang): string {
  const l = JOB_DESCRIPTION_LABELS[lang];
  return jd.status === 'valid' ? l.valid : l.needsAttention;
}

/** The role's title and the document kind: "VIP热线组长岗位说明书", "VIP Hotline Team Lead — Job description". */
export function documentTitle(jd: Pick<JobDescription, 'title' | 'roleId'>, lang: Lang): string {
  const l = JOB_DESCRIPTION_LABELS[lang];
  const title = jd.title.trim() === '' ? jd.roleId : jd.title;
  return lang === 'zh-CN' ? `${title}${l.document}` : `${title} — ${l.document}`;
}
