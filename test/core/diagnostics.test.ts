import { DIAGNOSTIC_CODES } from '../../src/core/i18n/diagnosticCatalog';
import type { ColumnMapping } from '../../src/core/read/columnMapping';
import { readWorkbook } from '../../src/core/read/readWorkbook';
import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import {
  baseResponsibilities,
  baseRoles,
  basePolicy,
  analysisPolicy,
  analysisResponsibilities,
  analysisRoles,
  analysisWorkbook,
  findingKey,
  grid,
  withCell,
  workbook,
  type Rows,
} from '../../src/core/testing/builders';
import type { Grid } from '../../src/core/model/grid';

/**
 * Table-driven rule tests (ESLint's RuleTester is the pattern): for each code, inputs that
 * must not produce it and inputs that must, with the exact cells.
 */
interface Case {
  readonly name: string;
  readonly grids: Grid[];
  readonly mapping?: ColumnMapping;
  /** Exactly these findings of the case's code, as CODE@Sheet!A1. */
  readonly expect: readonly string[];
}

const roles = baseRoles;
const resp = baseResponsibilities;
const addRow = (rows: Rows, row: Rows[number]): Rows => [...rows, row];
const addColumn = (rows: Rows, header: string | null, values: Rows[number] = []): Rows =>
  rows.map((r, i) => [...r, i === 0 ? header : (values[i - 1] ?? null)]);
const LONG_HEADER = ['FunctionId', 'Function', 'RoleId', 'Class'];
/** The date job analyses are judged against in these tests. */
const AS_OF = '2026-11-01';
const aRoles = analysisRoles;
const aResp = analysisResponsibilities;
const aPolicy = (...rows: Rows) => [...analysisPolicy(), ...rows];
const clean = (name = 'clean organisation'): Case => ({
  name,
  grids: analysisWorkbook(),
  expect: [],
});

