import { auditWorkbook, type AuditResult } from '../../src/core/audit/auditWorkbook';
import type { FiveGap } from '../../src/core/analyze/fiveGapModel';
import type { ItemQuality, ServiceQuality } from '../../src/core/analyze/serviceQuality';
import { tQuantile975 } from '../../src/core/analyze/tQuantile';
import type { Grid } from '../../src/core/model/grid';
import {
  analysisPolicy,
  analysisWorkbook,
  baseResponsibilities,
  findingKey,
  grid,
  workbook,
  type Rows,
} from '../../src/core/testing/builders';
import { handSurveyLong, handSurveyWide } from '../../src/core/testing/surveyFixture';

const AS_OF = '2026-11-01';
const audit = (grids: Grid[]): AuditResult => auditWorkbook(grids, { asOf: AS_OF });
const withSurvey = (rows: Rows, sheet = 'Survey', parts = {}): Grid[] =>
  analysisWorkbook({ ...parts, extra: [grid(sheet, rows)] });
/** The survey's analysis, with the five-gap checklist the Gap Summary holds beside it. */
type Quality = ServiceQuality & { readonly fiveGaps: readonly FiveGap[] };
const quality = (grids: Grid[]): Quality => {
  const r = audit(grids);
  const q = r.serviceQuality;
  if (!q) throw new Error('no service quality');
  return { ...q, fiveGaps: r.gapSummary.fiveGaps };
};
const surveyFindings = (r: AuditResult) =>
  r.diagnostics.filter((d) => d.code.startsWith('SURVEY_')).map(findingKey);

/** √(1/3), √(2/3), √(5/3): the sample standard deviations that recur below. */
const S13 = Math.sqrt(1 / 3);
const S23 = Math.sqrt(2 / 3);
/** t(0.975, 3): every item has four respondents, so df = 3. */
const T3 = 3.1824463053;

