import type { PaneLang } from './strings';

/** Props of the task pane's root component. */
export interface AppProps {
  /**
   * Language of every string in the pane: Office's display language
   * (`Office.context.displayLanguage`) normalised to one the product speaks.
   */
  lang: PaneLang;
}
