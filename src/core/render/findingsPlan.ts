import { parseRangeA1, qualifiedA1 } from '../model/address';
import type { Diagnostic, Severity } from '../model/diagnostic';
import { SEVERITY_ORDER } from '../model/diagnostic';
import type { Lang } from '../i18n/lang';
import type { PlanCell, SheetPlan } from './sheetPlan';

const LABELS = {
  en: {
    sheet: 'Findings',
    title: 'Findings',
    headers: ['Severity', 'Code', 'Message', 'Location', 'About'],
    severity: { error: 'Error', warning: 'Warning', info: 'Info' } as Record<Severity, string>,
    summary: (e: number, w: number, i: number) =>
      [
        [e, 'error'],
        [w, 'warning'],
        [i, 'note'],
      ]
        .map(([k, one]) => `${k} ${one}${k === 1 ? '' : 's'}`)
        .join(', '),
    none: 'No findings.',
    more: (n: number) => `… and ${n} more findings, not shown: see "service-org audit --json".`,
  },
  'zh-CN': {
    sheet: '检查结果',
    title: '检查结果',
    headers: ['级别', '代码', '说明', '位置', '对象'],
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    summary: (e: number, w: number, i: number) => `错误 ${e} 项，警告 ${w} 项，提示 ${i} 项`,
    none: '没有发现问题。',
    more: (n: number) => `…… 另有 ${n} 项未列出：请查看 service-org audit --json 的输出。`,
  },
} as const;

/** Most finding rows in the sheet, well under Excel's 1,048,576 rows. */
export const FINDINGS_MAX_ROWS = 1_000_000;

/** Order findings for people: errors first, then by sheet and row as they appear. */
export function sortFindings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => SEVERITY_ORDER[a.d.severity] - SEVERITY_ORDER[b.d.severity] || a.i - b.i)
    .map((x) => x.d);
}

/** The Findings sheet: one row per diagnostic, each linking to its cell. */
export function findingsPlan(
  diagnostics: readonly Diagnostic[],
  lang: Lang,
  maxRows: number = FINDINGS_MAX_ROWS,
): SheetPlan {
  const L = LABELS[lang];
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  const rows: (PlanCell | string | null)[][] = [
    [{ value: L.title, style: 'title' }],
    [{ value: L.summary(count('error'), count('warning'), count('info')), style: 'summary' }],
    L.headers.map((h) => ({ value: h, style: 'header' })),
  ];
  const sorted = sortFindings(diagnostics);
  // Excel stops at row 1,048,576: keep clear of it and say what was left out (errors come first).
  const shown = sorted.length > maxRows ? sorted.slice(0, maxRows) : sorted;
  for (const d of shown) {
    // Link to the first cell of a range so Excel selects something sensible.
    const range = parseRangeA1(d.location.a1);
    const target = range ? (d.location.a1.split(':')[0] ?? d.location.a1) : d.location.a1;
    rows.push([
      { value: L.severity[d.severity], style: d.severity },
      { value: d.code, style: 'code' },
      { value: d.message, style: 'wrap' },
      {
        value: qualifiedA1(d.location.sheet, d.location.a1),
        style: 'link',
        link: { kind: 'cell', sheet: d.location.sheet, a1: target },
      },
      d.subject ?? null,
    ]);
  }
  if (diagnostics.length === 0) rows.push([{ value: L.none, style: 'wrap' }]);
  if (shown.length < sorted.length)
    rows.push([null, null, { value: L.more(sorted.length - shown.length), style: 'wrap' }]);
  const last = rows.length;
  return {
    name: L.sheet,
    rows,
    columnWidths: [10, 28, 90, 22, 16],
    freeze: { rows: 3, cols: 0 },
    autoFilter: `A3:E${Math.max(3, last)}`,
    tabColor: '#C50F1F',
    styles: {
      title: { bold: true, fontSize: 14 },
      summary: { italic: true, fontColor: '#424242' },
      header: { bold: true, fill: '#E0E0E0', border: '#BDBDBD' },
      error: { bold: true, fontColor: '#C50F1F', fill: '#FDE7E9', vertical: 'top' },
      warning: { bold: true, fontColor: '#8A3707', fill: '#FFF4CE', vertical: 'top' },
      info: { fontColor: '#0F6CBD', fill: '#EBF3FC', vertical: 'top' },
      code: { fontColor: '#424242', vertical: 'top' },
      wrap: { wrap: true, vertical: 'top' },
      link: { fontColor: '#0F6CBD', underline: true, vertical: 'top' },
    },
    print: { orientation: 'landscape', fitToWidth: true, titleRows: '3:3' },
  };
}