describe('the hand survey (4 respondents × 6 items, scale 1–7)', () => {
  const q = quality(withSurvey(handSurveyLong()));
  const item = (name: string) => q.items.find((i) => i.item === name);
  const dim = (name: string) => q.dimensions.find((d) => d.dimension === name);

  it('reads every answer and finds nothing wrong', () => {
    expect(surveyFindings(audit(withSurvey(handSurveyLong())))).toEqual([]);
    expect(q.source).toMatchObject({ sheet: 'Survey', form: 'long', header: 'A1:E1', rows: 24 });
    expect(q.respondents).toBe(4);
    expect(q.items.map((i) => [i.item, i.dimension, i.n])).toEqual([
      ['REL1', 'reliability', 4],
      ['REL2', 'reliability', 4],
      ['RESP1', 'responsiveness', 4],
      ['ASSU1', 'assurance', 4],
      ['EMP1', 'empathy', 4],
      ['TANG1', 'tangibles', 4],
    ]);
  });

  // Per item: Ē, P̄, gap = mean(P − E), and the 95% half-width t(0.975, 3) · s / √4.
  it.each([
    // REL1: E 7 6 7 6 → 6.5; P 5 4 6 5 → 5; d −2 −2 −1 −1 → −1.5; deviations ±0.5 → s² = 1/3
    ['REL1', 6.5, 5, -1.5, S13],
    // REL2: E 6 7 6 7 → 6.5; P 6 5 5 7 → 5.75; d 0 −2 −1 0 → −0.75;
    //   deviations .75 −1.25 −.25 .75 → squares 2.75 → s² = 2.75/3
    ['REL2', 6.5, 5.75, -0.75, Math.sqrt(2.75 / 3)],
    // RESP1: E 6 6 7 5 → 6; P 4 5 4 5 → 4.5; d −2 −1 −3 0 → −1.5; deviations squared 5 → s² = 5/3
    ['RESP1', 6, 4.5, -1.5, Math.sqrt(5 / 3)],
    // ASSU1: E 5 6 6 5 → 5.5; P 5 5 6 6 → 5.5; d 0 −1 0 1 → 0; s² = 2/3
    ['ASSU1', 5.5, 5.5, 0, S23],
    // EMP1: E 6 5 6 7 → 6; P 5 5 4 6 → 5; d −1 0 −2 −1 → −1; s² = 2/3
    ['EMP1', 6, 5, -1, S23],
    // TANG1: E 4 5 4 5 → 4.5; P 5 6 4 5 → 5; d 1 1 0 0 → +0.5; s² = 1/3
    ['TANG1', 4.5, 5, 0.5, S13],
  ])('%s: E %d, P %d, gap %d', (name, e, p, gap, sd) => {
    const it = item(name);
    expect(it?.expectation).toBeCloseTo(e, 12);
    expect(it?.perception).toBeCloseTo(p, 12);
    expect(it?.gap).toBeCloseTo(gap, 12);
    expect(it?.ci?.sd).toBeCloseTo(sd, 12);
    expect(it?.ci?.t).toBe(T3);
    // half-width = 3.1824463053 × s / 2; REL1: 3.1824463053 × 0.5773502692 / 2 = 0.9186931155
    expect(it?.ci?.halfWidth).toBeCloseTo((T3 * sd) / 2, 12);
    expect(it?.ci?.low).toBeCloseTo(gap - (T3 * sd) / 2, 12);
    expect(it?.ci?.high).toBeCloseTo(gap + (T3 * sd) / 2, 12);
  });

  it('REL1’s interval is −1.5 ± 0.9186931155', () => {
    expect(item('REL1')?.ci?.halfWidth).toBeCloseTo(0.9186931155, 9);
  });

  it('reliability is scored per respondent over its two items, then averaged', () => {
    // Respondent means of REL1 and REL2: R1 E 6.5 P 5.5 (d −1), R2 6.5 4.5 (−2), R3 6.5 5.5 (−1),
    // R4 6.5 6 (−0.5). Ē 6.5, P̄ 21.5/4 = 5.375, gap −1.125;
    // deviations .125 −.875 .125 .625 → squares 1.1875 → s² = 1.1875/3.
    const r = dim('reliability');
    expect(r).toMatchObject({ n: 4, items: 2, answers: 8, weight: 0.32, importance: null });
    expect(r?.expectation).toBeCloseTo(6.5, 12);
    expect(r?.perception).toBeCloseTo(5.375, 12);
    expect(r?.gap).toBeCloseTo(-1.125, 12);
    expect(r?.ci?.halfWidth).toBeCloseTo((T3 * Math.sqrt(1.1875 / 3)) / 2, 12);
    // A single-item dimension is its item.
    expect(dim('responsiveness')?.gap).toBeCloseTo(-1.5, 12);
    expect(q.dimensions.map((d) => d.dimension)).toEqual([
      'reliability',
      'responsiveness',
      'assurance',
      'empathy',
      'tangibles',
    ]);
  });

  it('weights with seed 001’s shares and scores the weighted gap and the CSI', () => {
    expect(q.weighting.source).toBe('seed');
    expect(q.weighting.weights.map((w) => [w.dimension, w.weight])).toEqual([
      ['reliability', 0.32],
      ['responsiveness', 0.22],
      ['assurance', 0.19],
      ['empathy', 0.16],
      ['tangibles', 0.11],
    ]);
    // Σ w·Ē = .32×6.5 + .22×6 + .19×5.5 + .16×6 + .11×4.5 = 2.08 + 1.32 + 1.045 + .96 + .495 = 5.9
    expect(q.overall.expectation).toBeCloseTo(5.9, 12);
    // Σ w·P̄ = .32×5.375 + .22×4.5 + .19×5.5 + .16×5 + .11×5 = 1.72 + .99 + 1.045 + .8 + .55 = 5.105
    expect(q.overall.perception).toBeCloseTo(5.105, 12);
    // Σ w·gap = −.36 − .33 + 0 − .16 + .055 = −0.795 (= 5.105 − 5.9)
    expect(q.overall.gap).toBeCloseTo(-0.795, 12);
    // CSI = 100 × (5.105 − 1) / (7 − 1) = 68.41666…
    expect(q.overall.csi).toBeCloseTo(68.416666666667, 10);
  });

  it('ranks the shortfalls by weight × (−gap)', () => {
    // REL1 .32 × 1.5 = .48; RESP1 .22 × 1.5 = .33; REL2 .32 × .75 = .24; EMP1 .16 × 1 = .16.
    // ASSU1 (0) and TANG1 (+0.5) are not below expectation.
    expect(q.priorities.ranked.map((r) => [r.rank, r.item, Number(r.score.toFixed(12))])).toEqual([
      [1, 'REL1', 0.48],
      [2, 'RESP1', 0.33],
      [3, 'REL2', 0.24],
      [4, 'EMP1', 0.16],
    ]);
  });

  it('places each item on the importance–performance grid', () => {
    // Importance = the dimension's weight; split at (.32 + .32 + .22 + .19 + .16 + .11)/6 = .22.
    // Performance = mean P; split at (5 + 5.75 + 4.5 + 5.5 + 5 + 5)/6 = 5.125.
    expect(q.priorities.importanceBasis).toBe('weight');
    expect(q.priorities.importanceSplit).toBeCloseTo(0.22, 12);
    expect(q.priorities.performanceSplit).toBeCloseTo(5.125, 12);
    expect(q.priorities.grid.map((g) => [g.item, g.quadrant])).toEqual([
      ['REL1', 'concentrate'], // .32 high, 5 low
      ['REL2', 'keep-up'], // .32 high, 5.75 high
      ['RESP1', 'concentrate'], // .22 = the split counts as high, 4.5 low
      ['ASSU1', 'overkill'], // .19 low, 5.5 high
      ['EMP1', 'low-priority'], // .16 low, 5 low
      ['TANG1', 'low-priority'], // .11 low, 5 low
    ]);
  });
});

