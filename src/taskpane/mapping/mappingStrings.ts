import type { PaneLang } from '../strings';

/** The "Map columns…" dialog's text, in one language. */
export interface MappingStrings {
  readonly title: string;
  readonly intro: string;
  readonly tablesLabel: string;
  readonly loadingSheets: string;
  readonly noSheets: string;
  readonly sheet: string;
  readonly notMapped: string;
  readonly headerRow: string;
  /** A header row option: its number and the first headers in it. */
  readonly headerRowOption: (row: number, preview: string) => string;
  /** The automatic header row option, with the row the reader would take. */
  readonly headerRowAuto: (row: number, preview: string) => string;
  /** A saved sheet name or pattern and how many of the workbook's sheets it matches. */
  readonly sheetPattern: (pattern: string, matches: number) => string;
  /** The further sheets a saved mapping reads for this table, kept on save. */
  readonly furtherSources: (sheets: string) => string;
  readonly emptyRow: string;
  readonly columnsHeading: string;
  readonly automatic: string;
  readonly rootCodes: string;
  readonly rootCodesHint: string;
  readonly form: string;
  readonly formAuto: string;
  readonly formMatrix: string;
  readonly formLong: string;
  /** A header chosen for two fields. */
  readonly duplicate: (header: string, field: string) => string;
  readonly nothingMapped: string;
  readonly save: string;
  readonly clear: string;
  readonly cancel: string;
  readonly saved: string;
  readonly cleared: string;
  readonly failed: {
    readonly sheets: string;
    readonly save: string;
    readonly clear: string;
  };
}

export const MAPPING_STRINGS: Readonly<Record<PaneLang, MappingStrings>> = {
  en: {
    title: 'Map columns',
    intro:
      'Tell the add-in which sheet holds each table and which column holds each field. Fields left on Automatic are matched by their header (English or Chinese). The mapping is saved in this workbook.',
    tablesLabel: 'Tables',
    loadingSheets: 'Reading the sheets…',
    noSheets: 'This workbook has no sheets to map.',
    sheet: 'Sheet',
    notMapped: '— Not mapped —',
    headerRow: 'Header row',
    headerRowOption: (row, preview) => `Row ${row}: ${preview}`,
    headerRowAuto: (row, preview) => `Automatic (now row ${row}: ${preview})`,
    sheetPattern: (pattern, matches) =>
      matches === 0
        ? `${pattern} (saved; matches no sheet)`
        : `${pattern} (saved; matches ${matches} sheet${matches === 1 ? '' : 's'})`,
    furtherSources: (sheets) =>
      `The saved mapping also reads this table from ${sheets}. Those sources are kept as they are.`,
    emptyRow: '(empty)',
    columnsHeading: 'Columns',
    automatic: '— Automatic —',
    rootCodes: 'Top-of-tree codes',
    rootCodesHint:
      'ReportsTo values that mean "reports to nobody", such as XX. Separate several with commas.',
    form: 'Layout',
    formAuto: 'Automatic',
    formMatrix: 'Matrix: one column per role',
    formLong: 'Long: one row per function and role',
    duplicate: (header, field) => `"${header}" is already used for ${field}.`,
    nothingMapped: 'Choose a sheet for at least one table.',
    save: 'Save mapping',
    clear: 'Clear mapping',
    cancel: 'Cancel',
    saved: 'Column mapping saved',
    cleared: 'Column mapping cleared',
    failed: {
      sheets: 'Could not read the sheets',
      save: 'Could not save the column mapping',
      clear: 'Could not clear the column mapping',
    },
  },
  'zh-CN': {
    title: '设置列映射',
    intro:
      '指定每张表位于哪个工作表、每个字段对应哪一列。保留“自动”的字段将按列名（中文或英文）自动识别。列映射保存在本工作簿中。',
    tablesLabel: '表',
    loadingSheets: '正在读取工作表…',
    noSheets: '本工作簿中没有可映射的工作表。',
    sheet: '工作表',
    notMapped: '— 不映射 —',
    headerRow: '表头所在行',
    headerRowOption: (row, preview) => `第 ${row} 行：${preview}`,
    headerRowAuto: (row, preview) => `自动（当前为第 ${row} 行：${preview}）`,
    sheetPattern: (pattern, matches) =>
      matches === 0
        ? `${pattern}（已保存；没有匹配的工作表）`
        : `${pattern}（已保存；匹配 ${matches} 个工作表）`,
    furtherSources: (sheets) => `已保存的映射还从 ${sheets} 读取此表，这些来源将原样保留。`,
    emptyRow: '（空行）',
    columnsHeading: '列',
    automatic: '— 自动 —',
    rootCodes: '最高层代码',
    rootCodesHint: '“直接上级”列中表示没有上级的值，例如 XX。多个值用逗号分隔。',
    form: '表格形式',
    formAuto: '自动识别',
    formMatrix: '矩阵：每个岗位一列',
    formLong: '清单：每行一个职能和岗位',
    duplicate: (header, field) => `“${header}”已用于“${field}”。`,
    nothingMapped: '请至少为一张表选择工作表。',
    save: '保存列映射',
    clear: '清除列映射',
    cancel: '取消',
    saved: '列映射已保存',
    cleared: '列映射已清除',
    failed: {
      sheets: '无法读取工作表',
      save: '无法保存列映射',
      clear: '无法清除列映射',
    },
  },
};
