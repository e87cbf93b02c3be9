import type { ResponsibilityClass } from '../model/responsibility';
import { FIELD_LABELS, type FieldName } from '../i18n/fieldLabels';

/** How to read one sheet (or CSV file) as a source of one input table. */
export interface SourceMapping {
  /** Sheet name; `*` matches any run of characters (`*-senior` matches `home_office-senior`). */
  readonly sheet: string;
  /** Contract field → the header text used in this sheet. */
  readonly columns?: Readonly<Partial<Record<FieldName, string>>>;
  /** 1-based sheet row holding the headers; default: found automatically near the top. */
  readonly headerRow?: number;
  /** ReportsTo values that mean "reports to nobody" (e.g. `XX`). */
  readonly rootCodes?: readonly string[];
  /** The rows are groups of posts (headcount is the number of people), not single posts. */
  readonly group?: boolean;
  /** Extra class codes, e.g. RACI's `{"R": "primary", "C": "support"}`. */
  readonly classCodes?: Readonly<Record<string, ResponsibilityClass>>;
  /** Responsibilities only: `matrix` (one column per role) or `long` (FunctionId, RoleId, Class). */
  readonly form?: 'matrix' | 'long';
  /** Do not report columns the mapping does not name. */
  readonly ignoreUnmapped?: boolean;
}

/** A user's column mapping, saved as JSON (CLI `--map`) or in the workbook (add-in). */
export interface ColumnMapping {
  readonly roles?: readonly SourceMapping[];
  readonly responsibilities?: readonly SourceMapping[];
  readonly policy?: readonly SourceMapping[];
  /** ReportsTo values meaning "reports to nobody", for every role source. */
  readonly rootCodes?: readonly string[];
}

export interface MappingParse {
  readonly mapping?: ColumnMapping;
  /** What is wrong with the JSON's shape; empty when usable. */
  readonly problems: readonly string[];
}

const FIELDS = new Set(Object.keys(FIELD_LABELS));
const CLASSES = new Set<string>(['primary', 'partial', 'support']);
const TOP_KEYS = new Set([
  '$schema',
  'description',
  'roles',
  'responsibilities',
  'policy',
  'rootCodes',
]);
const SOURCE_KEYS = new Set([
  'sheet',
  'columns',
  'headerRow',
  'rootCodes',
  'group',
  'classCodes',
  'form',
  'ignoreUnmapped',
  'description',
]);

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

function checkSource(v: unknown, where: string, problems: string[]): SourceMapping | undefined {
  if (!isObj(v)) {
    problems.push(`${where}: expected an object`);
    return undefined;
  }
  for (const k of Object.keys(v))
    if (!SOURCE_KEYS.has(k)) problems.push(`${where}: unknown key "${k}"`);
  if (typeof v.sheet !== 'string' || v.sheet.trim() === '')
    problems.push(`${where}.sheet: expected a sheet name`);
  if (v.columns !== undefined) {
    if (!isObj(v.columns)) problems.push(`${where}.columns: expected an object of field → header`);
    else
      for (const [f, h] of Object.entries(v.columns)) {
        if (!FIELDS.has(f))
          problems.push(
            `${where}.columns: unknown field "${f}" (known: ${[...FIELDS].join(', ')})`,
          );
        if (typeof h !== 'string' || h.trim() === '')
          problems.push(`${where}.columns.${f}: expected a header text`);
      }
  }
  if (v.headerRow !== undefined && !(Number.isInteger(v.headerRow) && (v.headerRow as number) >= 1))
    problems.push(`${where}.headerRow: expected a row number ≥ 1`);
  if (v.rootCodes !== undefined && !isStrings(v.rootCodes))
    problems.push(`${where}.rootCodes: expected a list of strings`);
  if (v.group !== undefined && typeof v.group !== 'boolean')
    problems.push(`${where}.group: expected true or false`);
  if (v.ignoreUnmapped !== undefined && typeof v.ignoreUnmapped !== 'boolean')
    problems.push(`${where}.ignoreUnmapped: expected true or false`);
  if (v.form !== undefined && v.form !== 'matrix' && v.form !== 'long')
    problems.push(`${where}.form: expected "matrix" or "long"`);
  if (v.classCodes !== undefined) {
    if (!isObj(v.classCodes))
      problems.push(`${where}.classCodes: expected an object of code → class`);
    else
      for (const [c, cls] of Object.entries(v.classCodes))
        if (typeof cls !== 'string' || !CLASSES.has(cls))
          problems.push(`${where}.classCodes.${c}: expected "primary", "partial" or "support"`);
  }
  return v as unknown as SourceMapping;
}

function checkSources(v: unknown, where: string, problems: string[]): SourceMapping[] | undefined {
  if (v === undefined) return undefined;
  const list = Array.isArray(v) ? v : [v];
  return list.flatMap((s, i) => checkSource(s, `${where}[${i}]`, problems) ?? []);
}

/** Check a parsed JSON value against the mapping's shape; never throws. */
export function parseColumnMapping(json: unknown): MappingParse {
  const problems: string[] = [];
  if (!isObj(json)) return { problems: ['the mapping must be a JSON object'] };
  for (const k of Object.keys(json)) if (!TOP_KEYS.has(k)) problems.push(`unknown key "${k}"`);
  if (json.rootCodes !== undefined && !isStrings(json.rootCodes))
    problems.push('rootCodes: expected a list of strings');
  const roles = checkSources(json.roles, 'roles', problems);
  const responsibilities = checkSources(json.responsibilities, 'responsibilities', problems);
  const policy = checkSources(json.policy, 'policy', problems);
  if (problems.length > 0) return { problems };
  const mapping: ColumnMapping = {
    ...(roles ? { roles } : {}),
    ...(responsibilities ? { responsibilities } : {}),
    ...(policy ? { policy } : {}),
    ...(isStrings(json.rootCodes) ? { rootCodes: json.rootCodes } : {}),
  };
  return { mapping, problems };
}

/** Does a sheet name match a mapping's pattern (case-insensitive, `*` wildcard)? */
export function sheetMatches(pattern: string, sheet: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );
  return re.test(sheet);
}
