import type { Diagnostic, Location } from '../model/diagnostic';
import { DIAGNOSTIC_CATALOG, type DiagnosticCode } from '../i18n/diagnosticCatalog';
import { fieldLabel, tableLabel } from '../i18n/fieldLabels';
import type { Lang } from '../i18n/lang';

export type Params = Readonly<Record<string, string | number>>;

/** Params whose values are field or table names are shown in the reader's language. */
const LOCALISED: Readonly<Record<string, (v: string, lang: Lang) => string>> = {
  column: fieldLabel,
  field: fieldLabel,
  table: tableLabel,
};

/** A message template split once into literal text and placeholder names. */
type Compiled = readonly (string | { readonly name: string })[];
const compiled = new Map<string, Compiled>();

function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (!parts) {
    const out: (string | { name: string })[] = [];
    let last = 0;
    for (const m of template.matchAll(/\{(\w+)\}/g)) {
      out.push(template.slice(last, m.index));
      out.push({ name: m[1] ?? '' });
      last = (m.index ?? 0) + m[0].length;
    }
    out.push(template.slice(last));
    parts = out;
    compiled.set(template, parts);
  }
  return parts;
}

/** Render a diagnostic's message in a language from its code and params. */
export function renderMessage(code: DiagnosticCode, params: Params, lang: Lang): string {
  const spec = DIAGNOSTIC_CATALOG[code];
  let text = '';
  for (const part of compile(lang === 'zh-CN' ? spec.zh : spec.en)) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const v = params[part.name];
    const localise = LOCALISED[part.name];
    if (v === undefined) text += `{${part.name}}`;
    else if (typeof v === 'string' && localise) text += localise(v, lang);
    else text += String(v);
  }
  return text;
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

  constructor(readonly lang: Lang) {}

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
    const shown = clip(params);
    // Built field by field: findings come by the hundred thousand on large organisations.
    const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
      code,
      severity: DIAGNOSTIC_CATALOG[code].severity,
      message: renderMessage(code, shown, this.lang),
      location,
      params: shown,
    };
    if (subject !== undefined) d.subject = subject;
    if (related !== undefined && related.length > 0) d.related = related;
    this.items.push(d);
  }

  get list(): readonly Diagnostic[] {
    return this.items;
  }
}
