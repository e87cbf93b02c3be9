import { CHART_METRICS, type ChartMetrics } from './chartMetrics';
import { chartTree, isLeafBox, type ChartTree } from './chartTree';
import {
  FRONTIER_SIZE as K,
  ShapeOptions,
  capsOf,
  frontiers,
  narrowestWithin,
  shortestWithin,
  type Frontiers,
} from './shapeFrontier';

/** Most caps tried for a manager's row, and for its hung columns. */
const CAPS = 20;
const ROW = 0;
const HANG = 1;
/** `COLUMNS + c`: hung in c columns, each with its rail on its left. */
const COLUMNS = 1;
/** Most caps tried for left-railed columns. */
const COLUMN_CAPS = 8;
/** Numbers of left-railed columns tried for hung reports. */
const COLUMN_COUNTS = [1, 2, 3, 4, 5, 6, 8];
/**
 * Of the charts at most this much larger than the smallest, the one nearest a landscape
 * page (√2:1) is drawn.
 */
const AREA_TOLERANCE = 0.05;

export interface ShapeInput {
  readonly tree: ChartTree;
  /** Size of each box. */
  readonly width: Float64Array;
  readonly height: Float64Array;
  readonly rowPitch: number;
  readonly metrics: ChartMetrics;
  /** Stack a manager's leaves from this many on; let the stack take several columns from `gridFrom`. */
  readonly stackFrom: number;
  readonly gridFrom: number;
  /** Take the narrowest shape no taller than this instead of the smallest printable one. */
  readonly fitHeight?: number | undefined;
}

/** How each manager draws its reports. */
export interface ChartShapes {
  /**
   * 1 for a manager whose reports' subtrees hang in columns instead of a row: two either
   * side of a rail, or `hangCols` columns, each with its rail on its left.
   */
  readonly hang: Uint8Array;
  readonly hangCols: Uint8Array;
  /** A manager's stack of leaves: columns (0: no stack), rows, column width, row pitch, size. */
  readonly blockCols: Int32Array;
  readonly blockRows: Int32Array;
  readonly blockColW: Float64Array;
  readonly blockPitch: Float64Array;
  readonly blockW: Float64Array;
  readonly blockH: Float64Array;
  readonly stacks: number;
  readonly hung: number;
  /** Estimated height of the shape each subtree takes, its own box included. */
  readonly subtreeHeight: Float64Array;
}

/**
 * Choose how every manager draws its reports so that the whole chart is small and prints.
 *
 * Bottom-up, each subtree gets a small Pareto frontier of the bounding boxes it can take
 * (`shapeFrontier`): its reports' subtrees in a row, each in its narrowest shape no taller
 * than a cap, or hung in columns (two either side of a rail, or one or more each with its
 * rail on its left), each in its shortest shape no wider than a cap; its leaves stacked in
 * one column, or from `gridFrom` on also in a grid. Top-down, the chart takes a shape that
 * prints (see `chartCap`), its trees side by side; each subtree then takes the shape its
 * manager's choice asks of it, by the same rule. So a subtree laid out alone with
 * `fitHeight` = its `subtreeHeight` takes the same shape.
 */
export function chooseShapes(input: ShapeInput): ChartShapes {
  return CHOOSER.choose(input);
}

/**
 * The state of `chooseShapes`: one long-lived instance whose arrays are replaced on each
 * call and dropped after it. Optimised code that refers to objects made anew on each call
 * (a fresh chooser, its option list) is thrown away when a garbage collection frees them,
 * which made every layout after a collection three times slower. Not re-entrant, and it
 * need not be: a layout never calls another.
 */
