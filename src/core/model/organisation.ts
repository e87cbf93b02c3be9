import type { Assignment, OrgFunction } from './responsibility';
import type { Policy } from './policy';
import type { Role } from './role';

/** Where each input table was found. */
export interface InputSource {
  readonly table: 'Roles' | 'Responsibilities' | 'Policy';
  readonly sheet: string;
  /** Excel table name, when the grid came from a table. */
  readonly tableName?: string;
  /** `A1` range of the header row. */
  readonly header: string;
  readonly rows: number;
  /** How it was found. */
  readonly foundBy: 'table' | 'sheet' | 'mapping';
  /** Responsibilities only. */
  readonly form?: 'matrix' | 'long';
}

/** The model every analysis works on: one organisation, however many sources it came from. */
export interface Organisation {
  readonly roles: readonly Role[];
  readonly functions: readonly OrgFunction[];
  readonly assignments: readonly Assignment[];
  readonly policy: Policy;
  readonly sources: readonly InputSource[];
}
