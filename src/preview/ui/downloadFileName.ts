import type { DownloadKind, PreviewStrings } from './previewStrings';

/** A file name without its last extension: `Org v2.xlsx` → `Org v2` (a name with none stays). */
export function withoutExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** The extension each download is saved with. */
const EXTENSION: Readonly<Record<DownloadKind, string>> = {
  workbook: 'xlsx',
  chartSvg: 'svg',
  chartPng: 'png',
  jobDescriptions: 'docx',
  surveyRadarSvg: 'svg',
  surveyRadarPng: 'png',
  surveyGapsSvg: 'svg',
  surveyGapsPng: 'png',
};

/** The words a download's file name adds to the workbook's name. */
function wordsOf(kind: DownloadKind, words: PreviewStrings['fileNameWords']): string {
  switch (kind) {
    case 'workbook':
      return 'Service Org Designer';
    case 'jobDescriptions':
      return words.jobDescriptions;
    case 'chartSvg':
    case 'chartPng':
      return words.chart;
    case 'surveyRadarSvg':
    case 'surveyRadarPng':
      return words.surveyRadar;
    case 'surveyGapsSvg':
    case 'surveyGapsPng':
      return words.surveyGaps;
  }
}

/**
 * The name a download is saved under, from the name the workbook was opened from:
 * `Org.xlsx` → `Org (Service Org Designer).xlsx`, `Org (org chart).svg`, `Org (岗位说明书).docx`,
 * `Org (service quality radar).png`.
 */
export function downloadFileName(
  kind: DownloadKind,
  workbookFileName: string,
  words: PreviewStrings['fileNameWords'],
): string {
  return `${withoutExtension(workbookFileName)} (${wordsOf(kind, words)}).${EXTENSION[kind]}`;
}

/** Whether a file's name says it is a workbook the preview reads (.xlsx or .xlsm). */
export function isWorkbookFileName(fileName: string): boolean {
  return /\.(xlsx|xlsm)$/i.test(fileName.trim());
}
