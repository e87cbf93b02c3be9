/** FNV-1a, 32 bit: a small, dependency-free, deterministic hash. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Generates ids for rows that have none: the same content always gets the same id,
 * whatever rows are added or moved elsewhere. Identical rows are numbered in order.
 */
export class StableIdGenerator {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly prefix: string,
    private readonly taken: (id: string) => boolean,
  ) {}

  next(content: readonly (string | undefined)[]): string {
    const key = content.map((c) => (c ?? '').trim().toLowerCase()).join('\u241f');
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    const base = `${this.prefix}${fnv1a(key).toString(36).toUpperCase().padStart(7, '0')}`;
    let id = n === 1 ? base : `${base}-${n}`;
    for (let k = 2; this.taken(id); k++) id = `${base}~${k}`;
    return id;
  }
}
