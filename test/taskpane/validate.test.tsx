/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import { syntheticOrg } from '../../src/core/testing/syntheticOrg';
import { exampleSnapshot, snapshotOf, AS_OF } from './exampleSnapshot';
import { FakeWorkbookPort } from './fakeWorkbookPort';
import { renderPane } from './renderPane';

async function openValidate(port = new FakeWorkbookPort((lang) => exampleSnapshot(lang))) {
  const pane = await renderPane(port);
  await pane.user.click(screen.getByRole('tab', { name: 'Validate' }));
  const panel = screen.getByRole('tabpanel', { name: 'Validate' });
  return { ...pane, port, panel };
}

/** The findings' buttons in the panel, by their accessible names. */
const findingButtons = (panel: HTMLElement) =>
  within(panel).queryAllByRole('button', { name: / Go to \S+\.$/ });

/** Headings of the severity groups and, under each, of its areas. */
const outline = (panel: HTMLElement) =>
  within(panel)
    .queryAllByRole('heading', { level: 3 })
    .map((h3) => [
      h3.textContent,
      within(h3.parentElement as HTMLElement)
        .queryAllByRole('heading', { level: 4 })
        .map((h4) => h4.textContent),
    ]);

describe('Validate', () => {
  it('groups the example findings by severity and area, with exact counts', async () => {
    const { panel } = await openValidate();
    expect(outline(panel)).toEqual([
      ['Errors (3)', ['Responsibilities (3)']],
      [
        'Warnings (8)',
        ['Structure (1)', 'Responsibilities (1)', 'Workload (1)', 'Job descriptions (5)'],
      ],
      [
        'Notes (10)',
        [
          'Cell values (1)',
          'Structure (2)',
          'Responsibilities (1)',
          'Workload (2)',
          'Staffing (1)',
          'Survey (3)',
        ],
      ],
    ]);
    expect(findingButtons(panel)).toHaveLength(21);
    expect(within(panel).getByRole('status').textContent).toBe('21 findings');
    const toggles = within(within(panel).getByRole('toolbar', { name: 'Show' })).getAllByRole(
      'button',
    );
    expect(toggles.map((t) => t.textContent)).toEqual(['Errors (3)', 'Warnings (8)', 'Notes (10)']);
  });

  it('filters by severity, and each toggle can be undone', async () => {
    const { panel, user } = await openValidate();
    const errors = within(panel).getByRole('button', { name: 'Errors (3)' });
    await user.click(errors);
    expect(errors.getAttribute('aria-pressed')).toBe('true');
    expect(outline(panel)).toEqual([['Errors (3)', ['Responsibilities (3)']]]);
    expect(within(panel).getByRole('status').textContent).toBe('3 of 21 findings');
    await user.click(within(panel).getByRole('button', { name: 'Notes (10)' }));
    expect(findingButtons(panel)).toHaveLength(13);
    await user.click(errors);
    await user.click(within(panel).getByRole('button', { name: 'Notes (10)' }));
    expect(findingButtons(panel)).toHaveLength(21);
  });

  it('filters by area, and the severity counts follow', async () => {
    const { panel, user } = await openValidate();
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Area' }), 'jobs');
    expect(outline(panel)).toEqual([['Warnings (5)', ['Job descriptions (5)']]]);
    expect(
      within(within(panel).getByRole('toolbar', { name: 'Show' }))
        .getAllByRole('button')
        .map((t) => t.textContent),
    ).toEqual(['Errors (0)', 'Warnings (5)', 'Notes (0)']);
    const areas = within(within(panel).getByRole('combobox', { name: 'Area' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(areas).toEqual([
      'All areas',
      'Cell values (1)',
      'Structure (3)',
      'Responsibilities (5)',
      'Workload (3)',
      'Staffing (1)',
      'Job descriptions (5)',
      'Survey (3)',
    ]);
  });

  it('finds by words in the message, the code, the address or the role', async () => {
    const { panel, user } = await openValidate();
    const search = within(panel).getByRole('searchbox', { name: 'Search findings' });
    await user.type(search, 'cs-hta');
    await waitFor(() => expect(findingButtons(panel)).toHaveLength(2));
    expect(findingButtons(panel).map((b) => b.textContent)).toEqual([
      'Role CS-HTA carries 497.2 h/week against a capacity of 360 h (138%), above 110%.Roles!E11 · ROLE_OVERLOADED',
      'Role CS-HTA has 1 of 9 posts unfilled.Roles!F11 · ROLE_VACANCY',
    ]);
    await user.clear(search);
    await user.type(search, 'responsibilities!a4');
    await waitFor(() => expect(findingButtons(panel)).toHaveLength(2));
    await user.clear(search);
    await user.type(search, 'no such words');
    await waitFor(() =>
      expect(within(panel).getByText('No findings match these filters.')).toBeTruthy(),
    );
  });

  it('selects the cell of the finding clicked', async () => {
    const { panel, user, port } = await openValidate();
    await user.click(
      within(panel).getByRole('button', {
        name: /is not a class code.* Go to Responsibilities!E17\.$/,
      }),
    );
    await user.click(
      within(panel).getByRole('button', {
        name: /CS-QT manages a single person.* Go to Roles!A16\.$/,
      }),
    );
    expect(port.callsOf('selectCell')).toEqual([
      ['Responsibilities', 'E17'],
      ['Roles', 'A16'],
    ]);
  });

  it('shows why a cell could not be selected', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    port.failures.selectCell = new Error('The sheet Roles was deleted.');
    const { panel, user } = await openValidate(port);
    await user.click(findingButtons(panel)[0] as HTMLElement);
    const notice = await screen.findByRole('group', { name: 'Could not select the cell' });
    expect(notice.textContent).toContain('The sheet Roles was deleted.');
  });

  it('renders 10,000+ findings a page at a time', async () => {
    const audit = auditWorkbook(syntheticOrg({ roles: 10_000, seed: 7 }), { asOf: AS_OF });
    const total = audit.diagnostics.length;
    expect(total).toBeGreaterThan(10_000);
    const port = new FakeWorkbookPort(() => snapshotOf(audit));
    const { panel, user } = await openValidate(port);
    // Counted by selector: computing 200 accessible names is what would be slow here.
    const rendered = () => panel.querySelectorAll('li > button').length;
    expect(rendered()).toBe(100);
    expect(within(panel).getByText(`Showing 100 of ${total.toLocaleString('en')}.`)).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Show 100 more' }));
    expect(rendered()).toBe(200);
    // The group headings count every finding, not only those on the page.
    const severities = outline(panel).map(([h3]) => h3);
    const errors = audit.summary.errors.toLocaleString('en');
    expect(severities[0]).toBe(`Errors (${errors})`);
  });
});
