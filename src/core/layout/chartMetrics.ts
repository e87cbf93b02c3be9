/** Sizes of an org chart, in CSS pixels (SVG user units; 0.75 pt each). */
export interface ChartMetrics {
  readonly titleFontSize: number;
  readonly titleLineHeight: number;
  readonly footerFontSize: number;
  readonly footerLineHeight: number;
  readonly paddingX: number;
  readonly paddingY: number;
  readonly minBoxWidth: number;
  readonly maxBoxWidth: number;
  readonly maxTitleLines: number;
  /** Between the boxes of a row. */
  readonly siblingGap: number;
  /** Between the trees of a forest. */
  readonly treeGap: number;
  /** Between rows; the connectors' horizontal bus runs in its middle. */
  readonly rowGap: number;
  /** Between the rows of a stack of leaves. */
  readonly stackRowGap: number;
  /** Between the columns of a stack (two-column stacks have their rail in it). */
  readonly stackColumnGap: number;
  /** Room on the left of each column of a grid, where its rail runs. */
  readonly railIndent: number;
  /**
   * A manager whose reports would make a row wider than this hangs them instead: their
   * subtrees in two columns either side of a rail, one below the other.
   */
  readonly maxRowWidth: number;
  /** A manager also hangs its reports when that makes its subtree this much smaller in area. */
  readonly hangBelowArea: number;
  /** Widest a chart should be for its height: more reports hang until it is no wider. */
  readonly maxAspect: number;
  /** A chart no wider than this fits a printed page as it is, whatever its aspect. */
  readonly pageWidth: number;
}

export const CHART_METRICS: ChartMetrics = {
  titleFontSize: 12,
  titleLineHeight: 16,
  footerFontSize: 10,
  footerLineHeight: 14,
  paddingX: 10,
  paddingY: 7,
  minBoxWidth: 112,
  maxBoxWidth: 196,
  maxTitleLines: 3,
  siblingGap: 14,
  treeGap: 48,
  rowGap: 36,
  stackRowGap: 8,
  stackColumnGap: 28,
  railIndent: 14,
  maxRowWidth: 4000,
  hangBelowArea: 0.75,
  maxAspect: 3,
  pageWidth: 1400,
};
