import type { OutputKind } from '../workbookPort';
import type { PaneLang } from '../strings';

/**
 * The name of each output, as its sheet is called in that language (the CLI and the add-in
 * write the same sheet names: Findings 检查结果, Gap Summary 差距汇总, Service Quality 服务质量,
 * Job Descriptions 岗位说明书, Org Chart 组织结构图).
 */
export const OUTPUT_LABELS: Readonly<Record<PaneLang, Readonly<Record<OutputKind, string>>>> = {
  en: {
    findings: 'Findings',
    gapSummary: 'Gap Summary',
    serviceQuality: 'Service Quality',
    jobDescriptions: 'Job Descriptions',
    orgChart: 'Org Chart',
  },
  'zh-CN': {
    findings: '检查结果',
    gapSummary: '差距汇总',
    serviceQuality: '服务质量',
    jobDescriptions: '岗位说明书',
    orgChart: '组织结构图',
  },
};
