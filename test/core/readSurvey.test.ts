import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import { relocalise } from '../../src/core/read/diagnosticCollector';
import { DiagnosticCollector } from '../../src/core/read/diagnosticCollector';
import { dimensionForName, dimensionFromItemPrefix } from '../../src/core/read/dimensionNames';
import { locateSurvey } from '../../src/core/read/locateSurvey';
import { readSurvey } from '../../src/core/read/readSurvey';
import { parseWideHeader } from '../../src/core/read/wideSurveyHeader';
import { DEFAULT_POLICY } from '../../src/core/model/policy';
import type { Grid } from '../../src/core/model/grid';
import { analysisWorkbook, findingKey, grid, type Rows } from '../../src/core/testing/builders';
import { handSurveyLong, handSurveyWide } from '../../src/core/testing/surveyFixture';

describe('parseWideHeader: the pairing rule', () => {
  it.each([
    ['R1 E', 'expectation', 'R1'],
    ['R1 P', 'perception', 'R1'],
    ['r1_p', 'perception', 'r1'],
    ['E1 E', 'expectation', 'E1'],
    ['E_REL1', 'expectation', 'REL1'],
    ['P REL1', 'perception', 'REL1'],
    ['I_REL1', 'importance', 'REL1'],
    ['Reliability 1 (E)', 'expectation', 'Reliability 1'],
    ['Reliability 1 (Perceived)', 'perception', 'Reliability 1'],
    ['R1 [P]', 'perception', 'R1'],
    ['可靠性1-期望', 'expectation', '可靠性1'],
    ['可靠性1-感知值', 'perception', '可靠性1'],
    ['可靠性1（重要性）', 'importance', '可靠性1'],
    ['可靠性1期望', 'expectation', '可靠性1'],
    ['期望：可靠性1', 'expectation', '可靠性1'],
    ['Q3 Expectation', 'expectation', 'Q3'],
    ['Q3 - Perception', 'perception', 'Q3'],
  ])('%s → %s of %s', (header, role, item) => {
    expect(parseWideHeader(header)).toEqual({ role, item });
  });

  it.each(['RespondentId', 'Age', 'E', 'P', 'Reliability 1', '可靠性1', 'Date (UTC)', ''])(
    '%s is no answer column',
    (header) => {
      expect(parseWideHeader(header)).toBeUndefined();
    },
  );
});

describe('dimension names', () => {
  it.each([
    ['Reliability', 'reliability'],
    ['  reliability ', 'reliability'],
    ['可靠性', 'reliability'],
    ['REL', 'reliability'],
    ['Responsiveness', 'responsiveness'],
    ['响应性', 'responsiveness'],
    ['反应性', 'responsiveness'],
    ['Assurance', 'assurance'],
    ['保证性', 'assurance'],
    ['Empathy', 'empathy'],
    ['移情性', 'empathy'],
    ['Tangibles', 'tangibles'],
    ['有形性', 'tangibles'],
    ['可感知性', 'tangibles'],
    ['Communication', 'communication'],
    ['交流性', 'communication'],
    ['Credibility', 'credibility'],
    ['可信性', 'credibility'],
    ['Security', 'security'],
    ['安全性', 'security'],
    ['Understanding the customer', 'understanding'],
    ['understanding-the-customer', 'understanding'],
    ['理解顾客', 'understanding'],
  ])('%s → %s', (name, dimension) => {
    expect(dimensionForName(name)).toBe(dimension);
  });

  it.each(['E', 'R', 'Speed', 'Quality', ''])('%s is no dimension name', (name) => {
    expect(dimensionForName(name)).toBeUndefined();
  });

  it.each([
    ['REL1', 'reliability'],
    ['rel_2', 'reliability'],
    ['R1 Does what it promises', 'reliability'],
    ['RS3', 'responsiveness'],
    ['A1', 'assurance'],
    ['E 5', 'empathy'],
    ['T4', 'tangibles'],
    ['TANG-1', 'tangibles'],
    ['COMM1', 'communication'],
    ['Reliability 1', 'reliability'],
    ['Reliability of billing', 'reliability'],
    ['Empathy2', 'empathy'],
    ['可靠性1', 'reliability'],
    ['可靠性：准时上门', 'reliability'],
    ['理解顾客1', 'understanding'],
    ['Security deposit returned', 'security'],
  ])('item %s starts with %s', (item, dimension) => {
    expect(dimensionFromItemPrefix(item)).toBe(dimension);
  });

  it.each(['Q1', 'Item 3', 'Relief 1', 'Responsible staff', 'X9', '准时上门'])(
    'item %s names no dimension',
    (item) => {
      expect(dimensionFromItemPrefix(item)).toBeUndefined();
    },
  );
});

describe('locateSurvey', () => {
  it.each([
    'Survey',
    'survey',
    'SERVQUAL',
    '问卷',
    '服务质量调查',
    '客户调查',
    'Service Quality Survey',
  ])('finds the sheet %s', (sheet) => {
    expect(locateSurvey([grid('Roles', []), grid(sheet, handSurveyLong())])?.grid.sheet).toBe(
      sheet,
    );
  });

  it('ignores other sheets', () => {
    expect(locateSurvey([grid('Answers', handSurveyLong())])).toBeUndefined();
  });

  it('prefers an Excel table of the name to a sheet', () => {
    const table: Grid = { ...grid('Data', handSurveyLong()), table: 'tblSurvey' };
    expect(locateSurvey([grid('Survey', handSurveyLong()), table])).toMatchObject({
      grid: { sheet: 'Data', table: 'tblSurvey' },
      foundBy: 'table',
      headerIndex: 0,
    });
  });

  it('finds the header row under title rows', () => {
    const rows: Rows = [['Customer survey 2026'], [], ...handSurveyWide()];
    expect(locateSurvey([grid('Survey', rows)])?.headerIndex).toBe(2);
  });
});

