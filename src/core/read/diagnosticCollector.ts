import type { Diagnostic, Location } from '../model/diagnostic';
import { isValidA1 } from '../model/address';
import { DIAGNOSTIC_CATALOG, type DiagnosticCode } from '../i18n/diagnosticCatalog';
import { fieldLabel, tableLabel } from '../i18n/fieldLabels';
import { formatTemplate, type Lang } from '../i18n/lang';

export type Params = Readonly<Record<string, string | number>>;

/** Params whose values are field or table names are shown in the reader's language. */
function localiseParams(params: Params, lang: Lang): Params {
  const out: Record<string, string | number> = { ...params };
  for (const k of ['column', 'field'] as const) {
    const v = out[k];
    if (typeof v === 'string') out[k] = fieldLabel(v, lang);
  }
  if (typeof out.table === 'string') out.table = tableLabel(out.table, lang);
  return out;
}

/** Render a diagnostic's message in a language from its code and params. */
export function renderMessage(code: DiagnosticCode, params: Params, lang: Lang): string {
  const spec = DIAGNOSTIC_CATALOG[code];
  return formatTemplate(lang === 'zh-CN' ? spec.zh : spec.en, localiseParams(params, lang));
}

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
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'string' && v.length > MAX_PARAM_CHARS) {
      out ??= { ...params };
      out[k] = `${v.slice(0, MAX_PARAM_CHARS - 1)}…`;
    }
  }
  return out ?? params;
}

/** Collects diagnostics; problems are data, never thrown. */
export class DiagnosticCollector {
  private readonly items: Diagnostic[] = [];

  constructor(readonly lang: Lang) {}

  add(
    code: DiagnosticCode,
    location: Location,
    params: Params = {},
    subject?: string,
    related?: readonly Location[],
  ): void {
    if (!isValidA1(location.a1)) {
      // Our own bug: every finding must point at a cell.
      throw new Error(`Diagnostic ${code} with invalid location ${location.sheet}!${location.a1}`);
    }
    const d: Diagnostic = {
      code,
      severity: DIAGNOSTIC_CATALOG[code].severity,
      message: renderMessage(code, clip(params), this.lang),
      location,
      params: clip(params),
      ...(subject === undefined ? {} : { subject }),
      ...(related === undefined || related.length === 0 ? {} : { related }),
    };
    this.items.push(d);
  }

  get list(): readonly Diagnostic[] {
    return this.items;
  }
}
