import { qualifiedA1 } from '../core/model/address';
import type { Diagnostic, Severity } from '../core/model/diagnostic';
import type { AuditSummary } from '../core/audit/auditWorkbook';
import type { Lang } from '../core/i18n/lang';
import { sortFindings } from '../core/render/findingsPlan';

const COLOURS: Readonly<Record<Severity, string>> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
};
const RESET = '\x1b[0m';
const LABEL: Readonly<Record<Lang, Record<Severity, string>>> = {
  en: { error: 'error', warning: 'warning', info: 'info' },
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
};

export function summaryLine(s: AuditSummary, lang: Lang): string {
  if (lang === 'zh-CN') {
    return `错误 ${s.errors} 项，警告 ${s.warnings} 项，提示 ${s.infos} 项 · 岗位 ${s.roles} 个（编制 ${s.headcount}）· 职能 ${s.functions} 项`;
  }
  const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
  return `${n(s.errors, 'error')}, ${n(s.warnings, 'warning')}, ${n(s.infos, 'note')} · ${n(s.roles, 'role')} (headcount ${s.headcount}) · ${n(s.functions, 'function')}`;
}

/** Findings as a linter prints them: severity, code, Sheet!A1, message; errors first. */
export function formatFindings(
  file: string,
  diagnostics: readonly Diagnostic[],
  summary: AuditSummary,
  opts: { lang: Lang; colour: boolean; quiet: boolean },
): string {
  const shown = sortFindings(diagnostics).filter((d) => !opts.quiet || d.severity === 'error');
  const codeWidth = shown.reduce((w, d) => Math.max(w, d.code.length), 0);
  const where = shown.map((d) => qualifiedA1(d.location.sheet, d.location.a1));
  const whereWidth = where.reduce((w, s) => Math.max(w, s.length), 0);
  const lines = [file];
  shown.forEach((d, i) => {
    const sev = LABEL[opts.lang][d.severity].padEnd(opts.lang === 'zh-CN' ? 4 : 7);
    const s = opts.colour ? `${COLOURS[d.severity]}${sev}${RESET}` : sev;
    lines.push(
      `  ${s} ${d.code.padEnd(codeWidth)}  ${(where[i] ?? '').padEnd(whereWidth)}  ${d.message}`,
    );
  });
  lines.push(`  ${summaryLine(summary, opts.lang)}`);
  return `${lines.join('\n')}\n`;
}
