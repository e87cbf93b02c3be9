import { isCellError, type Grid } from '../model/grid';

/**
 * A fingerprint of what outputs are made from: the grids (sheet, table, origin, every value)
 * and whatever else is given (the column mapping, Policy overrides), as 16 hex digits of two
 * FNV-1a hashes. Equal inputs give equal fingerprints; any edited cell changes it.
 */
export function inputFingerprint(grids: readonly Grid[], extra: unknown = null): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x01000193);
  };
  for (const g of grids) {
    feed(`${g.sheet}\u0000${g.table ?? ''}\u0000${g.origin.row},${g.origin.col}`);
    for (const row of g.values) {
      for (const v of row)
        feed(
          v === null
            ? ''
            : v instanceof Date
              ? `d${v.getTime()}`
              : isCellError(v)
                ? `e${v.error}`
                : `${typeof v}${String(v)}`,
        );
      feed('\u001e');
    }
  }
  feed(JSON.stringify(extra) ?? '');
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}
