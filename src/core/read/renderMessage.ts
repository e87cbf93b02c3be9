import type { Lang } from '../i18n/lang';
import { DIAGNOSTIC_CATALOG, type DiagnosticCode } from '../i18n/diagnosticCatalog';
import { fieldLabel, tableLabel } from '../i18n/fieldLabels';
import { SERVICE_DIMENSION_LABELS } from '../i18n/serviceQualityLabels';

export type Params = Readonly<Record<string, string | number>>;

/** A service-quality dimension key (`reliability`) as its name; anything else unchanged. */
function dimensionLabel(v: string, lang: Lang): string {
  const l = (SERVICE_DIMENSION_LABELS as Record<string, { en: string; zh: string }>)[v];
  return l ? (lang === 'zh-CN' ? l.zh : l.en) : v;
}

/** A comma-separated list of dimension keys as names (`reliability,empathy` → `Reliability, Empathy`). */
function dimensionsLabel(v: string, lang: Lang): string {
  return v
    .split(',')
    .map((d) => dimensionLabel(d.trim(), lang))
    .join(lang === 'zh-CN' ? '、' : ', ');
}

/** Params whose values are field, table or dimension names are shown in the reader's language. */
const LOCALISED: Readonly<Record<string, (v: string, lang: Lang) => string>> = {
  column: fieldLabel,
  field: fieldLabel,
  table: tableLabel,
  dimension: dimensionLabel,
  firstDimension: dimensionLabel,
  dimensions: dimensionsLabel,
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
