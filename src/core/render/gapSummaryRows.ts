import type { GapSummaryStyle } from './gapSummaryStyles';
import type { PlanCell, PlanValue } from './sheetPlan';

export type GapSummaryCell = PlanCell | PlanValue;

/** Where a table landed: its header row and its first and last item rows (1-based). */
export interface GapSummaryTableRows {
  readonly header: number;
  readonly first: number;
  readonly last: number;
}

export interface GapSummaryTableSpec<T> {
  readonly heading: string;
  readonly headers: readonly string[];
  readonly items: readonly T[];
  readonly row: (item: T) => GapSummaryCell[];
  /** The single row shown instead of an empty table. */
  readonly none: string;
  /** The row that stands for the items left out beyond the cap. */
  readonly more: (n: number) => string;
  readonly cap: number;
}

const styled = (value: PlanValue, style: GapSummaryStyle): PlanCell => ({ value, style });

/**
 * The Gap Summary's rows as they are laid out, top to bottom: sections, sub-headings and
 * tables, each followed by one blank row. Returns 1-based row numbers so charts, page
 * breaks and tests can point at exactly what was written.
 */
export class GapSummaryRows {
  private readonly rows: GapSummaryCell[][] = [];

  /** @param columns how many columns a section header's fill spans */
  constructor(private readonly columns: number) {}

  /** All rows so far. */
  get all(): readonly (readonly GapSummaryCell[])[] {
    return this.rows;
  }

  /** The 1-based number of the next row. */
  get next(): number {
    return this.rows.length + 1;
  }

  /** Append a row; returns its 1-based number. */
  add(...cells: GapSummaryCell[]): number {
    this.rows.push(cells);
    return this.rows.length;
  }

  blank(): void {
    this.rows.push([]);
  }

  /** Add blank rows until the sheet has at least `count` rows. */
  padTo(count: number): void {
    while (this.rows.length < count) this.blank();
  }

  /** A section: a filled header row across all columns, then its one-line explanation. */
  section(title: string, explain: string): number {
    const header = this.add(
      styled(title, 'section'),
      ...Array.from({ length: this.columns - 1 }, () => styled(null, 'section')),
    );
    this.add(styled(explain, 'explain'));
    this.blank();
    return header;
  }

  subheading(text: string): number {
    return this.add(styled(text, 'subheading'));
  }

  /**
   * A sub-heading, then a header row and one row per item (at most `cap`, then a row
   * saying how many more), or a single "None" row when there are no items; then a blank
   * row. Returns where the item rows are, or `undefined` for the "None" case.
   */
  table<T>(spec: GapSummaryTableSpec<T>): GapSummaryTableRows | undefined {
    this.subheading(spec.heading);
    if (spec.items.length === 0) {
      this.add(styled(spec.none, 'none'));
      this.blank();
      return undefined;
    }
    const header = this.add(...spec.headers.map((h) => styled(h, 'header')));
    const shown = spec.items.slice(0, spec.cap);
    for (const item of shown) this.add(...spec.row(item));
    const last = this.rows.length;
    const left = spec.items.length - shown.length;
    if (left > 0) this.add(styled(spec.more(left), 'more'));
    this.blank();
    return { header, first: header + 1, last };
  }
}
