import type { Lang } from '../../core/i18n/lang';

/** The survey's charts, each as SVG or PNG: the items of the "Survey charts" menu. */
export type SurveyDownloadKind =
  'surveyRadarSvg' | 'surveyRadarPng' | 'surveyGapsSvg' | 'surveyGapsPng';
export const SURVEY_DOWNLOAD_KINDS: readonly SurveyDownloadKind[] = [
  'surveyRadarSvg',
  'surveyRadarPng',
  'surveyGapsSvg',
  'surveyGapsPng',
];

/** Which download a button or menu item makes (and which failure a notice reports). */
export type DownloadKind =
  'workbook' | 'chartSvg' | 'chartPng' | 'jobDescriptions' | SurveyDownloadKind;
/** The org chart as SVG or PNG: the items of the "Org chart" menu. */
export const ORG_CHART_DOWNLOAD_KINDS: readonly DownloadKind[] = ['chartSvg', 'chartPng'];

/** The preview page's text (everything around the task pane), in one language. */
export interface PreviewStrings {
  /** The document's title. */
  readonly pageTitle: string;
  readonly productName: string;
  /** The tag beside the product name: this is not Excel. */
  readonly previewTag: string;
  /** Link to the page in the other language: its label, and that language. */
  readonly otherLanguage: { readonly label: string; readonly lang: Lang };
  readonly startHeading: string;
  readonly startIntro: string;
  /** Where the workbook goes (nowhere). */
  readonly privacy: string;
  /** The drop zone's text, and its text while a file is dragged over it. */
  readonly dropZone: string;
  readonly dropZoneHint: string;
  readonly dropZoneActive: string;
  readonly chooseFile: string;
  readonly tryExample: string;
  /** Accessible name of the hidden file input. */
  readonly fileInputLabel: string;
  readonly opening: (fileName: string) => string;
  readonly openingExample: string;
  /** Accessible name of the notices region, and of each notice's dismiss button. */
  readonly noticesLabel: string;
  readonly dismiss: string;
  /** The toolbar above the workbook. */
  readonly toolbarLabel: string;
  readonly openAnother: string;
  /** Label of each download button, and of each item of the survey charts' menu. */
  readonly downloads: Readonly<Record<DownloadKind, string>>;
  /** The menu of the org chart's downloads. */
  readonly orgChartMenu: string;
  /** The menu of the survey's charts (shown only when the workbook has a survey). */
  readonly surveyCharts: string;
  /** Why the survey's charts cannot be made: the survey has gone since the menu was shown. */
  readonly noSurvey: string;
  /**
   * Words added to the workbook's name in the charts' and the job descriptions' file names
   * (the workbook's own download is always `… (Service Org Designer).xlsx`).
   */
  readonly fileNameWords: {
    readonly chart: string;
    readonly jobDescriptions: string;
    readonly surveyRadar: string;
    readonly surveyGaps: string;
  };
  /** The grid side of the page. */
  readonly workbookRegion: (fileName: string) => string;
  readonly sheetsLabel: string;
  readonly gridLabel: (sheet: string) => string;
  readonly loadingSheet: string;
  readonly noSheets: string;
  readonly emptySheet: string;
  readonly moreRows: (shown: number, more: number) => string;
  readonly selectedCell: (sheet: string, a1: string) => string;
  readonly selectionBeyond: (a1: string) => string;
  /** Titles of the notices shown when something fails. */
  readonly failed: {
    readonly open: string;
    readonly example: string;
    readonly sheet: string;
    readonly download: Readonly<Record<DownloadKind, string>>;
    /** The page itself broke (the error boundary). */
    readonly page: string;
  };
  readonly wrongType: (fileName: string) => string;
  readonly startAgain: string;
}

const n = (v: number) => v.toLocaleString('en');

