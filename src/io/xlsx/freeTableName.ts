/**
 * A table name Excel accepts and that no other table or defined name of the workbook uses
 * (they share one namespace, compared case-insensitively): characters other than letters,
 * digits, `_` and `.` become `_`; a name that does not start with a letter or `_`, or that
 * looks like a cell reference (`A1`, `R1C1`, `R`, `C`), gets a `_` in front; a taken name
 * gets `_2`, `_3`, …
 *
 * @param taken upper-cased table and defined names already in use
 */
export function freeTableName(wanted: string, taken: ReadonlySet<string>): string {
  let base = wanted.replace(/[^\p{L}\p{N}_.]/gu, '_').slice(0, 250);
  if (!/^[\p{L}_]/u.test(base) || /^([A-Za-z]{1,3}\d+|R\d*C\d*|R|C)$/i.test(base))
    base = `_${base}`;
  if (!taken.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base}_${n}`;
    if (!taken.has(name.toUpperCase())) return name;
  }
}
