import type { PaneLang } from '../strings';
import type { OutputKind, ProgressStage } from '../workbookPort';

/** The Generate section's text, in one language. */
export interface GenerateStrings {
  readonly heading: string;
  readonly intro: string;
  readonly outputsLabel: string;
  readonly all: string;
  /** What each output holds, under its checkbox. */
  readonly describe: Readonly<Record<OutputKind, string>>;
  /** Under Service Quality when the workbook has no survey. */
  readonly noSurvey: string;
  readonly chooseOne: string;
  readonly generate: string;
  readonly cancel: string;
  readonly progressLabel: string;
  readonly starting: string;
  readonly step: (step: number, steps: number, stage: string) => string;
  readonly stages: Readonly<Record<ProgressStage, string>>;
  readonly doneTitle: string;
  /** The sheets written: an output's name, and its sheet when that is named otherwise. */
  readonly written: (items: readonly { label: string; sheet: string }[]) => string;
  readonly cancelledTitle: string;
  readonly cancelledBody: string;
  readonly failed: string;
}

export const GENERATE_STRINGS: Readonly<Record<PaneLang, GenerateStrings>> = {
  en: {
    heading: 'Generate sheets',
    intro:
      'Writes the chosen outputs from a fresh check of the inputs. Sheets this add-in wrote before are replaced; your own sheets are never overwritten.',
    outputsLabel: 'Outputs',
    all: 'All outputs',
    describe: {
      findings: 'Every problem found, with a link to its cell.',
      gapSummary:
        'Gaps, overlaps, workload, spans of control, staffing and the five-gap model, with charts.',
      serviceQuality:
        'Survey gaps by dimension, the weighted score and CSI, what to fix first, with a radar chart.',
      jobDescriptions: 'A print-ready job description for every role.',
      orgChart: 'The org chart as shapes you can edit and print.',
    },
    noSurvey:
      'No survey in this workbook yet: the sheet explains how to add one and lists the five-gap checklist.',
    chooseOne: 'Choose at least one output.',
    generate: 'Generate',
    cancel: 'Cancel',
    progressLabel: 'Progress',
    starting: 'Starting…',
    step: (step, steps, stage) => `Step ${step} of ${steps}: ${stage}`,
    stages: {
      read: 'Reading the inputs',
      analyse: 'Analysing the organisation',
      findings: 'Writing Findings',
      gapSummary: 'Writing Gap Summary',
      serviceQuality: 'Writing Service Quality',
      jobDescriptions: 'Writing Job Descriptions',
      orgChart: 'Drawing the Org Chart',
      write: 'Saving to the workbook',
    },
    doneTitle: 'Sheets written',
    written: (items) =>
      items
        .map(({ label, sheet }) => (label === sheet ? sheet : `${label} (sheet ${sheet})`))
        .join(', ') + '.',
    cancelledTitle: 'Generation cancelled',
    cancelledBody: 'The workbook was left as it was.',
    failed: 'Could not generate the sheets',
  },
  'zh-CN': {
    heading: '生成工作表',
    intro:
      '根据对输入表的最新检查生成所选结果。本加载项以前生成的工作表会被替换，您自己的工作表不会被覆盖。',
    outputsLabel: '生成内容',
    all: '全部',
    describe: {
      findings: '列出发现的每个问题，并链接到对应单元格。',
      gapSummary: '职责空白与重叠、工作量、管理幅度、人员配置和五差距模型，附图表。',
      serviceQuality: '问卷各维度差距、加权得分与 CSI、改善重点，附雷达图。',
      jobDescriptions: '为每个岗位生成可直接打印的岗位说明书。',
      orgChart: '以可编辑、可打印的图形绘制组织结构图。',
    },
    noSurvey: '工作簿中尚无问卷：生成的工作表会说明如何添加问卷，并列出五差距检查清单。',
    chooseOne: '请至少选择一项。',
    generate: '生成',
    cancel: '取消',
    progressLabel: '进度',
    starting: '正在开始…',
    step: (step, steps, stage) => `第 ${step} 步，共 ${steps} 步：${stage}`,
    stages: {
      read: '读取输入表',
      analyse: '分析组织',
      findings: '写入检查结果',
      gapSummary: '写入差距汇总',
      serviceQuality: '写入服务质量',
      jobDescriptions: '写入岗位说明书',
      orgChart: '绘制组织结构图',
      write: '保存到工作簿',
    },
    doneTitle: '工作表已生成',
    written: (items) =>
      items
        .map(({ label, sheet }) => (label === sheet ? sheet : `${label}（工作表“${sheet}”）`))
        .join('、') + '。',
    cancelledTitle: '已取消生成',
    cancelledBody: '工作簿保持原样。',
    failed: '无法生成工作表',
  },
};
