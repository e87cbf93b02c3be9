import { columnLetters } from '../model/address';
import type { CellValue } from '../model/grid';
import { isCellError } from '../model/grid';
import { ROLE_FIELDS } from '../model/role';
import { EXAMPLE_WORKBOOKS } from '../example/exampleData';
import { fieldLabel, tableLabel, type FieldName } from '../i18n/fieldLabels';
import type { Lang } from '../i18n/lang';
import { POLICY_SETTINGS } from '../read/policySettings';
import {
  SURVEY_FIELDS,
  surveyFieldLabel,
  surveySheetName,
  type SurveyField,
} from '../i18n/surveyLabels';
import type { PlanCell, PlanValue, SheetPlan } from './sheetPlan';

const CLASS_LIST = { en: ['P', 'Pa', 'S'], 'zh-CN': ['主', '部', '支'] } as const;

const NOTES: Readonly<Partial<Record<FieldName, { en: string; zh: string }>>> = {
  RoleId: {
    en: 'Required. A short unique code, e.g. CS-MGR.',
    zh: '必填。简短且唯一的编号，如 CS-MGR。',
  },
  Title: { en: 'Required. One naming method for all titles.', zh: '必填。岗位名称统一命名方法。' },
  ReportsTo: {
    en: 'RoleId of the manager; blank for the head.',
    zh: '直接上级的岗位编号；最高岗位留空。',
  },
  Headcount: { en: 'Authorised posts (编制); default 1.', zh: '编制人数，默认为 1。' },
  Filled: { en: 'People in post.', zh: '实际在岗人数。' },
  Qualifications: { en: 'Separate items with ";".', zh: '多项以“；”分隔。' },
  AnalysisDate: { en: 'Date of the last job analysis.', zh: '最近一次工作分析的日期。' },
  FunctionId: { en: 'Required. A unique code, e.g. F01.', zh: '必填。唯一编号，如 F01。' },
  Function: {
    en: 'Duty statement: action verb + object + standard or condition.',
    zh: '职责描述：动词 + 对象 + 标准或条件。',
  },
  Effort: { en: 'Hours per week for the whole function.', zh: '该职能每周所需总工时。' },
};

const SURVEY_NOTES: Readonly<Record<SurveyField, { en: string; zh: string }>> = {
  RespondentId: {
    en: 'One code per respondent, the same on each of their rows.',
    zh: '每位受访者一个编号，其各行相同。',
  },
  Dimension: {
    en: 'Tangibles, Reliability, Responsiveness, Assurance or Empathy.',
    zh: '有形性、可靠性、响应性、保证性或移情性。',
  },
  Item: { en: 'The question: its code, then its text, e.g. R1 …', zh: '题项：编号加内容，如 R1 …' },
  Expectation: {
    en: 'What an excellent service would do, on the Policy scale (default 1–7).',
    zh: '对优秀服务的期望，按规则中的量表打分（默认 1–7）。',
  },
  Perception: {
    en: 'What this service does, on the same scale.',
    zh: '对本部门服务的实际感受，量表相同。',
  },
};

/** Blank template: role columns for the matrix, as many as a department usually has. */
const BLANK_ROLE_COLUMNS = 20;
const BLANK_ROWS = 300;

/** Input sheets print landscape, one page wide, with the header row on every page. */
const PRINT = { orientation: 'landscape', fitToWidth: true, titleRows: '1:1' } as const;

const STYLES = {
  header: {
    bold: true,
    fill: '#0F6CBD',
    fontColor: '#FFFFFF',
    border: '#0F6CBD',
    wrap: true,
    vertical: 'middle',
  },
  roleHeader: { bold: true, fill: '#DCEBF8', border: '#9CC3E8', horizontal: 'center' },
  cls: { horizontal: 'center' },
  date: { numberFormat: 'yyyy-mm-dd' },
  wrap: { wrap: true, vertical: 'top' },
  note: { italic: true, fontColor: '#616161', wrap: true },
} as const;

function header(field: FieldName, lang: Lang): PlanCell {
  const n = NOTES[field];
  return {
    value: fieldLabel(field, lang),
    style: 'header',
    ...(n ? { note: lang === 'zh-CN' ? n.zh : n.en } : {}),
  };
}

const plain = (v: CellValue): PlanValue => (isCellError(v) ? v.error : v);

function rolesPlan(lang: Lang, data: readonly (readonly CellValue[])[]): SheetPlan {
  const widths = [12, 26, 20, 12, 10, 10, 12, 40, 40, 30, 14];
  return {
    name: tableLabel('Roles', lang),
    rows: [
      ROLE_FIELDS.map((f) => header(f, lang)),
      ...data.map((row) =>
        row.map((v, c): PlanCell | PlanValue => {
          const f = ROLE_FIELDS[c];
          if (f === 'AnalysisDate' && v instanceof Date) return { value: v, style: 'date' };
          if (f === 'Purpose' || f === 'Qualifications' || f === 'WorkingConditions')
            return { value: plain(v), style: 'wrap' };
          return plain(v);
        }),
      ),
    ],
    columnWidths: widths,
    freeze: { rows: 1, cols: 2 },
    styles: STYLES,
    tabColor: '#0F6CBD',
    print: PRINT,
  };
}

