import { isCellError, type CellValue } from '../model/grid';
import { headerText } from './gridCells';

/** A Survey cell as text: trimmed, numbers and dates converted, Excel errors blank. */
export const surveyCellText = (v: CellValue | undefined): string =>
  isCellError(v) ? '' : headerText(v);
