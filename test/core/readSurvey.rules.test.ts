import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import { DIAGNOSTIC_CATALOG, DIAGNOSTIC_CODES } from '../../src/core/i18n/diagnosticCatalog';
import type { Severity } from '../../src/core/model/diagnostic';
import type { CellValue, Grid } from '../../src/core/model/grid';
import {
  analysisPolicy,
  analysisWorkbook,
  findingKey,
  grid,
  withCell,
  type Rows,
} from '../../src/core/testing/builders';
import { handSurveyLong, handSurveyWide } from '../../src/core/testing/surveyFixture';

/**
 * Table-driven rule tests for the Survey's findings (ESLint's RuleTester is the pattern, as in
 * diagnostics.test.ts): per code its severity, inputs that must not produce it and inputs that
 * must, with the exact cells.
 *
 * The long hand survey (handSurveyLong): A RespondentId, B Dimension, C Item, D Expectation,
 * E Perception; row 2 is R1's REL1, rows 2–7 R1's six items, 8–13 R2's, 14–19 R3's, 20–25 R4's.
 * The wide one (handSurveyWide): A RespondentId, then B/C REL1 E/P … L/M TANG1 E/P; rows 2–5
 * R1–R4.
 */
interface Case {
  readonly name: string;
  readonly grids: Grid[];
  /** Exactly these findings of the code, as CODE@Sheet!A1. */
  readonly expect: readonly string[];
}

const long = handSurveyLong;
const wide = () => handSurveyWide();
const survey = (rows: Rows, policy?: Rows): Grid[] =>
  analysisWorkbook({ extra: [grid('Survey', rows)], ...(policy ? { policy } : {}) });
const set = (rows: Rows, cells: readonly [number, number, CellValue][]): Rows =>
  cells.reduce((acc, [r, c, v]) => withCell(acc, r, c, v), rows);
const columns = (rows: Rows, cols: readonly number[]): Rows =>
  rows.map((row) => cols.map((c) => row[c] ?? null));
const addColumn = (rows: Rows, header: string, value: (i: number) => CellValue): Rows =>
  rows.map((row, i) => [...row, i === 0 ? header : value(i)]);
const clean = (): Case[] => [
  { name: 'long form', grids: survey(long()), expect: [] },
  { name: 'wide form', grids: survey(wide()), expect: [] },
];

