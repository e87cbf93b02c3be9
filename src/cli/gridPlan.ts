import type { Grid } from '../core/model/grid';
import { isCellError } from '../core/model/grid';
import type { PlanValue, SheetPlan } from '../core/render/sheetPlan';

/** A CSV grid as a sheet to put into a new workbook (values only, text stays text). */
export function gridPlan(grid: Grid): SheetPlan {
  return {
    name: grid.sheet,
    rows: grid.values.map((row) => row.map((v): PlanValue => (isCellError(v) ? v.error : v))),
  };
}