/** An item's figures without its cell. */
function withoutLocation(item: ItemQuality): Omit<ItemQuality, 'location'> {
  const copy: { -readonly [K in keyof ItemQuality]?: ItemQuality[K] } = { ...item };
  delete copy.location;
  return copy as Omit<ItemQuality, 'location'>;
}

/** Everything but where the survey was read from. */
function figures(q: Quality) {
  return {
    respondents: q.respondents,
    items: q.items.map(withoutLocation),
    dimensions: q.dimensions,
    weighting: q.weighting,
    overall: q.overall,
    priorities: q.priorities,
    fiveGaps: q.fiveGaps,
  };
}

describe('layouts and languages give the same analysis', () => {
  const long = figures(quality(withSurvey(handSurveyLong())));

  it.each([
    ['R1 E / R1 P', (i: string, r: string) => `${i} ${r}`],
    ['E_REL1 / P_REL1', (i: string, r: string) => `${r}_${i}`],
    ['REL1 (E) / REL1 (P)', (i: string, r: string) => `${i} (${r})`],
    ['REL1-期望 / REL1-感知', (i: string, r: string) => `${i}-${r === 'E' ? '期望' : '感知'}`],
    [
      'REL1 Expected / REL1 Perceived',
      (i: string, r: string) => `${i} ${r === 'E' ? 'Expected' : 'Perceived'}`,
    ],
  ])('wide form %s', (_name, head) => {
    const r = audit(withSurvey(handSurveyWide(head)));
    expect(surveyFindings(r)).toEqual([]);
    expect(r.serviceQuality?.source.form).toBe('wide');
    expect(
      figures({ ...(r.serviceQuality as ServiceQuality), fiveGaps: r.gapSummary.fiveGaps }),
    ).toEqual(long);
  });

  it('wide form with a second header row of dimensions, items without codes', () => {
    // Headers "Q1 E" … carry no dimension; the row under them names it.
    const wide = handSurveyWide((_i, r) => r);
    const names = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6'];
    const dims = ['Reliability', 'reliability', 'RESPONSIVENESS', '保证性', 'Empathy', '有形性'];
    const header = ['RespondentId', ...names.flatMap((n) => [`${n} E`, `${n} P`])];
    const dimRow = [null, ...dims.flatMap((d) => [d, null])];
    const rows: Rows = [header, dimRow, ...wide.slice(1)];
    const q = quality(withSurvey(rows));
    expect(q.items.map((i) => [i.item, i.dimension])).toEqual([
      ['Q1', 'reliability'],
      ['Q2', 'reliability'],
      ['Q3', 'responsiveness'],
      ['Q4', 'assurance'],
      ['Q5', 'empathy'],
      ['Q6', 'tangibles'],
    ]);
    expect(q.overall).toEqual(long.overall);
    expect(q.priorities.ranked.map((p) => p.item)).toEqual(['Q1', 'Q3', 'Q2', 'Q5']);
  });

  it('Chinese headers, Chinese dimension names and a Chinese sheet name', () => {
    const zhDims: Record<string, string> = {
      Reliability: '可靠性',
      Responsiveness: '反应性',
      Assurance: '保证性',
      Empathy: '移情性',
      Tangibles: '可感知性',
    };
    const rows = handSurveyLong(['受访者编号', '维度', '题项', '期望值', '感知值']).map((row, i) =>
      i === 0 ? row : row.map((v, c) => (c === 1 ? (zhDims[String(v)] ?? v) : v)),
    );
    const r = audit(withSurvey(rows, '服务质量调查'));
    expect(surveyFindings(r)).toEqual([]);
    expect(r.serviceQuality?.source.sheet).toBe('服务质量调查');
    expect(
      figures({ ...(r.serviceQuality as ServiceQuality), fiveGaps: r.gapSummary.fiveGaps }),
    ).toEqual(long);
  });

  it('without a Dimension column, items take the dimension their code starts with', () => {
    const rows = handSurveyLong().map((row) => [row[0], row[2], row[3], row[4]] as Rows[number]);
    expect(figures(quality(withSurvey(rows)))).toEqual(long);
  });

  it('an Excel table named SERVQUAL is found whatever its sheet', () => {
    const g: Grid = { ...grid('Data', handSurveyLong()), table: 'SERVQUAL' };
    const r = audit(analysisWorkbook({ extra: [g] }));
    expect(r.serviceQuality?.source).toMatchObject({ foundBy: 'table', tableName: 'SERVQUAL' });
    expect(
      figures({ ...(r.serviceQuality as ServiceQuality), fiveGaps: r.gapSummary.fiveGaps }),
    ).toEqual(long);
  });
});