function responsibilitiesPlan(
  lang: Lang,
  header0: readonly CellValue[] | undefined,
  data: readonly (readonly CellValue[])[],
): SheetPlan {
  const fixed: FieldName[] = ['FunctionId', 'Function', 'Area', 'Effort'];
  const roleHeaders =
    header0 && header0.length > fixed.length
      ? header0.slice(fixed.length).map((v) => String(plain(v) ?? ''))
      : Array.from({ length: BLANK_ROLE_COLUMNS }, () => '');
  const lastRow = Math.max(data.length + 1, BLANK_ROWS);
  const firstRoleCol = columnLetters(fixed.length + 1);
  const lastRoleCol = columnLetters(fixed.length + roleHeaders.length);
  return {
    name: tableLabel('Responsibilities', lang),
    rows: [
      [
        ...fixed.map((f) => header(f, lang)),
        ...roleHeaders.map((h): PlanCell => ({ value: h === '' ? null : h, style: 'roleHeader' })),
      ],
      ...data.map((row) =>
        row.map((v, c): PlanCell | PlanValue =>
          c === 1
            ? { value: plain(v), style: 'wrap' }
            : c >= fixed.length
              ? { value: plain(v), style: 'cls' }
              : plain(v),
        ),
      ),
    ],
    columnWidths: [10, 60, 16, 10, ...roleHeaders.map(() => 9)],
    freeze: { rows: 1, cols: 2 },
    validations: [
      {
        range: `${firstRoleCol}2:${lastRoleCol}${lastRow}`,
        list: CLASS_LIST[lang],
        strict: false,
        prompt:
          lang === 'zh-CN'
            ? '主 = 主责，部 = 部分，支 = 支持；留空 = 不参与'
            : 'P = primary, Pa = partial, S = support; blank = not involved',
      },
    ],
    styles: STYLES,
    tabColor: '#0F6CBD',
    print: PRINT,
  };
}

function policyPlan(lang: Lang, data: readonly (readonly CellValue[])[] | undefined): SheetPlan {
  const zh = lang === 'zh-CN';
  const yesNo = (b: boolean) => (b ? (zh ? '是' : 'Yes') : zh ? '否' : 'No');
  const defaults = POLICY_SETTINGS.map((s): PlanValue[] => [
    zh ? s.zh : s.key,
    typeof s.defaultValue === 'boolean' ? yesNo(s.defaultValue) : s.defaultValue,
    null,
    zh ? s.noteZh : s.noteEn,
  ]);
  // The example's own settings first, then every other default so users see them all.
  const given = (data ?? []).map((r) => r.map(plain));
  const givenNames = new Set(
    given
      .filter((r) => r[2] === null || r[2] === undefined || r[2] === '')
      .map((r) => String(r[0])),
  );
  const rows = [...given, ...defaults.filter((r) => !givenNames.has(String(r[0])))];
  return {
    name: tableLabel('Policy', lang),
    rows: [
      (['Setting', 'Value', 'Level', 'Note'] as FieldName[]).map((f) => header(f, lang)),
      ...rows.map((r) => r.map((v, c) => (c === 3 ? { value: v, style: 'note' } : v))),
    ],
    columnWidths: [24, 10, 14, 70],
    freeze: { rows: 1, cols: 1 },
    styles: STYLES,
    tabColor: '#0F6CBD',
    print: PRINT,
  };
}

/**
 * The service-quality survey in long form: a row per respondent and item. The blank template
 * gets its header row only (the survey is optional; a dummy row would be read as an answer).
 */
function surveyPlan(lang: Lang, data: readonly (readonly CellValue[])[]): SheetPlan {
  const zh = lang === 'zh-CN';
  return {
    name: surveySheetName(lang),
    rows: [
      SURVEY_FIELDS.map((f): PlanCell => {
        const n = SURVEY_NOTES[f];
        return { value: surveyFieldLabel(f, lang), style: 'header', note: zh ? n.zh : n.en };
      }),
      ...data.map((row) =>
        row.map((v, c): PlanCell | PlanValue =>
          c >= 3 ? { value: plain(v), style: 'cls' } : plain(v),
        ),
      ),
    ],
    columnWidths: [14, 16, zh ? 44 : 64, 12, 12],
    freeze: { rows: 1, cols: 1 },
    styles: STYLES,
    tabColor: '#0F6CBD',
    // Five narrow columns and 1,400 rows: portrait holds twice the rows of a landscape page.
    print: { ...PRINT, orientation: 'portrait' },
  };
}

/**
 * The input sheets of a new workbook: a blank template (headers, a class dropdown on
 * every matrix cell, the Policy defaults visible, the Survey's header row) or the bundled
 * example.
 */
export function templatePlans(lang: Lang, example: boolean): SheetPlan[] {
  if (!example)
    return [
      rolesPlan(lang, []),
      responsibilitiesPlan(lang, undefined, []),
      policyPlan(lang, undefined),
      surveyPlan(lang, []),
    ];
  const wb = EXAMPLE_WORKBOOKS[lang];
  const sheet = (name: string) => wb.sheets.find((s) => s.name === name);
  const roles = sheet(tableLabel('Roles', lang));
  const resp = sheet(tableLabel('Responsibilities', lang));
  const policy = sheet(tableLabel('Policy', lang));
  const survey = sheet(surveySheetName(lang));
  if (!roles || !resp || !policy || !survey)
    throw new Error(`example workbook (${lang}) lacks a sheet`);
  return [
    rolesPlan(lang, roles.rows.slice(1)),
    responsibilitiesPlan(lang, resp.rows[0], resp.rows.slice(1)),
    policyPlan(lang, policy.rows.slice(1)),
    surveyPlan(lang, survey.rows.slice(1)),
  ];
}
