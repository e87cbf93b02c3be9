import { Spinner, Tab, TabList, useId } from '@fluentui/react-components';
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { cellA1, parseRangeA1, type CellRef } from '../../core/model/address';
import type { PreviewWorkbook } from '../previewWorkbook';
import type { PreviewStrings } from './previewStrings';
import { SheetGrid, type Reveal, type RevealMode } from './SheetGrid';
import { usePreviewStyles } from './usePreviewStyles.styles';
import { useSheetData } from './useSheetData';

/** A cell the pane asked to show (`selectCell`); a new `seq` asks again, even for the same cell. */
export interface SelectionRequest {
  readonly sheet: string;
  readonly a1: string;
  readonly seq: number;
}

/** Props of the grid side of the page. */
export interface SheetAreaProps {
  readonly workbook: PreviewWorkbook;
  /** Changes when the pane has written sheets: read the names and cells again. */
  readonly revision: number;
  /** The pane's latest `selectCell`. */
  readonly request: SelectionRequest | undefined;
  readonly text: PreviewStrings;
  /** A read failed: show its message. */
  readonly onError: (title: string, message: string) => void;
}

interface Selection {
  readonly sheet: string;
  readonly cell: CellRef;
}

/**
 * The workbook's sheets as tabs above a read-only grid of the one on show. The pane's
 * `selectCell` switches to its sheet and selects, highlights and scrolls to its cell; the user
 * can also pick cells with the mouse or the arrow keys.
 */
export function SheetArea({
  workbook,
  revision,
  request,
  text,
  onError,
}: SheetAreaProps): ReactElement {
  const styles = usePreviewStyles();
  const ids = useId('sod-sheets');
  const [sheet, setSheet] = useState<string>();
  const [selection, setSelection] = useState<Selection>();
  const [reveal, setReveal] = useState<Reveal>({ seq: 0, mode: 'center' });
  const failed = useCallback(
    (message: string) => onError(text.failed.sheet, message),
    [onError, text],
  );
  const { names, view, loading } = useSheetData(workbook, sheet, revision, failed);

  // The pane selected a cell: its sheet, its cell, centred.
  useEffect(() => {
    if (!request) return;
    setSheet(request.sheet);
    const range = parseRangeA1(request.a1);
    setSelection(range ? { sheet: request.sheet, cell: range.from } : undefined);
    setReveal((r) => ({ seq: r.seq + 1, mode: 'center' }));
  }, [request]);

  // Show the first sheet until one is chosen, and again when the one on show is gone.
  useEffect(() => {
    if (!names) return;
    setSheet((current) =>
      current !== undefined && (names.includes(current) || current === request?.sheet)
        ? current
        : names[0],
    );
  }, [names, request]);

  const select = useCallback(
    (cell: CellRef, mode: RevealMode) => {
      if (sheet === undefined) return;
      setSelection({ sheet, cell });
      setReveal((r) => ({ seq: r.seq + 1, mode }));
    },
    [sheet],
  );

  const shown = view !== undefined && view.sheet === sheet ? view : undefined;
  const selected = selection && selection.sheet === sheet ? selection.cell : undefined;
  const listed = names ?? [];
  const tabs = sheet !== undefined && !listed.includes(sheet) ? [...listed, sheet] : listed;
  const tabId = (index: number) => `${ids}-tab-${index}`;
  const active = sheet === undefined ? -1 : tabs.indexOf(sheet);
  const beyond =
    shown !== undefined &&
    selected !== undefined &&
    shown.moreRows > 0 &&
    selected.row > shown.rows.length;

  let body: ReactElement;
  if (names !== undefined && tabs.length === 0)
    body = <p className={styles.note}>{text.noSheets}</p>;
  else if (!shown)
    body = loading ? (
      <Spinner className={styles.sheetSpinner} label={text.loadingSheet} />
    ) : (
      <div />
    );
  else if (shown.rows.length === 0 && !selected)
    body = <p className={styles.note}>{text.emptySheet}</p>;
  else
    body = (
      <SheetGrid
        key={shown.sheet}
        view={shown}
        label={text.gridLabel(shown.sheet)}
        selected={selected}
        reveal={reveal}
        onSelect={select}
      />
    );

  return (
    <>
      <div className={styles.sheetBar}>
        <TabList
          className={styles.sheetTabs}
          size="small"
          aria-label={text.sheetsLabel}
          selectedValue={sheet ?? ''}
          onTabSelect={(_event, data) => setSheet(String(data.value))}
        >
          {tabs.map((name, index) => (
            <Tab key={name} value={name} id={tabId(index)}>
              {name}
            </Tab>
          ))}
        </TabList>
        <div className={styles.sheetStatus}>
          {shown && shown.moreRows > 0 && (
            <span>{text.moreRows(shown.rows.length, shown.moreRows)}</span>
          )}
          {beyond && selected && (
            <span>{text.selectionBeyond(cellA1(selected.row, selected.col))}</span>
          )}
          <span role="status">
            {selected && sheet !== undefined
              ? text.selectedCell(sheet, cellA1(selected.row, selected.col))
              : ''}
          </span>
        </div>
      </div>
      <div
        role="tabpanel"
        className={styles.sheetPanel}
        aria-labelledby={active >= 0 ? tabId(active) : undefined}
      >
        {body}
      </div>
    </>
  );
}