describe('weights', () => {
  const policy = (...rows: Rows) => [...analysisPolicy(), ...rows];

  it('Policy weights override the seed’s and are normalised over the dimensions present', () => {
    // Percent or share: only the proportions count. 40 + 20 + 20 + 10 + 10 = 100.
    const q = quality(
      withSurvey(handSurveyLong(), 'Survey', {
        policy: policy(
          ['WeightReliability', '40%', null, null],
          ['WeightResponsiveness', '20%', null, null],
          ['WeightAssurance', '20%', null, null],
          ['WeightEmpathy', '10%', null, null],
          ['WeightTangibles', '10%', null, null],
        ),
      }),
    );
    expect(q.weighting.source).toBe('policy');
    expect(q.weighting.weights.map((w) => w.weight)).toEqual([0.4, 0.2, 0.2, 0.1, 0.1]);
    // Σ w·gap = .4×(−1.125) + .2×(−1.5) + .2×0 + .1×(−1) + .1×.5 = −.45 − .3 − .1 + .05 = −0.8
    expect(q.overall.gap).toBeCloseTo(-0.8, 12);
  });

  it('only the dimensions present share the weight', () => {
    // Reliability and tangibles only: .32/(.32 + .11) and .11/(.32 + .11).
    const rows = handSurveyLong().filter(
      (row, i) => i === 0 || row[1] === 'Reliability' || row[1] === 'Tangibles',
    );
    const q = quality(withSurvey(rows));
    expect(q.weighting.weights.map((w) => [w.dimension, w.raw])).toEqual([
      ['reliability', 0.32],
      ['tangibles', 0.11],
    ]);
    expect(q.weighting.weights[0]?.weight).toBeCloseTo(0.32 / 0.43, 12);
    // gap = (.32 × −1.125 + .11 × .5) / .43 = (−.36 + .055)/.43 = −0.709302…
    expect(q.overall.gap).toBeCloseTo(-0.305 / 0.43, 12);
  });

  it('Importance answers give the weights when every dimension has them', () => {
    // Importance 7 for reliability, 3.5 for the others: raw means 7, 3.5, 3.5, 3.5, 3.5 → sum 21;
    // weights 1/3, then 1/6 each.
    const rows = handSurveyLong().map((row, i) => [
      ...row,
      i === 0 ? 'Importance' : row[1] === 'Reliability' ? 7 : 3.5,
    ]);
    const q = quality(withSurvey(rows));
    expect(q.weighting.source).toBe('importance');
    expect(q.weighting.weights.map((w) => w.raw)).toEqual([7, 3.5, 3.5, 3.5, 3.5]);
    expect(q.weighting.weights[0]?.weight).toBeCloseTo(1 / 3, 12);
    expect(q.weighting.weights[1]?.weight).toBeCloseTo(1 / 6, 12);
    // gap = (−1.125)/3 + (−1.5 + 0 − 1 + .5)/6 = −.375 − 1/3 = −0.708333…
    expect(q.overall.gap).toBeCloseTo(-0.375 - 1 / 3, 12);
    // The grid uses each item's mean Importance: split (7 + 7 + 3.5×4)/6 = 14/3.
    expect(q.priorities.importanceBasis).toBe('importance');
    expect(q.priorities.importanceSplit).toBeCloseTo(14 / 3, 12);
    expect(q.priorities.grid.map((g) => g.quadrant)).toEqual([
      'concentrate',
      'keep-up',
      'low-priority',
      'overkill',
      'low-priority',
      'low-priority',
    ]);
  });

  it('Importance for some dimensions only is reported and the seed weights are used', () => {
    const rows = handSurveyLong().map((row, i) => [
      ...row,
      i === 0 ? '重要性' : row[1] === 'Reliability' ? 7 : null,
    ]);
    const r = audit(withSurvey(rows));
    expect(surveyFindings(r)).toEqual(['SURVEY_IMPORTANCE_INCOMPLETE@Survey!F1']);
    expect(r.diagnostics.find((d) => d.code === 'SURVEY_IMPORTANCE_INCOMPLETE')?.message).toContain(
      'Responsiveness, Assurance, Empathy, Tangibles',
    );
    expect(r.serviceQuality?.weighting.source).toBe('seed');
  });

  it('further determinants are measured but weigh 0 under seed weights', () => {
    const rows = [
      ...handSurveyLong(),
      ['R1', '交流性', 'COMM1', 7, 1],
      ['R2', 'Communication', 'COMM1', 7, 2],
    ];
    const q = quality(withSurvey(rows));
    const comm = q.dimensions.find((d) => d.dimension === 'communication');
    // E (7 + 7)/2 = 7, P (1 + 2)/2 = 1.5, gap −5.5, n 2: d −6 −5, s² = 0.5, t(0.975, 1) = 12.706…
    expect(comm).toMatchObject({ n: 2, weight: 0, expectation: 7, perception: 1.5, gap: -5.5 });
    expect(comm?.ci?.halfWidth).toBeCloseTo((12.7062047362 * Math.sqrt(0.5)) / Math.SQRT2, 9);
    expect(q.weighting.weights.find((w) => w.dimension === 'communication')).toEqual({
      dimension: 'communication',
      raw: 0,
      weight: 0,
    });
    expect(q.overall.gap).toBeCloseTo(-0.795, 12);
    // Its item is below expectation but weighs nothing: ranked after every weighted item.
    expect(q.priorities.ranked.map((p) => p.item)).toEqual([
      'REL1',
      'RESP1',
      'REL2',
      'EMP1',
      'COMM1',
    ]);
  });

  it('only further determinants: equal weights', () => {
    const rows: Rows = [
      ['RespondentId', 'Dimension', 'Item', 'Expectation', 'Perception'],
      ['R1', 'Security', 'SEC1', 6, 4],
      ['R1', 'Credibility', 'CRED1', 6, 6],
    ];
    const q = quality(withSurvey(rows));
    expect(q.weighting.source).toBe('equal');
    expect(q.weighting.weights.map((w) => w.weight)).toEqual([0.5, 0.5]);
    // (4 + 6)/2 = 5 → CSI 100 × (5 − 1)/6 = 66.67
    expect(q.overall.csi).toBeCloseTo(200 / 3, 12);
  });
});

