/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { bodyRows, sheetTabs, statusText } from './gridQueries';
import { renderOpenPreview } from './renderPreview';

describe('the pane and the grid', () => {
  it('hosts the pane on the workbook, beside the grid of its first sheet', async () => {
    const { opener } = await renderOpenPreview();
    const region = screen.getByRole('region', { name: 'Workbook example.xlsx' });
    expect(within(region).getByRole('grid', { name: 'Sheet Roles (read-only)' })).toBeTruthy();
    expect(screen.getByRole('main').querySelector('img')?.getAttribute('src')).toBe(
      'assets/logo-filled.png',
    );
    expect(opener.workbook.callsOf('snapshot')).toHaveLength(1);
    expect(screen.getByRole('toolbar', { name: 'Workbook' })).toBeTruthy();
  });

  it('switches the grid to the sheet and marks the cell of a finding the pane goes to', async () => {
    const { user, opener } = await renderOpenPreview();
    await user.click(screen.getByRole('tab', { name: 'Validate' }));
    // The finding's button shows its cell (queried by role and name in the pane's own tests).
    await user.click(await screen.findByText('Responsibilities!E17'));
    expect(opener.workbook.callsOf('selectCell')).toEqual([['Responsibilities', 'E17']]);

    const grid = await screen.findByRole('grid', { name: 'Sheet Responsibilities (read-only)' });
    expect(sheetTabs().selected).toBe('Responsibilities');
    const [cell, ...others] = within(grid).getAllByRole('gridcell', { selected: true });
    expect(others).toEqual([]);
    expect(cell?.getAttribute('aria-colindex')).toBe('6');
    expect(cell?.closest('[role=row]')?.getAttribute('aria-rowindex')).toBe('18');
    expect(statusText()).toBe('Selected: Responsibilities!E17');
    expect(bodyRows(grid).length).toBeGreaterThan(17);
  });

  it('reads the sheet tabs again after the pane generates, and shows the new sheets', async () => {
    const { user, opener } = await renderOpenPreview();
    const before = opener.workbook.previewCallsOf('sheetNames').length;
    await user.click(screen.getByRole('tab', { name: 'Generate' }));
    const panel = screen.getByRole('tabpanel', { name: 'Generate' });
    await user.click(within(panel).getByRole('button', { name: 'Generate' }));
    await waitFor(
      () =>
        expect(sheetTabs().names).toEqual([
          'Roles',
          'Responsibilities',
          'Policy',
          'Findings',
          'Gap Summary',
          'Service Quality',
          'Job Descriptions',
          'Org Chart',
        ]),
      { timeout: 10_000 },
    );
    expect(opener.workbook.previewCallsOf('sheetNames').length).toBeGreaterThan(before);
    await user.click(screen.getByRole('tab', { name: 'Gap Summary' }));
    const grid = await screen.findByRole('grid', { name: 'Sheet Gap Summary (read-only)' });
    expect(within(grid).getByRole('gridcell').textContent).toBe('Gap Summary');
  });

  it('reads the sheet tabs again after the pane inserts the example', async () => {
    const { user, opener } = await renderOpenPreview();
    const workbook = opener.workbook;
    const insert = workbook.insertExample.bind(workbook);
    workbook.insertExample = async (lang) => {
      workbook.sheets.set('Roles (2)', [['RoleId']]);
      return insert(lang);
    };
    await user.click(screen.getByRole('button', { name: 'Insert example' }));
    expect(await screen.findByRole('tab', { name: 'Roles (2)' }, { timeout: 10_000 })).toBeTruthy();
  });
});
