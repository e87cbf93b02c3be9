import { readFileSync } from 'node:fs';
import path from 'node:path';
import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import { spanBand } from '../../src/core/analyze/spanBand';
import { SPAN_BANDS, type SpanBand } from '../../src/core/analyze/gapSummary';
import type { CellValue, Grid } from '../../src/core/model/grid';
import { parseColumnMapping } from '../../src/core/read/columnMapping';
import { readWorkbookFile } from '../../src/io/xlsx/readWorkbookFile';

/**
 * The structure analysis on real organograms, checked against figures computed here
 * straight from the CSV cells, without the model: spans per manager, the band histogram,
 * the number of layers and the headcount per tree.
 */
const DATA = path.resolve(__dirname, '../../../shared/data/organograms');
const mapping = parseColumnMapping(
  JSON.parse(readFileSync(path.resolve(__dirname, '../../mappings/uk-organogram.json'), 'utf8')),
).mapping;

const text = (v: CellValue | undefined) =>
  typeof v === 'string' ? v.trim() : v === null || v === undefined ? '' : String(v);

function independent(senior: Grid, junior: Grid) {
  const col = (g: Grid, name: string) => (g.values[0] ?? []).findIndex((h) => text(h) === name);
  const sId = col(senior, 'Post Unique Reference');
  const sParent = col(senior, 'Reports to Senior Post');
  const sFte = col(senior, 'FTE');
  const jParent = col(junior, 'Reporting Senior Post');
  const jFte = col(junior, 'Number of Posts in FTE');
  // node key → { parent key, fte }; repeated post ids add up (job shares).
  const nodes = new Map<string, { parent: string; fte: number }>();
  for (const row of senior.values.slice(1)) {
    const id = text(row[sId]);
    const prev = nodes.get(id);
    if (prev) prev.fte += Number(text(row[sFte]));
    else nodes.set(id, { parent: text(row[sParent]), fte: Number(text(row[sFte])) });
  }
  junior.values
    .slice(1)
    .forEach((row, i) =>
      nodes.set(`junior#${i}`, { parent: text(row[jParent]), fte: Number(text(row[jFte])) }),
    );
  const span = new Map<string, number>();
  for (const n of nodes.values())
    if (nodes.has(n.parent)) span.set(n.parent, (span.get(n.parent) ?? 0) + n.fte);
  const bands = Object.fromEntries(SPAN_BANDS.map((b) => [b, 0])) as Record<SpanBand, number>;
  for (const s of span.values()) bands[spanBand(Number(s.toPrecision(12)))]++;
  const depth = (key: string): number => {
    let d = 1;
    for (let p = nodes.get(key)?.parent; p !== undefined && nodes.has(p); p = nodes.get(p)?.parent)
      d++;
    return d;
  };
  let layers = 0;
  for (const k of nodes.keys()) layers = Math.max(layers, depth(k));
  const total = [...nodes.values()].reduce((n, x) => n + x.fte, 0);
  return { managers: span.size, bands, layers, total };
}

describe.each([
  ['home_office-2011-09-30', 882],
  ['department_of_health-2011-09-30', 1435],
])('%s: structure against an independent count', (name, roles) => {
  it('spans, bands, layers and headcount agree', async () => {
    const [senior] = await readWorkbookFile(path.join(DATA, `${name}-senior.csv`));
    const [junior] = await readWorkbookFile(path.join(DATA, `${name}-junior.csv`));
    if (!senior || !junior || !mapping) throw new Error('missing input');
    const expected = independent(senior, junior);
    const { gapSummary } = auditWorkbook([senior, junior], { mapping });
    const s = gapSummary.structure;
    expect(gapSummary.totals.roles).toBe(roles);
    expect(s.managers).toBe(expected.managers);
    expect(s.bands).toEqual(expected.bands);
    expect(s.layers).toBe(expected.layers);
    expect(s.trees).toHaveLength(1);
    expect(s.trees[0]?.headcount).toBeCloseTo(expected.total, 6);
    expect(s.rolesPerLayer.reduce((a, b) => a + b, 0)).toBe(roles);
  });
});

it('the Home Office figures themselves', async () => {
  const grids = [
    ...(await readWorkbookFile(path.join(DATA, 'home_office-2011-09-30-senior.csv'))),
    ...(await readWorkbookFile(path.join(DATA, 'home_office-2011-09-30-junior.csv'))),
  ];
  if (!mapping) throw new Error('no mapping');
  const s = auditWorkbook(grids, { mapping }).gapSummary.structure;
  // One head (the Permanent Secretary's private office post 4PO01), at most a few layers deep.
  expect(s.trees.map((t) => [t.headId, t.layers, t.minimumLayers])).toEqual([
    ['4PO01', s.layers, 5],
  ]);
  expect(s.spans[0]?.status).toBe('wide');
});

describe('UK organogram job descriptions', () => {
  it('are built for every post, purpose from Job/Team Function, qualifications named as missing', async () => {
    const grids = [
      ...(await readWorkbookFile(path.join(DATA, 'department_of_health-2011-09-30-senior.csv'))),
      ...(await readWorkbookFile(path.join(DATA, 'department_of_health-2011-09-30-junior.csv'))),
    ];
    if (!mapping) throw new Error('no mapping');
    const { jobDescriptions, diagnostics } = auditWorkbook(grids, { mapping, asOf: '2026-11-01' });
    expect(jobDescriptions).toHaveLength(1435);
    const head = jobDescriptions.find((j) => j.roleId === 'REFPOST');
    expect(head?.reportsTo).toBeNull();
    const senior = jobDescriptions.find(
      (j) => j.purpose !== undefined && j.reportsTo?.roleId === 'REFPOST',
    );
    expect(senior?.purpose?.length).toBeGreaterThan(10);
    const missing = diagnostics.filter((d) => d.code === 'JD_QUALIFICATIONS_MISSING');
    expect(missing).toHaveLength(1435);
    // Senior posts point at their id cell; junior groups (no id column) at their title cell.
    expect(missing[0]?.location).toEqual({
      sheet: 'department_of_health-2011-09-30-senior',
      a1: 'A2',
    });
    expect(missing[313]?.location).toEqual({
      sheet: 'department_of_health-2011-09-30-junior',
      a1: 'H2',
    });
    expect(diagnostics.filter((d) => d.code === 'JD_ANALYSIS_DATE_MISSING')).toHaveLength(1435);
  });
});