const CASES: Readonly<Record<string, { severity: Severity; valid: Case[]; invalid: Case[] }>> = {
  SURVEY_COLUMNS_MISSING: {
    severity: 'error',
    valid: [...clean(), { name: 'no survey at all', grids: analysisWorkbook(), expect: [] }],
    invalid: [
      {
        name: 'neither layout',
        grids: survey([
          ['Name', 'Score'],
          ['Ann', 5],
        ]),
        expect: ['SURVEY_COLUMNS_MISSING@Survey!A1'],
      },
    ],
  },
  SURVEY_WIDE_UNPAIRED: {
    severity: 'warning',
    valid: [
      ...clean(),
      {
        name: 'an importance column of a paired item',
        grids: survey(addColumn(wide(), 'REL1 I', () => 6)),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'an expectation without its perception',
        grids: survey(addColumn(wide(), 'REL3 E', () => 6)),
        expect: ['SURVEY_WIDE_UNPAIRED@Survey!N1'],
      },
      {
        name: 'a perception and an importance without an expectation',
        grids: survey(
          addColumn(
            addColumn(wide(), 'P_REL3', () => 6),
            'I_REL3',
            () => 6,
          ),
        ),
        expect: ['SURVEY_WIDE_UNPAIRED@Survey!N1', 'SURVEY_WIDE_UNPAIRED@Survey!O1'],
      },
    ],
  },
  SURVEY_RESPONDENT_MISSING: {
    severity: 'warning',
    valid: clean(),
    invalid: [
      {
        name: 'long form, blank id',
        grids: survey(set(long(), [[2, 0, null]])),
        expect: ['SURVEY_RESPONDENT_MISSING@Survey!A3'],
      },
      {
        name: 'long form, #N/A id',
        grids: survey(set(long(), [[2, 0, { error: '#N/A' }]])),
        expect: ['SURVEY_RESPONDENT_MISSING@Survey!A3'],
      },
      {
        name: 'wide form, blank id',
        grids: survey(set(wide(), [[4, 0, '  ']])),
        expect: ['SURVEY_RESPONDENT_MISSING@Survey!A5'],
      },
    ],
  },
  SURVEY_ITEM_MISSING: {
    severity: 'warning',
    valid: clean(),
    invalid: [
      {
        name: 'blank item',
        grids: survey(set(long(), [[3, 2, null]])),
        expect: ['SURVEY_ITEM_MISSING@Survey!C4'],
      },
    ],
  },
  SURVEY_DIMENSION_UNKNOWN: {
    severity: 'warning',
    valid: [
      ...clean(),
      {
        name: 'English and Chinese names, codes, any case and spacing',
        grids: survey(
          set(long(), [
            [1, 1, 'RELIABILITY'],
            [2, 1, '可靠性'],
            [3, 1, '反应性'],
            [4, 1, 'assu'],
            [5, 1, ' em pathy '],
            [6, 1, '可感知性'],
          ]),
        ),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'an unknown name, reported once per item',
        grids: survey(
          long().map((row, i) =>
            i > 0 && row[2] === 'REL1' ? (set([row], [[0, 1, 'Speed']])[0] ?? row) : row,
          ),
        ),
        expect: ['SURVEY_DIMENSION_UNKNOWN@Survey!B2'],
      },
      {
        name: 'an unknown name in the wide form’s dimension row',
        grids: survey([
          ['RespondentId', 'Q1 E', 'Q1 P'],
          [null, 'Speed', null],
          ['R1', 6, 5],
        ]),
        expect: ['SURVEY_DIMENSION_UNKNOWN@Survey!B2'],
      },
    ],
  },
  SURVEY_DIMENSION_MISSING: {
    severity: 'warning',
    valid: [
      ...clean(),
      {
        name: 'the item’s code names it',
        grids: survey(set(long(), [[1, 1, null]])),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'long form, neither a Dimension nor a code',
        grids: survey(
          set(long(), [
            [1, 1, null],
            [1, 2, 'Q1'],
          ]),
        ),
        expect: ['SURVEY_DIMENSION_MISSING@Survey!C2'],
      },
      {
        name: 'wide form, a header without a dimension',
        grids: survey([
          ['RespondentId', 'Q1 E', 'Q1 P'],
          ['R1', 6, 5],
        ]),
        expect: ['SURVEY_DIMENSION_MISSING@Survey!B1'],
      },
    ],
  },
  SURVEY_ITEM_DIMENSION_CONFLICT: {
    severity: 'warning',
    valid: [
      ...clean(),
      {
        name: 'the same dimension in two languages',
        grids: survey(set(long(), [[7, 1, '可靠性']])),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'R2 files REL1 under empathy, R3 too: reported once',
        grids: survey(
          set(long(), [
            [7, 1, 'Empathy'],
            [13, 1, 'Empathy'],
          ]),
        ),
        expect: ['SURVEY_ITEM_DIMENSION_CONFLICT@Survey!B8'],
      },
    ],
  },
  SURVEY_DUPLICATE_RESPONSE: {
    severity: 'warning',
    valid: clean(),
    invalid: [
      {
        name: 'R1 answers REL1 twice',
        grids: survey([...long(), ['R1', 'Reliability', 'rel1', 1, 1]]),
        expect: ['SURVEY_DUPLICATE_RESPONSE@Survey!A26'],
      },
    ],
  },
  SURVEY_DUPLICATE_RESPONDENT: {
    severity: 'warning',
    valid: clean(),
    invalid: [
      {
        name: 'R1 has two rows',
        grids: survey([...wide(), [...(wide()[1] ?? [])]]),
        expect: ['SURVEY_DUPLICATE_RESPONDENT@Survey!A6'],
      },
    ],
  },
  SURVEY_ANSWER_BLANK: {
    severity: 'info',
    valid: [
      ...clean(),
      {
        name: 'a blank Importance is not reported',
        grids: survey(addColumn(long(), 'Importance', (i) => (i === 1 ? null : 5))),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'long form, expectation blank',
        grids: survey(set(long(), [[1, 3, null]])),
        expect: ['SURVEY_ANSWER_BLANK@Survey!D2'],
      },
      {
        name: 'long form, both blank',
        grids: survey(
          set(long(), [
            [1, 3, ''],
            [1, 4, null],
          ]),
        ),
        expect: ['SURVEY_ANSWER_BLANK@Survey!D2', 'SURVEY_ANSWER_BLANK@Survey!E2'],
      },
      {
        name: 'wide form, a perception blank',
        grids: survey(set(wide(), [[3, 4, null]])),
        expect: ['SURVEY_ANSWER_BLANK@Survey!E4'],
      },
    ],
  },
  SURVEY_ANSWER_NOT_A_NUMBER: {
    severity: 'warning',
    valid: [
      ...clean(),
      {
        name: 'numbers typed as text, full-width digits',
        grids: survey(
          set(long(), [
            [1, 3, '7'],
            [1, 4, '５'],
          ]),
        ),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'text, an Excel error, a boolean, a date',
        grids: survey(
          set(long(), [
            [1, 3, 'seven'],
            [2, 4, { error: '#N/A' }],
            [3, 3, true],
            [4, 4, new Date(Date.UTC(2026, 0, 1))],
          ]),
        ),
        expect: [
          'SURVEY_ANSWER_NOT_A_NUMBER@Survey!D2',
          'SURVEY_ANSWER_NOT_A_NUMBER@Survey!E3',
          'SURVEY_ANSWER_NOT_A_NUMBER@Survey!D4',
          'SURVEY_ANSWER_NOT_A_NUMBER@Survey!E5',
        ],
      },
    ],
  },
  SURVEY_ANSWER_OUT_OF_SCALE: {
    severity: 'warning',
    valid: [
      ...clean(),
      {
        name: 'the scale’s ends and a half point',
        grids: survey(
          set(long(), [
            [1, 3, 1],
            [1, 4, 7],
            [2, 3, 5.5],
          ]),
        ),
        expect: [],
      },
      {
        name: '9 on a Policy scale of 0–10',
        grids: survey(
          set(long(), [
            [1, 3, 9],
            [1, 4, 0],
          ]),
          [...analysisPolicy(), ['LikertMin', 0, null, null], ['LikertMax', 10, null, null]],
        ),
        expect: [],
      },
    ],
    invalid: [
      {
        name: '9 and 0 on 1–7, an importance of 8',
        grids: survey(
          set(
            addColumn(long(), 'Importance', () => 4),
            [
              [1, 3, 9],
              [2, 4, 0],
              [3, 5, 8],
            ],
          ),
        ),
        expect: [
          'SURVEY_ANSWER_OUT_OF_SCALE@Survey!D2',
          'SURVEY_ANSWER_OUT_OF_SCALE@Survey!E3',
          'SURVEY_ANSWER_OUT_OF_SCALE@Survey!F4',
        ],
      },
    ],
  },
  SURVEY_SCALE_INVALID: {
    severity: 'error',
    valid: clean(),
    invalid: [
      {
        name: 'lowest equal to highest',
        grids: survey(long(), [
          ...analysisPolicy(),
          ['SurveyScaleMin', 5, null, null],
          ['SurveyScaleMax', 5, null, null],
        ]),
        expect: ['SURVEY_SCALE_INVALID@Survey!A1'],
      },
    ],
  },
  SURVEY_IMPORTANCE_INCOMPLETE: {
    severity: 'warning',
    valid: [
      ...clean(),
      {
        name: 'Importance for every dimension',
        grids: survey(addColumn(long(), 'Importance', () => 5)),
        expect: [],
      },
    ],
    invalid: [
      {
        name: 'Importance for reliability only',
        grids: survey(
          addColumn(long(), 'Importance', (i) => (long()[i]?.[1] === 'Reliability' ? 6 : null)),
        ),
        expect: ['SURVEY_IMPORTANCE_INCOMPLETE@Survey!F1'],
      },
    ],
  },
};

