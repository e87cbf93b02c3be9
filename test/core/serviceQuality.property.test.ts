import fc from 'fast-check';
import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import type { ItemQuality, ServiceQuality } from '../../src/core/analyze/serviceQuality';
import type { CellValue } from '../../src/core/model/grid';
import { analysisWorkbook, grid, type Rows } from '../../src/core/testing/builders';

/** Items over every weighted dimension and one further determinant. */
const ITEMS = ['REL1', 'REL2', 'RS1', 'A1', 'E1', 'T1', 'COMM1'] as const;

/** One respondent's answers: per item [E, P, Importance], null where blank. */
const answer = fc.option(fc.integer({ min: 1, max: 7 }), { nil: null, freq: 6 });
const respondent = fc.array(fc.tuple(answer, answer, answer), {
  minLength: ITEMS.length,
  maxLength: ITEMS.length,
});
/** Respondents, and a sort key per respondent to permute them by. */
const survey = fc
  .array(respondent, { minLength: 1, maxLength: 9 })
  .chain((rs) =>
    fc.tuple(
      fc.constant(rs),
      fc.array(fc.double({ noNaN: true }), { minLength: rs.length, maxLength: rs.length }),
      fc.boolean(),
    ),
  );

type Answers = readonly (readonly [CellValue, CellValue, CellValue])[];

function longRows(respondents: readonly Answers[], order: readonly number[], importance: boolean) {
  const rows: Rows = [
    ['RespondentId', 'Item', 'Expectation', 'Perception', ...(importance ? ['Importance'] : [])],
  ];
  for (const r of order)
    ITEMS.forEach((item, k) => {
      const [e, p, i] = respondents[r]?.[k] ?? [null, null, null];
      rows.push([`R${r}`, item, e, p, ...(importance ? [i] : [])]);
    });
  return rows;
}

function wideRows(respondents: readonly Answers[], order: readonly number[], importance: boolean) {
  const header: CellValue[] = ['RespondentId'];
  for (const item of ITEMS)
    header.push(`${item} E`, `${item} P`, ...(importance ? [`${item} I`] : []));
  const rows: Rows = [header];
  for (const r of order)
    rows.push([
      `R${r}`,
      ...ITEMS.flatMap((_, k) => {
        const [e, p, i] = respondents[r]?.[k] ?? [null, null, null];
        return importance ? [e, p, i] : [e, p];
      }),
    ]);
  return rows;
}

/** An item's figures without its cell. */
function withoutLocation(item: ItemQuality): Omit<ItemQuality, 'location'> {
  const copy: { -readonly [K in keyof ItemQuality]?: ItemQuality[K] } = { ...item };
  delete copy.location;
  return copy as Omit<ItemQuality, 'location'>;
}

/** Every figure, without where things were read (which moves with the rows). */
function figures(rows: Rows) {
  const r = auditWorkbook(analysisWorkbook({ extra: [grid('Survey', rows)] }), {
    asOf: '2026-11-01',
  });
  const q = r.serviceQuality as ServiceQuality;
  return {
    respondents: q.respondents,
    items: q.items.map(withoutLocation),
    dimensions: q.dimensions,
    weighting: q.weighting,
    overall: q.overall,
    priorities: q.priorities,
    fiveGaps: r.gapSummary.fiveGaps,
    findings: r.diagnostics.map((d) => d.code).sort(),
  };
}

describe('service quality: permuting respondents changes no figure', () => {
  it.each([
    ['long form', longRows],
    ['wide form', wideRows],
  ])('%s', (_name, layout) => {
    fc.assert(
      fc.property(survey, ([respondents, keys, importance]) => {
        const identity = respondents.map((_, i) => i);
        const shuffled = [...identity].sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
        expect(figures(layout(respondents, shuffled, importance))).toEqual(
          figures(layout(respondents, identity, importance)),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('long and wide forms of the same answers agree', () => {
    fc.assert(
      fc.property(survey, ([respondents, , importance]) => {
        const order = respondents.map((_, i) => i);
        const long = figures(longRows(respondents, order, importance));
        const wide = figures(wideRows(respondents, order, importance));
        // The findings' codes agree too; only their cells differ.
        expect(wide).toEqual(long);
      }),
      { numRuns: 100 },
    );
  });
});
