/** The pure core: grids in; model, diagnostics and output plans out. */
export * from './model/ids';
export * from './model/grid';
export * from './model/address';
export * from './model/diagnostic';
export * from './model/role';
export * from './model/responsibility';
export * from './model/policy';
export * from './model/organisation';
export * from './i18n/lang';
export * from './i18n/fieldLabels';
export * from './i18n/diagnosticCatalog';
export { relocalise, renderMessage } from './read/diagnosticCollector';
export {
  parseColumnMapping,
  type ColumnMapping,
  type SourceMapping,
  type MappingParse,
} from './read/columnMapping';
export { readWorkbook, type ReadOptions, type ReadResult } from './read/readWorkbook';
export { POLICY_SETTINGS, type SettingSpec } from './read/policySettings';
export {
  auditWorkbook,
  summarise,
  type AuditResult,
  type AuditSummary,
} from './audit/auditWorkbook';
export type {
  DimensionQuality,
  ItemQuality,
  OverallQuality,
  ServiceQuality,
} from './analyze/serviceQuality';
export * from './render/sheetPlan';
export { findingsPlan, sortFindings } from './render/findingsPlan';
export { templatePlans } from './render/templatePlan';
