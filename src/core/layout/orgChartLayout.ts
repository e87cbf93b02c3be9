import type { BoxText } from './boxText';
import type { ChartTree } from './chartTree';

/** How the connector from a box's manager arrives at the box. */
export const ATTACH = { top: 0, left: 1, right: 2 } as const;
export type AttachSide = (typeof ATTACH)[keyof typeof ATTACH];

/**
 * An org chart laid out: one box per node of the chart's tree (same indices, pre-order),
 * in CSS pixels with the origin at the top left of the bounding box. Columns are typed
 * arrays so that a 300,000-box chart costs a few arrays, not 300,000 objects.
 */
export interface OrgChartLayout {
  readonly tree: ChartTree;
  /** Top-left corner and size of each box. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly width: Float64Array;
  readonly height: Float64Array;
  /** Index into `texts` of each box's text. */
  readonly text: Int32Array;
  readonly texts: readonly BoxText[];
  /** Side the manager's connector arrives at (`ATTACH`). */
  readonly attach: Uint8Array;
  /** y of the horizontal bus between a box's manager and its row (NaN for heads). */
  readonly busY: Float64Array;
  /** x of the vertical rail a stacked or hung box hangs from (NaN for a box in a row). */
  readonly railX: Float64Array;
  /**
   * For a box of a grid hung below other subtrees: y of the grid's own bus, reached down the
   * first rail, and x of the box's column rail (NaN otherwise).
   */
  readonly bus2Y: Float64Array;
  readonly rail2X: Float64Array;
  /** Managers whose reports hang in columns instead of a row. */
  readonly hung: number;
  /** Findings about each box's role, by severity (zero without findings). */
  readonly errors: Int32Array;
  readonly warnings: Int32Array;
  readonly infos: Int32Array;
  /** Distance from one row of boxes to the next. */
  readonly rowPitch: number;
  /**
   * Estimated height of the shape each box's subtree takes, its own box included: laid out
   * alone with `fitHeight` set to it, the subtree takes the same shape.
   */
  readonly subtreeHeight: Float64Array;
  /** Stacks of leaves drawn in columns. */
  readonly stacks: number;
  readonly bounds: { readonly width: number; readonly height: number };
}
