import type { Diagnostic } from '../model/diagnostic';
import type { Grid } from '../model/grid';
import type { Organisation } from '../model/organisation';
import { readWorkbook, type ReadOptions } from '../read/readWorkbook';

export interface AuditSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly roles: number;
  /** Sum of authorised headcount (posts; groups count their people). */
  readonly headcount: number;
  readonly functions: number;
  readonly assignments: number;
  /** Roles that report to nobody. */
  readonly heads: number;
}

export interface AuditResult {
  readonly organisation: Organisation;
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: AuditSummary;
  /** False when the input has nothing to work on (the CLI exits 2). */
  readonly usable: boolean;
}

export function summarise(org: Organisation, diagnostics: readonly Diagnostic[]): AuditSummary {
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  const headcount = org.roles.reduce((n, r) => n + r.headcount, 0);
  return {
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    roles: org.roles.length,
    headcount: Number(headcount.toPrecision(12)),
    functions: org.functions.length,
    assignments: org.assignments.length,
    heads: org.roles.filter((r) => r.reportsTo === null).length,
  };
}

/** Read a workbook's grids and check them; the analyses of later stages join here. */
export function auditWorkbook(grids: readonly Grid[], options: ReadOptions = {}): AuditResult {
  const read = readWorkbook(grids, options);
  return {
    organisation: read.organisation,
    diagnostics: read.diagnostics,
    summary: summarise(read.organisation, read.diagnostics),
    usable: read.usable,
  };
}