describe('every Survey code has table-driven cases', () => {
  it('covers every SURVEY_ code of the catalog', () => {
    expect(Object.keys(CASES).sort()).toEqual(
      DIAGNOSTIC_CODES.filter((c) => c.startsWith('SURVEY_')).sort(),
    );
  });
});

describe.each(Object.entries(CASES))('%s', (code, { severity, valid, invalid }) => {
  const run = (c: Case) =>
    auditWorkbook(c.grids, { asOf: '2026-11-01' })
      .diagnostics.filter((d) => d.code === code)
      .map(findingKey);
  it(`is ${severity}`, () => {
    expect(DIAGNOSTIC_CATALOG[code as keyof typeof DIAGNOSTIC_CATALOG].severity).toBe(severity);
  });
  it.each(valid.map((c) => [c.name, c] as const))('valid: %s', (_n, c) => {
    expect(run(c)).toEqual([]);
  });
  it.each(invalid.map((c) => [c.name, c] as const))('invalid: %s', (_n, c) => {
    expect(run(c)).toEqual(c.expect);
  });
});

/** The workbook's shared reading codes, raised on the Survey. */
describe('shared reading findings on the Survey', () => {
  const findings = (grids: Grid[]) =>
    auditWorkbook(grids, { asOf: '2026-11-01' }).diagnostics.map(findingKey);

  it.each<[string, Rows, Partial<Grid>, string[]]>([
    [
      'a second Expectation column',
      addColumn(long(), '期望', () => 1),
      {},
      ['HEADER_DUPLICATE@Survey!F1'],
    ],
    [
      'an unknown column (info)',
      addColumn(long(), 'Comment', () => 'ok'),
      {},
      ['HEADER_UNKNOWN@Survey!F1'],
    ],
    [
      'an unknown column in the wide form',
      addColumn(wide(), 'Age', () => 40),
      {},
      ['HEADER_UNKNOWN@Survey!N1'],
    ],
    [
      'a column of data without a header',
      addColumn(long(), '', () => 'x'),
      {},
      ['HEADER_BLANK@Survey!F1'],
    ],
    [
      'long form without Item',
      columns(long(), [0, 1, 3, 4]),
      {},
      ['HEADER_MISSING_REQUIRED@Survey!A1'],
    ],
    ['merged cells', long(), { merges: ['B2:B7'] }, ['CELL_MERGED@Survey!B2:B7']],
  ])('%s', (_name, rows, extra, expected) => {
    const g = { ...grid('Survey', rows), ...extra };
    expect(findings(analysisWorkbook({ extra: [g] }))).toEqual(expected);
  });

  it('messages name the Survey and its columns in Chinese', () => {
    const r = auditWorkbook(
      analysisWorkbook({
        extra: [grid('问卷', columns(long(), [0, 1, 3, 4]))],
      }),
      { asOf: '2026-11-01', lang: 'zh-CN' },
    );
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      '问卷表缺少必需的“题项”列。请修改表头或设置列映射。',
    ]);
  });
});
