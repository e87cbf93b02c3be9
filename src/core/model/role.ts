import type { A1, RoleId } from './ids';

/** Fields of the Roles table, in the contract's order. */
export const ROLE_FIELDS = [
  'RoleId',
  'Title',
  'Department',
  'ReportsTo',
  'Headcount',
  'Filled',
  'Level',
  'Purpose',
  'Qualifications',
  'WorkingConditions',
  'AnalysisDate',
] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];

/** A position (岗位) as read from one row (or several merged job-share rows). */
export interface Role {
  readonly id: RoleId;
  readonly title: string;
  readonly department?: string;
  /** The manager's id, `null` for a head (blank or a root code). */
  readonly reportsTo: RoleId | null;
  /** Authorised headcount (编制); fractional FTE allowed. Defaults to 1. */
  readonly headcount: number;
  readonly filled?: number;
  readonly level?: string;
  readonly purpose?: string;
  readonly qualifications: readonly string[];
  readonly workingConditions?: string;
  /** ISO date `YYYY-MM-DD`. */
  readonly analysisDate?: string;
  /** True when the id was generated because the row had none. */
  readonly generatedId: boolean;
  /** True when the row is a group of posts (e.g. an organogram's junior grades). */
  readonly group: boolean;
  /** Where the role came from: sheet, row, and the cell of each field present. */
  readonly source: {
    readonly sheet: string;
    readonly row: number;
    readonly cells: Readonly<Partial<Record<RoleField, A1>>>;
  };
}
