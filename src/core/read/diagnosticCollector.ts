import type { Diagnostic, Location } from '../model/diagnostic';
import { DIAGNOSTIC_CATALOG, type DiagnosticCode } from '../i18n/diagnosticCatalog';
import type { Lang } from '../i18n/lang';
import { findingClass } from './finding';
import { renderMessage, type Params } from './renderMessage';

export { renderMessage, type Params } from './renderMessage';

/** Re-render a list of diagnostics in another language. */
export function relocalise(diagnostics: readonly Diagnostic[], lang: Lang): Diagnostic[] {
  return diagnostics.map((d) =>
    d.code in DIAGNOSTIC_CATALOG
      ? { ...d, message: renderMessage(d.code as DiagnosticCode, d.params, lang) }
      : d,
  );
}

/** User text quoted in a message is shortened: a 30,000-character cell must not flood the findings. */
const MAX_PARAM_CHARS = 160;
function clip(params: Params): Params {
  let out: Record<string, string | number> | undefined;
  for (const k in params) {
    const v = params[k];
    if (typeof v === 'string' && v.length > MAX_PARAM_CHARS) {
      out ??= { ...params };
      out[k] = `${v.slice(0, MAX_PARAM_CHARS - 1)}…`;
    }
  }
  return out ?? params;
}

/** A cell (`B7`) or range (`A5:A9`) address, as every finding must have. */
const CELL_OR_RANGE = /^[A-Z]{1,3}[1-9]\d{0,6}(?::[A-Z]{1,3}[1-9]\d{0,6})?$/;

/** Collects diagnostics; problems are data, never thrown. */
export class DiagnosticCollector {
  private readonly items: Diagnostic[] = [];
  /** Findings render their message in this collector's language when it is read. */
  private readonly finding: ReturnType<typeof findingClass>;

  constructor(readonly lang: Lang) {
    this.finding = findingClass(lang);
  }

  add(
    code: DiagnosticCode,
    location: Location,
    params: Params = {},
    subject?: string,
    related?: readonly Location[],
  ): void {
    if (!CELL_OR_RANGE.test(location.a1)) {
      // Our own bug: every finding must point at a cell.
      throw new Error(`Diagnostic ${code} with invalid location ${location.sheet}!${location.a1}`);
    }
    this.items.push(
      new this.finding(
        code,
        DIAGNOSTIC_CATALOG[code].severity,
        location,
        clip(params),
        subject,
        related,
      ),
    );
  }

  get list(): readonly Diagnostic[] {
    return this.items;
  }
}
