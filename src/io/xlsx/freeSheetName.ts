/** The most characters Excel allows in a sheet name. */
export const EXCEL_MAX_SHEET_NAME = 31;

/** Characters Excel forbids in sheet names, and control characters (`\p{Cc}`). */
const FORBIDDEN = /[[\]:*?/\\\p{Cc}]/gu;

/**
 * A name Excel accepts for a sheet: forbidden characters (`[ ] : * ? / \`) become `_`,
 * leading and trailing apostrophes are dropped, the name is cut to 31 characters (never
 * inside a surrogate pair), and an empty result becomes `Sheet`. `History` is reserved by
 * Excel and becomes `History_`.
 */
export function sanitizeSheetName(name: string): string {
  let s = name.replace(FORBIDDEN, '_').replace(/^'+|'+$/g, '');
  s = cut(s, EXCEL_MAX_SHEET_NAME).replace(/'+$/, '');
  if (s.trim() === '') return 'Sheet';
  return s.toUpperCase() === 'HISTORY' ? 'History_' : s;
}

/**
 * The sanitised `wanted` name, or, when a sheet of that name already exists (Excel compares
 * names case-insensitively), the first free `wanted (2)`, `wanted (3)`, … cut so that the
 * suffix fits the 31-character limit.
 *
 * @param taken upper-cased names already in use
 */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = sanitizeSheetName(wanted);
  if (!taken.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${cut(base, EXCEL_MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(name.toUpperCase())) return name;
  }
}

/**
 * Final names for sheets to add, in order, next to `existing` sheets: each wanted name, or a
 * free variant of it when an existing sheet or an earlier added one has it.
 */
export function freeSheetNames(existing: readonly string[], wanted: readonly string[]): string[] {
  const taken = new Set(existing.map((n) => n.toUpperCase()));
  return wanted.map((w) => {
    const name = freeSheetName(w, taken);
    taken.add(name.toUpperCase());
    return name;
  });
}

function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
