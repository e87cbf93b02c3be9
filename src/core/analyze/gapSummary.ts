import type { FiveGap } from './fiveGapModel';
import type { Location } from '../model/diagnostic';

/**
 * The Gap Summary: what a consultant reads first. Plain JSON-serialisable data, worst
 * offenders first in every list; rendered into a sheet plan by `gapSummaryPlan`.
 */

/** The span bands consultants use. */
export const SPAN_BANDS = ['1', '2–3', '4–7', '8–12', '13–16', '17+'] as const;
export type SpanBand = (typeof SPAN_BANDS)[number];

/** Why a function has no primary owner. */
export type GapKind = 'unassigned' | 'no-primary' | 'partial-only';

export interface FunctionGap {
  readonly functionId: string;
  readonly statement: string;
  readonly area?: string;
  readonly effort?: number;
  readonly kind: GapKind;
  /** Roles involved (partial or support), by id. */
  readonly involved: readonly string[];
  readonly location: Location;
}

export interface FunctionOverlap {
  readonly functionId: string;
  readonly statement: string;
  readonly area?: string;
  readonly primaries: readonly string[];
  /** True when Policy allows joint ownership (reported, not a finding). */
  readonly allowed: boolean;
  readonly location: Location;
}

export interface RoleDutyIssue {
  readonly roleId: string;
  readonly title: string;
  readonly primary: number;
  readonly partial: number;
  readonly support: number;
  readonly location: Location;
}

export interface ResponsibilitySummary {
  readonly functions: number;
  /** Functions with exactly one primary owner. */
  readonly owned: number;
  readonly gaps: readonly FunctionGap[];
  readonly overlaps: readonly FunctionOverlap[];
  readonly rolesWithoutPrimary: readonly RoleDutyIssue[];
  readonly rolesWithoutFunctions: readonly RoleDutyIssue[];
  readonly singleFunctionRoles: readonly RoleDutyIssue[];
  readonly tooManyPrimaries: readonly RoleDutyIssue[];
}

export type LoadBand = 'over' | 'ok' | 'under' | 'unknown';

export interface RoleLoad {
  readonly roleId: string;
  readonly title: string;
  readonly department?: string;
  readonly headcount: number;
  /** Hours per week assigned through the matrix (functions with effort only). */
  readonly load: number;
  /** headcount × hours per FTE. */
  readonly capacity: number;
  /** load / capacity; null when capacity is 0 or no function of the role has effort. */
  readonly utilisation: number | null;
  readonly band: LoadBand;
  /** Functions of the role whose effort is not given (counted, not guessed). */
  readonly functionsWithoutEffort: number;
  readonly location: Location;
}

export interface WorkloadSummary {
  readonly hoursPerFte: number;
  readonly overloadAbove: number;
  readonly underloadBelow: number;
  readonly totalEffort: number;
  readonly totalCapacity: number;
  readonly functionsWithoutEffort: number;
  /** Every role with assignments, the most over-loaded first. */
  readonly roles: readonly RoleLoad[];
  readonly counts: Readonly<Record<LoadBand, number>>;
}

export interface ManagerSpan {
  readonly roleId: string;
  readonly title: string;
  readonly level?: string;
  /** Direct-report roles. */
  readonly directRoles: number;
  /** Direct-report headcount: groups of posts count their people. */
  readonly directHeadcount: number;
  readonly band: SpanBand;
  readonly min: number;
  readonly max: number;
  readonly status: 'narrow' | 'ok' | 'wide' | 'one';
  readonly location: Location;
}

export interface TreeLayers {
  readonly headId: string;
  readonly title: string;
  /** Layers including the head's (a head alone is 1). */
  readonly layers: number;
  readonly headcount: number;
  /** The fewest layers that can hold the headcount at the target span. */
  readonly minimumLayers: number;
}

export interface StructureSummary {
  readonly targetSpan: number;
  readonly maxLayers?: number;
  /** Every manager, the furthest off policy first. */
  readonly spans: readonly ManagerSpan[];
  readonly bands: Readonly<Record<SpanBand, number>>;
  readonly managers: number;
  readonly managersOfOne: number;
  readonly medianSpan: number | null;
  /** Roles per layer, layer 1 first. */
  readonly rolesPerLayer: readonly number[];
  readonly trees: readonly TreeLayers[];
  /** Deepest tree's layers and its minimum. */
  readonly layers: number;
  readonly minimumLayers: number;
  readonly heads: number;
}

export interface DepartmentStaffing {
  readonly department: string;
  readonly roles: number;
  readonly headcount: number;
  /** Sum of Filled over roles that give it. */
  readonly filled: number;
  readonly vacancies: number;
  readonly overstaffed: number;
  /** filled / headcount over roles that give Filled; null when none does. */
  readonly fillRate: number | null;
}

export interface RoleStaffing {
  readonly roleId: string;
  readonly title: string;
  readonly department?: string;
  readonly headcount: number;
  readonly filled: number;
  /** headcount − filled (positive: vacancies, negative: over-staffing). */
  readonly gap: number;
  readonly location: Location;
}

export interface StaffingSummary {
  readonly headcount: number;
  readonly filled: number;
  /** Roles without a Filled value. */
  readonly unknown: number;
  readonly departments: readonly DepartmentStaffing[];
  /** Most vacancies first. */
  readonly vacancies: readonly RoleStaffing[];
  readonly overstaffed: readonly RoleStaffing[];
}

export interface GapSummary {
  readonly totals: {
    readonly roles: number;
    readonly headcount: number;
    readonly functions: number;
    readonly assignments: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
  };
  readonly responsibility: ResponsibilitySummary;
  readonly workload: WorkloadSummary;
  readonly structure: StructureSummary;
  readonly staffing: StaffingSummary;
  /**
   * The five-gap model as a checklist (gaps 1–4 from the organisation's data, gap 5 from the
   * survey; not measurable without one).
   */
  readonly fiveGaps: readonly FiveGap[];
}