class ShapeChooser {
  private tree!: ChartTree;
  private width!: Float64Array;
  private height!: Float64Array;
  private rowPitch!: number;
  private m!: ChartMetrics;
  private stackFrom!: number;
  private gridFrom!: number;
  private fitHeight!: number | undefined;
  /** Frontier slot of each manager (-1 for a box without reports: one shape, its box). */
  private slot!: Int32Array;
  private shapeN!: Uint8Array;
  private shape!: Frontiers;
  private stackN!: Uint8Array;
  /** A stack's shapes: `cap` holds its number of columns. */
  private stack!: Frontiers;
  private leafCount!: Int32Array;
  private blockCols!: Int32Array;
  private blockRows!: Int32Array;
  private blockColW!: Float64Array;
  private blockPitch!: Float64Array;
  private blockW!: Float64Array;
  private blockH!: Float64Array;
  /**
   * The items under the manager at hand, in input order (each report's subtree; the stack
   * as one item), their frontiers copied side by side: item j's from j * K.
   */
  private itemN!: Int32Array;
  private itemW!: Float64Array;
  private itemH!: Float64Array;
  private itemHung!: Float64Array;
  private values!: Float64Array;
  private caps: number[] = [];
  private pickW: number[] = [];
  private pickH: number[] = [];
  private tries = new ShapeOptions();
  private stacks = 0;

  /** Take the input and allocate the working arrays. */
  private start(input: ShapeInput): void {
    this.stacks = 0;
    this.tree = input.tree;
    this.width = input.width;
    this.height = input.height;
    this.rowPitch = input.rowPitch;
    this.m = input.metrics;
    this.stackFrom = input.stackFrom;
    this.gridFrom = input.gridFrom;
    this.fitHeight = input.fitHeight;
    const { count, childStart } = this.tree;
    this.slot = new Int32Array(count).fill(-1);
    let managers = 0;
    let widest = 1;
    for (let v = 0; v < count; v++) {
      const span = (childStart[v + 1] ?? 0) - (childStart[v] ?? 0);
      if (span > 0) this.slot[v] = managers++;
      if (span > widest) widest = span;
    }
    this.shapeN = new Uint8Array(managers);
    this.shape = frontiers(managers);
    this.stackN = new Uint8Array(managers);
    this.stack = frontiers(managers);
    this.leafCount = new Int32Array(count);
    this.blockCols = new Int32Array(count);
    this.blockRows = new Int32Array(count);
    this.blockColW = new Float64Array(count);
    this.blockPitch = new Float64Array(count);
    this.blockW = new Float64Array(count);
    this.blockH = new Float64Array(count);
    this.itemN = new Int32Array(widest + 1);
    this.itemW = new Float64Array((widest + 1) * K);
    this.itemH = new Float64Array((widest + 1) * K);
    this.itemHung = new Float64Array((widest + 1) * K);
    this.values = new Float64Array((widest + 1) * K);
  }

  choose(input: ShapeInput): ChartShapes {
    this.start(input);
    for (let v = this.tree.count - 1; v >= 0; v--) if ((this.slot[v] ?? -1) >= 0) this.shapesOf(v);
    const shapes = this.assign(this.fitHeight ?? this.chartCap());
    this.start(NO_INPUT);
    return shapes;
  }

  private stackWidth(v: number, cols: number): number {
    const m = this.m;
    const cw = this.blockColW[v] ?? 0;
    if (cols === 1) return m.railIndent + cw;
    if (cols === 2) return 2 * cw + m.stackColumnGap;
    return cols * (m.railIndent + cw + m.siblingGap) - m.siblingGap;
  }

  private stackHeight(v: number, cols: number): number {
    const rows = Math.ceil((this.leafCount[v] ?? 0) / cols);
    return rows * (this.blockPitch[v] ?? 0) - this.m.stackRowGap;
  }

  /**
   * Caps to try for `n` items: their shapes' widths or heights (`sizes`). An item with a
   * single shape takes it whatever the cap, so only items with a choice count; without
   * any, one cap does.
   */
  private capsFrom(sizes: Float64Array, n: number): void {
    const { itemN, values, caps } = this;
    let nv = 0;
    for (let j = 0; j < n; j++) {
      const q = itemN[j] ?? 0;
      if (q > 1) for (let k = 0; k < q; k++) values[nv++] = sizes[j * K + k] ?? 0;
    }
    if (nv > 0) capsOf(values, nv, CAPS, caps);
    else {
      caps.length = 0;
      caps.push(Infinity);
    }
  }

