/** Rows of text without their trailing blank cells, and without trailing blank rows. */
export function trimRows(rows: readonly (readonly string[])[]): string[][] {
  const out = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === '') end--;
    return row.slice(0, end);
  });
  while (out.length > 0 && (out[out.length - 1]?.length ?? 0) === 0) out.pop();
  return out;
}
