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
  /** A manager whose reports would make a row wider than this hangs them in columns instead. */
  readonly maxRowWidth: number;
  /** A chart prints when it is at most this many times as wide as tall, and as tall as wide. */
  readonly maxAspect: number;
  /** A chart no wider than this fits a printed page as it is, however much wider than tall. */
  readonly pageWidth: number;
  /** A chart no wider than `pageWidth` nor taller than this fits one landscape page. */
  readonly pageHeight: number;
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
  maxAspect: 3,
  pageWidth: 1400,
  pageHeight: 990,
};
