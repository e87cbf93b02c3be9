import type { DiagnosticArea } from '../../core/i18n/diagnosticCatalog';
import { qualifiedA1 } from '../../core/model/address';
import type { Diagnostic, Severity } from '../../core/model/diagnostic';
import { diagnosticArea } from './diagnosticArea';

/** Findings about one role: the subject is its id and the cell is on its own sheet. */
export interface RoleFilter {
  readonly id: string;
  readonly sheet: string;
  /** Shown in the filter's label. */
  readonly title?: string;
}

/** What the Validate section shows. */
export interface FindingFilter {
  /** Severities shown; empty: all. */
  readonly severities: ReadonlySet<Severity>;
  readonly area: DiagnosticArea | 'all';
  /** Words to find in the message, code, address or subject (case-insensitive). */
  readonly text: string;
  readonly role?: RoleFilter;
}

/** Whether a finding is about a role (as the org chart's badges count them). */
export function isAboutRole(d: Diagnostic, role: RoleFilter): boolean {
  return d.subject === role.id && d.location.sheet === role.sheet;
}

/** The findings a filter lets through, in their order. */
export function filterFindings(
  diagnostics: readonly Diagnostic[],
  filter: FindingFilter,
): Diagnostic[] {
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const { severities, role, area } = filter;
  return diagnostics.filter((d) => {
    if (severities.size > 0 && !severities.has(d.severity)) return false;
    if (role && !isAboutRole(d, role)) return false;
    if (area !== 'all' && diagnosticArea(d.code) !== area) return false;
    if (words.length === 0) return true;
    const haystack =
      `${d.message}\n${d.code}\n${qualifiedA1(d.location.sheet, d.location.a1)}\n${d.subject ?? ''}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
