import { render, screen, type RenderResult } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel, type UserEvent } from '@testing-library/user-event';
import type { Lang } from '../../src/core/i18n/lang';
import { PreviewPage, type PreviewPageProps } from '../../src/preview/ui/PreviewPage';
import { polyfillDom } from '../taskpane/renderPane';
import { FakeOpener } from './fakePreviewWorkbook';
import { HidingCssOnly } from './hidingCssOnly';

export interface RenderedPreview extends RenderResult {
  readonly user: UserEvent;
  readonly opener: FakeOpener;
}

/** Render the preview page on a fake opener (start screen). */
export function renderPreview(
  lang: Lang = 'en',
  props: Partial<PreviewPageProps> = {},
  opener = new FakeOpener(),
): RenderedPreview {
  polyfillDom();
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const result = render(<PreviewPage lang={lang} dark={false} opener={opener} {...props} />, {
    wrapper: HidingCssOnly,
  });
  return { ...result, user, opener };
}

/**
 * Render the page and open the example, then wait for the pane's first snapshot (its Home
 * table) and the grid.
 */
export async function renderOpenPreview(
  lang: Lang = 'en',
  props: Partial<PreviewPageProps> = {},
  opener = new FakeOpener(),
): Promise<RenderedPreview> {
  const page = renderPreview(lang, props, opener);
  await page.user.click(
    screen.getByRole('button', { name: lang === 'en' ? 'Try the example' : '试用示例' }),
  );
  await screen.findByRole('grid');
  await screen.findByRole('table');
  return page;
}
