/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactElement } from 'react';
import { PreviewErrorBoundary } from '../../src/preview/ui/PreviewErrorBoundary';
import { polyfillDom } from '../taskpane/renderPane';

/** Throws while `broken`; a button mends it. */
function Fragile({ broken }: { readonly broken: boolean }): ReactElement {
  if (broken) throw new Error('Cannot read the grid (a bug).');
  return <p>Working</p>;
}

function Page(): ReactElement {
  const [broken, setBroken] = useState(true);
  return (
    <FluentProvider theme={webLightTheme}>
      <PreviewErrorBoundary
        title="Something went wrong on this page"
        startAgain="Start again"
        onReset={() => setBroken(false)}
      >
        <Fragile broken={broken} />
      </PreviewErrorBoundary>
    </FluentProvider>
  );
}

describe('PreviewErrorBoundary', () => {
  it('shows a bug as a MessageBar, and starts again', async () => {
    polyfillDom();
    const console = jest.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
    render(<Page />);
    const alert = screen.getByRole('alert');
    const bar = screen.getByRole('group', { name: 'Something went wrong on this page' });
    expect(alert.contains(bar)).toBe(true);
    expect(bar.textContent).toContain('Cannot read the grid (a bug).');
    expect(console).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByText('Working')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    console.mockRestore();
  });
});
