import type { SettingSpec } from '../../core/read/policySettings';

/** The groups the Policy settings are listed in. */
export type PolicyGroup =
  'span' | 'workload' | 'responsibilities' | 'jobs' | 'quality' | 'chart' | 'other';

export const POLICY_GROUPS: readonly PolicyGroup[] = [
  'span',
  'workload',
  'responsibilities',
  'jobs',
  'quality',
  'chart',
  'other',
];

const GROUP_OF: Readonly<Record<string, PolicyGroup>> = {
  MinSpan: 'span',
  MaxSpan: 'span',
  TargetSpan: 'span',
  MaxLayers: 'span',
  HoursPerFTE: 'workload',
  OverloadAbove: 'workload',
  UnderloadBelow: 'workload',
  WeightPrimary: 'workload',
  WeightPartial: 'workload',
  WeightSupport: 'workload',
  MaxPrimaryPerRole: 'responsibilities',
  JointOwnership: 'responsibilities',
  StaleAfterMonths: 'jobs',
  MinDuties: 'jobs',
  MaxDuties: 'jobs',
  WeightReliability: 'quality',
  WeightResponsiveness: 'quality',
  WeightAssurance: 'quality',
  WeightEmpathy: 'quality',
  WeightTangibles: 'quality',
  LikertMin: 'quality',
  LikertMax: 'quality',
  ChartStackFrom: 'chart',
  ChartGridFrom: 'chart',
};

/** The settings of each group, in POLICY_SETTINGS order; a setting of no known group goes to `other`. */
export function groupSettings(
  settings: readonly SettingSpec[],
): { readonly group: PolicyGroup; readonly settings: readonly SettingSpec[] }[] {
  return POLICY_GROUPS.map((group) => ({
    group,
    settings: settings.filter((s) => (GROUP_OF[s.key] ?? 'other') === group),
  })).filter((g) => g.settings.length > 0);
}
