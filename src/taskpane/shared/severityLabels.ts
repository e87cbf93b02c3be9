import type { Severity } from '../../core/model/diagnostic';
import type { PaneLang } from '../strings';

/** The severities in the order findings are listed: errors first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** How each severity is named in a heading or a filter (plural: a group of findings). */
export const SEVERITY_LABELS: Readonly<Record<PaneLang, Readonly<Record<Severity, string>>>> = {
  en: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
};
