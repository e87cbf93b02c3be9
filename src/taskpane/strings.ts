/**
 * Languages the pane speaks. Same values as the core's message languages; kept local so
 * the add-in shell builds on its own.
 */
export type PaneLang = 'en' | 'zh-CN';

/**
 * Map a BCP 47 tag (Office's `displayLanguage` such as `zh-CN`, or a browser's `zh-Hans-CN`,
 * `en-GB`) to a pane language. Every Chinese tag gets zh-CN; anything else, or nothing, gets en.
 */
export function resolvePaneLang(tag: string | null | undefined): PaneLang {
  return (tag ?? '').trim().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Every piece of text the task pane shows, in one language. */
export interface PaneStrings {
  /** Product name, shown as the pane's heading. */
  readonly productName: string;
  /** One or two sentences on what the add-in does. */
  readonly description: string;
  /** Title of the notice that this build is only the shell of the pane. */
  readonly previewTitle: string;
  /** Body of that notice. */
  readonly previewBody: string;
  /** Alternative text of the product logo. */
  readonly logoAlt: string;
}

/** The task pane's dictionary. zh-CN is written for Chinese HR users, not machine-translated. */
export const PANE_STRINGS: Readonly<Record<PaneLang, PaneStrings>> = {
  en: {
    productName: 'Service Org Designer',
    description:
      "Turns this workbook's roles, reporting lines and responsibility matrix into validated job descriptions, org charts and gap summaries.",
    previewTitle: 'Coming soon',
    previewBody:
      'This is the add-in shell. The full pane (checks, job descriptions, org chart and gap summary) comes in a later version.',
    logoAlt: 'Service Org Designer logo',
  },
  'zh-CN': {
    productName: '服务组织设计器',
    description:
      '将本工作簿中的岗位、汇报关系和职责矩阵生成经过校验的岗位说明书、组织结构图和缺口汇总。',
    previewTitle: '即将推出',
    previewBody:
      '当前为加载项框架。完整窗格（校验、岗位说明书、组织结构图和缺口汇总）将在后续版本中提供。',
    logoAlt: '服务组织设计器标志',
  },
};

/** The strings for a language. */
export function paneStrings(lang: PaneLang): PaneStrings {
  return PANE_STRINGS[lang];
}