  /** Copy shapes `from`…`from + n` of frontiers `f` to item j. */
  private copyItem(j: number, f: Frontiers, from: number, n: number): void {
    this.itemN[j] = n;
    for (let q = 0; q < n; q++) {
      this.itemW[j * K + q] = f.width[from + q] ?? 0;
      this.itemH[j * K + q] = f.height[from + q] ?? 0;
      this.itemHung[j * K + q] = f.hung[from + q] ?? 0;
    }
  }

  /** The shapes of manager v's stack of `leaves` leaves, `cw` wide and `bh` tall at most. */
  private stackShapes(v: number, s: number, leaves: number, cw: number, bh: number): void {
    const { m, tries, stack } = this;
    this.stacks++;
    this.blockColW[v] = cw;
    this.blockPitch[v] = bh + m.stackRowGap;
    // One column; from gridFrom leaves on, also grids of two columns or more, up to twice
    // as many as a square grid has (a wider one is a row in all but name).
    if (leaves < this.gridFrom) {
      this.stackN[s] = 1;
      stack.width[s * K] = this.stackWidth(v, 1);
      stack.height[s * K] = this.stackHeight(v, 1);
      stack.cap[s * K] = 1;
    } else {
      tries.clear();
      tries.add(this.stackWidth(v, 1), this.stackHeight(v, 1), 0, 1);
      const colPitch = m.railIndent + cw + m.siblingGap;
      const square = Math.round(Math.sqrt((leaves * (this.blockPitch[v] ?? 0)) / colPitch));
      const most = Math.min(leaves, Math.max(3, 2 * square));
      let lastRows = -1;
      for (let cols = 2; cols <= most; cols++) {
        const rows = Math.ceil(leaves / cols);
        if (rows === lastRows) continue;
        lastRows = rows;
        tries.add(this.stackWidth(v, cols), this.stackHeight(v, cols), 0, cols);
      }
      this.stackN[s] = tries.writeFrontier(stack, s * K);
    }
  }

  /** The frontier of manager v, its reports' frontiers known. */
  private shapesOf(v: number): void {
    const { tree, width, height, rowPitch, tries, shape, stack } = this;
    const { childStart, childList } = tree;
    const { itemN, itemW, itemH, itemHung } = this;
    const s = this.slot[v] ?? 0;
    const from = childStart[v] ?? 0;
    const to = childStart[v + 1] ?? 0;
    let leaves = 0;
    let cw = 0;
    let bh = 0;
    for (let k = from; k < to; k++) {
      const c = childList[k] ?? 0;
      if (!isLeafBox(tree, c)) continue;
      leaves++;
      cw = Math.max(cw, width[c] ?? 0);
      bh = Math.max(bh, height[c] ?? 0);
    }
    const stacked = leaves >= this.stackFrom && leaves > 0;
    this.leafCount[v] = leaves;
    if (stacked) this.stackShapes(v, s, leaves, cw, bh);
    let n = 0;
    let stackSeen = false;
    for (let k = from; k < to; k++) {
      const c = childList[k] ?? 0;
      if (stacked && isLeafBox(tree, c)) {
        if (stackSeen) continue;
        stackSeen = true;
        this.copyItem(n, stack, s * K, this.stackN[s] ?? 1);
      } else {
        const cs = this.slot[c] ?? -1;
        if (cs >= 0) this.copyItem(n, shape, cs * K, this.shapeN[cs] ?? 1);
        else {
          // A leaf, or a box folding its subtree: one shape, its box.
          itemN[n] = 1;
          itemW[n * K] = width[c] ?? 0;
          itemH[n * K] = height[c] ?? 0;
          itemHung[n * K] = 0;
        }
      }
      n++;
    }
    const own = width[v] ?? 0;
    if (n === 1) {
      // One item (most often a stack): its shapes under the manager, as they are (a row of
      // one, its cap the item's height).
      let written = 0;
      for (let q = 0; q < (itemN[0] ?? 0); q++) {
        const w = Math.max(own, itemW[q] ?? 0);
        const at = s * K + written;
        if (written > 0 && w >= (shape.width[at - 1] ?? 0)) continue;
        shape.width[at] = w;
        shape.height[at] = rowPitch + (itemH[q] ?? 0);
        shape.kind[at] = ROW;
        shape.cap[at] = itemH[q] ?? 0;
        shape.hung[at] = itemHung[q] ?? 0;
        written++;
      }
      this.shapeN[s] = written;
      return;
    }
    tries.clear();
    this.hangOptions(n, own);
    this.rowOptions(n, own);
    this.shapeN[s] = tries.writeFrontier(shape, s * K);
  }

