import type { PaneLang } from './strings';
import type { WorkbookPort } from './workbookPort';

/** Props of the task pane's root component. */
export interface AppProps {
  /** The workbook the pane works on: Office.js inside Excel, an .xlsx in the browser, a fake in tests. */
  port: WorkbookPort;
  /**
   * Office's display language (`Office.context.displayLanguage`) normalised to one the product
   * speaks. The settings saved in the workbook may override it.
   */
  hostLang: PaneLang;
  /** Whether the host uses a dark theme (default: light). */
  dark?: boolean;
}
