import type ExcelJS from 'exceljs';
import { parseRangeA1 } from '../../core/model/address';
import type { PlanValidation } from '../../core/render/sheetPlan';

/** Excel's limit on the inline list of a list validation (`"a,b,c"`, quotes excluded). */
export const MAX_VALIDATION_LIST_CHARS = 255;

/**
 * A plan's dropdown list as an exceljs list validation whose source is the quoted,
 * comma-separated list (`"P,Pa,S"`, inner quotes doubled).
 *
 * @throws Error for a caller bug: an invalid range, an item holding a comma (the list
 *   separator), or a list longer than Excel's 255 characters.
 */
export function toExcelValidation(v: PlanValidation): ExcelJS.DataValidation {
  if (!parseRangeA1(v.range)) throw new Error(`Invalid validation range "${v.range}"`);
  const withComma = v.list.find((item) => item.includes(','));
  if (withComma !== undefined) {
    throw new Error(`Validation list item "${withComma}" contains a comma (the list separator)`);
  }
  const joined = v.list.join(',');
  if (joined.length > MAX_VALIDATION_LIST_CHARS) {
    throw new Error(
      `Validation list for ${v.range} is ${joined.length} characters; Excel allows ${MAX_VALIDATION_LIST_CHARS}`,
    );
  }
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${joined.replace(/"/g, '""')}"`],
    showErrorMessage: true,
    errorStyle: v.strict ? 'stop' : 'warning',
    ...(v.prompt !== undefined ? { showInputMessage: true, prompt: v.prompt } : {}),
  };
}
