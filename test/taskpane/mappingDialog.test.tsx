/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { ColumnMapping } from '../../src/core/read/columnMapping';
import type { SheetHeaders } from '../../src/taskpane/workbookPort';
import { exampleSnapshot } from './exampleSnapshot';
import { FakeWorkbookPort } from './fakeWorkbookPort';
import { polyfillDom, renderPane } from './renderPane';

/** A payroll export with a title row above its headers, and a long duty list. */
const HEADERS: readonly SheetHeaders[] = [
  {
    sheet: 'Payroll export',
    rows: [
      ['Organogram 2024', '', '', '', ''],
      ['Post Unique Reference', 'Job Title', 'Reports to Senior Post', 'Unit', 'FTE'],
      ['P001', 'Director', 'XX', 'Board', '1'],
    ],
  },
  { sheet: 'Duties', rows: [['Duty ref', 'Duty', 'Post', 'Type']] },
];

/**
 * Move focus into the open dialog. Fluent focuses the dialog in an effect, which jsdom runs
 * before Tabster has seen the dialog's attributes (a browser runs it after a paint), so
 * Tabster would not take the dialog for the active modal and would hide it from queries.
 */
function focusInside(element: HTMLElement): void {
  act(() => element.focus());
}

async function openDialog(mapping?: ColumnMapping) {
  const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang, mapping ? { mapping } : {}));
  port.headers = HEADERS;
  const pane = await renderPane(port);
  await pane.user.click(screen.getByRole('button', { name: 'Map columns…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Map columns', hidden: true });
  const sheet = await within(dialog).findByRole('combobox', { name: 'Sheet', hidden: true });
  focusInside(sheet);
  return { ...pane, port, dialog };
}

