import { createContext, useContext } from 'react';
import type { PaneController } from './usePaneController';

/** The pane's controller, for every section below the shell. */
export const PaneContext = createContext<PaneController | undefined>(undefined);

/** The pane's controller; only inside the pane's shell. */
export function usePane(): PaneController {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error('usePane: no PaneContext above this component');
  return pane;
}
