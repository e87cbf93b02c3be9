import { render, screen, type RenderResult } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel, type UserEvent } from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { PaneLang } from '../../src/taskpane/strings';
import type { FakeWorkbookPort } from './fakeWorkbookPort';

/** jsdom lacks these browser APIs that Fluent UI uses when they are there. */
export function polyfillDom(): void {
  const w = window as unknown as Record<string, unknown>;
  w.matchMedia ??= (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  });
}

export interface RenderedPane extends RenderResult {
  readonly user: UserEvent;
}

/**
 * Render the whole pane on a fake port and wait for its first snapshot (the spinner gone and
 * the Home section filled in).
 */
export async function renderPane(
  port: FakeWorkbookPort,
  hostLang: PaneLang = 'en',
): Promise<RenderedPane> {
  polyfillDom();
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const result = render(<App port={port} hostLang={hostLang} />);
  await screen.findByRole('table');
  return { ...result, user };
}
