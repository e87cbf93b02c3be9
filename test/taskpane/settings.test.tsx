/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { POLICY_SETTINGS } from '../../src/core/read/policySettings';
import { exampleSnapshot } from './exampleSnapshot';
import { FakeWorkbookPort } from './fakeWorkbookPort';
import { renderPane } from './renderPane';

async function openSettings(port: FakeWorkbookPort) {
  const pane = await renderPane(port);
  await pane.user.click(screen.getByRole('tab', { name: 'Settings' }));
  const panel = screen.getByRole('tabpanel', { name: 'Settings' });
  return { ...pane, panel };
}

describe('Settings', () => {
  it('lists every Policy setting, with the values saved in the workbook', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    port.settings = { lang: 'auto', policy: { MaxSpan: 12, JointOwnership: true } };
    const { panel } = await openSettings(port);
    // By label: role queries would check two dozen fields for visibility, one by one.
    const field = (label: string) =>
      within(panel).getByLabelText<HTMLInputElement | HTMLSelectElement>(label);
    for (const spec of POLICY_SETTINGS)
      expect(field(spec.key).tagName).toBe(spec.kind === 'boolean' ? 'SELECT' : 'INPUT');
    expect(field('MaxSpan').value).toBe('12');
    expect(field('MinSpan').value).toBe('');
    expect(field('MinSpan').getAttribute('placeholder')).toBe('3');
    expect(field('JointOwnership').value).toBe('yes');
    expect(
      within(panel).getByRole('radio', { name: 'Automatic (Office: English)' }),
    ).toHaveProperty('checked', true);
  });

  it('checks each value against its bounds and saves exactly what was typed', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    const { panel, user } = await openSettings(port);
    const save = within(panel).getByRole('button', { name: 'Save settings' });
    // By label: the panel has two dozen fields, and role queries check each for visibility.
    const box = (label: string) => within(panel).getByLabelText<HTMLInputElement>(label);

    await user.type(box('MaxSpan'), '0');
    expect(within(panel).getByText('Enter a number from 1 to 10,000.')).toBeTruthy();
    expect(box('MaxSpan').getAttribute('aria-invalid')).toBe('true');
    expect(save).toHaveProperty('disabled', true);
    await user.clear(box('MaxSpan'));
    await user.type(box('MaxSpan'), '12');
    expect(within(panel).queryByText('Enter a number from 1 to 10,000.')).toBeNull();

    await user.type(box('TargetSpan'), '7.5');
    expect(within(panel).getByText('Enter a whole number.')).toBeTruthy();
    await user.clear(box('TargetSpan'));
    await user.type(box('TargetSpan'), '7');
    await user.type(box('HoursPerFTE'), 'forty');
    expect(within(panel).getByText('Enter a number.')).toBeTruthy();
    await user.clear(box('HoursPerFTE'));
    await user.type(box('HoursPerFTE'), '37.5');
    await user.type(box('StaleAfterMonths'), '601');
    expect(within(panel).getByText('Enter a number from 1 to 600.')).toBeTruthy();
    await user.clear(box('StaleAfterMonths'));
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'JointOwnership' }), 'no');
    expect(save).toHaveProperty('disabled', false);

    await user.click(save);
    await screen.findByRole('group', { name: 'Settings saved' });
    expect(port.callsOf('saveSettings')).toEqual([
      [
        {
          lang: 'auto',
          policy: { MaxSpan: 12, TargetSpan: 7, HoursPerFTE: 37.5, JointOwnership: false },
        },
      ],
    ]);
    // The findings are checked again under the new policy.
    await waitFor(() => expect(port.callsOf('snapshot')).toHaveLength(2));
  });

  it('shows why the settings could not be saved', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    port.failures.saveSettings = new Error('The workbook is read-only.');
    const { panel, user } = await openSettings(port);
    await user.click(within(panel).getByRole('button', { name: 'Save settings' }));
    const notice = await screen.findByRole('group', { name: 'Could not save the settings' });
    expect(notice.textContent).toContain('The workbook is read-only.');
  });

  it('shows why the settings could not be loaded, and still checks the workbook', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    port.failures.loadSettings = new Error('Settings are corrupt.');
    await renderPane(port);
    const notice = screen.getByRole('group', {
      name: 'Could not load the settings saved in this workbook',
    });
    expect(notice.textContent).toContain('Settings are corrupt.');
    expect(port.callsOf('snapshot')).toEqual([[{ lang: 'en' }]]);
  });
});
