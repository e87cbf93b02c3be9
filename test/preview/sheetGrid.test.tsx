/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { ROW_HEIGHT } from '../../src/preview/ui/gridGeometry';
import { PREVIEW_STRINGS } from '../../src/preview/ui/previewStrings';
import { SheetArea, type SelectionRequest } from '../../src/preview/ui/SheetArea';
import { polyfillDom } from '../taskpane/renderPane';
import { FakePreviewWorkbook, tallSheet } from './fakePreviewWorkbook';
import { bodyRows, sheetTabs, statusText } from './gridQueries';
import { HidingCssOnly } from './hidingCssOnly';

/** The grid side of the page on its own, on a fake workbook (no pane). */
async function renderSheets(prepare: (workbook: FakePreviewWorkbook) => void = () => undefined) {
  polyfillDom();
  const errors: string[] = [];
  const workbook = new FakePreviewWorkbook('Org.xlsx', { onSelectCell: () => undefined });
  prepare(workbook);
  const view = (request?: SelectionRequest, revision = 0) => (
    <FluentProvider theme={webLightTheme}>
      <section aria-label="Workbook Org.xlsx">
        <SheetArea
          workbook={workbook}
          revision={revision}
          request={request}
          text={PREVIEW_STRINGS.en}
          onError={(title, message) => errors.push(`${title}: ${message}`)}
        />
      </section>
    </FluentProvider>
  );
  const result = render(view(), { wrapper: HidingCssOnly });
  await screen.findByRole('grid');
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  return {
    workbook,
    errors,
    user,
    /** As the page does when the pane selects a cell. */
    select: (sheet: string, a1: string, seq: number) => result.rerender(view({ sheet, a1, seq })),
    /** As the page does when the pane has written sheets. */
    changed: (revision: number) => result.rerender(view(undefined, revision)),
  };
}

describe('sheet grid', () => {
  it('shows the first sheet with column letters, row numbers and ARIA counts', async () => {
    await renderSheets();
    const grid = screen.getByRole('grid', { name: 'Sheet Roles (read-only)' });
    expect(grid.getAttribute('aria-rowcount')).toBe('4');
    expect(grid.getAttribute('aria-colcount')).toBe('4');
    expect(grid.getAttribute('aria-readonly')).toBe('true');
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['', 'A', 'B', 'C']);
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['1', '2', '3']);
    const [, second] = bodyRows(grid);
    expect(
      within(second as HTMLElement)
        .getAllByRole('gridcell')
        .map((c) => c.textContent),
    ).toEqual(['MGR', 'Service Manager', '']);
    expect(sheetTabs()).toEqual({
      names: ['Roles', 'Responsibilities', 'Policy'],
      selected: 'Roles',
    });
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(
      screen.getByRole('tab', { name: 'Roles' }).id,
    );
  });

  it('renders only the rows in view of a 10,000-row sheet, and follows the scroll', async () => {
    await renderSheets((workbook) => {
      workbook.sheets = new Map([['Big', tallSheet(10_000)], ...workbook.sheets]);
    });
    const grid = screen.getByRole('grid', { name: 'Sheet Big (read-only)' });
    expect(grid.getAttribute('aria-rowcount')).toBe('10001');
    expect(bodyRows(grid).length).toBeLessThan(60);
    expect(within(grid).getByText('Row 2')).toBeTruthy();

    fireEvent.scroll(grid, { target: { scrollTop: 5_000 * ROW_HEIGHT } });
    const rows = bodyRows(grid);
    expect(rows.length).toBeLessThan(60);
    // Row 5,001 of the sheet is aria-rowindex 5,002 (the header row is 1).
    expect(rows.map((r) => Number(r.getAttribute('aria-rowindex')))).toContain(5_002);
    expect(within(grid).getByText('Row 5001')).toBeTruthy();
    expect(within(grid).queryByText('Row 2')).toBeNull();
  });

  it('switches to the sheet of a selected cell, marks it and brings it into the DOM', async () => {
    const { select, workbook } = await renderSheets((w) => w.sheets.set('Big', tallSheet(10_000)));
    select('Big', 'B9000', 1);
    const grid = await screen.findByRole('grid', { name: 'Sheet Big (read-only)' });
    expect(sheetTabs().selected).toBe('Big');
    const [cell] = within(grid).getAllByRole('gridcell', { selected: true }) as [HTMLElement];
    expect(cell.textContent).toBe('9000');
    expect(cell.getAttribute('aria-colindex')).toBe('3');
    expect(cell.closest('[role=row]')?.getAttribute('aria-rowindex')).toBe('9001');
    expect(grid.getAttribute('aria-activedescendant')).toBe(cell.id);
    expect(bodyRows(grid).length).toBeLessThan(60);
    expect(statusText()).toBe('Selected: Big!B9000');
    expect(workbook.previewCallsOf('sheetView').map(([sheet]) => sheet)).toEqual(['Roles', 'Big']);

    // The same cell again (a new request) is shown again after the user scrolled away.
    fireEvent.scroll(grid, { target: { scrollTop: 0 } });
    expect(within(grid).queryAllByRole('gridcell', { selected: true })).toEqual([]);
    select('Big', 'B9000', 2);
    expect(within(grid).getAllByRole('gridcell', { selected: true })).toHaveLength(1);
  });

  it('moves the selection with the arrow keys and selects a clicked cell', async () => {
    const { user } = await renderSheets();
    const grid = screen.getByRole('grid', { name: 'Sheet Roles (read-only)' });
    await user.click(within(grid).getByText('Service Manager'));
    expect(statusText()).toBe('Selected: Roles!B2');
    grid.focus();
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowRight}');
    expect(statusText()).toBe('Selected: Roles!C3');
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(statusText()).toBe('Selected: Roles!A1');
    expect(within(grid).getByRole('gridcell', { selected: true }).textContent).toBe('RoleId');
    await user.keyboard('{End}');
    expect(statusText()).toBe('Selected: Roles!C1');
  });

  it('reads the names and the sheet on show again when the workbook changed', async () => {
    const { changed, workbook } = await renderSheets();
    workbook.sheets.set('Findings', [['Severity', 'Code']]);
    workbook.sheets.set('Roles', [['RoleId'], ['NEW']]);
    act(() => changed(1));
    expect(await screen.findByRole('tab', { name: 'Findings' })).toBeTruthy();
    const grid = screen.getByRole('grid', { name: 'Sheet Roles (read-only)' });
    expect(await within(grid).findByText('NEW')).toBeTruthy();
    expect(workbook.previewCallsOf('sheetNames')).toHaveLength(2);
  });

  it('says when rows were left out, and when a selected cell is past them', async () => {
    const { select } = await renderSheets((workbook) => {
      workbook.moreRows = 250_000;
    });
    expect(
      screen.getByText('Showing the first 3 rows; 250,000 more rows are not shown.'),
    ).toBeTruthy();
    select('Roles', 'A90000', 1);
    expect(await screen.findByText('A90000 is past the rows shown here.')).toBeTruthy();
    const grid = screen.getByRole('grid', { name: 'Sheet Roles (read-only)' });
    expect(grid.getAttribute('aria-rowcount')).toBe('4');
  });

  it('reports a sheet that cannot be read', async () => {
    const { user, workbook, errors } = await renderSheets();
    workbook.previewFailures.sheetView = new Error('The sheet is damaged.');
    await user.click(screen.getByRole('tab', { name: 'Policy' }));
    expect(errors).toEqual(['Could not show the sheet: The sheet is damaged.']);
  });
});