describe('the CSI on the scale', () => {
  const flat = (e: number, p: number): Rows => [
    ['RespondentId', 'Item', 'Expectation', 'Perception'],
    ['A', 'REL1', e, p],
    ['B', 'REL1', e, p],
  ];
  it.each([
    [1, 0],
    [7, 100],
    [4, 50],
  ])('every perception %d → CSI %d', (p, csi) => {
    expect(quality(withSurvey(flat(7, p))).overall.csi).toBeCloseTo(csi, 12);
  });

  it('on a Policy scale of 0–10 (SurveyScaleMin/SurveyScaleMax)', () => {
    const q = quality(
      withSurvey(flat(10, 8), 'Survey', {
        policy: [
          ...analysisPolicy(),
          ['SurveyScaleMin', 0, null, null],
          ['SurveyScaleMax', 10, null, null],
        ],
      }),
    );
    expect(q.scale).toEqual({ min: 0, max: 10 });
    expect(q.overall.csi).toBeCloseTo(80, 12);
  });

  it('no interval for one respondent, a zero-width one when all agree', () => {
    const one = quality(withSurvey(flat(7, 5).slice(0, 2)));
    expect(one.items[0]).toMatchObject({ n: 1, gap: -2, ci: null });
    const same = quality(withSurvey(flat(7, 5)));
    expect(same.items[0]?.ci).toMatchObject({ low: -2, high: -2, halfWidth: 0, sd: 0 });
  });
});

