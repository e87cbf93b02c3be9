import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';

/** The only CSS rules that change what Testing Library sees: what they hide. */
const HIDES = /display:\s*none|visibility:\s*hidden/;

/**
 * A Griffel renderer that inserts only the CSS rules that hide something. jsdom matches
 * every rule of the document against each element whose style is asked for (Testing
 * Library's role and name queries ask for many), so with the pane's thousands of atomic rules
 * a query takes seconds, and longer with each test as rules pile up. With a few dozen it
 * takes milliseconds, and what is hidden (a Fluent tab's reserved-space copy of its label, a
 * hidden panel) stays hidden.
 */
const renderer = createDOMRenderer(document, {
  unstable_filterCSSRule: (rule) => HIDES.test(rule),
});

/** Testing Library's `wrapper`: only the styles that hide. */
export function HidingCssOnly({ children }: { readonly children?: ReactNode }): ReactElement {
  return <RendererProvider renderer={renderer}>{children}</RendererProvider>;
}
