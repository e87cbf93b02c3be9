import type { PaneLang } from '../strings';

/** The Home section's text, in one language. */
export interface HomeStrings {
  readonly intro: string;
  readonly inputsHeading: string;
  readonly tableColumn: string;
  readonly foundColumn: string;
  readonly rowsColumn: string;
  /** How a table was found. */
  readonly foundByTable: (table: string, sheet: string) => string;
  readonly foundBySheet: (sheet: string) => string;
  readonly foundByMapping: (sheet: string) => string;
  readonly notFound: string;
  /** Why a missing table matters, by table. */
  readonly missingRoles: string;
  readonly missingResponsibilities: string;
  readonly missingPolicy: string;
  /** The Survey row: its name, why it is optional, respondents under where it was found. */
  readonly surveyTable: string;
  readonly missingSurvey: string;
  readonly respondents: (n: number) => string;
  /** The survey's weighted gap and CSI, under the organisation's summary. */
  readonly serviceQuality: (gap: string, csi: string, respondents: number) => string;
  readonly mappingSaved: string;
  readonly mappingNone: string;
  readonly summaryHeading: string;
  readonly summary: (roles: number, headcount: number, functions: number) => string;
  readonly findingsSummary: (errors: number, warnings: number, infos: number) => string;
  readonly reviewFindings: string;
  readonly outputsHeading: string;
  readonly outputCurrent: string;
  readonly outputStale: string;
  readonly outputMissing: string;
  /** The output's sheet, after its name. */
  readonly onSheet: (sheet: string) => string;
  readonly staleTitle: string;
  readonly staleBody: string;
  readonly goToGenerate: string;
  readonly actionsHeading: string;
  readonly checkWorkbook: string;
  readonly createTemplate: string;
  readonly insertExample: string;
  readonly mapColumns: string;
  readonly clearMapping: string;
  readonly notChecked: string;
  readonly sheetsAdded: (sheets: readonly string[]) => string;
  readonly templateAdded: string;
  readonly exampleAdded: string;
  readonly mappingCleared: string;
  readonly failed: {
    readonly createTemplate: string;
    readonly insertExample: string;
    readonly clearMapping: string;
  };
}

const enList = (items: readonly string[]) => items.join(', ');
const zhList = (items: readonly string[]) => items.join('、');
const n = (v: number) => v.toLocaleString('en');

