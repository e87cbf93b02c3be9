import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import { EXAMPLE_WORKBOOKS } from '../../src/core/example/exampleData';
import { findingKey, grid } from '../../src/core/testing/builders';

/**
 * Golden files for the bundled example: its Gap Summary and its findings (code@cell),
 * readable JSON reviewed by hand. `UPDATE_GOLDEN=1 npx jest exampleGapSummary` rewrites them.
 */
const DIR = path.resolve(__dirname, '../fixtures/example');
/** Job analyses are judged against this date, so the goldens do not age. */
const AS_OF = '2026-11-01';

function golden(name: string, actual: unknown): void {
  const file = path.join(DIR, name);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(text));
}

describe.each(['en', 'zh-CN'] as const)('the example (%s)', (lang) => {
  const result = auditWorkbook(
    EXAMPLE_WORKBOOKS[lang].sheets.map((s) => grid(s.name, s.rows)),
    { lang, asOf: AS_OF },
  );

  it('has the golden Gap Summary', () => {
    golden(`gap-summary.${lang}.json`, result.gapSummary);
  });

  it('has the golden job descriptions', () => {
    golden(`job-descriptions.${lang}.json`, result.jobDescriptions);
  });

  it('has valid job descriptions except where an error concerns the role', () => {
    expect(
      result.jobDescriptions.filter((j) => j.status === 'invalid').map((j) => j.roleId),
    ).toEqual(['CS-MGR', 'CS-RTL']);
    const lead = result.jobDescriptions.find((j) => j.roleId === 'CS-HTL');
    expect(lead?.reportsTo?.roleId).toBe('CS-MGR');
    expect(lead?.directReports.map((r) => [r.roleId, r.headcount])).toEqual([['CS-HTA', 9]]);
    expect(lead?.span).toBe(9);
    expect(lead?.layer).toBe(2);
  });

  it('has the golden findings, by code and cell', () => {
    golden(`findings.${lang}.json`, result.diagnostics.map(findingKey));
  });

  it('answers the consultant’s questions', () => {
    const g = result.gapSummary;
    expect(g.responsibility.gaps.map((x) => [x.functionId, x.kind])).toEqual([
      ['F04', 'partial-only'],
    ]);
    expect(g.responsibility.overlaps.map((x) => [x.functionId, x.primaries])).toEqual([
      ['F19', ['CS-CMPS', 'CS-FUP']],
    ]);
    expect(g.workload.roles[0]).toMatchObject({
      roleId: 'CS-HTA',
      band: 'over',
      capacity: 360,
      utilisation: 1.381,
    });
    expect(
      g.structure.spans.filter((s) => s.status !== 'ok').map((s) => [s.roleId, s.status]),
    ).toEqual([['CS-QT', 'one']]);
    expect([g.structure.layers, g.structure.minimumLayers]).toEqual([4, 3]);
    expect(g.staffing.vacancies.map((v) => [v.roleId, v.gap])).toEqual([['CS-HTA', 1]]);
  });
});

it('the two languages give the same figures', () => {
  const strip = (lang: 'en' | 'zh-CN') => {
    // Totals count findings, and duty-style findings depend on each language's wording.
    const { gapSummary } = auditWorkbook(
      EXAMPLE_WORKBOOKS[lang].sheets.map((s) => grid(s.name, s.rows)),
      { lang, asOf: AS_OF },
    );
    return JSON.parse(
      JSON.stringify({ ...gapSummary, totals: undefined }, (k, v: unknown) =>
        ['title', 'statement', 'area', 'department', 'level', 'sheet'].includes(k) ? undefined : v,
      ),
    ) as unknown;
  };
  expect(strip('zh-CN')).toEqual(strip('en'));
});
