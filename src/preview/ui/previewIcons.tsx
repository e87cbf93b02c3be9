import type { ReactElement } from 'react';
import { LineIcon as Icon } from '../../taskpane/shared/icons';

// The page's few line icons, drawn like the pane's (src/taskpane/shared/icons.tsx).

/** An arrow into a tray: download. */
export const DownloadIcon = (): ReactElement => <Icon d="M10 3v10M6 9l4 4 4-4M4 16h12" />;
/** An arrow out of a tray: the drop zone. */
export const UploadIcon = (): ReactElement => <Icon d="M10 14V4M6 8l4-4 4 4M4 16h12" />;
/** A padlock: nothing leaves the browser. */
export const LockIcon = (): ReactElement => (
  <Icon d="M6 9V6.5a4 4 0 0 1 8 0V9M5 9h10v8H5zM10 12v2" />
);
/** An open folder: choose a file. */
export const FolderIcon = (): ReactElement => (
  <Icon d="M3 6V4.5h5l1.5 1.5H17V8M3 6v10h12.5L18 8H5.5L3 16" />
);
/** A left arrow: back to the start screen. */
export const BackIcon = (): ReactElement => <Icon d="M16 10H4M9 5l-5 5 5 5" />;
