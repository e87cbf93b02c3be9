/**
 * Non-layered tidy tree layout in linear time (A. van der Ploeg, "Drawing non-layered tidy
 * trees in linear time", Software: Practice and Experience 44(12), 2014): Walker's algorithm
 * generalised to boxes of any width and height. Subtrees keep their shape; siblings are
 * pushed apart along their contours only as far as needed, a parent is centred over its
 * children, and gaps opened between far-apart siblings are shared by the ones between.
 *
 * Written over typed arrays and without recursion: nodes come in pre-order (every parent
 * before its children), so walking the indices backwards visits children before parents.
 */
export interface TidyInput {
  readonly count: number;
  /** Children of each node, in order (compressed lists). */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  /** Width each node takes in a row, gap included. */
  readonly width: Float64Array;
  /** Top of each node. */
  readonly y: Float64Array;
  /** Height each node takes, gap below included (the next row starts at y + height). */
  readonly height: Float64Array;
}

/** Working arrays of the tidy layout, allocated once for a whole forest. */
export interface TidyWork {
  /** Left edge of each node, once its tree is laid out. */
  readonly x: Float64Array;
  readonly prelim: Float64Array;
  readonly mod: Float64Array;
  readonly shift: Float64Array;
  readonly change: Float64Array;
  readonly msel: Float64Array;
  readonly mser: Float64Array;
  readonly tl: Int32Array;
  readonly tr: Int32Array;
  readonly el: Int32Array;
  readonly er: Int32Array;
  readonly ihLow: Float64Array;
  readonly ihIndex: Int32Array;
  readonly acc: Float64Array;
  readonly parentOf: Int32Array;
}

export function tidyWork(n: number): TidyWork {
  return {
    x: new Float64Array(n),
    prelim: new Float64Array(n),
    mod: new Float64Array(n),
    shift: new Float64Array(n),
    change: new Float64Array(n),
    msel: new Float64Array(n),
    mser: new Float64Array(n),
    tl: new Int32Array(n).fill(-1),
    tr: new Int32Array(n).fill(-1),
    el: new Int32Array(n),
    er: new Int32Array(n),
    ihLow: new Float64Array(n),
    ihIndex: new Int32Array(n),
    acc: new Float64Array(n),
    parentOf: new Int32Array(n).fill(-1),
  };
}

/**
 * Lay out one tree: nodes `root … end - 1` in pre-order, root first. Writes `work.x` for
 * those nodes, with the root's left edge at 0.
 */
