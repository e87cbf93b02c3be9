/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import type { GenerateReport, RunOptions } from '../../src/taskpane/workbookPort';
import { exampleSnapshot, exampleSnapshotWithoutSurvey } from './exampleSnapshot';
import { FakeWorkbookPort } from './fakeWorkbookPort';
import { renderPane } from './renderPane';

async function openGenerate(port = new FakeWorkbookPort((lang) => exampleSnapshot(lang))) {
  const pane = await renderPane(port);
  await pane.user.click(screen.getByRole('tab', { name: 'Generate' }));
  const panel = screen.getByRole('tabpanel', { name: 'Generate' });
  return { ...pane, port, panel };
}

/** A generate call the test finishes or fails by hand, with the options the pane passed. */
function heldGenerate(port: FakeWorkbookPort) {
  let options: RunOptions | undefined;
  let finish: (report: GenerateReport) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  port.onGenerate = (_kinds, o) =>
    new Promise<GenerateReport>((resolve, reject) => {
      options = o;
      finish = resolve;
      fail = reject;
      o.signal?.addEventListener('abort', () =>
        reject(new DOMException('The operation was aborted.', 'AbortError')),
      );
    });
  return {
    options: () => options as RunOptions,
    finish: (report: GenerateReport) => act(() => finish(report)),
    fail: (error: Error) => act(() => fail(error)),
  };
}

describe('Generate', () => {
  it('generates the outputs chosen, in order, and lists the sheets written', async () => {
    const { panel, user, port } = await openGenerate();
    const all = within(panel).getByRole('checkbox', { name: 'All outputs' });
    expect(all).toHaveProperty('checked', true);
    await user.click(within(panel).getByRole('checkbox', { name: 'Gap Summary' }));
    await user.click(within(panel).getByRole('checkbox', { name: 'Findings' }));
    await user.click(within(panel).getByRole('checkbox', { name: 'Service Quality' }));
    expect(all).toHaveProperty('indeterminate', true);
    port.onGenerate = async (kinds) => ({
      written: kinds.map((kind) => ({
        kind,
        sheet: kind === 'orgChart' ? 'Org Chart (2)' : 'Job Descriptions',
      })),
    });
    await user.click(within(panel).getByRole('button', { name: 'Generate' }));
    const notice = await screen.findByRole('group', { name: 'Sheets written' });
    expect(notice.textContent).toContain('Job Descriptions, Org Chart (sheet Org Chart (2)).');
    const [kinds, options] = port.callsOf('generate')[0] as [string[], RunOptions];
    expect(kinds).toEqual(['jobDescriptions', 'orgChart']);
    expect(options.lang).toBe('en');
    expect(options.signal).toBeInstanceOf(AbortSignal);
    // Home then shows the outputs as they are now.
    await waitFor(() => expect(port.callsOf('snapshot')).toHaveLength(2));
  });

  it('describes Service Quality by whether the workbook has a survey', async () => {
    const WITH =
      'Survey gaps by dimension, the weighted score and CSI, what to fix first, with a radar chart.';
    const WITHOUT =
      'No survey in this workbook yet: the sheet explains how to add one and lists the five-gap checklist.';
    const first = await openGenerate();
    expect(within(first.panel).getByText(WITH)).toBeTruthy();
    expect(within(first.panel).queryByText(WITHOUT)).toBeNull();
    first.unmount();
    const { panel } = await openGenerate(
      new FakeWorkbookPort((lang) => exampleSnapshotWithoutSurvey(lang)),
    );
    expect(within(panel).getByText(WITHOUT)).toBeTruthy();
    expect(within(panel).queryByText(WITH)).toBeNull();
  });

  it('cannot generate nothing', async () => {
    const { panel, user } = await openGenerate();
    await user.click(within(panel).getByRole('checkbox', { name: 'All outputs' }));
    expect(within(panel).getByRole('button', { name: 'Generate' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(within(panel).getByText('Choose at least one output.')).toBeTruthy();
  });

  it('shows the step and stage from onProgress, and Cancel aborts the signal', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    const held = heldGenerate(port);
    const { panel, user } = await openGenerate(port);
    await user.click(within(panel).getByRole('button', { name: 'Generate' }));
    const bar = await within(panel).findByRole('progressbar');
    expect(within(panel).getByText('Starting…')).toBeTruthy();
    act(() => held.options().onProgress?.({ stage: 'analyse', step: 2, steps: 7 }));
    expect(within(panel).getByText('Step 2 of 7: Analysing the organisation')).toBeTruthy();
    expect(bar.getAttribute('aria-valuenow')).toBe(String(2 / 7));
    act(() => held.options().onProgress?.({ stage: 'orgChart', step: 6, steps: 7 }));
    expect(within(panel).getByText('Step 6 of 7: Drawing the Org Chart')).toBeTruthy();
    expect(within(panel).getByRole('checkbox', { name: 'Findings' })).toHaveProperty(
      'disabled',
      true,
    );

    await user.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(held.options().signal?.aborted).toBe(true);
    const notice = await screen.findByRole('group', { name: 'Generation cancelled' });
    expect(notice.textContent).toContain('The workbook was left as it was.');
    expect(screen.queryByRole('group', { name: 'Could not generate the sheets' })).toBeNull();
    expect(within(panel).queryByRole('progressbar')).toBeNull();
    expect(port.callsOf('snapshot')).toHaveLength(1);
  });

  it('shows an error of the run in an error MessageBar', async () => {
    const port = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    const held = heldGenerate(port);
    const { panel, user } = await openGenerate(port);
    await user.click(within(panel).getByRole('button', { name: 'Generate' }));
    await within(panel).findByRole('progressbar');
    held.fail(new Error('The request payload size has exceeded the limit.'));
    const notice = await screen.findByRole('group', { name: 'Could not generate the sheets' });
    expect(notice.textContent).toContain('The request payload size has exceeded the limit.');
    expect(within(panel).getByRole('button', { name: 'Generate' })).toHaveProperty(
      'disabled',
      false,
    );
  });
});