describe('improvement priorities: ties', () => {
  it('equal scores go by the larger shortfall, then questionnaire order', () => {
    // Reliability .32 × 0.5 = .16 = empathy .16 × 1: the empathy item's larger shortfall wins.
    // Two empathy items with the same gap keep their order.
    const rows: Rows = [
      ['RespondentId', 'Item', 'Expectation', 'Perception'],
      ['A', 'REL1', 6, 5.5],
      ['A', 'EMP2', 6, 5],
      ['A', 'EMP1', 6, 5],
    ];
    const q = quality(withSurvey(rows));
    expect(q.priorities.ranked.map((p) => p.item)).toEqual(['EMP2', 'EMP1', 'REL1']);
  });
});

describe('Student’s t quantile t(0.975, df)', () => {
  it.each([
    [1, 12.7062047362],
    [2, 4.3026527297],
    [3, 3.1824463053],
    [10, 2.228138852],
    [30, 2.0422724563],
  ])('table: df %d → %d', (df, t) => {
    expect(tQuantile975(df)).toBe(t);
  });

  // Reference values from scipy.stats.t.ppf(0.975, df), to 10 decimals.
  it.each([
    [31, 2.0395134464],
    [40, 2.0210753903],
    [63, 1.9983405425],
    [100, 1.9839715185],
    [1000, 1.9623390808],
    [1_000_000, 1.9599663568],
  ])('Cornish–Fisher: df %d → %d within 3e-8', (df, t) => {
    expect(Math.abs(tQuantile975(df) - t)).toBeLessThan(3e-8);
  });

  it('decreases towards the normal quantile', () => {
    let last = Infinity;
    for (let df = 1; df <= 500; df++) {
      const t = tQuantile975(df);
      expect(t).toBeLessThan(last);
      expect(t).toBeGreaterThan(1.959963984540054);
      last = t;
    }
  });
});

