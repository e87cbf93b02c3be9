import type { A1 } from '../model/ids';
import type { DiagnosticCollector } from './diagnosticCollector';

/** Where a cell value is read, so problems can be reported at its address. */
export interface CellContext {
  readonly diagnostics: DiagnosticCollector;
  readonly sheet: string;
  readonly a1: A1;
  /** The field being read (a contract column name, localised in messages). */
  readonly column: string;
  /** The role or function the row is about, when known. */
  readonly subject?: string;
}

export const at = (ctx: CellContext) => ({ sheet: ctx.sheet, a1: ctx.a1 });
