import type { PaneLang } from '../strings';
import type { SettingProblem } from './policyDraft';
import type { PolicyGroup } from './policyGroups';

/** The Settings section's text, in one language. */
export interface SettingsStrings {
  readonly heading: string;
  readonly intro: string;
  readonly languageLabel: string;
  /** "Automatic", with the language Office uses. */
  readonly languageAuto: (office: string) => string;
  /** Each language in its own words. */
  readonly languageNames: Readonly<Record<PaneLang, string>>;
  readonly policyHeading: string;
  readonly policyIntro: string;
  readonly groups: Readonly<Record<PolicyGroup, string>>;
  /** A setting's label. */
  readonly settingLabel: (key: string, zh: string) => string;
  readonly defaultValue: (value: string) => string;
  readonly useWorkbook: string;
  readonly yes: string;
  readonly no: string;
  readonly problem: (problem: SettingProblem) => string;
  readonly fixFirst: string;
  readonly save: string;
  readonly reset: string;
  readonly saved: string;
  readonly savedBody: string;
  readonly failed: string;
}

const n = (v: number) => v.toLocaleString('en', { maximumFractionDigits: 6 });

export const SETTINGS_STRINGS: Readonly<Record<PaneLang, SettingsStrings>> = {
  en: {
    heading: 'Settings',
    intro: 'Saved in this workbook, so everyone who opens it gets the same results.',
    languageLabel: 'Language of the pane and the generated sheets',
    languageAuto: (office) => `Automatic (Office: ${office})`,
    languageNames: { en: 'English', 'zh-CN': '中文（简体）' },
    policyHeading: 'Policy',
    policyIntro:
      'Values entered here override the Policy sheet for every check and output. Leave a box empty to use the Policy sheet or the default.',
    groups: {
      span: 'Span of control and layers',
      workload: 'Workload',
      responsibilities: 'Responsibilities',
      jobs: 'Job descriptions',
      quality: 'Service-quality survey',
      chart: 'Org chart',
      other: 'Other',
    },
    settingLabel: (key) => key,
    defaultValue: (value) => `Default: ${value}`,
    useWorkbook: 'Policy sheet or default',
    yes: 'Yes',
    no: 'No',
    problem: (p) =>
      p.kind === 'number'
        ? 'Enter a number.'
        : p.kind === 'integer'
          ? 'Enter a whole number.'
          : `Enter a number from ${n(p.min)} to ${n(p.max)}.`,
    fixFirst: 'Correct the values marked in red to save.',
    save: 'Save settings',
    reset: 'Undo changes',
    saved: 'Settings saved',
    savedBody: 'Everyone who opens this workbook now uses them.',
    failed: 'Could not save the settings',
  },
  'zh-CN': {
    heading: '设置',
    intro: '设置保存在本工作簿中，所有打开它的人都会得到相同的结果。',
    languageLabel: '窗格和生成工作表的语言',
    languageAuto: (office) => `自动（跟随 Office：${office}）`,
    languageNames: { en: 'English', 'zh-CN': '中文（简体）' },
    policyHeading: '规则',
    policyIntro:
      '此处填写的值将覆盖“规则”表，用于所有检查和生成结果。留空则使用“规则”表中的值或默认值。',
    groups: {
      span: '管理幅度与层次',
      workload: '工作量',
      responsibilities: '职责',
      jobs: '岗位说明书',
      quality: '服务质量调查',
      chart: '组织结构图',
      other: '其他',
    },
    settingLabel: (key, zh) => `${zh}（${key}）`,
    defaultValue: (value) => `默认值：${value}`,
    useWorkbook: '使用“规则”表或默认值',
    yes: '是',
    no: '否',
    problem: (p) =>
      p.kind === 'number'
        ? '请输入数字。'
        : p.kind === 'integer'
          ? '请输入整数。'
          : `请输入 ${n(p.min)} 到 ${n(p.max)} 之间的数。`,
    fixFirst: '请先更正标红的值，再保存。',
    save: '保存设置',
    reset: '撤销更改',
    saved: '设置已保存',
    savedBody: '所有打开本工作簿的人都将使用这些设置。',
    failed: '无法保存设置',
  },
};