describe('the five-gap checklist', () => {
  const gaps = (grids: Grid[]) =>
    quality(grids).fiveGaps.map((g) => [
      g.gap,
      g.status,
      g.signals.map((s) => [s.key, s.status, s.ids]),
    ]);

  it('a small organisation with too many layers and a manager of one', () => {
    // workbook(): MGR → SUP → AGT ×5, 7 people in 3 layers where 2 suffice at span 8; MGR
    // manages only SUP (one person); no role has a Purpose; SUP carries more than 110% of its
    // hours; AGT has 5 posts and 4 people; no function listens to customers.
    const grids = workbook({ extra: [grid('Survey', handSurveyLong())] });
    expect(gaps(grids)).toEqual([
      [
        1,
        'found',
        [
          ['layers-above-minimum', 'found', ['MGR']],
          ['managers-of-one', 'found', ['MGR']],
          ['customer-research-unowned', 'found', []],
        ],
      ],
      [
        2,
        'found',
        [
          ['duty-statements-unstandardised', 'not-found', []],
          ['positions-without-purpose', 'found', ['MGR', 'SUP', 'AGT']],
        ],
      ],
      [
        3,
        'found',
        [
          ['functions-without-owner', 'not-found', []],
          ['functions-with-several-owners', 'not-found', []],
          ['overloaded-roles', 'found', ['SUP']],
          ['vacancies', 'found', ['AGT']],
        ],
      ],
      [4, 'not-measurable', [['promises-against-delivery', 'not-measurable', []]]],
      [
        5,
        'found',
        [
          // Reliability, responsiveness and empathy are below expectation; only reliability's
          // whole interval is: −1.125 + 3.1824 × 0.6292 / 2 = −0.124 < 0, while responsiveness
          // reaches −1.5 + 3.1824 × 1.2910 / 2 = +0.554.
          ['perception-below-expectation', 'found', ['reliability', 'responsiveness', 'empathy']],
          ['dimensions-significantly-below', 'found', ['reliability']],
        ],
      ],
    ]);
    const q = quality(grids);
    const g1 = q.fiveGaps[0];
    expect(g1?.title.zh).toContain('缺口一');
    expect(g1?.remedy.zh).toContain('减少管理层次');
    expect(g1?.remedy.en).toContain('remove management layers');
    expect(g1?.signals[0]?.figures).toEqual({ layers: 3, minimumLayers: 2 });
    expect(g1?.signals[2]?.figures).toEqual({ researchFunctions: 0, owned: 0 });
    expect(q.fiveGaps[4]?.signals[0]?.figures?.weightedGap).toBeCloseTo(-0.795, 12);
    expect(q.fiveGaps[4]?.signals[0]?.figures?.csi).toBeCloseTo(68.416666666667, 10);
  });

  it('the clean analysis organisation shows only the survey’s gap and no listening function', () => {
    expect(gaps(withSurvey(handSurveyLong())).map(([gap, status]) => [gap, status])).toEqual([
      [1, 'found'], // customer-research-unowned: the clean matrix has no survey function
      [2, 'not-found'],
      [3, 'not-found'],
      [4, 'not-measurable'],
      [5, 'found'],
    ]);
  });

  it.each([
    ['owned by SUP', 'P', 'not-found', []],
    ['supported only', 'S', 'found', ['F9']],
  ])('a customer-survey function %s', (_name, cls, status, ids) => {
    const survey = [
      'F9',
      'Run the quarterly customer satisfaction survey and report the CSI to the manager',
      'Survey',
      4,
      null,
      cls,
      null,
    ];
    const grids = workbook({
      responsibilities: [...baseResponsibilities(), survey],
      extra: [grid('Survey', handSurveyLong())],
    });
    const signal = quality(grids).fiveGaps[0]?.signals[2];
    expect([signal?.key, signal?.status, signal?.ids]).toEqual([
      'customer-research-unowned',
      status,
      ids,
    ]);
  });

  it('without a Responsibilities table the matrix signals are not measurable', () => {
    const fiveGaps = quality(
      workbook({ responsibilities: null, extra: [grid('Survey', handSurveyLong())] }),
    ).fiveGaps;
    const status = (key: string) =>
      fiveGaps.flatMap((g) => g.signals).find((s) => s.key === key)?.status;
    expect(status('customer-research-unowned')).toBe('not-measurable');
    expect(status('functions-without-owner')).toBe('not-measurable');
    expect(status('duty-statements-unstandardised')).toBe('not-measurable');
    expect(status('overloaded-roles')).toBe('not-measurable');
    expect(status('layers-above-minimum')).toBe('found');
  });
});

describe('in the audit', () => {
  it('is absent without a survey, and for a survey with its header row only', () => {
    expect(audit(analysisWorkbook()).serviceQuality).toBeUndefined();
    const headerOnly = audit(withSurvey(handSurveyLong().slice(0, 1)));
    expect(headerOnly.serviceQuality).toBeUndefined();
    expect(headerOnly.diagnostics).toEqual([]);
  });

  it('puts the survey’s findings after the workbook’s reading findings, before the analyses', () => {
    const rows = handSurveyLong().map((row, i) => (i === 3 ? [...row.slice(0, 3), 'x', 5] : row));
    const r = audit(
      workbook({
        extra: [grid('Survey', rows)],
        policy: [
          ['Setting', 'Value'],
          ['Nonsense', 1],
        ],
      }),
    );
    const codes = r.diagnostics.map((d) => d.code);
    const survey = codes.indexOf('SURVEY_ANSWER_NOT_A_NUMBER');
    expect(survey).toBeGreaterThan(codes.indexOf('POLICY_UNKNOWN_SETTING'));
    expect(survey).toBeLessThan(codes.indexOf('SPAN_MANAGER_OF_ONE'));
  });

  it('is plain JSON', () => {
    const q = quality(withSurvey(handSurveyLong()));
    expect(JSON.parse(JSON.stringify(q))).toEqual(q);
  });
});
