import type { AuditResult } from '../audit/auditWorkbook';
import type { Lang } from '../i18n/lang';
import { findingsPlan } from './findingsPlan';
import { gapSummaryPlan } from './gapSummaryPlan';
import { jobDescriptionsPlan } from './jobDescriptionsPlan';
import { orgChartPlan } from './orgChartPlan';
import type { OutputKind } from './outputKind';
import { serviceQualityPlan } from './serviceQualityPlan';
import type { SheetPlan } from './sheetPlan';

/** The sheet plan of each output asked for, in the order asked. */
export function outputPlans(
  audit: AuditResult,
  kinds: readonly OutputKind[],
  lang: Lang,
  title: string,
): { kind: OutputKind; plan: SheetPlan }[] {
  return kinds.map((kind) => ({ kind, plan: planOf(audit, kind, lang, title) }));
}

function planOf(audit: AuditResult, kind: OutputKind, lang: Lang, title: string): SheetPlan {
  switch (kind) {
    case 'findings':
      return findingsPlan(audit.diagnostics, lang);
    case 'gapSummary':
      return gapSummaryPlan(audit.gapSummary, lang, {
        title,
        serviceQuality: audit.serviceQuality,
      });
    case 'serviceQuality':
      return serviceQualityPlan(audit.serviceQuality, audit.gapSummary.fiveGaps, lang, { title });
    case 'jobDescriptions':
      return jobDescriptionsPlan(audit.jobDescriptions, lang, { title });
    case 'orgChart':
      return orgChartPlan(audit.organisation, { lang, findings: audit.diagnostics });
  }
}
