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
};

/**
 * The name a download is saved under, from the name the workbook was opened from:
 * `Org.xlsx` → `Org (Service Org Designer).xlsx`, `Org (org chart).svg`, `Org (岗位说明书).docx`.
 */
export function downloadFileName(
  kind: DownloadKind,
  workbookFileName: string,
  words: PreviewStrings['fileNameWords'],
): string {
  const base = withoutExtension(workbookFileName);
  const what =
    kind === 'workbook'
      ? 'Service Org Designer'
      : kind === 'jobDescriptions'
        ? words.jobDescriptions
        : words.chart;
  return `${base} (${what}).${EXTENSION[kind]}`;
}

/** Whether a file's name says it is a workbook the preview reads (.xlsx or .xlsm). */
export function isWorkbookFileName(fileName: string): boolean {
  return /\.(xlsx|xlsm)$/i.test(fileName.trim());
}