describe('readSurvey', () => {
  const read = (rows: Rows, sheet = 'Survey') => {
    const diagnostics = new DiagnosticCollector('en');
    const survey = readSurvey([grid(sheet, rows)], DEFAULT_POLICY, diagnostics);
    return { survey, findings: diagnostics.list.map(findingKey) };
  };

  it('long form: items in questionnaire order, one answer per respondent and item', () => {
    const { survey, findings } = read(handSurveyLong());
    expect(findings).toEqual([]);
    expect(survey?.items.map((i) => [i.item, i.dimension, i.location.a1])).toEqual([
      ['REL1', 'reliability', 'C2'],
      ['REL2', 'reliability', 'C3'],
      ['RESP1', 'responsiveness', 'C4'],
      ['ASSU1', 'assurance', 'C5'],
      ['EMP1', 'empathy', 'C6'],
      ['TANG1', 'tangibles', 'C7'],
    ]);
    expect(survey?.answers).toHaveLength(24);
    expect(survey?.answers[0]).toEqual({
      respondent: 'R1',
      item: 0,
      expectation: 7,
      perception: 5,
    });
    expect(survey?.scale).toEqual({ min: 1, max: 7 });
  });

  it('wide form without a RespondentId column: respondents by sheet row', () => {
    const rows = handSurveyWide().map((row) => row.slice(1));
    const { survey, findings } = read(rows);
    expect(findings).toEqual([]);
    expect(survey?.source.form).toBe('wide');
    expect([...new Set(survey?.answers.map((a) => a.respondent))]).toEqual([
      '#2',
      '#3',
      '#4',
      '#5',
    ]);
    expect(survey?.items[0]?.location.a1).toBe('A1');
  });

  it('items match whatever their case and spacing; the first spelling is kept', () => {
    const rows = handSurveyLong().map((row, i) =>
      i === 7 ? [row[0] ?? null, row[1] ?? null, ' rel1 ', row[3] ?? null, row[4] ?? null] : row,
    );
    const { survey } = read(rows);
    expect(survey?.items.map((i) => i.item)).toEqual([
      'REL1',
      'REL2',
      'RESP1',
      'ASSU1',
      'EMP1',
      'TANG1',
    ]);
  });

  it('a Policy scale with its bounds inverted falls back to 1–7', () => {
    const diagnostics = new DiagnosticCollector('en');
    const survey = readSurvey(
      [grid('Survey', handSurveyLong())],
      { ...DEFAULT_POLICY, likertMin: 7, likertMax: 1 },
      diagnostics,
    );
    expect(survey?.scale).toEqual({ min: 1, max: 7 });
    expect(diagnostics.list.map(findingKey)).toEqual(['SURVEY_SCALE_INVALID@Survey!A1']);
  });

  it('never throws on odd cells', () => {
    const odd: Rows = [
      ['RespondentId', 'Item', 'Expectation', 'Perception'],
      [{ error: '#REF!' }, 'REL1', Number.NaN, Infinity],
      [new Date(0), 'REL1', -1e308, '1e400'],
      [true, 42, '', null],
      ['R9', 'x'.repeat(40_000), 3, 3],
    ];
    expect(() => read(odd)).not.toThrow();
  });
});

describe('messages', () => {
  const rows = handSurveyLong().map((row, i) =>
    i === 8 ? [row[0] ?? null, 'Empathy', ...row.slice(2)] : row,
  );
  const audit = (lang: 'en' | 'zh-CN') =>
    auditWorkbook(analysisWorkbook({ extra: [grid('Survey', rows)] }), {
      asOf: '2026-11-01',
      lang,
    });

  it('name dimensions in the reader’s language, also when relocalised', () => {
    const en = audit('en').diagnostics;
    expect(en.map((d) => d.message)).toEqual([
      'Item "REL2" is filed under Empathy here but under Reliability at Survey!C3; Reliability is used.',
    ]);
    const zh = '题项“REL2”在此归入移情性，但在 Survey!C3 归入可靠性；采用可靠性。';
    expect(audit('zh-CN').diagnostics.map((d) => d.message)).toEqual([zh]);
    expect(relocalise(en, 'zh-CN').map((d) => d.message)).toEqual([zh]);
  });

  it('name the Survey’s columns in Chinese', () => {
    const blank = handSurveyLong().map((row, i) => (i === 1 ? [...row.slice(0, 4), null] : row));
    const r = auditWorkbook(analysisWorkbook({ extra: [grid('问卷', blank)] }), {
      asOf: '2026-11-01',
      lang: 'zh-CN',
    });
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      '受访者 R1 未填写题项“REL1”的感知：该答案不计入（不按零分处理），该受访者此题的差距也不计入。',
    ]);
  });
});
