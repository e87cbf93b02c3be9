import { auditWorkbook } from '../../../src/core/audit/auditWorkbook';
import { EXAMPLE_WORKBOOKS } from '../../../src/core/example/exampleData';
import type { Grid } from '../../../src/core/model/grid';
import { OUTPUT_KINDS } from '../../../src/core/render/outputKind';
import { outputPlans } from '../../../src/core/render/outputPlans';
import type { SheetPlan } from '../../../src/core/render/sheetPlan';
import { grid } from '../../../src/core/testing/builders';
import { syntheticOrg } from '../../../src/core/testing/syntheticOrg';
import { applyOutputs, type OutputPlan } from '../../../src/io/excel/applyOutputs';
import { excelRun } from '../../../src/io/excel/excelRun';
import { STORE_KEY, parseStore } from '../../../src/io/excel/workbookStore';
import { FakeExcel, type FakeSheetInit } from './fakeExcel';

const ROLES: FakeSheetInit = {
  name: 'Roles',
  values: [
    ['RoleId', 'Title', 'ReportsTo'],
    ['M', 'Customer Service Manager', ''],
    ['A', 'Agent', 'M'],
    ['B', '=HYPERLINK("http://x")', 'M'],
  ],
};

/** The grids of the fake's input sheet, as the reader would give them. */
const gridsOf = (sheet: FakeSheetInit): Grid[] => [
  {
    sheet: sheet.name,
    origin: { row: 1, col: 1 },
    values: (sheet.values ?? []).map((r) => r.map((v) => (v === '' ? null : (v as string)))),
  },
];

const plansFor = (sheet: FakeSheetInit): OutputPlan[] =>
  outputPlans(auditWorkbook(gridsOf(sheet), { asOf: '2026-11-23' }), OUTPUT_KINDS, 'en', 'test');

async function apply(fake: FakeExcel, plans: readonly OutputPlan[], fingerprint = 'f1') {
  return excelRun((ctx) => applyOutputs(ctx, plans, { fingerprint }), { runner: fake.run });
}

const storeOf = (fake: FakeExcel) =>
  parseStore([[STORE_KEY.outputs, fake.settings.get(STORE_KEY.outputs)]]);