  /** Hung columns: each item in its shortest shape no wider than a cap. */
  private hangOptions(n: number, own: number): void {
    const { m, rowPitch, tries, itemN, itemW, itemH, itemHung, caps, pickW, pickH } = this;
    this.capsFrom(itemW, n);
    const every = Math.ceil(caps.length / COLUMN_CAPS);
    for (let k = 0; k < caps.length; k++) {
      const cap = caps[k] ?? 0;
      pickW.length = 0;
      pickH.length = 0;
      let hung = 1;
      for (let j = 0; j < n; j++) {
        const at = j * K + shortestWithin(itemW, j * K, itemN[j] ?? 1, cap);
        pickW.push(itemW[at] ?? 0);
        pickH.push(itemH[at] ?? 0);
        hung += itemHung[at] ?? 0;
      }
      const split = splitColumns(pickW, pickH, m.rowGap);
      const splitW = split.left + split.right + m.stackColumnGap;
      tries.add(Math.max(own, splitW), rowPitch + split.height, HANG, cap, hung);
      // Left-railed columns for every few caps (and the largest): they cost the most.
      if ((caps.length - 1 - k) % every !== 0) continue;
      for (const c of COLUMN_COUNTS) {
        if (c > n || (c > 1 && c === n)) continue;
        const cols = partitionColumns(pickW, pickH, c, m);
        tries.add(Math.max(own, cols.width), rowPitch + cols.height, COLUMNS + c, cap, hung);
      }
    }
  }

  /**
   * A row: each item in its narrowest shape no taller than a cap; a row wider than
   * maxRowWidth hangs instead.
   */
  private rowOptions(n: number, own: number): void {
    const { m, rowPitch, tries, itemN, itemW, itemH, itemHung, caps } = this;
    this.capsFrom(itemH, n);
    for (const cap of caps) {
      let rowW = 0;
      let rowH = 0;
      let hung = 0;
      for (let j = 0; j < n; j++) {
        const at = j * K + narrowestWithin(itemH, j * K, itemN[j] ?? 1, cap);
        rowW += (j > 0 ? m.siblingGap : 0) + (itemW[at] ?? 0);
        rowH = Math.max(rowH, itemH[at] ?? 0);
        hung += itemHung[at] ?? 0;
      }
      if (rowW > m.maxRowWidth) continue;
      tries.add(Math.max(own, rowW), rowPitch + rowH, ROW, cap, hung);
    }
  }

  /** Top-down: the heads' cap, then each subtree the shape its manager's choice asks of it. */
  private assign(rootCap: number): ChartShapes {
    const { tree, slot, shape, shapeN, stack, stackN } = this;
    const { count, childStart, childList } = tree;
    const chosen = new Uint8Array(count);
    for (const r of tree.roots) {
      const s = slot[r] ?? -1;
      if (s >= 0) chosen[r] = narrowestWithin(shape.height, s * K, shapeN[s] ?? 1, rootCap);
    }
    let hung = 0;
    const hang = new Uint8Array(count);
    const hangCols = new Uint8Array(count);
    const subtreeHeight = new Float64Array(count);
    for (let v = 0; v < count; v++) {
      const s = slot[v] ?? -1;
      if (s < 0) {
        subtreeHeight[v] = this.height[v] ?? 0;
        continue;
      }
      const at = s * K + (chosen[v] ?? 0);
      subtreeHeight[v] = shape.height[at] ?? 0;
      const kind = shape.kind[at] ?? ROW;
      const byWidth = kind !== ROW;
      const cap = shape.cap[at] ?? 0;
      if (byWidth) {
        hang[v] = 1;
        hangCols[v] = kind === HANG ? 0 : kind - COLUMNS;
        hung++;
      }
      if ((stackN[s] ?? 0) > 0) {
        const q = s * K + pick(stack, s * K, stackN[s] ?? 1, byWidth, cap);
        const cols = stack.cap[q] ?? 1;
        this.blockCols[v] = cols;
        this.blockRows[v] = Math.ceil((this.leafCount[v] ?? 0) / cols);
        this.blockW[v] = stack.width[q] ?? 0;
        this.blockH[v] = stack.height[q] ?? 0;
      }
      for (let k = childStart[v] ?? 0, e = childStart[v + 1] ?? 0; k < e; k++) {
        const c = childList[k] ?? 0;
        const cs = slot[c] ?? -1;
        if (cs >= 0) chosen[c] = pick(shape, cs * K, shapeN[cs] ?? 1, byWidth, cap);
      }
    }
    return {
      hang,
      hangCols,
      blockCols: this.blockCols,
      blockRows: this.blockRows,
      blockColW: this.blockColW,
      blockPitch: this.blockPitch,
      blockW: this.blockW,
      blockH: this.blockH,
      stacks: this.stacks,
      hung,
      subtreeHeight,
    };
  }