/** The preview page's dictionary. zh-CN is written for Chinese HR users, not machine-translated. */
export const PREVIEW_STRINGS: Readonly<Record<Lang, PreviewStrings>> = {
  en: {
    pageTitle: 'Service Org Designer — browser preview',
    productName: 'Service Org Designer',
    previewTag: 'Browser preview',
    otherLanguage: { label: '中文', lang: 'zh-CN' },
    startHeading: 'Use the task pane on a workbook, without Excel',
    startIntro:
      'Open an Excel workbook with your roles, reporting lines and responsibility matrix, or try the bundled example. The same task pane as in Excel checks it and writes the job descriptions, org chart and gap summary; then download the result.',
    privacy:
      'Your workbook never leaves this browser: it is read and changed inside this page, nothing is uploaded and no request is made with it.',
    dropZone: 'Drop a workbook here',
    dropZoneHint: 'or press to choose an .xlsx or .xlsm file',
    dropZoneActive: 'Release to open the workbook',
    chooseFile: 'Choose a workbook…',
    tryExample: 'Try the example',
    fileInputLabel: 'Workbook file',
    opening: (fileName) => `Opening ${fileName}…`,
    openingExample: 'Opening the example…',
    noticesLabel: 'Preview messages',
    dismiss: 'Dismiss',
    toolbarLabel: 'Workbook',
    openAnother: 'Open another workbook',
    downloads: {
      workbook: 'Download workbook (.xlsx)',
      chartSvg: 'Org chart (SVG)',
      chartPng: 'Org chart (PNG)',
      jobDescriptions: 'Job descriptions (.docx)',
      surveyRadarSvg: 'Expectation and perception radar (SVG)',
      surveyRadarPng: 'Expectation and perception radar (PNG)',
      surveyGapsSvg: 'Gap bars by dimension (SVG)',
      surveyGapsPng: 'Gap bars by dimension (PNG)',
    },
    orgChartMenu: 'Org chart',
    surveyCharts: 'Survey charts',
    noSurvey:
      'This workbook has no survey (a Survey sheet with RespondentId, Dimension, Item, Expectation and Perception).',
    fileNameWords: {
      chart: 'org chart',
      jobDescriptions: 'job descriptions',
      surveyRadar: 'service quality radar',
      surveyGaps: 'service quality gaps',
    },
    workbookRegion: (fileName) => `Workbook ${fileName}`,
    sheetsLabel: 'Sheets',
    gridLabel: (sheet) => `Sheet ${sheet} (read-only)`,
    loadingSheet: 'Loading the sheet…',
    noSheets: 'This workbook has no sheets to show.',
    emptySheet: 'This sheet is empty.',
    moreRows: (shown, more) =>
      `Showing the first ${n(shown)} rows; ${n(more)} more rows are not shown.`,
    selectedCell: (sheet, a1) => `Selected: ${sheet}!${a1}`,
    selectionBeyond: (a1) => `${a1} is past the rows shown here.`,
    failed: {
      open: 'Could not open the workbook',
      example: 'Could not open the example',
      sheet: 'Could not show the sheet',
      download: {
        workbook: 'Could not download the workbook',
        chartSvg: 'Could not make the org chart (SVG)',
        chartPng: 'Could not make the org chart (PNG)',
        jobDescriptions: 'Could not make the job descriptions',
        surveyRadarSvg: 'Could not make the survey radar chart (SVG)',
        surveyRadarPng: 'Could not make the survey radar chart (PNG)',
        surveyGapsSvg: 'Could not make the survey gap chart (SVG)',
        surveyGapsPng: 'Could not make the survey gap chart (PNG)',
      },
      page: 'Something went wrong on this page',
    },
    wrongType: (fileName) => `${fileName} is not an Excel workbook: choose an .xlsx or .xlsm file.`,
    startAgain: 'Start again',
  },
  'zh-CN': {
    pageTitle: '服务组织设计器 — 浏览器预览',
    productName: '服务组织设计器',
    previewTag: '浏览器预览',
    otherLanguage: { label: 'English', lang: 'en' },
    startHeading: '无需 Excel，在浏览器中使用任务窗格',
    startIntro:
      '打开含有岗位、汇报关系和职责矩阵的 Excel 工作簿，或试用内置示例。与 Excel 中相同的任务窗格会检查工作簿，并生成岗位说明书、组织结构图和差距汇总；完成后即可下载结果。',
    privacy: '工作簿始终留在本浏览器中：只在此页面内读取和修改，不会上传到任何地方。',
    dropZone: '将工作簿拖放到此处',
    dropZoneHint: '或按此选择 .xlsx 或 .xlsm 文件',
    dropZoneActive: '松开即可打开工作簿',
    chooseFile: '选择工作簿…',
    tryExample: '试用示例',
    fileInputLabel: '工作簿文件',
    opening: (fileName) => `正在打开 ${fileName}…`,
    openingExample: '正在打开示例…',
    noticesLabel: '预览消息',
    dismiss: '关闭',
    toolbarLabel: '工作簿',
    openAnother: '打开其他工作簿',
    downloads: {
      workbook: '下载工作簿 (.xlsx)',
      chartSvg: '组织结构图 (SVG)',
      chartPng: '组织结构图 (PNG)',
      jobDescriptions: '岗位说明书 (.docx)',
      surveyRadarSvg: '期望与感知雷达图 (SVG)',
      surveyRadarPng: '期望与感知雷达图 (PNG)',
      surveyGapsSvg: '各维度差距条形图 (SVG)',
      surveyGapsPng: '各维度差距条形图 (PNG)',
    },
    orgChartMenu: '组织结构图',
    surveyCharts: '问卷图表',
    noSurvey: '此工作簿没有问卷（含受访者编号、维度、题项、期望、感知列的“问卷”工作表）。',
    fileNameWords: {
      chart: '组织结构图',
      jobDescriptions: '岗位说明书',
      surveyRadar: '服务质量雷达图',
      surveyGaps: '服务质量差距图',
    },
    workbookRegion: (fileName) => `工作簿 ${fileName}`,
    sheetsLabel: '工作表',
    gridLabel: (sheet) => `工作表 ${sheet}（只读）`,
    loadingSheet: '正在加载工作表…',
    noSheets: '此工作簿没有可显示的工作表。',
    emptySheet: '此工作表为空。',
    moreRows: (shown, more) => `仅显示前 ${n(shown)} 行，另有 ${n(more)} 行未显示。`,
    selectedCell: (sheet, a1) => `已选中：${sheet}!${a1}`,
    selectionBeyond: (a1) => `${a1} 不在此处显示的行内。`,
    failed: {
      open: '无法打开工作簿',
      example: '无法打开示例',
      sheet: '无法显示该工作表',
      download: {
        workbook: '无法下载工作簿',
        chartSvg: '无法生成组织结构图 (SVG)',
        chartPng: '无法生成组织结构图 (PNG)',
        jobDescriptions: '无法生成岗位说明书',
        surveyRadarSvg: '无法生成问卷雷达图 (SVG)',
        surveyRadarPng: '无法生成问卷雷达图 (PNG)',
        surveyGapsSvg: '无法生成问卷差距图 (SVG)',
        surveyGapsPng: '无法生成问卷差距图 (PNG)',
      },
      page: '页面出错了',
    },
    wrongType: (fileName) => `${fileName} 不是 Excel 工作簿：请选择 .xlsx 或 .xlsm 文件。`,
    startAgain: '重新开始',
  },
};

/** The strings for a language. */
export function previewStrings(lang: Lang): PreviewStrings {
  return PREVIEW_STRINGS[lang];
}