export const HOME_STRINGS: Readonly<Record<PaneLang, HomeStrings>> = {
  en: {
    intro:
      'Checks the roles, reporting lines and responsibility matrix in this workbook. Nothing you typed is ever changed; results go to sheets of their own.',
    inputsHeading: 'Inputs found',
    tableColumn: 'Table',
    foundColumn: 'Found',
    rowsColumn: 'Rows',
    foundByTable: (table, sheet) => `Excel table ${table} on sheet ${sheet}`,
    foundBySheet: (sheet) => `Sheet ${sheet}`,
    foundByMapping: (sheet) => `Sheet ${sheet} (column mapping)`,
    notFound: 'Not found',
    missingRoles: 'Required: add a Roles sheet, insert the example, or map your own columns.',
    missingResponsibilities: 'Without it, gaps, overlaps and workload cannot be checked.',
    missingPolicy: 'Optional: the default rules are used.',
    surveyTable: 'Survey',
    missingSurvey:
      'Optional: SERVQUAL answers (expectation and perception) give service-quality gaps and the CSI.',
    respondents: (v) => `${n(v)} ${v === 1 ? 'respondent' : 'respondents'}`,
    serviceQuality: (gap, csi, respondents) =>
      `Service quality: weighted gap ${gap} · CSI ${csi} (${n(respondents)} ${respondents === 1 ? 'respondent' : 'respondents'})`,
    mappingSaved: 'A column mapping is saved in this workbook.',
    mappingNone: 'No column mapping: headers are matched by name (English or Chinese).',
    summaryHeading: 'Organisation',
    summary: (roles, headcount, functions) =>
      `${n(roles)} ${roles === 1 ? 'role' : 'roles'} · headcount ${n(headcount)} · ${n(functions)} ${functions === 1 ? 'function' : 'functions'}`,
    findingsSummary: (e, w, i) =>
      `${n(e)} ${e === 1 ? 'error' : 'errors'}, ${n(w)} ${w === 1 ? 'warning' : 'warnings'}, ${n(i)} ${i === 1 ? 'note' : 'notes'}`,
    reviewFindings: 'Review findings',
    outputsHeading: 'Outputs',
    outputCurrent: 'Up to date',
    outputStale: 'Out of date',
    outputMissing: 'Not generated',
    onSheet: (sheet) => `sheet ${sheet}`,
    staleTitle: 'Some outputs are out of date',
    staleBody: 'The inputs changed since they were written. Generate them again.',
    goToGenerate: 'Go to Generate',
    actionsHeading: 'Workbook',
    checkWorkbook: 'Check workbook',
    createTemplate: 'Create template',
    insertExample: 'Insert example',
    mapColumns: 'Map columns…',
    clearMapping: 'Clear mapping',
    notChecked: 'The workbook has not been checked yet.',
    sheetsAdded: (sheets) => `Sheets added: ${enList(sheets)}.`,
    templateAdded: 'Template added',
    exampleAdded: 'Example added',
    mappingCleared: 'Column mapping cleared',
    failed: {
      createTemplate: 'Could not create the template',
      insertExample: 'Could not insert the example',
      clearMapping: 'Could not clear the column mapping',
    },
  },
  'zh-CN': {
    intro:
      '检查本工作簿中的岗位、汇报关系和职责矩阵。不会改动您录入的任何内容，结果写入单独的工作表。',
    inputsHeading: '已识别的输入表',
    tableColumn: '表',
    foundColumn: '位置',
    rowsColumn: '行数',
    foundByTable: (table, sheet) => `工作表“${sheet}”中的表格 ${table}`,
    foundBySheet: (sheet) => `工作表“${sheet}”`,
    foundByMapping: (sheet) => `工作表“${sheet}”（列映射）`,
    notFound: '未找到',
    missingRoles: '必需：请添加岗位表、插入示例，或为自己的表设置列映射。',
    missingResponsibilities: '缺少职责表时，无法检查职责空白、重叠和工作量。',
    missingPolicy: '可选：将使用默认规则。',
    surveyTable: '问卷',
    missingSurvey: '可选：填入服务质量问卷（期望与感知）后，可计算各维度差距和客户满意指数 CSI。',
    respondents: (v) => `${n(v)} 位受访者`,
    serviceQuality: (gap, csi, respondents) =>
      `服务质量：加权差距 ${gap} · CSI ${csi}（${n(respondents)} 位受访者）`,
    mappingSaved: '本工作簿已保存列映射。',
    mappingNone: '未设置列映射：按列名（中文或英文）自动识别。',
    summaryHeading: '组织概况',
    summary: (roles, headcount, functions) =>
      `${n(roles)} 个岗位 · 编制 ${n(headcount)} 人 · ${n(functions)} 项职能`,
    findingsSummary: (e, w, i) => `${n(e)} 个错误，${n(w)} 个警告，${n(i)} 条提示`,
    reviewFindings: '查看检查结果',
    outputsHeading: '生成结果',
    outputCurrent: '已是最新',
    outputStale: '已过期',
    outputMissing: '尚未生成',
    onSheet: (sheet) => `工作表“${sheet}”`,
    staleTitle: '部分生成结果已过期',
    staleBody: '输入表在生成后有改动，请重新生成。',
    goToGenerate: '前往生成',
    actionsHeading: '工作簿',
    checkWorkbook: '检查工作簿',
    createTemplate: '创建模板',
    insertExample: '插入示例',
    mapColumns: '设置列映射…',
    clearMapping: '清除列映射',
    notChecked: '尚未检查工作簿。',
    sheetsAdded: (sheets) => `已添加工作表：${zhList(sheets)}。`,
    templateAdded: '模板已添加',
    exampleAdded: '示例已添加',
    mappingCleared: '列映射已清除',
    failed: {
      createTemplate: '无法创建模板',
      insertExample: '无法插入示例',
      clearMapping: '无法清除列映射',
    },
  },
};
