import { auditWorkbook, type AuditResult } from '../../src/core/audit/auditWorkbook';
import { EXAMPLE_WORKBOOKS } from '../../src/core/example/exampleData';
import type { Lang } from '../../src/core/i18n/lang';
import type { Grid } from '../../src/core/model/grid';
import { inputStatus } from '../../src/core/read/inputStatus';
import { grid } from '../../src/core/testing/builders';
import type { InputTableStatus, WorkbookSnapshot } from '../../src/taskpane/workbookPort';

/** The date the example's job analyses are judged against, fixed so the findings are too. */
export const AS_OF = '2026-11-01';

/** The bundled example's sheets as grids (row 1 headers), in a language. */
export function exampleGrids(lang: Lang): Grid[] {
  return EXAMPLE_WORKBOOKS[lang].sheets.map((s) => grid(s.name, s.rows));
}

const audits = new Map<Lang, AuditResult>();

/** The real audit of the bundled example (cached: the tests only read it). */
export function exampleAudit(lang: Lang): AuditResult {
  let audit = audits.get(lang);
  if (!audit) {
    audit = auditWorkbook(exampleGrids(lang), { lang, asOf: AS_OF });
    audits.set(lang, audit);
  }
  return audit;
}

/** Where the audit found each input table, as the port reports it. */
export const inputsOf = (audit: AuditResult): InputTableStatus[] => inputStatus(audit.organisation);

/** A snapshot of a workbook holding the example, with no outputs yet unless given. */
export function exampleSnapshot(
  lang: Lang,
  overrides: Partial<WorkbookSnapshot> = {},
): WorkbookSnapshot {
  const audit = exampleAudit(lang);
  return { inputs: inputsOf(audit), audit, outputs: [], ...overrides };
}

/** A snapshot from any audit. */
export function snapshotOf(audit: AuditResult, overrides: Partial<WorkbookSnapshot> = {}) {
  return { inputs: inputsOf(audit), audit, outputs: [], ...overrides };
}

/** The example's snapshot as if the workbook had no survey. */
export function exampleSnapshotWithoutSurvey(lang: Lang): WorkbookSnapshot {
  const snap = exampleSnapshot(lang);
  const audit: AuditResult = { ...snap.audit };
  delete (audit as { serviceQuality?: unknown }).serviceQuality;
  return { ...snap, audit };
}
