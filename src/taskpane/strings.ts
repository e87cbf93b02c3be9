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

/** The pane's sections, in the order of its tabs. */
export type PaneTab = 'home' | 'validate' | 'generate' | 'orgChart' | 'settings';
export const PANE_TABS: readonly PaneTab[] = [
  'home',
  'validate',
  'generate',
  'orgChart',
  'settings',
];

/** The shell's text (header, navigation, shared notices), in one language. */
export interface PaneStrings {
  /** Product name, shown as the pane's heading. */
  readonly productName: string;
  /** Alternative text of the product logo. */
  readonly logoAlt: string;
  /** Accessible name of the tab list. */
  readonly sectionsLabel: string;
  /** Label of each tab. */
  readonly tabs: Readonly<Record<PaneTab, string>>;
  /** Shown while the workbook is being read and audited. */
  readonly checking: string;
  /** Shown while a lazily loaded part of the pane downloads. */
  readonly loadingPart: string;
  /** Accessible name of the notices region. */
  readonly noticesLabel: string;
  /** Dismiss button of a notice. */
  readonly dismiss: string;
  /** Titles of the notices shown when a port call fails. */
  readonly failed: {
    readonly check: string;
    readonly loadSettings: string;
    readonly selectCell: string;
  };
}

/** The shell's dictionary. zh-CN is written for Chinese HR users, not machine-translated. */
export const PANE_STRINGS: Readonly<Record<PaneLang, PaneStrings>> = {
  en: {
    productName: 'Service Org Designer',
    logoAlt: 'Service Org Designer logo',
    sectionsLabel: 'Sections',
    tabs: {
      home: 'Home',
      validate: 'Validate',
      generate: 'Generate',
      orgChart: 'Org chart',
      settings: 'Settings',
    },
    checking: 'Checking the workbook…',
    loadingPart: 'Loading…',
    noticesLabel: 'Messages',
    dismiss: 'Dismiss',
    failed: {
      check: 'Could not check the workbook',
      loadSettings: 'Could not load the settings saved in this workbook',
      selectCell: 'Could not select the cell',
    },
  },
  'zh-CN': {
    productName: '服务组织设计器',
    logoAlt: '服务组织设计器标志',
    sectionsLabel: '功能分区',
    tabs: {
      home: '概览',
      validate: '检查',
      generate: '生成',
      orgChart: '组织结构图',
      settings: '设置',
    },
    checking: '正在检查工作簿…',
    loadingPart: '正在加载…',
    noticesLabel: '消息',
    dismiss: '关闭',
    failed: {
      check: '无法检查工作簿',
      loadSettings: '无法读取本工作簿中保存的设置',
      selectCell: '无法选中该单元格',
    },
  },
};

/** The strings for a language. */
export function paneStrings(lang: PaneLang): PaneStrings {
  return PANE_STRINGS[lang];
}
