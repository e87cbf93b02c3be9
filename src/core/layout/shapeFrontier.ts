/**
 * The shapes a subtree of an org chart can take, kept as a small Pareto frontier of bounding
 * boxes: no shape in it is both wider and taller than another. Frontiers are stored in flat
 * typed arrays, `FRONTIER_SIZE` slots each, sorted by height ascending (so width descending).
 */
export const FRONTIER_SIZE = 18;

/** Frontiers of many subtrees: `FRONTIER_SIZE` slots each, side by side. */
export interface Frontiers {
  readonly width: Float64Array;
  readonly height: Float64Array;
  /** The choice that gives each shape: what the manager does (e.g. a row, hung columns) … */
  readonly kind: Uint8Array;
  /** … and the size it asks of its reports' subtrees (a height or width cap). */
  readonly cap: Float64Array;
  /** Managers in the subtree that hang their reports, in this shape. */
  readonly hung: Float64Array;
}

export function frontiers(subtrees: number): Frontiers {
  const n = subtrees * FRONTIER_SIZE;
  return {
    width: new Float64Array(n),
    height: new Float64Array(n),
    kind: new Uint8Array(n),
    cap: new Float64Array(n),
    hung: new Float64Array(n),
  };
}

/**
 * Candidate shapes being gathered for one subtree, kept as their Pareto frontier as they
 * come: each a bounding box, the choice that gives it and its hung managers (see
 * `Frontiers`). Heights ascending; of two equal boxes the first added stays. Reused from one
 * subtree to the next: `clear` it, `add` to it, `writeFrontier`.
 */
export class ShapeOptions {
  readonly width: number[] = [];
  readonly height: number[] = [];
  readonly kind: number[] = [];
  readonly cap: number[] = [];
  readonly hung: number[] = [];
  private readonly aspect: number[] = [];
  private readonly chosen: number[] = [];

  get size(): number {
    return this.width.length;
  }

  clear(): void {
    this.width.length = 0;
    this.height.length = 0;
    this.kind.length = 0;
    this.cap.length = 0;
    this.hung.length = 0;
  }

  add(width: number, height: number, kind: number, cap: number, hung = 0): void {
    const { width: w, height: h } = this;
    const n = w.length;
    // After the shorter shapes: dominated when the narrowest of them, or a shape as tall,
    // is no wider.
    let at = n;
    while (at > 0 && (h[at - 1] ?? 0) >= height) at--;
    if (at > 0 && (w[at - 1] ?? 0) <= width) return;
    if (at < n && h[at] === height && (w[at] ?? 0) <= width) return;
    // Drop the shapes from `at` on that are no narrower (they are no shorter either).
    let end = at;
    while (end < n && (w[end] ?? 0) >= width) end++;
    const removed = end - at;
    if (removed === 0) {
      this.makeRoom(at);
      this.set(at, width, height, kind, cap, hung);
      return;
    }
    this.set(at, width, height, kind, cap, hung);
    for (let i = end; i < n; i++) this.move(i, i - removed + 1);
    const size = n - removed + 1;
    w.length = size;
    h.length = size;
    this.kind.length = size;
    this.cap.length = size;
    this.hung.length = size;
  }

  /**
   * Write the frontier into the slots from `at`, at most `FRONTIER_SIZE` shapes: a longer
   * frontier keeps its two ends and the smallest shape of each range of aspect ratios between
   * (see `spread`). Returns the number of shapes written.
   */
  writeFrontier(to: Frontiers, at: number): number {
    const keep = this.size > FRONTIER_SIZE ? this.spread() : undefined;
    const n = keep ? keep.length : this.size;
    for (let k = 0; k < n; k++) {
      const i = keep ? (keep[k] ?? 0) : k;
      to.width[at + k] = this.width[i] ?? 0;
      to.height[at + k] = this.height[i] ?? 0;
      to.kind[at + k] = this.kind[i] ?? 0;
      to.cap[at + k] = this.cap[i] ?? 0;
      to.hung[at + k] = this.hung[i] ?? 0;
    }
    return n;
  }

  /** Move the shapes from `at` on one place up. */
  private makeRoom(at: number): void {
    const n = this.width.length;
    this.set(n, 0, 0, 0, 0, 0);
    for (let i = n; i > at; i--) this.move(i - 1, i);
  }

  private set(
    i: number,
    width: number,
    height: number,
    kind: number,
    cap: number,
    hung: number,
  ): void {
    this.width[i] = width;
    this.height[i] = height;
    this.kind[i] = kind;
    this.cap[i] = cap;
    this.hung[i] = hung;
  }

  private move(from: number, to: number): void {
    this.set(
      to,
      this.width[from] ?? 0,
      this.height[from] ?? 0,
      this.kind[from] ?? 0,
      this.cap[from] ?? 0,
      this.hung[from] ?? 0,
    );
  }

  /**
   * Indices of at most `FRONTIER_SIZE` shapes of a longer frontier (see `writeFrontier`), in
   * order: its two ends, and the smallest in area of each of `FRONTIER_SIZE - 2` equal
   * ranges of aspect ratio (on a log scale) between them.
   */
  private spread(): number[] {
    const { width: w, height: h, aspect, chosen } = this;
    const n = w.length;
    aspect.length = 0;
    for (let k = 0; k < n; k++) aspect.push(Math.log((w[k] ?? 1) / (h[k] ?? 1)));
    const wide = aspect[0] ?? 0;
    const tall = aspect[n - 1] ?? 0;
    const buckets = FRONTIER_SIZE - 2;
    chosen.length = 0;
    chosen.push(0);
    let best = -1;
    let bucket = -1;
    for (let k = 1; k < n - 1; k++) {
      // Aspect falls from the widest shape to the tallest: buckets in order.
      const b = Math.min(
        buckets - 1,
        Math.floor(((wide - (aspect[k] ?? 0)) / (wide - tall)) * buckets),
      );
      if (b !== bucket) {
        if (best >= 0) chosen.push(best);
        bucket = b;
        best = k;
      } else if ((w[k] ?? 0) * (h[k] ?? 0) < (w[best] ?? 0) * (h[best] ?? 0)) best = k;
    }
    if (best >= 0) chosen.push(best);
    chosen.push(n - 1);
    return chosen;
  }
}

/** Index in a frontier (`n` shapes from `from`) of the narrowest no taller than `cap`; else 0, the shortest. */
export function narrowestWithin(height: Float64Array, from: number, n: number, cap: number) {
  for (let j = n - 1; j > 0; j--) if ((height[from + j] ?? 0) <= cap) return j;
  return 0;
}

/** Index in a frontier of the shortest shape no wider than `cap`; else `n - 1`, the narrowest. */
export function shortestWithin(width: Float64Array, from: number, n: number, cap: number) {
  for (let j = 0; j < n - 1; j++) if ((width[from + j] ?? 0) <= cap) return j;
  return n - 1;
}

/**
 * Caps to try for a row or for hung columns: the distinct values among the first `n` of
 * `values` (the reports' shape heights or widths), at most `most` of them, evenly spread
 * and always with the largest; written to `caps`. Sorts `values` in place.
 */
export function capsOf(values: Float64Array, n: number, most: number, caps: number[]): void {
  const v = values.subarray(0, n).sort();
  caps.length = 0;
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || v[i] !== v[i - 1]) v[distinct++] = v[i] ?? 0;
  if (distinct <= most) {
    for (let i = 0; i < distinct; i++) caps.push(v[i] ?? 0);
    return;
  }
  for (let k = 1; k <= most; k++) caps.push(v[Math.ceil((k * distinct) / most) - 1] ?? 0);
}
