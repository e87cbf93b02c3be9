import type { DiagnosticArea } from '../../core/i18n/diagnosticCatalog';
import type { Diagnostic, Severity } from '../../core/model/diagnostic';
import { SEVERITIES } from '../shared/severityLabels';
import { AREA_ORDER, diagnosticArea } from './diagnosticArea';

export interface AreaGroup {
  readonly area: DiagnosticArea;
  readonly findings: readonly Diagnostic[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly count: number;
  readonly areas: readonly AreaGroup[];
}

/** Findings by severity (errors first), then by area, each keeping the findings' order. */
export function groupFindings(diagnostics: readonly Diagnostic[]): SeverityGroup[] {
  const buckets = new Map<Severity, Map<DiagnosticArea, Diagnostic[]>>();
  for (const d of diagnostics) {
    let byArea = buckets.get(d.severity);
    if (!byArea) buckets.set(d.severity, (byArea = new Map()));
    const area = diagnosticArea(d.code);
    const list = byArea.get(area);
    if (list) list.push(d);
    else byArea.set(area, [d]);
  }
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const byArea = buckets.get(severity);
    if (!byArea) continue;
    const areas = AREA_ORDER.flatMap((area) => {
      const findings = byArea.get(area);
      return findings ? [{ area, findings }] : [];
    });
    groups.push({ severity, count: areas.reduce((n, a) => n + a.findings.length, 0), areas });
  }
  return groups;
}

/** How many findings there are of each severity and in each area. */
export function countFindings(diagnostics: readonly Diagnostic[]): {
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byArea: ReadonlyMap<DiagnosticArea, number>;
} {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byArea = new Map<DiagnosticArea, number>();
  for (const d of diagnostics) {
    bySeverity[d.severity]++;
    const area = diagnosticArea(d.code);
    byArea.set(area, (byArea.get(area) ?? 0) + 1);
  }
  return { bySeverity, byArea };
}
