import type { A1 } from './ids';

export type Severity = 'error' | 'warning' | 'info';

export interface Location {
  readonly sheet: string;
  readonly a1: A1;
}

/** A finding. Problems are data: collected, never thrown. */
export interface Diagnostic {
  /** Stable, documented code (docs/diagnostics.md), e.g. `ROLE_DUPLICATE_ID`. */
  readonly code: string;
  readonly severity: Severity;
  /** Human message in the requested language. */
  readonly message: string;
  readonly location: Location;
  /** Further cells the finding concerns (e.g. each primary cell of an overlap). */
  readonly related?: readonly Location[];
  /** What the finding is about: a role id, function id or setting name. */
  readonly subject?: string;
  /** The values the message was made from, so it can be re-rendered in another language. */
  readonly params: Readonly<Record<string, string | number>>;
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