export function tidyRange(input: TidyInput, work: TidyWork, root: number, end: number): void {
  const { childStart, childList, width: w, y, height: h } = input;
  const { prelim, mod, shift, change, msel, mser, tl, tr, el, er, ihLow, ihIndex } = work;
  // ihLow/ihIndex: the siblings seen so far that still show on the right contour, with the
  // lowest y each reaches (the paper's IYL list, as a stack: one parent at a time).
  let ihTop = 0;

  const bottom = (t: number) => (y[t] ?? 0) + (h[t] ?? 0);
  const first = (t: number) => childList[childStart[t] ?? 0] ?? -1;
  const last = (t: number) => childList[(childStart[t + 1] ?? 0) - 1] ?? -1;
  const leaf = (t: number) => childStart[t] === childStart[t + 1];
  const nextLeft = (t: number) => (leaf(t) ? (tl[t] ?? -1) : first(t));
  const nextRight = (t: number) => (leaf(t) ? (tr[t] ?? -1) : last(t));

  for (let t = end - 1; t >= root; t--) {
    const from = childStart[t] ?? 0;
    const to = childStart[t + 1] ?? 0;
    if (from === to) {
      el[t] = t;
      er[t] = t;
      continue;
    }
    const c0 = childList[from] ?? 0;
    ihTop = 0;
    ihLow[ihTop] = bottom(el[c0] ?? c0);
    ihIndex[ihTop++] = 0;
    for (let i = 1; i < to - from; i++) {
      const ci = childList[from + i] ?? 0;
      const minY = bottom(er[ci] ?? ci);
      // Separate child i from its left siblings along the contours.
      let sr = childList[from + i - 1] ?? 0;
      let mssr = mod[sr] ?? 0;
      let cl = ci;
      let mscl = mod[cl] ?? 0;
      let ih = ihTop - 1;
      while (sr >= 0 && cl >= 0) {
        if (bottom(sr) > (ihLow[ih] ?? 0) && ih > 0) ih--;
        const dist = mssr + (prelim[sr] ?? 0) + (w[sr] ?? 0) - (mscl + (prelim[cl] ?? 0));
        if (dist > 0) {
          mscl += dist;
          // Move subtree i, and share the move among the siblings between.
          mod[ci] = (mod[ci] ?? 0) + dist;
          msel[ci] = (msel[ci] ?? 0) + dist;
          mser[ci] = (mser[ci] ?? 0) + dist;
          const si = ihIndex[ih] ?? 0;
          if (si !== i - 1) {
            const nr = i - si;
            const s1 = childList[from + si + 1] ?? 0;
            shift[s1] = (shift[s1] ?? 0) + dist / nr;
            shift[ci] = (shift[ci] ?? 0) - dist / nr;
            change[ci] = (change[ci] ?? 0) - (dist - dist / nr);
          }
        }
        const sy = bottom(sr);
        const cy = bottom(cl);
        if (sy <= cy) {
          sr = nextRight(sr);
          if (sr >= 0) mssr += mod[sr] ?? 0;
        }
        if (sy >= cy) {
          cl = nextLeft(cl);
          if (cl >= 0) mscl += mod[cl] ?? 0;
        }
      }
      if (sr < 0 && cl >= 0) {
        // Child i reaches deeper than its left siblings: thread the leftmost contour on.
        const li = el[c0] ?? c0;
        tl[li] = cl;
        const diff = mscl - (mod[cl] ?? 0) - (msel[c0] ?? 0);
        mod[li] = (mod[li] ?? 0) + diff;
        prelim[li] = (prelim[li] ?? 0) - diff;
        el[c0] = el[ci] ?? ci;
        msel[c0] = msel[ci] ?? 0;
      } else if (sr >= 0 && cl < 0) {
        // The left siblings reach deeper: thread child i's right contour on to theirs.
        const ri = er[ci] ?? ci;
        tr[ri] = sr;
        const diff = mssr - (mod[sr] ?? 0) - (mser[ci] ?? 0);
        mod[ri] = (mod[ri] ?? 0) + diff;
        prelim[ri] = (prelim[ri] ?? 0) - diff;
        const left = childList[from + i - 1] ?? 0;
        er[ci] = er[left] ?? left;
        mser[ci] = mser[left] ?? 0;
      }
      // Siblings hidden below the new subtree drop off the list.
      while (ihTop > 0 && minY >= (ihLow[ihTop - 1] ?? 0)) ihTop--;
      ihLow[ihTop] = minY;
      ihIndex[ihTop++] = i;
    }
    // Centre the parent over its first and last child.
    const cn = childList[to - 1] ?? 0;
    prelim[t] =
      ((prelim[c0] ?? 0) + (mod[c0] ?? 0) + (mod[cn] ?? 0) + (prelim[cn] ?? 0) + (w[cn] ?? 0)) / 2 -
      (w[t] ?? 0) / 2;
    el[t] = el[c0] ?? c0;
    msel[t] = msel[c0] ?? 0;
    er[t] = er[cn] ?? cn;
    mser[t] = mser[cn] ?? 0;
  }

  // Second walk, pre-order: absolute x from the sums of modifiers, spacing the siblings.
  const { x, acc, parentOf } = work;
  for (let t = root; t < end; t++) {
    const p = t === root ? -1 : (parentOf[t] ?? -1);
    const sum = p >= 0 ? (acc[p] ?? 0) + (mod[t] ?? 0) : -(prelim[t] ?? 0);
    acc[t] = sum;
    x[t] = (prelim[t] ?? 0) + sum;
    let d = 0;
    let delta = 0;
    for (let k = childStart[t] ?? 0, e = childStart[t + 1] ?? 0; k < e; k++) {
      const c = childList[k] ?? 0;
      parentOf[c] = t;
      d += shift[c] ?? 0;
      delta += d + (change[c] ?? 0);
      mod[c] = (mod[c] ?? 0) + delta;
    }
  }
}
