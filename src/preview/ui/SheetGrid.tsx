import { mergeClasses, useId } from '@fluentui/react-components';
import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
} from 'react';
import { columnLetters, type CellRef } from '../../core/model/address';
import { useElementSize } from '../../taskpane/orgchart/useElementSize';
import type { SheetView } from '../previewWorkbook';
import {
  columnWidths,
  ROW_HEIGHT,
  rowHeaderWidth,
  rowWindow,
  scrollToShow,
  textUnits,
} from './gridGeometry';
import { useSheetGridStyles } from './useSheetGridStyles.styles';

/** How a selection is brought into view: the least scroll, or centred (a jump from the pane). */
export type RevealMode = 'nearest' | 'center';

/** A request to scroll the selected cell into view; a new `seq` asks again. */
export interface Reveal {
  readonly seq: number;
  readonly mode: RevealMode;
}

/** Props of the read-only sheet grid. */
export interface SheetGridProps {
  readonly view: SheetView;
  /** The grid's accessible name. */
  readonly label: string;
  /** The selected cell (1-based row and column), highlighted. */
  readonly selected?: CellRef;
  /** Scroll the selected cell into view when this changes (and when the grid mounts). */
  readonly reveal?: Reveal;
  /** The user picked a cell (click or arrow keys). */
  readonly onSelect: (cell: CellRef, mode: RevealMode) => void;
}

/** The viewport assumed before the grid is laid out (and in a DOM without layout). */
const FALLBACK_SIZE = { width: 960, height: 640 };
const NUMBER = /^[-+]?[\d,]*\.?\d+%?$/;

/** The cell a navigation key leads to from `from`, within the grid; undefined for other keys. */
function moveBy(
  event: KeyboardEvent,
  from: CellRef | undefined,
  rows: number,
  cols: number,
  pageRows: number,
): CellRef | undefined {
  const at = from ?? { row: 1, col: 1 };
  const ctrl = event.ctrlKey || event.metaKey;
  const clamp = (row: number, col: number) => ({
    row: Math.min(Math.max(row, 1), Math.max(rows, 1)),
    col: Math.min(Math.max(col, 1), Math.max(cols, 1)),
  });
  if (!from && /^(Arrow|Page|Home|End)/.test(event.key)) return at;
  switch (event.key) {
    case 'ArrowUp':
      return clamp(ctrl ? 1 : at.row - 1, at.col);
    case 'ArrowDown':
      return clamp(ctrl ? rows : at.row + 1, at.col);
    case 'ArrowLeft':
      return clamp(at.row, ctrl ? 1 : at.col - 1);
    case 'ArrowRight':
      return clamp(at.row, ctrl ? cols : at.col + 1);
    case 'PageUp':
      return clamp(at.row - pageRows, at.col);
    case 'PageDown':
      return clamp(at.row + pageRows, at.col);
    case 'Home':
      return clamp(ctrl ? 1 : at.row, 1);
    case 'End':
      return clamp(ctrl ? rows : at.row, cols);
    default:
      return undefined;
  }
}

/**
 * A sheet's cells, read-only, as an ARIA grid: column letters and row numbers that stay in
 * view, and only the rows in view (plus a few) in the DOM — every row is ROW_HEIGHT high, so
 * which rows those are follows from the scroll offset. The selected cell is highlighted, its
 * column letter and row number marked, and it is scrolled into view when asked.
 */
