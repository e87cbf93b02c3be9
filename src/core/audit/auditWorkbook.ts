import { analyseResponsibility } from '../analyze/analyseResponsibility';
import { analyseStaffing } from '../analyze/analyseStaffing';
import { analyseStructure } from '../analyze/analyseStructure';
import { analyseWorkload } from '../analyze/analyseWorkload';
import type { GapSummary } from '../analyze/gapSummary';
import type { JobDescription } from '../analyze/jobDescription';
import { buildJobDescriptions, validateJobDescriptions } from '../analyze/jobDescriptions';
import { buildOrgIndex } from '../analyze/orgIndex';
import { fiveGapModel } from '../analyze/fiveGapModel';
import { analyseServiceQuality, type ServiceQuality } from '../analyze/serviceQuality';
import type { Diagnostic } from '../model/diagnostic';
import type { Grid } from '../model/grid';
import type { Organisation } from '../model/organisation';
import { DiagnosticCollector } from '../read/diagnosticCollector';
import { readSurvey } from '../read/readSurvey';
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
  /**
   * Reading findings first (the workbook's, then the Survey's), then each analysis's (the
   * service-quality analysis's last), in a stable order.
   */
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: AuditSummary;
  readonly gapSummary: GapSummary;
  /** One job description per role, in input order. */
  readonly jobDescriptions: readonly JobDescription[];
  /** The service-quality survey's analysis; absent when the workbook has no survey. */
  readonly serviceQuality?: ServiceQuality;
  /** False when the input has nothing to work on (the CLI exits 2). */
  readonly usable: boolean;
}

export function summarise(org: Organisation, diagnostics: readonly Diagnostic[]): AuditSummary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  const headcount = org.roles.reduce((n, r) => n + r.headcount, 0);
  return {
    errors,
    warnings,
    infos,
    roles: org.roles.length,
    headcount: Number(headcount.toPrecision(12)),
    functions: org.functions.length,
    assignments: org.assignments.length,
    heads: org.roles.filter((r) => r.reportsTo === null).length,
  };
}

export interface AuditOptions extends ReadOptions {
  /**
   * The date job analyses are judged against (ISO `YYYY-MM-DD`); default today. Fix it for
   * reproducible outputs — the CLI's `--as-of`.
   */
  readonly asOf?: string;
}

/**
 * Read a workbook's grids, then analyse responsibility, workload, structure, staffing, job
 * descriptions and, when the workbook has a Survey, service quality.
 */
export function auditWorkbook(grids: readonly Grid[], options: AuditOptions = {}): AuditResult {
  const read = readWorkbook(grids, options);
  const org = read.organisation;
  const surveyFindings = new DiagnosticCollector(options.lang ?? 'en');
  const survey = readSurvey(grids, org.policy, surveyFindings);
  const collector = new DiagnosticCollector(options.lang ?? 'en');
  const index = buildOrgIndex(org);
  const responsibility = analyseResponsibility(org, index, collector);
  const workload = analyseWorkload(org, index, collector);
  const structure = analyseStructure(org, index, collector);
  const staffing = analyseStaffing(org, index, collector);
  validateJobDescriptions(
    org,
    index,
    collector,
    options.asOf ?? new Date().toISOString().slice(0, 10),
  );
  const serviceQuality = survey
    ? analyseServiceQuality(survey, { policy: org.policy }, collector)
    : undefined;
  const fiveGaps = fiveGapModel({
    org,
    responsibility,
    workload,
    structure,
    staffing,
    findings: collector.list,
    overall: serviceQuality?.overall ?? { gap: null, csi: null },
    dimensions: serviceQuality?.dimensions ?? [],
  });
  const diagnostics = [...read.diagnostics];
  for (const d of surveyFindings.list) diagnostics.push(d);
  for (const d of collector.list) diagnostics.push(d);
  const jobDescriptions = buildJobDescriptions(org, index, diagnostics);
  const summary = summarise(org, diagnostics);
  return {
    organisation: org,
    diagnostics,
    summary,
    gapSummary: {
      totals: {
        roles: summary.roles,
        headcount: summary.headcount,
        functions: summary.functions,
        assignments: summary.assignments,
        errors: summary.errors,
        warnings: summary.warnings,
        infos: summary.infos,
      },
      responsibility,
      workload,
      structure,
      staffing,
      fiveGaps,
    },
    jobDescriptions,
    ...(serviceQuality === undefined ? {} : { serviceQuality }),
    usable: read.usable,
  };
}