  /**
   * The height cap for the heads, their trees side by side, each in its narrowest shape
   * within the cap. The shapes to choose from: a chart that fits one page keeps to its
   * printable shapes on a page with the fewest hung managers, as a small chart is expected
   * to look; else those that print (at most maxAspect wide, or a page wide; at most
   * maxAspect tall).
   * Of these, the one nearest a landscape page (√2:1) among those at most AREA_TOLERANCE
   * larger than the smallest; if none prints, the least wide.
   */
  private chartCap(): number {
    const { tree, slot, shape, shapeN, width, height, m, caps } = this;
    const heights = new Float64Array(tree.roots.length * K);
    let nv = 0;
    for (const r of tree.roots) {
      const s = slot[r] ?? -1;
      if (s < 0) heights[nv++] = height[r] ?? 0;
      else for (let q = 0; q < (shapeN[s] ?? 0); q++) heights[nv++] = shape.height[s * K + q] ?? 0;
    }
    capsOf(heights, nv, Infinity, caps);
    const capW: number[] = [];
    const capH: number[] = [];
    const capHung: number[] = [];
    let fewestHung = Infinity;
    for (let k = 0; k < caps.length; k++) {
      const cap = caps[k] ?? 0;
      let w = 0;
      let h = 0;
      let hung = 0;
      for (const r of tree.roots) {
        const s = slot[r] ?? -1;
        let bw = width[r] ?? 0;
        let bh = height[r] ?? 0;
        if (s >= 0) {
          const at = s * K + narrowestWithin(shape.height, s * K, shapeN[s] ?? 1, cap);
          bw = shape.width[at] ?? 0;
          bh = shape.height[at] ?? 0;
          hung += shape.hung[at] ?? 0;
        }
        w += (w > 0 ? m.treeGap : 0) + bw;
        h = Math.max(h, bh);
      }
      capW.push(w);
      capH.push(h);
      capHung.push(hung);
      if (this.onPage(w, h)) fewestHung = Math.min(fewestHung, hung);
    }
    // The shapes to choose from: on one page with the fewest hung; else those that print.
    const eligible = (k: number) => {
      const w = capW[k] ?? 0;
      const h = capH[k] ?? 0;
      return fewestHung < Infinity
        ? this.onPage(w, h) && capHung[k] === fewestHung
        : this.prints(w, h);
    };
    let smallest = Infinity;
    for (let k = 0; k < caps.length; k++)
      if (eligible(k)) smallest = Math.min(smallest, (capW[k] ?? 0) * (capH[k] ?? 0));
    let best = Infinity;
    let bestScore = Infinity;
    for (let k = 0; k < caps.length; k++) {
      const w = capW[k] ?? 0;
      const h = capH[k] ?? 1;
      const score =
        smallest < Infinity
          ? eligible(k) && w * h <= smallest * (1 + AREA_TOLERANCE)
            ? Math.abs(Math.log(w / h / Math.SQRT2))
            : Infinity
          : w / h;
      if (score < bestScore) {
        bestScore = score;
        best = caps[k] ?? Infinity;
      }
    }
    return best;
  }

