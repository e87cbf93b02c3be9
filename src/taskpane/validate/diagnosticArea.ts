import {
  DIAGNOSTIC_CATALOG,
  type DiagnosticArea,
  type DiagnosticSpec,
} from '../../core/i18n/diagnosticCatalog';

/** The areas in the order findings are grouped: from the input tables to the analyses. */
export const AREA_ORDER: readonly DiagnosticArea[] = [
  'input',
  'mapping',
  'cells',
  'roles',
  'structure',
  'responsibilities',
  'workload',
  'staffing',
  'jobs',
  'survey',
  'policy',
];

const CATALOG: Readonly<Record<string, DiagnosticSpec>> = DIAGNOSTIC_CATALOG;

/** The area a finding's code belongs to; a code the catalog does not know counts as input. */
export function diagnosticArea(code: string): DiagnosticArea {
  return CATALOG[code]?.area ?? 'input';
}
