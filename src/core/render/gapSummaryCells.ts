import { cellA1, parseRangeA1 } from '../model/address';
import type { Location } from '../model/diagnostic';
import type { GapSummaryStyle } from './gapSummaryStyles';
import type { PlanCell, PlanLink } from './sheetPlan';

/** What an unknown number shows (a dash, not a zero and not a blank). */
export const NOT_KNOWN = '—';

/** A link to the first cell of an input location, so a click selects the row's start. */
function linkTo(location: Location | undefined): PlanLink | undefined {
  if (location === undefined) return undefined;
  const range = parseRangeA1(location.a1);
  if (range === undefined) return undefined;
  return { kind: 'cell', sheet: location.sheet, a1: cellA1(range.from.row, range.from.col) };
}

type NumberStyle = Extract<
  GapSummaryStyle,
  | 'count'
  | 'countAlert'
  | 'hours'
  | 'share'
  | 'shareAlert'
  | 'mean'
  | 'meanWarn'
  | 'meanAlert'
  | 'index'
  | 'score'
>;

/**
 * Cell builders of the Gap Summary. Ids and role titles link to their input cell when they
 * have one; ids look like links, titles keep the text style so a pasted table reads as text.
 */
export const gapSummaryCells = {
  /** An id (role, function) that links to its input row. */
  id(value: string, location?: Location): PlanCell {
    const link = linkTo(location);
    return link ? { value, style: 'link', link } : { value, style: 'text' };
  },

  /** A role's title that links to its input row (short: long text is not linked, as
   *  LibreOffice does not wrap a linked cell). */
  name(value: string, location?: Location): PlanCell {
    const link = linkTo(location);
    return link ? { value, style: 'text', link } : { value, style: 'text' };
  },

  /** Text; a blank bordered cell when absent. */
  text(value: string | undefined, style: GapSummaryStyle = 'text'): PlanCell {
    return { value: value === undefined || value === '' ? null : value, style };
  },

  /** A number with its format; a dash when unknown. */
  num(value: number | null | undefined, style: NumberStyle): PlanCell {
    return value === null || value === undefined || !Number.isFinite(value)
      ? { value: NOT_KNOWN, style: 'na' }
      : { value, style };
  },
} as const;