  private prints(w: number, h: number): boolean {
    const m = this.m;
    return w <= Math.max(m.maxAspect * h, m.pageWidth) && h <= m.maxAspect * w;
  }

  private onPage(w: number, h: number): boolean {
    const m = this.m;
    return w <= m.pageWidth && h <= m.pageHeight && this.prints(w, h);
  }
}

const NO_INPUT: ShapeInput = {
  tree: chartTree([]),
  width: new Float64Array(0),
  height: new Float64Array(0),
  rowPitch: 0,
  metrics: CHART_METRICS,
  stackFrom: 2,
  gridFrom: 2,
};
const CHOOSER = new ShapeChooser();

/** The shape of frontiers `f` (`n` from `base`) that a manager's cap asks of a report. */
function pick(f: Frontiers, base: number, n: number, byWidth: boolean, cap: number): number {
  return byWidth ? shortestWithin(f.width, base, n, cap) : narrowestWithin(f.height, base, n, cap);
}

/**
 * Split items (in order) into a left and a right column, the first `count` on the left, so
 * that the taller column is as short as it can be; `gap` between items in a column.
 */
export function splitColumns(
  widths: readonly number[],
  heights: readonly number[],
  gap: number,
): { count: number; left: number; right: number; height: number } {
  const n = heights.length;
  let total = 0;
  for (const h of heights) total += h + gap;
  let best = -1;
  let bestHeight = Infinity;
  let above = 0;
  for (let k = 1; k <= n; k++) {
    above += (heights[k - 1] ?? 0) + gap;
    const height = Math.max(above, total - above) - gap;
    if (height < bestHeight - 1e-9) {
      bestHeight = height;
      best = k;
    }
  }
  let left = 0;
  let right = 0;
  for (let i = 0; i < n; i++)
    if (i < best) left = Math.max(left, widths[i] ?? 0);
    else right = Math.max(right, widths[i] ?? 0);
  return { count: best, left, right, height: Math.max(0, bestHeight) };
}

/**
 * Split items (in order) into `columns` columns, each with its rail on its left, so that the
 * tallest column is as short as it can be; `rowGap` between items in a column, `siblingGap`
 * between columns. The index after each column's last item goes to `ends`, when given. The
 * size returned is reused by the next call.
 */
export function partitionColumns(
  widths: readonly number[],
  heights: readonly number[],
  columns: number,
  m: Pick<ChartMetrics, 'rowGap' | 'railIndent' | 'siblingGap'>,
  ends?: number[],
): { width: number; height: number } {
  const n = heights.length;
  let tallest = 0;
  let total = -m.rowGap;
  for (const h of heights) {
    tallest = Math.max(tallest, h);
    total += h + m.rowGap;
  }
  // The greedy fill of the smallest limit that takes no more than `columns` columns: start
  // from a lower bound and raise the limit by the least that moves a column break (where
  // the greedy fill next changes) until it fits.
  let limit = Math.max(tallest, (total + m.rowGap) / columns - m.rowGap);
  for (;;) {
    let used = 1;
    let top = 0;
    let raise = Infinity;
    for (let i = 0; i < n; i++) {
      const h = heights[i] ?? 0;
      if (top > 0 && top + h > limit) {
        raise = Math.min(raise, top + h - limit);
        used++;
        top = 0;
      }
      top += h + m.rowGap;
    }
    if (used <= columns) break;
    limit += raise;
  }
  if (ends) ends.length = 0;
  let width = 0;
  let height = 0;
  let top = 0;
  let colW = 0;
  for (let i = 0; i <= n; i++) {
    const h = heights[i] ?? 0;
    if (i === n || (top > 0 && top + h > limit)) {
      ends?.push(i);
      width += (width > 0 ? m.siblingGap : 0) + m.railIndent + colW;
      height = Math.max(height, top - m.rowGap);
      top = 0;
      colW = 0;
    }
    top += h + m.rowGap;
    colW = Math.max(colW, widths[i] ?? 0);
  }
  PARTITION.width = width;
  PARTITION.height = height;
  return PARTITION;
}

const PARTITION = { width: 0, height: 0 };