describe('Map columns…', () => {
  it('builds the ColumnMapping from the choices and saves it', async () => {
    const { user, port, dialog } = await openDialog();
    const pick = (name: string, value: string) =>
      user.selectOptions(within(dialog).getByRole('combobox', { name }), value);

    await pick('Sheet', 'Payroll export');
    const rowChoices = within(within(dialog).getByRole('combobox', { name: 'Header row' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(rowChoices).toEqual([
      'Automatic (now row 2: Post Unique Reference, Job Title, Reports to Se…)',
      'Row 1: Organogram 2024',
      'Row 2: Post Unique Reference, Job Title, Reports to Se…',
      'Row 3: P001, Director, XX, Board, 1',
    ]);
    await pick('Header row', '2');
    await pick('RoleId', 'Post Unique Reference');
    await pick('Title', 'Job Title');
    await pick('ReportsTo', 'Reports to Senior Post');
    await pick('Department', 'Unit');
    await pick('Headcount', 'FTE');
    await user.type(within(dialog).getByRole('textbox', { name: /Top-of-tree codes/ }), 'XX, YY');

    await user.click(within(dialog).getByRole('tab', { name: 'Responsibilities' }));
    await pick('Sheet', 'Duties');
    await pick('Layout', 'long');
    await pick('FunctionId', 'Duty ref');
    await pick('Function', 'Duty');
    await pick('RoleId', 'Post');
    await pick('Class', 'Type');

    await user.click(within(dialog).getByRole('button', { name: 'Save mapping' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(port.callsOf('saveMapping')).toEqual([
      [
        {
          roles: [
            {
              sheet: 'Payroll export',
              headerRow: 2,
              columns: {
                RoleId: 'Post Unique Reference',
                Title: 'Job Title',
                ReportsTo: 'Reports to Senior Post',
                Department: 'Unit',
                Headcount: 'FTE',
              },
              rootCodes: ['XX', 'YY'],
            },
          ],
          responsibilities: [
            {
              sheet: 'Duties',
              columns: { FunctionId: 'Duty ref', Function: 'Duty', RoleId: 'Post', Class: 'Type' },
              form: 'long',
            },
          ],
        },
      ],
    ]);
    expect(await screen.findByRole('group', { name: 'Column mapping saved' })).toBeTruthy();
    await waitFor(() => expect(port.callsOf('snapshot')).toHaveLength(2));
  });

  it('opens on the saved mapping and keeps what it does not show', async () => {
    const saved: ColumnMapping = {
      roles: [
        {
          sheet: 'Payroll export',
          headerRow: 2,
          columns: { RoleId: 'Post Unique Reference', Title: 'Job Title' },
          group: true,
        },
        { sheet: '*-junior' },
      ],
      responsibilities: [{ sheet: 'Duties', form: 'long', classCodes: { R: 'primary' } }],
      rootCodes: ['XX'],
    };
    const { user, port, dialog } = await openDialog(saved);
    const value = (name: string) =>
      (within(dialog).getByRole('combobox', { name }) as HTMLSelectElement).value;
    expect(value('Sheet')).toBe('Payroll export');
    expect(value('Header row')).toBe('2');
    expect(value('RoleId')).toBe('Post Unique Reference');
    expect(value('Title')).toBe('Job Title');
    expect(value('ReportsTo')).toBe('');
    expect(within(dialog).getByRole('textbox', { name: /Top-of-tree codes/ })).toHaveProperty(
      'value',
      'XX',
    );
    expect(
      within(dialog).getByText(
        'The saved mapping also reads this table from *-junior. Those sources are kept as they are.',
      ),
    ).toBeTruthy();
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'ReportsTo' }),
      'Reports to Senior Post',
    );

    await user.click(within(dialog).getByRole('tab', { name: 'Responsibilities' }));
    expect(value('Sheet')).toBe('Duties');
    expect(value('Header row')).toBe('0');
    expect(value('Layout')).toBe('long');

    await user.click(within(dialog).getByRole('button', { name: 'Save mapping' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(port.callsOf('saveMapping')).toEqual([
      [
        {
          roles: [
            {
              sheet: 'Payroll export',
              headerRow: 2,
              columns: {
                RoleId: 'Post Unique Reference',
                Title: 'Job Title',
                ReportsTo: 'Reports to Senior Post',
              },
              rootCodes: ['XX'],
              group: true,
            },
            { sheet: '*-junior', rootCodes: ['XX'] },
          ],
          responsibilities: [{ sheet: 'Duties', form: 'long', classCodes: { R: 'primary' } }],
        },
      ],
    ]);
  });

  it('keeps a saved sheet pattern choosable, saying what it matches', async () => {
    const { dialog } = await openDialog({ roles: [{ sheet: 'Pay*' }] });
    const sheet = within(dialog).getByRole('combobox', { name: 'Sheet' });
    expect(
      within(sheet)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['— Not mapped —', 'Pay* (saved; matches 1 sheet)', 'Payroll export', 'Duties']);
    expect((sheet as HTMLSelectElement).value).toBe('Pay*');
    expect(
      within(within(dialog).getByRole('combobox', { name: 'RoleId' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      '— Automatic —',
      'Post Unique Reference',
      'Job Title',
      'Reports to Senior Post',
      'Unit',
      'FTE',
    ]);
  });

  it('will not save a header chosen for two fields, nor a mapping with no sheet', async () => {
    const { user, dialog } = await openDialog();
    const save = within(dialog).getByRole('button', { name: 'Save mapping' });
    expect(save).toHaveProperty('disabled', true);
    expect(within(dialog).getByText('Choose a sheet for at least one table.')).toBeTruthy();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Sheet' }), 'Duties');
    expect(save).toHaveProperty('disabled', false);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'RoleId' }), 'Post');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Title' }), 'Post');
    expect(within(dialog).getByText('"Post" is already used for RoleId.')).toBeTruthy();
    expect(save).toHaveProperty('disabled', true);
  });

  it('"Clear mapping" saves null', async () => {
    const { user, port, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Clear mapping' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(port.callsOf('saveMapping')).toEqual([[null]]);
    expect(await screen.findByRole('group', { name: 'Column mapping cleared' })).toBeTruthy();
  });

  it('shows a failed save inside the dialog, which stays open', async () => {
    const { user, port, dialog } = await openDialog();
    port.failures.saveMapping = new Error('Another author is editing the settings.');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Sheet' }), 'Duties');
    await user.click(within(dialog).getByRole('button', { name: 'Save mapping' }));
    const notice = await within(dialog).findByRole('group', {
      name: 'Could not save the column mapping',
    });
    expect(notice.textContent).toContain('Another author is editing the settings.');
    expect(screen.getByRole('dialog', { name: 'Map columns' })).toBeTruthy();
  });

  it('says why the sheets could not be read', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    port.failures.sheetHeaders = new Error('The workbook is closed.');
    const { user } = await renderPane(port);
    await user.click(screen.getByRole('button', { name: 'Map columns…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Map columns', hidden: true });
    focusInside(await within(dialog).findByRole('button', { name: 'Cancel', hidden: true }));
    const notice = await within(dialog).findByRole('group', { name: 'Could not read the sheets' });
    expect(notice.textContent).toContain('The workbook is closed.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(port.callsOf('saveMapping')).toEqual([]);
  });

  it('can be opened when the workbook could not be read at all', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    port.failures.snapshot = new Error('No Roles could be read.');
    port.headers = HEADERS;
    polyfillDom();
    const user = userEvent.setup({ delay: null });
    render(<App port={port} hostLang="en" />);
    await screen.findByRole('group', { name: 'Could not check the workbook' });
    expect(screen.getByText('The workbook has not been checked yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Map columns…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Map columns', hidden: true });
    focusInside(await within(dialog).findByRole('combobox', { name: 'Sheet', hidden: true }));
    expect(
      within(within(dialog).getByRole('combobox', { name: 'Sheet' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['— Not mapped —', 'Payroll export', 'Duties']);
  });
});
