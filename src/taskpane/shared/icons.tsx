import type { ReactElement } from 'react';

/**
 * A 20-pixel line icon drawn in the text colour, the pane's and the preview page's.
 * Decorative: every control that shows one also has a label or an accessible name.
 */
export function LineIcon({ d }: { readonly d: string }): ReactElement {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}

export const PlusIcon = (): ReactElement => <LineIcon d="M10 4v12M4 10h12" />;
export const MinusIcon = (): ReactElement => <LineIcon d="M4 10h12" />;
export const DismissIcon = (): ReactElement => <LineIcon d="M5 5l10 10M15 5L5 15" />;
/** Four corners: fit the whole picture in view. */
export const FitIcon = (): ReactElement => <LineIcon d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4" />;
/** A circular arrow: check again. */
export const RefreshIcon = (): ReactElement => (
  <LineIcon d="M16 10a6 6 0 1 1-1.76-4.24M16 3.5v3h-3" />
);
