/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { exampleSnapshot, exampleSnapshotWithoutSurvey } from './exampleSnapshot';
import { FakeWorkbookPort } from './fakeWorkbookPort';
import { renderPane } from './renderPane';

describe('Home', () => {
  it('shows each input table found, by table, sheet or mapping, and the one not found', async () => {
    const port = new FakeWorkbookPort((lang) =>
      exampleSnapshot(lang, {
        inputs: [
          { kind: 'Roles', foundBy: 'table', sheet: 'Staff', table: 'tblRoles', rows: 16 },
          { kind: 'Responsibilities', foundBy: 'mapping', sheet: 'Matrix', rows: 37 },
        ],
      }),
    );
    await renderPane(port);
    const rows = within(screen.getByRole('table', { name: 'Inputs found' })).getAllByRole('row');
    const cells = rows.map((row) =>
      Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent),
    );
    expect(cells).toEqual([
      ['Table', 'Found', 'Rows'],
      ['Roles', 'Excel table tblRoles on sheet Staff', '16'],
      ['Responsibilities', 'Sheet Matrix (column mapping)', '37'],
      ['Policy', 'Not foundOptional: the default rules are used.', '—'],
      ['Survey', 'Sheet Survey64 respondents', '1,408'],
    ]);
  });

  it('says the survey is optional when the workbook has none, and shows its figures when it has one', async () => {
    const withSurvey = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    const first = await renderPane(withSurvey);
    expect(
      screen.getByText('Service quality: weighted gap −1.00 · CSI 72.5 (64 respondents)'),
    ).toBeTruthy();
    first.unmount();

    const without = new FakeWorkbookPort((lang) => exampleSnapshotWithoutSurvey(lang));
    await renderPane(without);
    const table = screen.getByRole('table', { name: 'Inputs found' });
    const last = within(table).getAllByRole('row').at(-1) as HTMLTableRowElement;
    expect(Array.from(last.cells, (c) => c.textContent)).toEqual([
      'Survey',
      'Not foundOptional: SERVQUAL answers (expectation and perception) give service-quality gaps and the CSI.',
      '—',
    ]);
    expect(screen.queryByText(/^Service quality:/)).toBeNull();
  });

  it('reads the example as found by sheet, with its row counts', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    await renderPane(port);
    const table = screen.getByRole('table', { name: 'Inputs found' });
    expect(within(table).getByRole('row', { name: /^Roles Sheet Roles 16$/ })).toBeTruthy();
    expect(
      within(table).getByRole('row', { name: /^Responsibilities Sheet Responsibilities 37$/ }),
    ).toBeTruthy();
    expect(screen.getByText('16 roles · headcount 37 · 37 functions')).toBeTruthy();
    expect(
      screen.getByText('No column mapping: headers are matched by name (English or Chinese).'),
    ).toBeTruthy();
  });

  it('says which outputs are up to date, out of date or not generated', async () => {
    const port = new FakeWorkbookPort((lang) =>
      exampleSnapshot(lang, {
        outputs: [
          { kind: 'findings', sheet: 'Findings', current: true },
          { kind: 'orgChart', sheet: 'Org Chart (2)', current: false },
        ],
      }),
    );
    await renderPane(port);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Findings · sheet FindingsUp to date',
      'Gap SummaryNot generated',
      'Service QualityNot generated',
      'Job DescriptionsNot generated',
      'Org Chart · sheet Org Chart (2)Out of date',
    ]);
    expect(screen.getByRole('group', { name: 'Some outputs are out of date' })).toBeTruthy();
  });

  it.each([
    ['Create template', 'createTemplate', 'Template added'],
    ['Insert example', 'insertExample', 'Example added'],
  ] as const)('%s calls the port, then checks the workbook again', async (name, method, title) => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    const { user } = await renderPane(port);
    expect(port.callsOf('snapshot')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name }));
    const notice = await screen.findByRole('group', { name: title });
    expect(notice.textContent).toContain('Sheets added: Roles, Responsibilities, Policy.');
    expect(port.callsOf(method)).toEqual([['en']]);
    await waitFor(() => expect(port.callsOf('snapshot')).toHaveLength(2));
    const order = port.calls.map((c) => c.method).filter((m) => m !== 'loadSettings');
    expect(order).toEqual(['snapshot', method, 'snapshot']);
  });

  it('shows a failed call in an error MessageBar and does not check again', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    port.failures.insertExample = new Error('The workbook is protected.');
    const { user } = await renderPane(port);
    await user.click(screen.getByRole('button', { name: 'Insert example' }));
    const notice = await screen.findByRole('group', { name: 'Could not insert the example' });
    expect(notice.textContent).toContain('The workbook is protected.');
    expect(port.callsOf('snapshot')).toHaveLength(1);
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('group', { name: 'Could not insert the example' })).toBeNull();
  });

  it('"Check workbook" takes a new snapshot, and a failing one says why', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    const { user } = await renderPane(port);
    port.failures.snapshot = new Error('Excel is busy.');
    await user.click(screen.getByRole('button', { name: 'Check workbook' }));
    const notice = await screen.findByRole('group', { name: 'Could not check the workbook' });
    expect(notice.textContent).toContain('Excel is busy.');
    expect(port.callsOf('snapshot')).toEqual([[{ lang: 'en' }], [{ lang: 'en' }]]);
  });

  it('clears a saved mapping from Home', async () => {
    const port = new FakeWorkbookPort((lang) =>
      exampleSnapshot(lang, { mapping: { roles: [{ sheet: 'Staff' }] } }),
    );
    const { user } = await renderPane(port);
    expect(screen.getByText('A column mapping is saved in this workbook.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear mapping' }));
    await screen.findByRole('group', { name: 'Column mapping cleared' });
    expect(port.callsOf('saveMapping')).toEqual([[null]]);
    await waitFor(() => expect(port.callsOf('snapshot')).toHaveLength(2));
  });
});
