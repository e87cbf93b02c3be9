import type { A1, FunctionId, RoleId } from './ids';

/** The three classes of involvement (seed 000: 主责, 部分, 支持). */
export type ResponsibilityClass = 'primary' | 'partial' | 'support';
export const RESPONSIBILITY_CLASSES: readonly ResponsibilityClass[] = [
  'primary',
  'partial',
  'support',
];

/** A function (duty, process step) of the responsibility matrix. */
export interface OrgFunction {
  readonly id: FunctionId;
  /** The duty statement. */
  readonly statement: string;
  readonly area?: string;
  /** Effort in hours per week, when known. */
  readonly effort?: number;
  readonly generatedId: boolean;
  readonly source: { readonly sheet: string; readonly row: number; readonly cell: A1 };
}

/** One role's involvement in one function. */
export interface Assignment {
  readonly functionId: FunctionId;
  readonly roleId: RoleId;
  readonly cls: ResponsibilityClass;
  readonly location: { readonly sheet: string; readonly a1: A1 };
}
