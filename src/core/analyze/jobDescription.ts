import type { Location } from '../model/diagnostic';
import type { ResponsibilityClass } from '../model/responsibility';

/**
 * A job description (岗位说明书), built from the model for one role: plain JSON data that
 * the sheet plan, Word and Markdown renderers all format, in English or Chinese.
 */

/** Another role taking part in a duty, and how (the seed's 配合关系). */
export interface DutyPartner {
  readonly roleId: string;
  readonly title: string;
  readonly cls: ResponsibilityClass;
}

export interface Duty {
  readonly functionId: string;
  readonly statement: string;
  readonly area?: string;
  /** This role's class for the duty. */
  readonly cls: ResponsibilityClass;
  /** Hours per week of the function carried by this role (class-weighted share); absent when effort is unknown. */
  readonly hours?: number;
  /** The other roles on the duty, primary first, in input order. */
  readonly partners: readonly DutyPartner[];
  readonly location: Location;
}

export interface RoleRef {
  readonly roleId: string;
  readonly title: string;
  readonly headcount: number;
}

export interface JobDescription {
  readonly roleId: string;
  readonly title: string;
  readonly department?: string;
  readonly level?: string;
  /** The manager, or null for a head. */
  readonly reportsTo: RoleRef | null;
  readonly directReports: readonly RoleRef[];
  /** People managed directly (groups count their people). */
  readonly span: number;
  /** Layer in the organisation: a head is 1. */
  readonly layer: number;
  readonly headcount: number;
  readonly filled?: number;
  readonly purpose?: string;
  readonly primary: readonly Duty[];
  readonly partial: readonly Duty[];
  readonly support: readonly Duty[];
  readonly qualifications: readonly string[];
  readonly workingConditions?: string;
  /** ISO date of the last job analysis. */
  readonly analysisDate?: string;
  /** Valid when no error-level finding concerns the role. */
  readonly status: 'valid' | 'invalid';
  /** Codes of the findings about this role and its duties, errors first (the cells are in the Findings). */
  readonly findings: readonly {
    readonly code: string;
    readonly severity: string;
    readonly message: string;
    readonly location: Location;
  }[];
  readonly location: Location;
}