export function SheetGrid({
  view,
  label,
  selected,
  reveal,
  onSelect,
}: SheetGridProps): ReactElement {
  const styles = useSheetGridStyles();
  const id = useId('sod-grid');
  const scroller = useRef<HTMLDivElement>(null);
  const size = useElementSize(scroller, FALLBACK_SIZE);
  const [scrollTop, setScrollTop] = useState(0);

  const { rows } = view;
  const dataColumns = useMemo(() => rows.reduce((n, row) => Math.max(n, row.length), 0), [rows]);
  // A selected cell just past the used range is shown (blank); past rows cut short, it is not.
  const rowCount = Math.max(
    rows.length,
    selected && view.moreRows === 0 ? selected.row : 0,
    rows.length === 0 ? 1 : 0,
  );
  const colCount = Math.max(dataColumns, selected?.col ?? 0, 1);
  const widths = useMemo(() => columnWidths(rows, colCount), [rows, colCount]);
  const headerWidth = rowHeaderWidth(rowCount);
  const lefts = useMemo(() => {
    const out: number[] = [];
    let x = headerWidth;
    for (const w of widths) {
      out.push(x);
      x += w;
    }
    out.push(x);
    return out;
  }, [widths, headerWidth]);
  const totalWidth = lefts[lefts.length - 1] ?? headerWidth;
  const { first, end } = rowWindow(scrollTop, size.height, rowCount);
  const pageRows = Math.max(1, Math.floor((size.height - ROW_HEIGHT) / ROW_HEIGHT) - 1);

  // Bring the selection into view when asked (and on mount, e.g. after a sheet switch).
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !selected || !reveal) return;
    const height = element.clientHeight || size.height;
    const width = element.clientWidth || size.width;
    const rowTop = ROW_HEIGHT * selected.row; // below the header row
    const top = scrollToShow(
      rowTop,
      rowTop + ROW_HEIGHT,
      element.scrollTop,
      height,
      ROW_HEIGHT,
      reveal.mode,
    );
    const colLeft = lefts[selected.col - 1] ?? headerWidth;
    const colRight = lefts[selected.col] ?? colLeft;
    const left = scrollToShow(
      colLeft,
      colRight,
      element.scrollLeft,
      width,
      headerWidth,
      reveal.mode,
    );
    element.scrollTop = top;
    element.scrollLeft = left;
    setScrollTop(top);
    // Only a new request scrolls (its seq), not every re-render with the same selection.
  }, [reveal?.seq]);

  const cellId = (row: number, col: number) => `${id}-r${row}c${col}`;
  const selectedInDom =
    selected !== undefined &&
    selected.row - 1 >= first &&
    selected.row - 1 < end &&
    selected.col <= colCount;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = moveBy(event, selected, rowCount, colCount, pageRows);
    if (!next) return;
    event.preventDefault();
    onSelect(next, 'nearest');
  };

  const columns = Array.from({ length: colCount }, (_, c) => c + 1);
  const bodyRows: ReactElement[] = [];
  for (let r = first; r < end; r++) {
    const row = r + 1;
    const values = rows[r] ?? [];
    const rowSelected = selected?.row === row;
    bodyRows.push(
      <div key={row} role="row" aria-rowindex={row + 1} className={styles.row}>
        <div
          role="rowheader"
          aria-colindex={1}
          className={mergeClasses(
            styles.header,
            styles.rowHeader,
            rowSelected && styles.headerOfSelected,
          )}
          style={{ width: headerWidth }}
        >
          {row}
        </div>
        {columns.map((col) => {
          const text = values[col - 1] ?? '';
          const isSelected = rowSelected && selected?.col === col;
          const width = widths[col - 1] ?? 0;
          return (
            <div
              key={col}
              id={cellId(row, col)}
              role="gridcell"
              aria-colindex={col + 1}
              aria-selected={isSelected}
              className={mergeClasses(
                styles.cell,
                NUMBER.test(text) && styles.number,
                isSelected && styles.selected,
              )}
              style={{ width }}
              title={textUnits(text) * 7.5 + 8 > width ? text : undefined}
              onClick={() => onSelect({ row, col }, 'nearest')}
            >
              {text}
            </div>
          );
        })}
      </div>,
    );
  }

  return (
    <div className={styles.frame}>
      <div
        ref={scroller}
        className={styles.scroller}
        role="grid"
        aria-label={label}
        aria-readonly
        aria-rowcount={rowCount + 1}
        aria-colcount={colCount + 1}
        aria-activedescendant={
          selectedInDom && selected ? cellId(selected.row, selected.col) : undefined
        }
        tabIndex={0}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
      >
        <div role="rowgroup" className={styles.head} style={{ width: totalWidth }}>
          <div role="row" aria-rowindex={1} className={styles.row}>
            <div
              role="columnheader"
              aria-colindex={1}
              className={mergeClasses(styles.header, styles.corner)}
              style={{ width: headerWidth }}
            />
            {columns.map((col) => (
              <div
                key={col}
                role="columnheader"
                aria-colindex={col + 1}
                className={mergeClasses(
                  styles.header,
                  selected?.col === col && styles.headerOfSelected,
                )}
                style={{ width: widths[col - 1] }}
              >
                {columnLetters(col)}
              </div>
            ))}
          </div>
        </div>
        <div
          role="rowgroup"
          className={styles.body}
          style={{ height: rowCount * ROW_HEIGHT, width: totalWidth }}
        >
          <div role="presentation" className={styles.window} style={{ top: first * ROW_HEIGHT }}>
            {bodyRows}
          </div>
        </div>
      </div>
    </div>
  );
}