const CASES: Readonly<Record<string, { valid: Case[]; invalid: Case[] }>> = {
  INPUT_NO_ROLES: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'no roles sheet',
        grids: workbook({ roles: null }),
        expect: ['INPUT_NO_ROLES@Responsibilities!A1'],
      },
      { name: 'empty workbook', grids: [], expect: ['INPUT_NO_ROLES@Roles!A1'] },
    ],
  },
  INPUT_NO_RESPONSIBILITIES: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'no matrix',
        grids: workbook({ responsibilities: null }),
        expect: ['INPUT_NO_RESPONSIBILITIES@Roles!A1'],
      },
    ],
  },
  INPUT_EMPTY_TABLE: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'header only',
        grids: workbook({ roles: [roles()[0] ?? []] }),
        expect: ['INPUT_EMPTY_TABLE@Roles!A1'],
      },
    ],
  },
  HEADER_MISSING_REQUIRED: {
    valid: [
      {
        name: 'chinese headers',
        grids: workbook({ roles: withCell(withCell(roles(), 0, 0, '岗位编号'), 0, 1, '岗位名称') }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'no Title',
        grids: workbook({ roles: withCell(roles(), 0, 1, 'Name') }),
        expect: ['HEADER_MISSING_REQUIRED@Roles!A1'],
      },
      {
        name: 'no RoleId',
        grids: workbook({ roles: withCell(roles(), 0, 0, 'Code') }),
        expect: ['HEADER_MISSING_REQUIRED@Roles!A1'],
      },
      {
        name: 'no Function',
        grids: workbook({ responsibilities: withCell(resp(), 0, 1, 'Text') }),
        expect: ['HEADER_MISSING_REQUIRED@Responsibilities!A1'],
      },
    ],
  },
  HEADER_DUPLICATE: {
    valid: [
      {
        name: 'spaced and cased header',
        grids: workbook({ roles: withCell(roles(), 0, 3, ' reports  to ') }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'Job Title twice',
        grids: workbook({ roles: addColumn(roles(), 'Job Title') }),
        expect: ['HEADER_DUPLICATE@Roles!I1'],
      },
    ],
  },
  HEADER_UNKNOWN: {
    valid: [
      {
        name: 'full-width header',
        grids: workbook({ roles: withCell(roles(), 0, 1, 'Ｔｉｔｌｅ') }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'Salary column',
        grids: workbook({ roles: addColumn(roles(), 'Salary', [1, 2, 3]) }),
        expect: ['HEADER_UNKNOWN@Roles!I1'],
      },
    ],
  },
  HEADER_BLANK: {
    valid: [
      {
        name: 'blank header, blank column',
        grids: workbook({ roles: addColumn(roles(), null) }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'data under blank header',
        grids: workbook({ roles: addColumn(roles(), null, ['x']) }),
        expect: ['HEADER_BLANK@Roles!I1'],
      },
    ],
  },
  CELL_ERROR_VALUE: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: '#N/A department',
        grids: workbook({ roles: withCell(roles(), 2, 2, { error: '#N/A' }) }),
        expect: ['CELL_ERROR_VALUE@Roles!C3'],
      },
      {
        name: '#REF! headcount',
        grids: workbook({ roles: withCell(roles(), 3, 4, { error: '#REF!' }) }),
        expect: ['CELL_ERROR_VALUE@Roles!E4'],
      },
      {
        name: '#VALUE! class cell',
        grids: workbook({ responsibilities: withCell(resp(), 1, 6, { error: '#VALUE!' }) }),
        expect: ['CELL_ERROR_VALUE@Responsibilities!G2'],
      },
    ],
  },
  CELL_NUMBER_AS_TEXT: {
    valid: [
      {
        name: 'integer role id',
        grids: workbook({ roles: addRow(roles(), [7, 'Analyst', null, 'MGR']) }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'numeric title',
        grids: workbook({ roles: withCell(roles(), 3, 1, 2024) }),
        expect: ['CELL_NUMBER_AS_TEXT@Roles!B4'],
      },
    ],
  },
  CELL_NOT_A_NUMBER: {
    valid: [
      {
        name: 'text number',
        grids: workbook({ roles: withCell(roles(), 3, 4, ' 5 ') }),
        expect: [],
      },
      {
        name: 'thousands separator',
        grids: workbook({ roles: withCell(roles(), 3, 4, '1,200') }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'five',
        grids: workbook({ roles: withCell(roles(), 3, 4, 'five') }),
        expect: ['CELL_NOT_A_NUMBER@Roles!E4'],
      },
      {
        name: 'effort word',
        grids: workbook({ responsibilities: withCell(resp(), 2, 3, 'lots') }),
        expect: ['CELL_NOT_A_NUMBER@Responsibilities!D3'],
      },
    ],
  },
  CELL_NUMBER_OUT_OF_RANGE: {
    valid: [
      {
        name: 'fractional FTE',
        grids: workbook({ roles: withCell(roles(), 3, 4, 0.36) }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'negative headcount',
        grids: workbook({ roles: withCell(roles(), 3, 4, -2) }),
        expect: ['CELL_NUMBER_OUT_OF_RANGE@Roles!E4'],
      },
      {
        name: 'negative effort',
        grids: workbook({ responsibilities: withCell(resp(), 1, 3, -8) }),
        expect: ['CELL_NUMBER_OUT_OF_RANGE@Responsibilities!D2'],
      },
    ],
  },
  CELL_TEXT_TOO_LONG: {
    valid: [
      {
        name: 'long but legal',
        grids: workbook({ roles: withCell(roles(), 3, 1, 'x'.repeat(32_767)) }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: '40k title',
        grids: workbook({ roles: withCell(roles(), 3, 1, 'x'.repeat(40_000)) }),
        expect: ['CELL_TEXT_TOO_LONG@Roles!B4'],
      },
    ],
  },
  CELL_MERGED: {
    valid: [
      {
        name: 'merged header only',
        grids: [grid('Roles', roles(), { merges: ['A1:B1'] })],
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'merged department',
        grids: [grid('Roles', roles(), { merges: ['C2:C4'] })],
        expect: ['CELL_MERGED@Roles!C2:C4'],
      },
    ],
  },
  ROW_HIDDEN: {
    valid: [
      {
        name: 'hidden row below the data',
        grids: [grid('Roles', roles(), { hiddenRows: [9] })],
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'two hidden rows',
        grids: [grid('Roles', roles(), { hiddenRows: [3, 4] })],
        expect: ['ROW_HIDDEN@Roles!A3:A4'],
      },
      {
        name: 'two runs',
        grids: [grid('Roles', roles(), { hiddenRows: [2, 4] })],
        expect: ['ROW_HIDDEN@Roles!A2', 'ROW_HIDDEN@Roles!A4'],
      },
    ],
  },
  SHEET_AT_ROW_LIMIT: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'used range to the last row',
        grids: [grid('Roles', roles(), { usedRangeLastRow: 1_048_576 })],
        expect: ['SHEET_AT_ROW_LIMIT@Roles!A1048576'],
      },
    ],
  },
  DATE_FROM_SERIAL: {
    valid: [{ name: 'a real date', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'serial',
        grids: workbook({ roles: withCell(roles(), 3, 7, 46037) }),
        expect: ['DATE_FROM_SERIAL@Roles!H4'],
      },
    ],
  },
  DATE_FROM_TEXT: {
    valid: [{ name: 'a real date', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'ISO text',
        grids: workbook({ roles: withCell(roles(), 3, 7, '2026-01-15') }),
        expect: ['DATE_FROM_TEXT@Roles!H4'],
      },
      {
        name: 'Chinese text',
        grids: workbook({ roles: withCell(roles(), 3, 7, '2026年1月15日') }),
        expect: ['DATE_FROM_TEXT@Roles!H4'],
      },
      {
        name: 'day > 12',
        grids: workbook({ roles: withCell(roles(), 3, 7, '13/04/2025') }),
        expect: ['DATE_FROM_TEXT@Roles!H4'],
      },
    ],
  },
  DATE_AMBIGUOUS: {
    valid: [
      {
        name: 'same day and month',
        grids: workbook({ roles: withCell(roles(), 3, 7, '04/04/2025') }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: '03/04/2025',
        grids: workbook({ roles: withCell(roles(), 3, 7, '03/04/2025') }),
        expect: ['DATE_AMBIGUOUS@Roles!H4'],
      },
    ],
  },
  DATE_INVALID: {
    valid: [
      {
        name: 'month name',
        grids: workbook({ roles: withCell(roles(), 3, 7, '15 March 2025') }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'words',
        grids: workbook({ roles: withCell(roles(), 3, 7, 'last spring') }),
        expect: ['DATE_INVALID@Roles!H4'],
      },
      {
        name: '31 February',
        grids: workbook({ roles: withCell(roles(), 3, 7, '2025-02-31') }),
        expect: ['DATE_INVALID@Roles!H4'],
      },
    ],
  },
  ROLE_ID_BLANK: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'blank id',
        grids: workbook({ roles: withCell(roles(), 3, 0, null) }),
        expect: ['ROLE_ID_BLANK@Roles!A4'],
      },
    ],
  },
  ROLE_IDS_GENERATED: {
    valid: [{ name: 'ids present', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'mapped source without ids',
        grids: [
          grid('Staff', [
            ['Post', 'Boss'],
            ['Head', null],
            ['Clerk', 'Head'],
          ]),
        ],
        mapping: { roles: [{ sheet: 'Staff', columns: { Title: 'Post', ReportsTo: 'Boss' } }] },
        expect: ['ROLE_IDS_GENERATED@Staff!A1'],
      },
    ],
  },
  ROLE_DUPLICATE_ID: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'SUP twice',
        grids: workbook({ roles: addRow(roles(), ['SUP', 'Quality Lead', null, 'MGR']) }),
        expect: ['ROLE_DUPLICATE_ID@Roles!A5'],
      },
    ],
  },
  ROLE_DUPLICATE_ID_MERGED: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'job share',
        grids: workbook({
          roles: addRow(roles(), ['AGT', 'Complaints Agent', 'Customer Service', 'SUP', 2]),
        }),
        expect: ['ROLE_DUPLICATE_ID_MERGED@Roles!A5'],
      },
    ],
  },
  ROLE_TITLE_BLANK: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'no title',
        grids: workbook({ roles: withCell(roles(), 3, 1, '   ') }),
        expect: ['ROLE_TITLE_BLANK@Roles!B4'],
      },
    ],
  },
  ROLE_MANAGER_UNKNOWN: {
    valid: [
      {
        name: 'case-insensitive id',
        grids: workbook({ roles: withCell(roles(), 3, 3, 'sup') }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'BOSS',
        grids: workbook({ roles: withCell(roles(), 3, 3, 'BOSS') }),
        expect: ['ROLE_MANAGER_UNKNOWN@Roles!D4'],
      },
    ],
  },
  ROLE_MANAGER_BY_TITLE: {
    valid: [{ name: 'by id', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'by title',
        grids: workbook({ roles: withCell(roles(), 3, 3, 'Complaints Supervisor') }),
        expect: ['ROLE_MANAGER_BY_TITLE@Roles!D4'],
      },
    ],
  },
  ROLE_SELF_REPORT: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'SUP → SUP',
        grids: workbook({ roles: withCell(roles(), 2, 3, 'SUP') }),
        expect: ['ROLE_SELF_REPORT@Roles!D3'],
      },
    ],
  },
  ORG_CYCLE: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'MGR → AGT → SUP → MGR',
        grids: workbook({ roles: withCell(roles(), 1, 3, 'AGT') }),
        expect: ['ORG_CYCLE@Roles!D2'],
      },
      {
        name: 'two loops',
        grids: workbook({
          roles: [
            ...roles(),
            ['X1', 'Loop One', null, 'X2'],
            ['X2', 'Loop Two', null, 'X1'],
            ['Y1', 'Other Loop', null, 'Y2'],
            ['Y2', 'Other Loop Two', null, 'Y1'],
          ],
        }),
        expect: ['ORG_CYCLE@Roles!D5', 'ORG_CYCLE@Roles!D7'],
      },
    ],
  },
  ORG_MULTIPLE_HEADS: {
    valid: [{ name: 'one head', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'two heads',
        grids: workbook({ roles: addRow(roles(), ['HQ', 'Director', null, null]) }),
        expect: ['ORG_MULTIPLE_HEADS@Roles!D2', 'ORG_MULTIPLE_HEADS@Roles!D5'],
      },
    ],
  },
  FUNC_ID_BLANK: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'blank id',
        grids: workbook({ responsibilities: withCell(resp(), 2, 0, null) }),
        expect: ['FUNC_ID_BLANK@Responsibilities!A3'],
      },
    ],
  },
  FUNC_DUPLICATE_ID: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'F1 twice',
        grids: workbook({
          responsibilities: addRow(resp(), ['F1', 'Something else', null, null, 'P']),
        }),
        expect: ['FUNC_DUPLICATE_ID@Responsibilities!A5'],
      },
    ],
  },
  FUNC_STATEMENT_BLANK: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'no statement',
        grids: workbook({ responsibilities: withCell(resp(), 3, 1, null) }),
        expect: ['FUNC_STATEMENT_BLANK@Responsibilities!B4'],
      },
    ],
  },
  FUNC_STATEMENT_CONFLICT: {
    valid: [
      {
        name: 'long table repeating the statement',
        grids: workbook({
          responsibilities: [LONG_HEADER, ['F1', 'Plan', 'MGR', 'P'], ['F1', 'Plan', 'SUP', 'S']],
        }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'long table, two statements',
        grids: workbook({
          responsibilities: [
            LONG_HEADER,
            ['F1', 'Plan', 'MGR', 'P'],
            ['F1', 'Plan again', 'SUP', 'S'],
          ],
        }),
        expect: ['FUNC_STATEMENT_CONFLICT@Responsibilities!B3'],
      },
    ],
  },
  MATRIX_NO_ROLE_COLUMNS: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'fixed columns only',
        grids: workbook({ responsibilities: resp().map((r) => r.slice(0, 4)) }),
        expect: ['MATRIX_NO_ROLE_COLUMNS@Responsibilities!A1'],
      },
    ],
  },
  MATRIX_UNKNOWN_ROLE: {
    valid: [
      {
        name: 'title as header',
        grids: workbook({ responsibilities: withCell(resp(), 0, 6, 'Complaints Agent') }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'CEO column',
        grids: workbook({ responsibilities: addColumn(resp(), 'CEO', ['P']) }),
        expect: ['MATRIX_UNKNOWN_ROLE@Responsibilities!H1'],
      },
    ],
  },
  MATRIX_AMBIGUOUS_ROLE: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'shared title',
        grids: workbook({
          roles: addRow(roles(), ['AGT2', 'Complaints Agent', null, 'SUP']),
          responsibilities: addColumn(resp(), 'Complaints Agent'),
        }),
        expect: ['MATRIX_AMBIGUOUS_ROLE@Responsibilities!H1'],
      },
    ],
  },
  MATRIX_DUPLICATE_ROLE: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'MGR by id and by title',
        grids: workbook({ responsibilities: addColumn(resp(), 'Service Manager') }),
        expect: ['MATRIX_DUPLICATE_ROLE@Responsibilities!H1'],
      },
    ],
  },
  CLASS_CODE_INVALID: {
    valid: [
      {
        name: 'every spelling',
        grids: workbook({
          responsibilities: [
            ['FunctionId', 'Function', 'MGR', 'SUP', 'AGT'],
            ['F1', 'a', 'Primary', 'partial', ' s '],
            ['F2', 'b', '主', '部', '支'],
            ['F3', 'c', '主责', '部分', '支持'],
            ['F4', 'd', 'P', 'PA', 'Support'],
          ],
        }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'Lead',
        grids: workbook({ responsibilities: withCell(resp(), 1, 6, 'Lead') }),
        expect: ['CLASS_CODE_INVALID@Responsibilities!G2'],
      },
      {
        name: 'a number',
        grids: workbook({ responsibilities: withCell(resp(), 1, 6, 1) }),
        expect: ['CLASS_CODE_INVALID@Responsibilities!G2'],
      },
      {
        name: '牵头',
        grids: workbook({ responsibilities: withCell(resp(), 2, 4, '牵头') }),
        expect: ['CLASS_CODE_INVALID@Responsibilities!E3'],
      },
    ],
  },
  LONG_ROLE_UNKNOWN: {
    valid: [
      {
        name: 'known role',
        grids: workbook({ responsibilities: [LONG_HEADER, ['F1', 'Plan', 'MGR', 'P']] }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'CEO',
        grids: workbook({
          responsibilities: [LONG_HEADER, ['F1', 'Plan', 'MGR', 'P'], ['F1', 'Plan', 'CEO', 'S']],
        }),
        expect: ['LONG_ROLE_UNKNOWN@Responsibilities!C3'],
      },
    ],
  },
  ASSIGNMENT_DUPLICATE: {
    valid: [{ name: 'base', grids: workbook(), expect: [] }],
    invalid: [
      {
        name: 'MGR twice on F1',
        grids: workbook({
          responsibilities: [LONG_HEADER, ['F1', 'Plan', 'MGR', 'P'], ['F1', 'Plan', 'MGR', 'S']],
        }),
        expect: ['ASSIGNMENT_DUPLICATE@Responsibilities!D3'],
      },
    ],
  },
  FUNC_UNASSIGNED: {
    valid: [clean()],
    invalid: [
      {
        name: 'nobody on F10',
        grids: analysisWorkbook({
          responsibilities: addRow(aResp(), ['F10', 'Publish the monthly service report', null, 4]),
        }),
        expect: ['FUNC_UNASSIGNED@Responsibilities!A11'],
      },
    ],
  },
  FUNC_NO_PRIMARY: {
    valid: [clean()],
    invalid: [
      {
        name: 'support only',
        grids: analysisWorkbook({
          responsibilities: addRow(aResp(), ['F10', 'Publish the monthly report', null, 4, 'S']),
        }),
        expect: ['FUNC_NO_PRIMARY@Responsibilities!A11'],
      },
    ],
  },
  FUNC_PARTIAL_NO_PRIMARY: {
    valid: [clean()],
    invalid: [
      {
        name: 'partial only',
        grids: analysisWorkbook({
          responsibilities: addRow(aResp(), [
            'F10',
            'Publish the monthly report',
            null,
            4,
            null,
            null,
            null,
            'Pa',
            'S',
          ]),
        }),
        expect: ['FUNC_PARTIAL_NO_PRIMARY@Responsibilities!A11'],
      },
    ],
  },
  FUNC_OVERLAP: {
    valid: [
      clean(),
      {
        name: 'joint ownership allowed',
        grids: analysisWorkbook({
          responsibilities: withCell(aResp(), 3, 6, 'P'),
          policy: aPolicy(['JointOwnership', 'Yes']),
        }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'SUP and AGT on F3',
        grids: analysisWorkbook({ responsibilities: withCell(aResp(), 3, 6, 'P') }),
        expect: ['FUNC_OVERLAP@Responsibilities!A4'],
      },
    ],
  },
  FUNC_JOINT_OWNERSHIP: {
    valid: [
      {
        name: 'overlap not allowed',
        grids: analysisWorkbook({ responsibilities: withCell(aResp(), 3, 6, 'P') }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'allowed by policy',
        grids: analysisWorkbook({
          responsibilities: withCell(aResp(), 3, 6, 'P'),
          policy: aPolicy(['JointOwnership', '是']),
        }),
        expect: ['FUNC_JOINT_OWNERSHIP@Responsibilities!A4'],
      },
    ],
  },
  ROLE_NO_PRIMARY: {
    valid: [clean()],
    invalid: [
      {
        name: 'PLN only partial',
        grids: analysisWorkbook({
          responsibilities: withCell(withCell(aResp(), 7, 7, 'Pa'), 8, 7, 'Pa'),
        }),
        expect: ['ROLE_NO_PRIMARY@Roles!A5'],
      },
    ],
  },
  ROLE_NO_FUNCTIONS: {
    valid: [clean()],
    invalid: [
      {
        name: 'a role without a column',
        grids: analysisWorkbook({
          roles: addRow(aRoles(), ['QC', 'Quality Checker', 'Customer Service', 'MGR', 1, 1]),
        }),
        expect: ['ROLE_NO_FUNCTIONS@Roles!A7'],
      },
    ],
  },
  ROLE_SINGLE_FUNCTION: {
    valid: [clean()],
    invalid: [
      {
        name: 'ANA only on F9',
        grids: analysisWorkbook({
          responsibilities: withCell(withCell(aResp(), 6, 8, null), 8, 8, null),
        }),
        expect: ['ROLE_SINGLE_FUNCTION@Roles!A6'],
      },
    ],
  },
  ROLE_TOO_MANY_PRIMARIES: {
    valid: [clean()],
    invalid: [
      {
        name: 'at most one primary',
        grids: analysisWorkbook({ policy: aPolicy(['MaxPrimaryPerRole', 1]) }),
        expect: [
          'ROLE_TOO_MANY_PRIMARIES@Roles!A2',
          'ROLE_TOO_MANY_PRIMARIES@Roles!A3',
          'ROLE_TOO_MANY_PRIMARIES@Roles!A4',
          'ROLE_TOO_MANY_PRIMARIES@Roles!A5',
        ],
      },
    ],
  },
  ROLE_OVERLOADED: {
    valid: [
      clean(),
      {
        name: 'at 110%',
        grids: analysisWorkbook({ responsibilities: withCell(aResp(), 5, 3, 170) }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'F5 at 300 h',
        grids: analysisWorkbook({ responsibilities: withCell(aResp(), 5, 3, 300) }),
        expect: ['ROLE_OVERLOADED@Roles!E4'],
      },
    ],
  },
  ROLE_UNDERLOADED: {
    valid: [
      clean(),
      {
        name: 'unknown effort is not idle',
        grids: analysisWorkbook({
          responsibilities: withCell(withCell(aResp(), 7, 3, null), 8, 3, 2),
        }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'F7 at 5 h',
        grids: analysisWorkbook({ responsibilities: withCell(aResp(), 7, 3, 5) }),
        expect: ['ROLE_UNDERLOADED@Roles!E5'],
      },
    ],
  },
  ROLE_NO_CAPACITY: {
    valid: [clean()],
    invalid: [
      {
        name: 'ANA headcount 0',
        grids: analysisWorkbook({ roles: withCell(aRoles(), 5, 4, 0) }),
        expect: ['ROLE_NO_CAPACITY@Roles!E6'],
      },
    ],
  },
  FUNC_NO_EFFORT: {
    valid: [
      clean(),
      {
        name: 'no effort column at all',
        grids: analysisWorkbook({
          responsibilities: aResp().map((r) => [...r.slice(0, 3), null, ...r.slice(4)]),
        }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'F9 blank',
        grids: analysisWorkbook({ responsibilities: withCell(aResp(), 9, 3, null) }),
        expect: ['FUNC_NO_EFFORT@Responsibilities!A10'],
      },
    ],
  },
  SPAN_TOO_NARROW: {
    valid: [clean()],
    invalid: [
      {
        name: 'MinSpan 6',
        grids: analysisWorkbook({ policy: aPolicy(['MinSpan', 6]).filter((r, i) => i !== 1) }),
        expect: ['SPAN_TOO_NARROW@Roles!A2', 'SPAN_TOO_NARROW@Roles!A3'],
      },
    ],
  },
  SPAN_TOO_WIDE: {
    valid: [
      clean(),
      {
        name: 'wide but allowed for its level',
        grids: analysisWorkbook({ roles: withCell(aRoles(), 3, 4, 12) }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: '20 agents',
        grids: analysisWorkbook({ roles: withCell(aRoles(), 3, 4, 20) }),
        expect: ['SPAN_TOO_WIDE@Roles!A3'],
      },
    ],
  },
  SPAN_MANAGER_OF_ONE: {
    valid: [clean()],
    invalid: [
      {
        name: 'one agent',
        grids: analysisWorkbook({ roles: withCell(withCell(aRoles(), 3, 4, 1), 3, 5, 1) }),
        expect: ['SPAN_MANAGER_OF_ONE@Roles!A3'],
      },
    ],
  },
  ORG_LAYERS_ABOVE_MINIMUM: {
    valid: [clean()],
    invalid: [
      {
        name: 'target span 8',
        grids: analysisWorkbook({ policy: analysisPolicy().slice(0, 3) }),
        expect: ['ORG_LAYERS_ABOVE_MINIMUM@Roles!A2'],
      },
    ],
  },
  ORG_MAX_LAYERS_EXCEEDED: {
    valid: [
      clean(),
      {
        name: 'MaxLayers 3',
        grids: analysisWorkbook({ policy: aPolicy(['MaxLayers', 3]) }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'MaxLayers 2',
        grids: analysisWorkbook({ policy: aPolicy(['MaxLayers', 2]) }),
        expect: ['ORG_MAX_LAYERS_EXCEEDED@Roles!A2'],
      },
    ],
  },
  ROLE_TWO_MANAGERS: {
    valid: [
      clean(),
      {
        name: 'a title with a slash',
        grids: analysisWorkbook({
          roles: withCell(
            withCell(aRoles(), 1, 1, 'Sales/Service Manager'),
            4,
            3,
            'Sales/Service Manager',
          ),
        }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'two ids in one cell',
        grids: analysisWorkbook({ roles: withCell(aRoles(), 5, 3, 'MGR; SUP') }),
        expect: ['ROLE_TWO_MANAGERS@Roles!D6'],
      },
      {
        name: 'the post listed twice',
        grids: analysisWorkbook({
          roles: addRow(aRoles(), ['ANA', 'Service Analyst', 'Complaints', 'SUP', 1, 1]),
        }),
        expect: ['ROLE_TWO_MANAGERS@Roles!D7'],
      },
    ],
  },
  ROLE_VACANCY: {
    valid: [clean()],
    invalid: [
      {
        name: '3 of 5',
        grids: analysisWorkbook({ roles: withCell(aRoles(), 3, 5, 3) }),
        expect: ['ROLE_VACANCY@Roles!F4'],
      },
    ],
  },
  ROLE_OVERSTAFFED: {
    valid: [clean()],
    invalid: [
      {
        name: '6 of 5',
        grids: analysisWorkbook({ roles: withCell(aRoles(), 3, 5, 6) }),
        expect: ['ROLE_OVERSTAFFED@Roles!F4'],
      },
    ],
  },
  JD_PURPOSE_MISSING: {
    valid: [clean()],
    invalid: [
      {
        name: 'PLN without purpose',
        grids: analysisWorkbook({ roles: withCell(aRoles(), 4, 8, null) }),
        expect: ['JD_PURPOSE_MISSING@Roles!I5'],
      },
    ],
  },
  JD_QUALIFICATIONS_MISSING: {
    valid: [clean()],
    invalid: [
      {
        name: 'PLN without qualifications',
        grids: analysisWorkbook({ roles: withCell(aRoles(), 4, 9, ' ') }),
        expect: ['JD_QUALIFICATIONS_MISSING@Roles!J5'],
      },
    ],
  },
  JD_REPORTING_LINE_MISSING: {
    valid: [clean()],
    invalid: [
      {
        name: 'a lone role beside the head',
        grids: analysisWorkbook({
          roles: addRow(aRoles(), [
            'LON',
            'Quality Auditor',
            'Customer Service',
            null,
            1,
            1,
            'Specialist',
            new Date(Date.UTC(2026, 0, 15)),
            'Audit calls.',
            'Degree',
          ]),
        }),
        expect: ['JD_REPORTING_LINE_MISSING@Roles!D7'],
      },
    ],
  },
  JD_ANALYSIS_DATE_MISSING: {
    valid: [clean()],
    invalid: [
      {
        name: 'no date',
        grids: analysisWorkbook({ roles: withCell(aRoles(), 5, 7, null) }),
        expect: ['JD_ANALYSIS_DATE_MISSING@Roles!H6'],
      },
    ],
  },
  JD_ANALYSIS_DATE_STALE: {
    valid: [
      clean(),
      {
        name: 'exactly 24 months',
        grids: analysisWorkbook({
          roles: withCell(aRoles(), 5, 7, new Date(Date.UTC(2024, 10, 1))),
        }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'a day older',
        grids: analysisWorkbook({
          roles: withCell(aRoles(), 5, 7, new Date(Date.UTC(2024, 9, 31))),
        }),
        expect: ['JD_ANALYSIS_DATE_STALE@Roles!H6'],
      },
    ],
  },
  JD_TOO_FEW_DUTIES: {
    valid: [clean()],
    invalid: [
      {
        name: 'default MinDuties 3',
        grids: analysisWorkbook({ policy: analysisPolicy().slice(0, 4) }),
        expect: [
          'JD_TOO_FEW_DUTIES@Roles!A2',
          'JD_TOO_FEW_DUTIES@Roles!A3',
          'JD_TOO_FEW_DUTIES@Roles!A5',
          'JD_TOO_FEW_DUTIES@Roles!A6',
        ],
      },
    ],
  },
  JD_TOO_MANY_DUTIES: {
    valid: [clean()],
    invalid: [
      {
        name: 'MaxDuties 2',
        grids: analysisWorkbook({ policy: aPolicy(['MaxDuties', 2]) }),
        expect: ['JD_TOO_MANY_DUTIES@Roles!A4'],
      },
    ],
  },
  DUTY_VAGUE_OPENER: {
    valid: [
      clean(),
      {
        name: 'a Chinese verb',
        grids: analysisWorkbook({
          responsibilities: withCell(aResp(), 9, 1, '每月分析投诉趋势并提出改进建议'),
        }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'responsible for',
        grids: analysisWorkbook({
          responsibilities: withCell(
            aResp(),
            9,
            1,
            'Responsible for complaint trend analysis every month',
          ),
        }),
        expect: ['DUTY_VAGUE_OPENER@Responsibilities!A10'],
      },
      {
        name: '协助',
        grids: analysisWorkbook({
          responsibilities: withCell(aResp(), 9, 1, '协助经理处理部门日常事务'),
        }),
        expect: ['DUTY_VAGUE_OPENER@Responsibilities!A10'],
      },
    ],
  },
  DUTY_NO_ACTION_VERB: {
    valid: [
      clean(),
      {
        name: 'condition first',
        grids: analysisWorkbook({
          responsibilities: withCell(
            aResp(),
            9,
            1,
            'Each month, analyse complaint trends and propose fixes',
          ),
        }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'a noun phrase',
        grids: analysisWorkbook({
          responsibilities: withCell(
            aResp(),
            9,
            1,
            'Complaint trend analysis every month with fixes',
          ),
        }),
        expect: ['DUTY_NO_ACTION_VERB@Responsibilities!A10'],
      },
      {
        name: '名词短语',
        grids: analysisWorkbook({
          responsibilities: withCell(aResp(), 9, 1, '月度投诉趋势报告及专题建议书'),
        }),
        expect: ['DUTY_NO_ACTION_VERB@Responsibilities!A10'],
      },
    ],
  },
  DUTY_TOO_SHORT: {
    valid: [clean()],
    invalid: [
      {
        name: 'two words',
        grids: analysisWorkbook({ responsibilities: withCell(aResp(), 9, 1, 'Analyse trends') }),
        expect: ['DUTY_TOO_SHORT@Responsibilities!A10'],
      },
      {
        name: '四个字',
        grids: analysisWorkbook({ responsibilities: withCell(aResp(), 9, 1, '分析趋势') }),
        expect: ['DUTY_TOO_SHORT@Responsibilities!A10'],
      },
    ],
  },
  DUTY_TOO_LONG: {
    valid: [clean()],
    invalid: [
      {
        name: 'fifty words',
        grids: analysisWorkbook({
          responsibilities: withCell(
            aResp(),
            9,
            1,
            `Analyse ${'complaint trends and '.repeat(16)}propose fixes`,
          ),
        }),
        expect: ['DUTY_TOO_LONG@Responsibilities!A10'],
      },
    ],
  },
  TITLE_DUPLICATE_IN_DEPARTMENT: {
    valid: [
      clean(),
      {
        name: 'same title, other department',
        grids: analysisWorkbook({
          roles: withCell(withCell(aRoles(), 4, 1, 'Service Analyst'), 4, 2, 'Planning'),
        }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'two Service Analysts',
        grids: analysisWorkbook({ roles: withCell(aRoles(), 4, 1, 'Service Analyst') }),
        expect: ['TITLE_DUPLICATE_IN_DEPARTMENT@Roles!B6'],
      },
    ],
  },
  TITLE_LEVEL_MISMATCH: {
    valid: [clean()],
    invalid: [
      {
        name: 'a supervisor title at specialist level',
        grids: analysisWorkbook({ roles: withCell(aRoles(), 5, 1, 'Complaints Supervisor') }),
        expect: ['TITLE_LEVEL_MISMATCH@Roles!G6'],
      },
    ],
  },
  POLICY_UNKNOWN_SETTING: {
    valid: [
      {
        name: 'chinese setting name',
        grids: workbook({ policy: addRow(basePolicy(), ['过期月数', 12]) }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'MaxSpam',
        grids: workbook({ policy: addRow(basePolicy(), ['MaxSpam', 5]) }),
        expect: ['POLICY_UNKNOWN_SETTING@Policy!A4'],
      },
    ],
  },
  POLICY_INVALID_VALUE: {
    valid: [
      {
        name: 'percent share',
        grids: workbook({ policy: addRow(basePolicy(), ['OverloadAbove', '120%']) }),
        expect: [],
      },
      {
        name: '否',
        grids: workbook({ policy: addRow(basePolicy(), ['JointOwnership', '否']) }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'three',
        grids: workbook({ policy: withCell(basePolicy(), 1, 1, 'three') }),
        expect: ['POLICY_INVALID_VALUE@Policy!B2'],
      },
      {
        name: 'fractional months',
        grids: workbook({ policy: addRow(basePolicy(), ['StaleAfterMonths', 2.5]) }),
        expect: ['POLICY_INVALID_VALUE@Policy!B4'],
      },
      {
        name: 'maybe',
        grids: workbook({ policy: addRow(basePolicy(), ['JointOwnership', 'maybe']) }),
        expect: ['POLICY_INVALID_VALUE@Policy!B4'],
      },
    ],
  },
  POLICY_DUPLICATE_SETTING: {
    valid: [
      {
        name: 'span per level',
        grids: workbook({ policy: addRow(basePolicy(), ['MaxSpan', 20, 'Manager']) }),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'MinSpan twice',
        grids: workbook({ policy: addRow(basePolicy(), ['MinSpan', 4]) }),
        expect: ['POLICY_DUPLICATE_SETTING@Policy!A4'],
      },
    ],
  },
  MAPPING_SOURCE_UNUSED: {
    valid: [
      { name: 'wildcard', grids: workbook(), mapping: { roles: [{ sheet: 'Rol*' }] }, expect: [] },
    ],
    invalid: [
      {
        name: 'no such sheet',
        grids: workbook(),
        mapping: { roles: [{ sheet: 'Staff' }] },
        expect: ['MAPPING_SOURCE_UNUSED@Roles!A1'],
      },
    ],
  },
  MAPPING_COLUMN_NOT_FOUND: {
    valid: [
      {
        name: 'mapped header',
        grids: workbook({ roles: withCell(roles(), 0, 1, 'Post') }),
        mapping: { roles: [{ sheet: 'Roles', columns: { Title: 'Post' } }] },
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'Job Name',
        grids: workbook(),
        mapping: { roles: [{ sheet: 'Roles', columns: { Title: 'Job Name' } }] },
        expect: ['MAPPING_COLUMN_NOT_FOUND@Roles!A1'],
      },
    ],
  },
};

describe('every code has table-driven cases', () => {
  it('covers the whole catalog (the Survey’s codes in readSurvey.rules.test.ts)', () => {
    expect(Object.keys(CASES).sort()).toEqual(
      DIAGNOSTIC_CODES.filter((c) => !c.startsWith('SURVEY_')).sort(),
    );
  });
});

describe.each(Object.entries(CASES))('%s', (code, { valid, invalid }) => {
  const run = (c: Case) =>
    auditWorkbook(c.grids, { asOf: AS_OF, ...(c.mapping ? { mapping: c.mapping } : {}) })
      .diagnostics.filter((d) => d.code === code)
      .map(findingKey);
  it.each(valid.map((c) => [c.name, c] as const))('valid: %s', (_n, c) => {
    expect(run(c)).toEqual([]);
  });
  it.each(invalid.map((c) => [c.name, c] as const))('invalid: %s', (_n, c) => {
    expect(run(c)).toEqual(c.expect);
  });
});

describe('the base workbooks', () => {
  it('the reading base reads cleanly', () => {
    expect(readWorkbook(workbook()).diagnostics.map(findingKey)).toEqual([]);
  });
  it('the analysis base is clean under every analysis', () => {
    expect(auditWorkbook(analysisWorkbook(), { asOf: AS_OF }).diagnostics.map(findingKey)).toEqual(
      [],
    );
  });
});
