import type { DiagnosticArea } from '../../core/i18n/diagnosticCatalog';
import type { PaneLang } from '../strings';

/** The Validate section's text, in one language. */
export interface ValidateStrings {
  readonly heading: string;
  readonly total: (shown: number, total: number) => string;
  readonly severityFilter: string;
  readonly areaFilter: string;
  readonly allAreas: string;
  /** An area option or heading with its count. */
  readonly withCount: (label: string, count: number) => string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly clearSearch: string;
  readonly roleFilter: (role: string) => string;
  readonly clearRoleFilter: string;
  readonly clean: string;
  readonly noMatch: string;
  readonly showing: (shown: number, total: number) => string;
  readonly showMore: (more: number) => string;
  /** Accessible name of a finding's button. */
  readonly goTo: (message: string, address: string) => string;
  readonly notChecked: string;
  readonly areas: Readonly<Record<DiagnosticArea, string>>;
}

const n = (v: number) => v.toLocaleString('en');

export const VALIDATE_STRINGS: Readonly<Record<PaneLang, ValidateStrings>> = {
  en: {
    heading: 'Findings',
    total: (shown, total) =>
      shown === total ? `${n(total)} findings` : `${n(shown)} of ${n(total)} findings`,
    severityFilter: 'Show',
    areaFilter: 'Area',
    allAreas: 'All areas',
    withCount: (label, count) => `${label} (${n(count)})`,
    search: 'Search findings',
    searchPlaceholder: 'Message, code, cell or role',
    clearSearch: 'Clear the search',
    roleFilter: (role) => `Only findings about ${role}`,
    clearRoleFilter: 'Show all roles',
    clean: 'No findings: the workbook passed every check.',
    noMatch: 'No findings match these filters.',
    showing: (shown, total) => `Showing ${n(shown)} of ${n(total)}.`,
    showMore: (more) => `Show ${n(more)} more`,
    goTo: (message, address) => `${message} Go to ${address}.`,
    notChecked: 'Check the workbook to see its findings.',
    areas: {
      input: 'Input tables',
      cells: 'Cell values',
      roles: 'Roles',
      structure: 'Structure',
      responsibilities: 'Responsibilities',
      workload: 'Workload',
      staffing: 'Staffing',
      jobs: 'Job descriptions',
      policy: 'Policy',
      mapping: 'Column mapping',
      survey: 'Survey',
    },
  },
  'zh-CN': {
    heading: '检查结果',
    total: (shown, total) =>
      shown === total ? `共 ${n(total)} 条` : `共 ${n(total)} 条，显示其中 ${n(shown)} 条`,
    severityFilter: '显示',
    areaFilter: '类别',
    allAreas: '全部类别',
    withCount: (label, count) => `${label}（${n(count)}）`,
    search: '搜索检查结果',
    searchPlaceholder: '内容、代码、单元格或岗位',
    clearSearch: '清除搜索',
    roleFilter: (role) => `仅显示与 ${role} 有关的结果`,
    clearRoleFilter: '显示全部岗位',
    clean: '没有发现问题：工作簿通过了全部检查。',
    noMatch: '没有符合筛选条件的结果。',
    showing: (shown, total) => `已显示 ${n(shown)} / ${n(total)} 条。`,
    showMore: (more) => `再显示 ${n(more)} 条`,
    goTo: (message, address) => `${message} 转到 ${address}。`,
    notChecked: '请先检查工作簿，再查看检查结果。',
    areas: {
      input: '输入表',
      cells: '单元格内容',
      roles: '岗位',
      structure: '组织结构',
      responsibilities: '职责',
      workload: '工作量',
      staffing: '人员配置',
      jobs: '岗位说明书',
      policy: '规则',
      mapping: '列映射',
      survey: '问卷',
    },
  },
};
