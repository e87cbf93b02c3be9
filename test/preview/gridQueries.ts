import { screen, within } from '@testing-library/react';

/** The grid's body rows in the DOM (the column header row left out). */
export const bodyRows = (grid: HTMLElement): HTMLElement[] =>
  within(grid)
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1');

/** The sheet tabs, by name, and which one is selected. */
export function sheetTabs(): { names: string[]; selected: string | undefined } {
  const tabs = within(screen.getByRole('tablist', { name: 'Sheets' })).getAllByRole('tab');
  return {
    names: tabs.map((t) => t.getAttribute('value') ?? ''),
    selected:
      tabs.find((t) => t.getAttribute('aria-selected') === 'true')?.getAttribute('value') ??
      undefined,
  };
}

/** The grid's status line (the selected cell), in the workbook's region. */
export const statusText = (): string | null =>
  within(screen.getByRole('region', { name: /^Workbook / })).getByRole('status').textContent;
