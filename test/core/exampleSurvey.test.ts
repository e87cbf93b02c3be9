import { readFileSync } from 'node:fs';
import { EXAMPLE_WORKBOOKS } from '../../src/core/example/exampleData';
import {
  EXAMPLE_SURVEY_ANSWERS,
  EXAMPLE_SURVEY_ITEMS,
  EXAMPLE_SURVEY_SEED,
} from '../../src/core/example/exampleSurvey';
import type { CellValue } from '../../src/core/model/grid';
import { templatePlans } from '../../src/core/render/templatePlan';
import type { PlanCell, PlanValue, SheetPlan } from '../../src/core/render/sheetPlan';
import { mulberry32 } from '../../src/core/testing/syntheticOrg';

interface Generator {
  readonly SEED: number;
  readonly OUT: string;
  mulberry32(seed: number): () => number;
  surveyModuleText(seed?: number): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require('../../scripts/make-example-survey.js') as Generator;

const RESPONDENTS = 64;
const ITEMS = 22;
const HEADERS = {
  en: ['RespondentId', 'Dimension', 'Item', 'Expectation', 'Perception'],
  'zh-CN': ['受访者编号', '维度', '题项', '期望', '感知'],
} as const;
const SHEET = { en: 'Survey', 'zh-CN': '问卷' } as const;
/** The dimension labels in each language, in questionnaire order. */
const DIMENSIONS = {
  en: ['Tangibles', 'Reliability', 'Responsiveness', 'Assurance', 'Empathy'],
  'zh-CN': ['有形性', '可靠性', '响应性', '保证性', '移情性'],
} as const;
/** The deliberate blanks, as [RespondentId, item code, column]. */
const BLANKS = [
  ['R09', 'T2', 'Perception'],
  ['R23', 'E2', 'Expectation'],
  ['R41', 'R4', 'Perception'],
];

const surveyRows = (lang: 'en' | 'zh-CN'): readonly (readonly CellValue[])[] => {
  const sheet = EXAMPLE_WORKBOOKS[lang].sheets.find((s) => s.name === SHEET[lang]);
  if (!sheet) throw new Error(`no ${SHEET[lang]} sheet`);
  return sheet.rows;
};

const codeOf = (item: CellValue | undefined): string => String(item).split(' ')[0] ?? '';

/** Mean expectation, perception and gap per dimension label, straight from the rows. */
function dimensionMeans(rows: readonly (readonly CellValue[])[]) {
  const sums = new Map<string, { e: number; ne: number; p: number; np: number }>();
  for (const [, dim, , e, p] of rows) {
    const s = sums.get(String(dim)) ?? { e: 0, ne: 0, p: 0, np: 0 };
    if (typeof e === 'number') {
      s.e += e;
      s.ne++;
    }
    if (typeof p === 'number') {
      s.p += p;
      s.np++;
    }
    sums.set(String(dim), s);
  }
  return new Map(
    [...sums].map(([dim, s]) => [
      dim,
      { e: s.e / s.ne, p: s.p / s.np, gap: s.p / s.np - s.e / s.ne },
    ]),
  );
}

const valueOf = (c: PlanCell | PlanValue | undefined): PlanValue | undefined =>
  c !== null && typeof c === 'object' && !(c instanceof Date) ? c.value : c;

const surveyPlan = (lang: 'en' | 'zh-CN', example: boolean): SheetPlan | undefined =>
  templatePlans(lang, example).find((p) => p.name === SHEET[lang]);

describe('the example survey generator (scripts/make-example-survey.js)', () => {
  it('writes exactly the committed module, the same on every run', () => {
    const text = generator.surveyModuleText();
    expect(generator.surveyModuleText()).toBe(text);
    expect(readFileSync(generator.OUT, 'utf8')).toBe(text);
    expect(text).toContain(`with seed ${generator.SEED}: do not edit by hand`);
    expect(EXAMPLE_SURVEY_SEED).toBe(generator.SEED);
    // Another seed gives other answers.
    expect(generator.surveyModuleText(generator.SEED + 1)).not.toBe(text);
  });

  it('draws from the same PRNG as the synthetic organisations', () => {
    for (const seed of [0, 1, 42, generator.SEED]) {
      const a = generator.mulberry32(seed);
      const b = mulberry32(seed);
      for (let i = 0; i < 5; i++) expect(a()).toBe(b());
    }
  });
});

describe('the example survey', () => {
  it('has the 22 SERVQUAL items in questionnaire order', () => {
    expect(EXAMPLE_SURVEY_ITEMS.map((i) => i.code)).toEqual([
      ...['T1', 'T2', 'T3', 'T4'],
      ...['R1', 'R2', 'R3', 'R4', 'R5'],
      ...['RS1', 'RS2', 'RS3', 'RS4'],
      ...['A1', 'A2', 'A3', 'A4'],
      ...['E1', 'E2', 'E3', 'E4', 'E5'],
    ]);
    const count = (d: string) => EXAMPLE_SURVEY_ITEMS.filter((i) => i.dimension === d).length;
    expect(
      ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'].map(count),
    ).toEqual([4, 5, 4, 4, 5]);
    // Chinese items are Chinese: no Latin words.
    for (const item of EXAMPLE_SURVEY_ITEMS) expect(item.zh).not.toMatch(/[A-Za-z]/);
  });

  it.each(['en', 'zh-CN'] as const)(
    '(%s) is long form: 64 respondents × 22 items, answers 1–7 or blank',
    (lang) => {
      const [header, ...rows] = surveyRows(lang);
      expect(header).toEqual(HEADERS[lang]);
      expect(rows).toHaveLength(RESPONDENTS * ITEMS);
      expect(new Set(rows.map((r) => r[0])).size).toBe(RESPONDENTS);
      expect([...new Set(rows.map((r) => r[1]))]).toEqual(DIMENSIONS[lang]);
      rows.forEach((r, i) => {
        expect(r).toHaveLength(5);
        expect(r[0]).toBe(`R${String(Math.floor(i / ITEMS) + 1).padStart(2, '0')}`);
        expect(codeOf(r[2])).toBe(EXAMPLE_SURVEY_ITEMS[i % ITEMS]?.code);
        for (const v of [r[3], r[4]])
          if (v !== null) {
            expect(Number.isInteger(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(1);
            expect(v).toBeLessThanOrEqual(7);
          }
      });
      const blanks = rows.flatMap((r) =>
        ([3, 4] as const)
          .filter((c) => r[c] === null)
          .map((c) => [r[0], codeOf(r[2]), HEADERS.en[c]]),
      );
      expect(blanks).toEqual(BLANKS);
    },
  );

  it('has the same answers in both languages; only the words differ', () => {
    const en = surveyRows('en').slice(1);
    const zh = surveyRows('zh-CN').slice(1);
    const numbers = (rows: typeof en) => rows.map((r) => [r[0], codeOf(r[2]), r[3], r[4]]);
    expect(numbers(zh)).toEqual(numbers(en));
    expect(EXAMPLE_SURVEY_ANSWERS).toHaveLength(RESPONDENTS);
  });

  it('tells the intended story: reliability and responsiveness furthest below expectation', () => {
    const means = dimensionMeans(surveyRows('en').slice(1));
    const m = (d: string) => {
      const x = means.get(d);
      if (!x) throw new Error(`no ${d}`);
      return x;
    };
    for (const d of DIMENSIONS.en) {
      expect(m(d).e).toBeGreaterThanOrEqual(6);
      expect(m(d).e).toBeLessThanOrEqual(6.5);
    }
    for (const d of ['Reliability', 'Responsiveness']) {
      expect(m(d).gap).toBeGreaterThanOrEqual(-1.6);
      expect(m(d).gap).toBeLessThanOrEqual(-1.2);
    }
    for (const d of ['Assurance', 'Empathy']) {
      expect(m(d).gap).toBeGreaterThanOrEqual(-0.9);
      expect(m(d).gap).toBeLessThanOrEqual(-0.5);
    }
    expect(Math.abs(m('Tangibles').gap)).toBeLessThanOrEqual(0.3);
    // The ordering: reliability and responsiveness lowest, tangibles highest.
    expect(Math.max(m('Reliability').gap, m('Responsiveness').gap)).toBeLessThan(
      Math.min(m('Assurance').gap, m('Empathy').gap),
    );
    expect(Math.max(m('Assurance').gap, m('Empathy').gap)).toBeLessThan(m('Tangibles').gap);
    // The Chinese rows give the same means.
    const zh = dimensionMeans(surveyRows('zh-CN').slice(1));
    expect([...zh.values()]).toEqual([...means.values()]);
  });
});

describe('the Survey sheet of the template', () => {
  it.each(['en', 'zh-CN'] as const)('(%s) follows the example’s other input sheets', (lang) => {
    const plans = templatePlans(lang, true);
    expect(plans.map((p) => p.name).slice(-1)).toEqual([SHEET[lang]]);
    const plan = surveyPlan(lang, true);
    expect(plan?.rows[0]?.map(valueOf)).toEqual(HEADERS[lang]);
    expect(plan?.rows[0]?.every((c) => (c as PlanCell).style === 'header')).toBe(true);
    expect(plan?.rows).toHaveLength(1 + RESPONDENTS * ITEMS);
    expect(plan?.rows.slice(1).map((r) => r.map(valueOf))).toEqual(surveyRows(lang).slice(1));
    expect(plan?.freeze).toEqual({ rows: 1, cols: 1 });
    expect(plan?.columnWidths).toHaveLength(5);
  });

  it.each(['en', 'zh-CN'] as const)(
    '(%s) is its header row alone in the blank template',
    (lang) => {
      const plan = surveyPlan(lang, false);
      expect(plan?.rows.map((r) => r.map(valueOf))).toEqual([HEADERS[lang]]);
    },
  );
});
