import type { PaneLang } from '../strings';

/** Findings on a box, by severity. */
export interface BoxFindings {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** The org chart viewer's text, in one language. */
export interface OrgChartStrings {
  readonly toolbar: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fit: string;
  readonly zoomLevel: (percent: number) => string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly noMatch: string;
  readonly searchResults: string;
  readonly clearSearch: string;
  /** More roles match than are listed. */
  readonly narrow: string;
  /** A search result: title and id. */
  readonly roleOption: (title: string, id: string) => string;
  /** The chart's accessible name and how to move around it. */
  readonly chart: (roles: number) => string;
  readonly keys: string;
  /** A box's accessible name. */
  readonly box: (
    title: string,
    id: string,
    department: string | undefined,
    folded: number,
    findings: BoxFindings,
  ) => string;
  /** A badge's accessible name. */
  readonly badge: (title: string, findings: BoxFindings) => string;
  readonly overview: (boxes: number) => string;
  readonly detailsLabel: string;
  readonly roleId: string;
  readonly department: string;
  readonly reportingLine: string;
  readonly headcount: string;
  readonly findings: string;
  readonly findingsCount: (findings: BoxFindings) => string;
  readonly none: string;
  readonly showFindings: string;
  readonly goToRow: string;
  readonly fold: string;
  readonly unfold: string;
  readonly empty: string;
  readonly notChecked: string;
  readonly loading: string;
}

const n = (v: number) => v.toLocaleString('en');
const plural = (v: number, one: string, many: string) => `${n(v)} ${v === 1 ? one : many}`;

const enFindings = ({ errors, warnings, infos }: BoxFindings) =>
  [
    errors > 0 ? plural(errors, 'error', 'errors') : '',
    warnings > 0 ? plural(warnings, 'warning', 'warnings') : '',
    infos > 0 ? plural(infos, 'note', 'notes') : '',
  ]
    .filter(Boolean)
    .join(', ');

const zhFindings = ({ errors, warnings, infos }: BoxFindings) =>
  [
    errors > 0 ? `${n(errors)} 个错误` : '',
    warnings > 0 ? `${n(warnings)} 个警告` : '',
    infos > 0 ? `${n(infos)} 条提示` : '',
  ]
    .filter(Boolean)
    .join('、');

export const ORG_CHART_STRINGS: Readonly<Record<PaneLang, OrgChartStrings>> = {
  en: {
    toolbar: 'Chart tools',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit to view',
    zoomLevel: (p) => `${p}%`,
    search: 'Find a role',
    searchPlaceholder: 'Title or ID',
    noMatch: 'No role matches.',
    searchResults: 'Matching roles',
    clearSearch: 'Clear the search',
    narrow: 'More roles match: type more to narrow the list.',
    roleOption: (title, id) => `${title} (${id})`,
    chart: (roles) => `Org chart of ${plural(roles, 'role', 'roles')}`,
    keys: 'Drag or use the arrow keys to move, the wheel or + and − to zoom, 0 to fit. Click a box to fold or unfold its team.',
    box: (title, id, department, folded, findings) =>
      [
        `${title} (${id})`,
        department ?? '',
        folded > 0 ? `${plural(folded, 'role', 'roles')} folded below` : '',
        enFindings(findings),
      ]
        .filter(Boolean)
        .join('; '),
    badge: (title, findings) => `Show findings about ${title}: ${enFindings(findings)}`,
    overview: (boxes) =>
      `${n(boxes)} roles in view, drawn as outlines. Zoom in to read titles and fold teams.`,
    detailsLabel: 'Selected role',
    roleId: 'Role ID',
    department: 'Department',
    reportingLine: 'Reporting line',
    headcount: 'Headcount',
    findings: 'Findings',
    findingsCount: (f) => enFindings(f) || 'None',
    none: '—',
    showFindings: 'Show findings',
    goToRow: 'Go to its row',
    fold: 'Fold team',
    unfold: 'Unfold team',
    empty: 'No roles to draw. Add a Roles table, or insert the example on Home.',
    notChecked: 'Check the workbook to draw its org chart.',
    loading: 'Loading the org chart…',
  },
  'zh-CN': {
    toolbar: '组织结构图工具',
    zoomIn: '放大',
    zoomOut: '缩小',
    fit: '适合窗口',
    zoomLevel: (p) => `${p}%`,
    search: '查找岗位',
    searchPlaceholder: '岗位名称或编号',
    noMatch: '没有匹配的岗位。',
    searchResults: '匹配的岗位',
    clearSearch: '清除搜索',
    narrow: '匹配的岗位较多，请输入更多文字缩小范围。',
    roleOption: (title, id) => `${title}（${id}）`,
    chart: (roles) => `组织结构图，共 ${n(roles)} 个岗位`,
    keys: '拖动或使用方向键移动，滚轮或 + − 键缩放，0 键适合窗口。单击方框可折叠或展开其下属。',
    box: (title, id, department, folded, findings) =>
      [
        `${title}（${id}）`,
        department ?? '',
        folded > 0 ? `下面折叠了 ${n(folded)} 个岗位` : '',
        zhFindings(findings),
      ]
        .filter(Boolean)
        .join('；'),
    badge: (title, findings) => `查看与“${title}”有关的检查结果：${zhFindings(findings)}`,
    overview: (boxes) =>
      `视图中有 ${n(boxes)} 个岗位，以轮廓显示。放大后可查看岗位名称并折叠下属。`,
    detailsLabel: '所选岗位',
    roleId: '岗位编号',
    department: '所属部门',
    reportingLine: '汇报路线',
    headcount: '编制',
    findings: '检查结果',
    findingsCount: (f) => zhFindings(f) || '无',
    none: '—',
    showFindings: '查看检查结果',
    goToRow: '转到所在行',
    fold: '折叠下属',
    unfold: '展开下属',
    empty: '没有可绘制的岗位。请添加岗位表，或在“概览”中插入示例。',
    notChecked: '请先检查工作簿，再绘制组织结构图。',
    loading: '正在加载组织结构图…',
  },
};