describe('applyOutputs', () => {
  it('writes the five outputs in three syncs, touching no input sheet', async () => {
    const fake = new FakeExcel({ sheets: [ROLES] });
    const plans = plansFor(ROLES);
    const result = await apply(fake, plans);
    expect(result.syncs).toBe(3);
    expect(fake.syncs).toBe(3);
    expect(fake.sheetNames()).toEqual(['Roles', ...plans.map((p) => p.plan.name)]);
    expect(result.written).toEqual(plans.map((p) => ({ kind: p.kind, sheet: p.plan.name })));
    expect(fake.writesOn('Roles')).toEqual([]);
    expect(fake.valuesOf('Roles')).toEqual(ROLES.values);
    // Each writing request suspends recalculation and screen updating first.
    const suspends = fake.writes.filter((w) => w.target === 'application');
    expect(suspends.map((w) => [w.sync, w.op])).toEqual([
      [2, 'suspendApiCalculationUntilNextSync()'],
      [2, 'suspendScreenUpdatingUntilNextSync()'],
    ]);
    // Stored: each output by its sheet's id, with the inputs' fingerprint.
    expect(storeOf(fake).outputs).toEqual(
      plans.map((p) => ({
        kind: p.kind,
        sheetId: fake.sheet(p.plan.name).id,
        sheet: p.plan.name,
        fingerprint: 'f1',
      })),
    );
    // Shapes and connectors for the org chart: a box per role, a connector per line.
    const chart = fake.sheet(plans.find((p) => p.kind === 'orgChart')?.plan.name ?? '');
    expect(chart.shapes.filter((s) => s.how === 'addGeometricShape').length).toBeGreaterThanOrEqual(
      3,
    );
    expect(chart.shapes.filter((s) => s.how === 'addLine')).toHaveLength(2);
  });

  it('charts the survey on its own scale, the gap labels clear of bars below zero', async () => {
    const grids = EXAMPLE_WORKBOOKS.en.sheets.map((s) => grid(s.name, s.rows));
    const audit = auditWorkbook(grids, { asOf: '2026-11-23' });
    const plans = outputPlans(audit, ['serviceQuality'], 'en', 'example');
    const fake = new FakeExcel({ sheets: [ROLES] });
    await apply(fake, plans);
    // Each chart's writes, from its charts.add on (the fake names charts per sync).
    const charts: [string, unknown][][] = [];
    for (const w of fake.writes) {
      if (!w.target.includes('Service Quality!chart')) continue;
      if (w.op === 'charts.add') charts.push([]);
      charts.at(-1)?.push([w.op, w.value]);
    }
    const [radar, gaps] = charts;
    expect(charts).toHaveLength(2);
    expect(radar?.[0]?.[1]).toEqual(expect.arrayContaining(['Radar']));
    expect(radar).toEqual(
      expect.arrayContaining([
        ['axes.valueAxis.minimum', 1],
        ['axes.valueAxis.maximum', 7],
      ]),
    );
    expect(radar?.map(([op]) => op)).not.toContain('axes.categoryAxis.tickLabelPosition');
    expect(gaps?.[0]?.[1]).toEqual(expect.arrayContaining(['BarClustered']));
    expect(gaps).toEqual(
      expect.arrayContaining([
        ['axes.categoryAxis.tickLabelPosition', 'Low'],
        ['axes.categoryAxis.reversePlotOrder', true],
      ]),
    );
    expect(gaps?.map(([op]) => op)).not.toContain('axes.valueAxis.minimum');
  });

  it('writes user text as text, formula-like or not', async () => {
    const texts = ['=HYPERLINK("http://x")', '+1', '-x', '@SUM(A1)', 'plain'];
    const plan: SheetPlan = { name: 'Texts', rows: texts.map((t) => [t, 1]) };
    const fake = new FakeExcel({ sheets: [ROLES] });
    await apply(fake, [{ kind: 'findings', plan }]);
    expect(fake.valuesOf('Texts')).toEqual(texts.map((t) => [t, 1]));
    texts.forEach((_, i) => {
      expect(fake.numberFormatAt('Texts', `A${i + 1}`)).toBe('@');
      expect(fake.numberFormatAt('Texts', `B${i + 1}`)).toBe('General');
    });
    // The numberFormat of a block is set before its values.
    const ops = fake.writesOn('~new Texts').map((w) => w.op);
    expect(ops.indexOf('numberFormat')).toBeLessThan(ops.indexOf('values'));
  });

  it('replaces its own outputs on regeneration, under their current names', async () => {
    const fake = new FakeExcel({ sheets: [ROLES] });
    const plans = plansFor(ROLES);
    await apply(fake, plans, 'f1');
    const firstIds = plans.map((p) => fake.sheet(p.plan.name).id);
    // The user renames our findings sheet; a regeneration keeps that name.
    fake.sheet(plans[0]?.plan.name ?? '').name = 'My findings';
    const again = await apply(fake, plans, 'f2');
    expect(again.syncs).toBe(3);
    // The same five sheets: nothing added beside the old outputs, nothing left behind.
    expect(fake.sheetNames().sort()).toEqual(
      ['Roles', 'My findings', ...plans.slice(1).map((p) => p.plan.name)].sort(),
    );
    expect(again.written[0]).toEqual({ kind: 'findings', sheet: 'My findings' });
    const store = storeOf(fake).outputs;
    expect(store.map((o) => o.fingerprint)).toEqual(['f2', 'f2', 'f2', 'f2', 'f2']);
    expect(store.map((o) => o.sheetId).some((id) => firstIds.includes(id))).toBe(false);
    expect(fake.writesOn('Roles')).toEqual([]);
  });

  it("never touches a user's sheet of the same name: the output takes a free name", async () => {
    const theirs: FakeSheetInit = { name: 'Findings', values: [['my notes']] };
    const fake = new FakeExcel({ sheets: [ROLES, theirs] });
    const plans = plansFor(ROLES).slice(0, 1);
    expect(plans[0]?.plan.name).toBe('Findings');
    const result = await apply(fake, plans);
    expect(result.written).toEqual([{ kind: 'findings', sheet: 'Findings (2)' }]);
    expect(fake.valuesOf('Findings')).toEqual([['my notes']]);
    expect(fake.writesOn('Findings')).toEqual([]);
  });

  it('leaves the workbook as it was when a sheet fails or the run is cancelled', async () => {
    const fake = new FakeExcel({ sheets: [ROLES] });
    const plans = plansFor(ROLES);
    await apply(fake, plans, 'f1');
    const before = fake.sheetNames();
    const storeBefore = fake.settings.get(STORE_KEY.outputs);
    const bad: SheetPlan = { name: 'Gap Summary', rows: [[{ value: 'x', style: 'nope' }]] };
    await expect(
      apply(fake, [plans[0] as OutputPlan, { kind: 'gapSummary', plan: bad }], 'f2'),
    ).rejects.toThrow('unknown style "nope"');
    expect(fake.sheetNames()).toEqual(before);
    expect(fake.settings.get(STORE_KEY.outputs)).toBe(storeBefore);

    const controller = new AbortController();
    const run = excelRun(
      (ctx) =>
        applyOutputs(ctx, plans, {
          fingerprint: 'f3',
          signal: controller.signal,
          onSheet: (done) => {
            if (done === 2) controller.abort();
          },
        }),
      { runner: fake.run },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.sheetNames()).toEqual(before);
    expect(fake.settings.get(STORE_KEY.outputs)).toBe(storeBefore);
  });

  it('keeps every request of a 100,000-role findings sheet under 4 MB', async () => {
    const audit = auditWorkbook(syntheticOrg({ roles: 100_000, seed: 3 }), { asOf: '2026-11-23' });
    const plans = outputPlans(audit, ['findings'], 'en', 'big');
    const fake = new FakeExcel({ sheets: [ROLES] });
    const result = await apply(fake, plans);
    const sizes = fake.syncLog.map((s) => s.requestBytes);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4_000_000);
    expect(result.largestRequest).toBeLessThanOrEqual(4_000_000);
    // Read; the sheet (values, styles, a link per finding) in requests of up to 4 MB; the
    // swap.
    expect(result.syncs).toBe(fake.syncs);
    expect(result.syncs).toBe(38);
    // (The budget counts 160 bytes an operation besides its value, more than this fake's
    // compact log takes: the links and styles fill about 2.4 MB of it.)
    expect(sizes.slice(1, -2).filter((b) => b < 2_000_000)).toEqual([]);
    expect(fake.valuesOf(plans[0]?.plan.name ?? '').length).toBe(plans[0]?.plan.rows.length);
  });
});
