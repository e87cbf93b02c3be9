import { SPAN_BANDS, type FunctionGap, type RoleLoad } from '../../src/core/analyze/gapSummary';
import type { ServiceQuality } from '../../src/core/analyze/serviceQuality';
import { parseCellA1 } from '../../src/core/model/address';
import { a1 } from '../../src/core/model/ids';
import {
  GAP_SUMMARY_MAX_TABLE_ROWS,
  GAP_SUMMARY_TOP_PRIORITIES,
  gapSummaryPlan,
} from '../../src/core/render/gapSummaryPlan';
import { isPlanCell, type SheetPlan } from '../../src/core/render/sheetPlan';
import { emptyGapSummary, makeGapSummary } from '../../src/core/testing/gapSummaryFixture';
import {
  cellAt,
  chartBox,
  chartOf,
  numberFormatOf,
  rangeValues,
  rowOf,
  rowValues,
  sectionRows,
  valueAt,
} from '../../src/core/testing/planReading';
import { handServiceQuality, makeFiveGaps } from '../../src/core/testing/serviceQualityFixture';

const en = gapSummaryPlan(makeGapSummary(), 'en', { generatedAt: '2026-03-01 09:30' });
const zh = gapSummaryPlan(makeGapSummary(), 'zh-CN');

// ---- tests ------------------------------------------------------------------------------

describe('gapSummaryPlan', () => {
  it('names the sheet in the user’s language and titles it', () => {
    expect(en.name).toBe('Gap Summary');
    expect(zh.name).toBe('差距汇总');
    expect(rowValues(en, 1)).toEqual(['Gap Summary']);
    expect(rowValues(en, 2)).toEqual([
      'Responsibility gaps, workload, spans of control, layers, staffing and service quality · generated 2026-03-01 09:30',
    ]);
    expect(rowValues(zh, 1)).toEqual(['差距汇总']);
    expect(rowValues(zh, 2)).toEqual([
      '职责空白、工作负荷、管理幅度、管理层次、人员编制与服务质量',
    ]);
    const titled = gapSummaryPlan(makeGapSummary(), 'en', { title: 'Acme — service desk' });
    expect(rowValues(titled, 1)).toEqual(['Gap Summary — Acme — service desk']);
    expect(titled.name).toBe('Gap Summary');
  });

  it('gives the key figures as label / value rows', () => {
    expect(rowValues(en, 4)).toEqual(['Key figures']);
    expect([...Array(11).keys()].map((i) => rowValues(en, 5 + i))).toEqual([
      ['Roles', 9],
      ['Headcount (posts)', 24],
      ['Functions', 12],
      ['Owned functions', 8, 8 / 12],
      ['Responsibility gaps', 3],
      ['Overlaps (not allowed)', 1],
      ['Overloaded roles', 1],
      ['Managers off policy', 2],
      ['Layers (deepest tree)', 4],
      ['Minimum layers (span 7)', 3],
      ['Fill rate', 23 / 24],
    ]);
    expect(rowValues(en, 16)).toEqual([]);
    expect(numberFormatOf(en, cellAt(en, 8, 3))).toBe('0%');
    expect(numberFormatOf(en, cellAt(en, 15, 2))).toBe('0%');
    expect(numberFormatOf(en, cellAt(en, 5, 2))).toBe('0');
    expect(rowValues(zh, 4)).toEqual(['关键指标']);
    expect(rowValues(zh, 8)).toEqual(['有唯一主责的职能', 8, 8 / 12]);
  });

  it('counts only overlaps Policy does not allow, and explains a fill rate with unknowns', () => {
    const base = makeGapSummary();
    const overlap = base.responsibility.overlaps[0];
    if (!overlap) throw new Error('fixture has an overlap');
    const plan = gapSummaryPlan(
      makeGapSummary({
        responsibility: {
          overlaps: [overlap, { ...overlap, functionId: 'F10', allowed: true }],
        },
        staffing: { unknown: 2, filled: 20 },
      }),
      'en',
    );
    expect(rowValues(plan, 10)).toEqual(['Overlaps (not allowed)', 1]);
    expect(rowValues(plan, 15)).toEqual([
      'Fill rate',
      20 / 24,
      '2 roles give no Filled value: counted as unfilled',
    ]);
    const allowedRow = rowOf(plan, 'F10');
    expect(valueAt(plan, allowedRow, 5)).toBe('Allowed by Policy');
    expect(valueAt(plan, allowedRow - 1, 5)).toBe('Not allowed');
  });

  it('lists a responsibility gap with its exact cells, linked to its input row', () => {
    const heading = rowOf(en, 'Responsibility gaps: functions without a primary owner');
    expect(rowValues(en, heading + 1)).toEqual([
      'Function',
      'Statement',
      'Area',
      'Effort (h/week)',
      'Kind',
      'Roles involved',
    ]);
    expect(rowValues(en, heading + 2)[0]).toBe('F08');
    const row = heading + 3;
    const link = { kind: 'cell', sheet: 'Responsibilities', a1: 'A8' };
    expect(en.rows[row - 1]).toEqual([
      { value: 'F07', style: 'link', link },
      {
        value: 'Call back every customer who abandoned the hotline queue within 2 hours',
        style: 'wrap',
      },
      { value: 'Hotline', style: 'text' },
      { value: 20, style: 'hours' },
      { value: 'No primary', style: 'alert' },
      { value: 'CS-HSUP', style: 'wrap' },
    ]);
    expect(en.styles?.hours?.numberFormat).toBe('0.0');
    expect(en.styles?.wrap?.wrap).toBe(true);
    // An unknown effort is a dash, not a zero; an unassigned function involves nobody.
    expect(rowValues(en, heading + 4)).toEqual([
      'F06',
      'Keep the knowledge base of answers up to date after each product change',
      'Knowledge',
      '—',
      'Partials only',
      'CS-HOT, CS-QA',
    ]);
    expect(valueAt(en, heading + 2, 6)).toBeNull();
  });

  it('links to the first cell of a range location', () => {
    const gap: FunctionGap = {
      functionId: 'F99',
      statement: 'Answer e-mails',
      kind: 'unassigned',
      involved: [],
      location: { sheet: 'My duties', a1: a1('$B$12:$H$12') },
    };
    const plan = gapSummaryPlan(makeGapSummary({ responsibility: { gaps: [gap] } }), 'en');
    expect(cellAt(plan, rowOf(plan, 'F99'), 1).link).toEqual({
      kind: 'cell',
      sheet: 'My duties',
      a1: 'B12',
    });
  });

  it('links every role id and title to its row in the Roles sheet', () => {
    for (const id of ['CS-ADM', 'CS-TRN']) {
      const row = rowOf(en, id);
      const roleRow = id === 'CS-ADM' ? 'A9' : 'A10';
      expect(cellAt(en, row, 1).link).toEqual({ kind: 'cell', sheet: 'Roles', a1: roleRow });
      expect(cellAt(en, row, 2).link).toEqual({ kind: 'cell', sheet: 'Roles', a1: roleRow });
    }
    // A tree's head has no location of its own: it is found among the managers.
    const tree = rowOf(en, 'Head') + 1;
    expect(rowValues(en, tree)).toEqual([
      'CS-DIR',
      'Customer Service Director',
      4,
      24,
      3,
      '1 layer above the minimum',
    ]);
    expect(cellAt(en, tree, 1).link).toEqual({ kind: 'cell', sheet: 'Roles', a1: 'A2' });
    // Every linked cell points at a single cell of an input sheet.
    for (const row of en.rows)
      for (const entry of row)
        if (isPlanCell(entry) && entry.link?.kind === 'cell') {
          expect(['Roles', 'Responsibilities']).toContain(entry.link.sheet);
          expect(parseCellA1(entry.link.a1)).toBeDefined();
        }
  });

  it('translates kinds, bands and statuses in zh-CN', () => {
    const kinds = ['F08', 'F07', 'F06'].map((id) => valueAt(zh, rowOf(zh, id), 5));
    expect(kinds).toEqual(['无人承担', '无主责', '仅有部分责任']);
    const workload = rowOf(zh, '各岗位工作负荷');
    const band = (id: string) => valueAt(zh, rowOf(zh, id, workload), 8);
    expect(['CS-HOT', 'CS-CMP', 'CS-DIR', 'CS-TRN'].map(band)).toEqual([
      '超负荷',
      '适中',
      '负荷不足',
      '未填工时',
    ]);
    const spans = rowOf(zh, '各管理者的管理幅度');
    const status = (id: string) => valueAt(zh, rowOf(zh, id, spans), 8);
    expect(['CS-HSUP', 'CS-CSUP', 'CS-DIR'].map(status)).toEqual(['过宽', '仅管一人', '合适']);
    expect(rowValues(zh, rowOf(zh, 'F09'))[4]).toBe('不允许');
    expect(rowValues(zh, rowOf(zh, 'F07'))).toContain('CS-HSUP');
    expect(rowValues(zh, rowOf(zh, 'F06'))[5]).toBe('CS-HOT、CS-QA');
    expect(sectionRows(zh).map((r) => valueAt(zh, r, 1))).toEqual([
      '一、职责空白与重叠',
      '二、工作负荷',
      '三、管理幅度',
      '四、管理层次',
      '五、人员编制',
      '六、服务质量',
    ]);
  });

  it('shows the overloaded hotline group at 138 % as a number formatted 0%', () => {
    const workload = rowOf(en, 'Workload by role');
    const row = rowOf(en, 'CS-HOT', workload);
    expect(rowValues(en, row)).toEqual([
      'CS-HOT',
      'Hotline Agent',
      'Customer Service',
      12,
      662.4,
      480,
      1.38,
      'Overloaded',
      0,
    ]);
    const utilisation = cellAt(en, row, 7);
    expect(utilisation.value).toBe(1.38);
    expect(numberFormatOf(en, utilisation)).toBe('0%');
    expect(numberFormatOf(en, cellAt(en, row, 5))).toBe('0.0');
    // Unknown utilisation: a dash, and the role's functions without effort are counted.
    expect(rowValues(en, rowOf(en, 'CS-TRN', workload)).slice(6)).toEqual([
      '—',
      'No effort given',
      1,
    ]);
  });

  it('charts the span histogram from exactly its rows', () => {
    const chart = chartOf(en, 'column');
    expect(chart.title).toBe('Span of control — managers per band');
    expect(chart.sheet).toBeUndefined();
    const histogramHeader = rowOf(en, 'Span (direct reports)');
    expect(chart.categories).toBe(`A${histogramHeader + 1}:A${histogramHeader + 6}`);
    expect(chart.series.map((s) => s.values)).toEqual([
      `B${histogramHeader + 1}:B${histogramHeader + 6}`,
    ]);
    expect(rangeValues(en, chart.categories)).toEqual([...SPAN_BANDS]);
    expect(rangeValues(en, chart.series[0]?.values ?? '')).toEqual([1, 0, 2, 1, 0, 0]);
    expect(chartOf(zh, 'column').title).toBe('管理幅度分布');
  });

  it('charts utilisation of the top 15 roles, highest first, from exactly its rows', () => {
    const roles: RoleLoad[] = Array.from({ length: 20 }, (_, i) => ({
      roleId: `R${String(i + 1).padStart(2, '0')}`,
      title: `Role ${i + 1}`,
      headcount: 1,
      load: 2 * i,
      capacity: 40,
      // Not in order: the chart sorts; ties keep the summary's order.
      utilisation: i === 3 ? null : ((i * 7) % 20) / 10,
      band: i === 3 ? 'unknown' : 'ok',
      functionsWithoutEffort: 0,
      location: { sheet: 'Roles', a1: a1(`A${i + 2}`) },
    }));
    const plan = gapSummaryPlan(makeGapSummary({ workload: { roles } }), 'en');
    const chart = chartOf(plan, 'bar');
    const header = rowOf(plan, 'Highest utilisation: top 15 (chart data)') + 1;
    expect(rowValues(plan, header)).toEqual(['Role', 'Title', 'Utilisation']);
    expect(chart.categories).toBe(`B${header + 1}:B${header + 15}`);
    expect(chart.series[0]?.values).toBe(`C${header + 1}:C${header + 15}`);
    const expected = roles
      .filter((r) => r.utilisation !== null)
      .map((r, i) => ({ r, i }))
      .sort((x, y) => (y.r.utilisation ?? 0) - (x.r.utilisation ?? 0) || x.i - y.i)
      .slice(0, 15)
      .map((x) => x.r);
    expect(rangeValues(plan, chart.categories)).toEqual(expected.map((r) => r.title));
    expect(rangeValues(plan, chart.series[0]?.values ?? '')).toEqual(
      expected.map((r) => r.utilisation),
    );
    // The row after the chart data is blank: nothing more was charted or listed.
    expect(rowValues(plan, header + 16)).toEqual([]);

    const fixtureChart = chartOf(en, 'bar');
    expect(rangeValues(en, fixtureChart.categories)).toEqual([
      'Hotline Agent',
      'Complaints Handler',
      'Hotline Supervisor',
      'Quality Analyst',
      'Complaints Team Lead',
      'Complaints Supervisor',
      'Customer Service Director',
      'Service Administrator',
    ]);
    expect(rangeValues(en, fixtureChart.series[0]?.values ?? '')[0]).toBe(1.38);
  });

  it.each([
    ['fixture en', en],
    ['fixture zh-CN', zh],
    ['empty', gapSummaryPlan(emptyGapSummary(), 'en')],
    [
      'one role with workload',
      gapSummaryPlan(
        makeGapSummary({ workload: { roles: makeGapSummary().workload.roles.slice(0, 1) } }),
        'en',
      ),
    ],
  ])('places charts (%s) over no filled cell, no other chart and no page break', (_, plan) => {
    const boxes = (plan.charts ?? []).map((c) => chartBox(plan, c));
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++)
          expect([r, c, valueAt(plan, r, c)]).toEqual([r, c, null]);
      for (const after of plan.print?.pageBreaksAfter ?? [])
        expect(after < box.top || after >= box.bottom).toBe(true);
    }
    const [a, b] = boxes;
    if (a && b) expect(a.bottom < b.top || b.bottom < a.top).toBe(true);
    // Each chart starts at its section's header row, right of every table.
    for (const chart of plan.charts ?? []) {
      const anchor = parseCellA1(chart.anchor);
      expect(sectionRows(plan)).toContain(anchor?.row);
      expect(anchor?.col).toBe(10);
      expect([chart.width, chart.height]).toEqual([480, 300]);
    }
  });

  it('breaks pages exactly before sections 2 to 6', () => {
    expect(sectionRows(en)).toEqual([17, 44, 70, 89, 103, 118]);
    expect(en.print?.pageBreaksAfter).toEqual([43, 69, 88, 102, 117]);
    expect(chartOf(en, 'bar').anchor).toBe('J44');
    expect(chartOf(en, 'column').anchor).toBe('J70');
    for (const plan of [zh, gapSummaryPlan(emptyGapSummary(), 'zh-CN')]) {
      expect(plan.print?.pageBreaksAfter).toEqual(
        sectionRows(plan)
          .slice(1)
          .map((r) => r - 1),
      );
    }
    expect(en.print).toMatchObject({
      orientation: 'landscape',
      fitToWidth: true,
      titleRows: '1:2',
    });
    expect(en.freeze).toEqual({ rows: 2, cols: 0 });
  });

  it('says "None" instead of an empty table, and still charts a histogram of zeros', () => {
    const plan = gapSummaryPlan(emptyGapSummary(), 'en');
    const nones = plan.rows.flatMap((_, i) =>
      cellAt(plan, i + 1, 1).style === 'none' ? [valueAt(plan, i + 1, 1)] : [],
    );
    expect(nones).toEqual([
      'None — every function has a primary owner.',
      'None — no function has several primary owners.',
      'None — every role owns at least one primary duty.',
      'None — every role takes part in at least one function.',
      'None — no role has a single function.',
      'None — no role has too many primary duties.',
      'None — no role has assigned functions.',
      'None — no role has effort to compare with its capacity.',
      'None — no role has direct reports.',
      'None — no reporting lines.',
      'None — no roles.',
      'None — no roles.',
      'None — every post is filled.',
      'None — no role has more people than posts.',
      'None — the five-gap checklist was not computed.',
    ]);
    // Every header row is followed by at least one item row.
    plan.rows.forEach((_, i) => {
      if (cellAt(plan, i + 1, 1).style === 'header') expect(rowValues(plan, i + 2)).not.toEqual([]);
    });
    expect(plan.charts?.map((c) => c.type)).toEqual(['column']);
    const chart = chartOf(plan, 'column');
    expect(rangeValues(plan, chart.categories)).toEqual([...SPAN_BANDS]);
    expect(rangeValues(plan, chart.series[0]?.values ?? '')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(rowValues(plan, 8)).toEqual(['Owned functions', 0, '—']);
    expect(rowValues(plan, 15)).toEqual(['Fill rate', '—']);

    const zhEmpty = gapSummaryPlan(emptyGapSummary(), 'zh-CN');
    expect(rowValues(zhEmpty, rowOf(zhEmpty, '职责空白：没有主责岗位的职能') + 1)).toEqual([
      '无 —— 每项职能都有主责岗位。',
    ]);
  });

  it('caps a long table at 200 rows and says how many more there are', () => {
    const gaps: FunctionGap[] = Array.from({ length: 250 }, (_, i) => ({
      functionId: `F${i + 1}`,
      statement: `Duty ${i + 1}`,
      kind: 'unassigned',
      involved: [],
      location: { sheet: 'Responsibilities', a1: a1(`A${i + 2}`) },
    }));
    const summary = makeGapSummary({ responsibility: { gaps } });
    const plan = gapSummaryPlan(summary, 'en');
    const first = rowOf(plan, 'F1');
    expect(GAP_SUMMARY_MAX_TABLE_ROWS).toBe(200);
    expect(valueAt(plan, first + 199, 1)).toBe('F200');
    expect(rowValues(plan, first + 200)).toEqual(['… and 50 more (see Findings)']);
    expect(rowValues(plan, first + 201)).toEqual([]);
    expect(() => rowOf(plan, 'F201')).toThrow();
    const zhPlan = gapSummaryPlan(summary, 'zh-CN');
    expect(rowValues(zhPlan, rowOf(zhPlan, 'F200') + 1)).toEqual(['…… 另有 50 项（见检查结果）']);
    // The layout moves down with the table; breaks still fall before each section.
    expect(plan.print?.pageBreaksAfter).toEqual(
      sectionRows(plan)
        .slice(1)
        .map((r) => r - 1),
    );
  });

  it('writes text as strings and numbers as numbers with a number format', () => {
    for (const plan of [en, zh]) {
      plan.rows.forEach((row, r) =>
        row.forEach((entry, c) => {
          const cell = isPlanCell(entry) ? entry : { value: entry };
          expect(['string', 'number', 'object']).toContain(typeof cell.value);
          if (typeof cell.value === 'object') expect(cell.value).toBeNull();
          if (cell.style !== undefined) expect(plan.styles).toHaveProperty([cell.style]);
          if (typeof cell.value === 'number')
            expect([r + 1, c + 1, numberFormatOf(plan, cell)]).toEqual([
              r + 1,
              c + 1,
              expect.stringMatching(/^(0|0\.0|0%)$/),
            ]);
        }),
      );
      expect(Math.max(...plan.rows.map((r) => r.length))).toBeLessThanOrEqual(9);
      expect(plan.columnWidths).toHaveLength(9);
    }
  });

  it('gives rows of wrapped text the height of their lines (LibreOffice does not fit them)', () => {
    const heading = rowOf(en, 'Responsibility gaps: functions without a primary owner');
    expect(en.rowHeights?.[heading + 1]).toBe(30); // 'Effort (h/week)' in a 13-wide column
    expect(en.rowHeights?.[rowOf(en, 'F08')]).toBe(30);
    expect(en.rowHeights?.[rowOf(en, 'CS-ADM')]).toBeUndefined();
    expect(en.rowHeights?.[5]).toBeUndefined();
    const gap = makeGapSummary().responsibility.gaps[0];
    if (!gap) throw new Error('fixture has gaps');
    // 64 Chinese characters are 128 character widths: three lines of a 44-wide column.
    const statement = '及时答复客户投诉'.repeat(8);
    const plan = gapSummaryPlan(
      makeGapSummary({ responsibility: { gaps: [{ ...gap, statement }] } }),
      'zh-CN',
    );
    expect(plan.rowHeights?.[rowOf(plan, 'F08')]).toBe(45);
  });

  it('is deterministic: the same summary gives a deep-equal plan', () => {
    const again = gapSummaryPlan(makeGapSummary(), 'en', { generatedAt: '2026-03-01 09:30' });
    expect(again).toEqual(en);
    expect(JSON.parse(JSON.stringify(again))).toEqual(JSON.parse(JSON.stringify(en)));
    expect(gapSummaryPlan(emptyGapSummary(), 'zh-CN')).toEqual(
      gapSummaryPlan(emptyGapSummary(), 'zh-CN'),
    );
  });
});

// ---- 6. Service quality -----------------------------------------------------------------

/** Numbers to 10 decimals (sums of decimals compare exactly), −0 as 0. */
const rounded = (values: readonly unknown[]): unknown[] =>
  values.map((v) => (typeof v === 'number' ? Number(v.toFixed(10)) + 0 : v));

/** t(0.975, 3) and the 95% half-width of a mean of four differences of variance `s2`. */
const T3 = 3.1824463053;
const halfWidth = (s2: number): number => (T3 * Math.sqrt(s2)) / 2;

const quality = handServiceQuality();
const GENERATED = { generatedAt: '2026-03-01 09:30' } as const;
const withSurvey = gapSummaryPlan(makeGapSummary({ fiveGaps: makeFiveGaps() }), 'en', {
  ...GENERATED,
  serviceQuality: quality,
});
const withoutSurvey = gapSummaryPlan(
  makeGapSummary({ fiveGaps: makeFiveGaps({ survey: false }) }),
  'en',
  GENERATED,
);
const zhSurvey = gapSummaryPlan(makeGapSummary({ fiveGaps: makeFiveGaps() }), 'zh-CN', {
  serviceQuality: quality,
});
/** Row 118 is the section's header in the fixture (after staffing). */
const SQ = 118;

describe('gapSummaryPlan: 6. Service quality', () => {
  it('is appended: every earlier row, height, chart and page break stays where it was', () => {
    for (const plan of [withSurvey, withoutSurvey]) {
      expect(plan.rows.slice(0, SQ - 1)).toEqual(en.rows.slice(0, SQ - 1));
      expect(plan.charts?.slice(0, 2)).toEqual(en.charts);
      expect(sectionRows(plan)).toEqual([17, 44, 70, 89, 103, SQ]);
      expect(plan.print?.pageBreaksAfter).toEqual([43, 69, 88, 102, SQ - 1]);
      for (const [row, height] of Object.entries(en.rowHeights ?? {}))
        if (Number(row) < SQ) expect([row, plan.rowHeights?.[Number(row)]]).toEqual([row, height]);
      expect(Object.keys(plan.rowHeights ?? {}).filter((r) => Number(r) < SQ)).toEqual(
        Object.keys(en.rowHeights ?? {}).filter((r) => Number(r) < SQ),
      );
    }
  });

  it('explains the survey and gives its key figures with the CSI formula', () => {
    expect(rowValues(withSurvey, SQ)).toEqual(['6. Service quality']);
    expect(rowValues(withSurvey, SQ + 1)).toEqual([
      'SERVQUAL survey on sheet “Survey”: 4 respondents, 6 items, scale 1–7. Gap = perception − expectation; below zero, customers get less than they expect.',
    ]);
    expect(rowValues(withSurvey, SQ + 3)).toEqual(['Service-quality key figures']);
    // Σ w·Ē = 5.9, Σ w·P̄ = 5.105, gap −0.795, CSI = 100 × (5.105 − 1)/6 (serviceQuality.test.ts).
    expect([4, 5, 6, 7].map((i) => rounded(rowValues(withSurvey, SQ + i)))).toEqual([
      ['Weighted expectation', 5.9],
      ['Weighted perception', 5.105],
      ['Weighted gap (SERVQUAL score)', -0.795],
      [
        'Customer satisfaction index (CSI, 0–100)',
        68.4166666667,
        'CSI = 100 × (Σwᵢ·P̄ᵢ − min)/(max − min), on the 1–7 scale',
      ],
    ]);
    expect(numberFormatOf(withSurvey, cellAt(withSurvey, SQ + 4, 2))).toBe('0.00');
    expect(cellAt(withSurvey, SQ + 6, 2).style).toBe('meanAlert');
    expect(numberFormatOf(withSurvey, cellAt(withSurvey, SQ + 7, 2))).toBe('0.0');
  });

  it('lists each dimension’s weight, means, gap and 95% interval, negative gaps marked', () => {
    expect(rowValues(withSurvey, SQ + 9)).toEqual([
      'Expectation, perception and gap by dimension (chart data)',
    ]);
    expect(rowValues(withSurvey, SQ + 10)).toEqual([
      'Dimension',
      'Weight',
      'Expectation',
      'Perception',
      'Gap',
      '95% CI low',
      '95% CI high',
      'Respondents',
    ]);
    // Per respondent over the dimension's items, then the mean (serviceQuality.test.ts).
    const expected: [string, number, number, number, number, number, number][] = [
      ['Reliability', 0.32, 6.5, 5.375, -1.125, halfWidth(1.1875 / 3), 4],
      ['Responsiveness', 0.22, 6, 4.5, -1.5, halfWidth(5 / 3), 4],
      ['Assurance', 0.19, 5.5, 5.5, 0, halfWidth(2 / 3), 4],
      ['Empathy', 0.16, 6, 5, -1, halfWidth(2 / 3), 4],
      ['Tangibles', 0.11, 4.5, 5, 0.5, halfWidth(1 / 3), 4],
    ];
    expected.forEach(([name, w, e, p, gap, hw, n], i) => {
      const row = SQ + 11 + i;
      expect(rounded(rowValues(withSurvey, row))).toEqual(
        rounded([name, w, e, p, gap, gap - hw, gap + hw, n]),
      );
    });
    // Reliability's whole interval is below zero: an alert; other shortfalls warn.
    expect([0, 1, 2, 3, 4].map((i) => cellAt(withSurvey, SQ + 11 + i, 5).style)).toEqual([
      'meanAlert',
      'meanWarn',
      'mean',
      'meanWarn',
      'mean',
    ]);
    const formats = [1, 2, 3, 4, 5, 6, 7, 8].map((c) =>
      numberFormatOf(withSurvey, cellAt(withSurvey, SQ + 11, c)),
    );
    expect(formats).toEqual([undefined, '0%', '0.00', '0.00', '0.00', '0.00', '0.00', '0']);
  });

  it('charts a radar of expectation and perception and, under it, the gaps, from exactly the table', () => {
    const first = SQ + 11;
    const last = SQ + 15;
    expect(withSurvey.charts?.slice(2)).toEqual([
      {
        type: 'radar',
        title: 'Expectation and perception by dimension (scale 1–7)',
        categories: `A${first}:A${last}`,
        series: [
          { name: 'Expectation', values: `C${first}:C${last}`, color: '#0F6CBD' },
          { name: 'Perception', values: `D${first}:D${last}`, color: '#CA5010' },
        ],
        anchor: `J${SQ}`,
        width: 480,
        height: 300,
        valueFormat: '0.0',
        valueAxis: { min: 1, max: 7 },
      },
      {
        type: 'bar',
        title: 'Gap (perception − expectation) by dimension',
        categories: `A${first}:A${last}`,
        series: [{ name: 'Gap', values: `E${first}:E${last}`, color: '#0F6CBD' }],
        // 300 px at LibreOffice's 17 px rows: 18 rows under the radar's anchor.
        anchor: `J${SQ + 18}`,
        width: 480,
        height: 300,
        dataLabels: true,
        valueFormat: '0.00',
        categoryLabelsLow: true,
      },
    ]);
    expect(rangeValues(withSurvey, `A${first}:A${last}`)).toEqual([
      'Reliability',
      'Responsiveness',
      'Assurance',
      'Empathy',
      'Tangibles',
    ]);
    expect(rounded(rangeValues(withSurvey, `C${first}:C${last}`))).toEqual([6.5, 6, 5.5, 6, 4.5]);
    expect(rounded(rangeValues(withSurvey, `D${first}:D${last}`))).toEqual([5.375, 4.5, 5.5, 5, 5]);
    expect(rounded(rangeValues(withSurvey, `E${first}:E${last}`))).toEqual([
      -1.125, -1.5, 0, -1, 0.5,
    ]);
    expect(withoutSurvey.charts).toEqual(en.charts);
  });

  it.each([
    ['en, rows of 20 px', withSurvey, 20],
    ['en, rows of 17 px', withSurvey, 17],
    ['zh-CN, rows of 17 px', zhSurvey, 17],
  ])('places its charts (%s) over no filled cell, no other chart, no page break', (_, plan, px) => {
    const boxes = (plan.charts ?? []).map((c) => chartBox(plan, c, px));
    expect(boxes).toHaveLength(4);
    boxes.forEach((box, i) => {
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++)
          expect([r, c, valueAt(plan, r, c)]).toEqual([r, c, null]);
      for (const after of plan.print?.pageBreaksAfter ?? [])
        expect(after < box.top || after >= box.bottom).toBe(true);
      for (const other of boxes.slice(i + 1))
        expect(box.bottom < other.top || other.bottom < box.top).toBe(true);
      // The sheet goes on below the last chart: printing does not cut it off.
      expect(plan.rows.length).toBeGreaterThanOrEqual(box.bottom);
    });
  });

  it('names the weights’ source and lists the top priorities', () => {
    expect(rowValues(withSurvey, SQ + 17)).toEqual([
      'Weights: Seed 001 weights (reliability 32%, responsiveness 22%, assurance 19%, empathy 16%, tangibles 11%).',
    ]);
    expect(cellAt(withSurvey, SQ + 17, 1).style).toBe('note');
    expect(withSurvey.merges).toContain(`A${SQ + 17}:I${SQ + 17}`);
    expect(rowValues(withSurvey, SQ + 19)).toEqual(['Improvement priorities: top 4']);
    expect(rowValues(withSurvey, SQ + 20)).toEqual([
      'Rank',
      'Item',
      'Dimension',
      'Gap',
      'Weight',
      'Score',
    ]);
    // Score = weight × (−gap): REL1 .32 × 1.5, RESP1 .22 × 1.5, REL2 .32 × .75, EMP1 .16 × 1.
    expect([21, 22, 23, 24].map((i) => rounded(rowValues(withSurvey, SQ + i)))).toEqual([
      [1, 'REL1', 'Reliability', -1.5, 0.32, 0.48],
      [2, 'RESP1', 'Responsiveness', -1.5, 0.22, 0.33],
      [3, 'REL2', 'Reliability', -0.75, 0.32, 0.24],
      [4, 'EMP1', 'Empathy', -1, 0.16, 0.16],
    ]);
    // Wrapped, not linked: LibreOffice would print a linked item as one cut-off line.
    expect(cellAt(withSurvey, SQ + 21, 2)).toEqual({ value: 'REL1', style: 'wrap' });
    // REL1's interval lies below zero (−1.5 ± 0.92), RESP1's does not (−1.5 ± 2.05).
    expect([21, 22].map((i) => cellAt(withSurvey, SQ + i, 4).style)).toEqual([
      'meanAlert',
      'meanWarn',
    ]);
    expect(numberFormatOf(withSurvey, cellAt(withSurvey, SQ + 21, 6))).toBe('0.000');
    expect(rowValues(withSurvey, SQ + 25)).toEqual([]);
  });

  it('shows the first 10 priorities, then how many more', () => {
    const top = quality.priorities.ranked[0];
    if (!top) throw new Error('the hand survey has priorities');
    const ranked = Array.from({ length: 13 }, (_, i) => ({
      ...top,
      rank: i + 1,
      item: `Q${i + 1}`,
      score: 1 - i / 100,
    }));
    const many: ServiceQuality = { ...quality, priorities: { ...quality.priorities, ranked } };
    const plan = gapSummaryPlan(makeGapSummary({ fiveGaps: makeFiveGaps() }), 'en', {
      serviceQuality: many,
    });
    expect(GAP_SUMMARY_TOP_PRIORITIES).toBe(10);
    const heading = rowOf(plan, 'Improvement priorities: top 10', SQ);
    expect(rangeValues(plan, `B${heading + 2}:B${heading + 11}`)).toEqual(
      ranked.slice(0, 10).map((r) => r.item),
    );
    expect(rowValues(plan, heading + 12)).toEqual(['… and 3 more items below expectation']);
    expect(cellAt(plan, heading + 2, 2)).toEqual({ value: 'Q1', style: 'wrap' });
  });

  it('gives the five-gap checklist: status, what the data shows, remedy', () => {
    const at = SQ + 26;
    expect(rowValues(withSurvey, at)).toEqual(['Five-gap model checklist']);
    expect(rowValues(withSurvey, at + 1)).toEqual([
      'Gap',
      'Status',
      'What the data shows',
      null,
      null,
      'Remedy',
    ]);
    expect(rowValues(withSurvey, at + 4)).toEqual([
      'Gap 3 — delivery: the service delivered against the standards',
      'Found',
      [
        'Functions of the service process with no primary owner: 3 (F08, F07, F06)',
        'Functions with several primary owners: 1 (F09)',
        'Over-loaded roles (work above capacity): 1 (CS-HOT)',
        'Vacant posts (fewer in post than the headcount): 1 (CS-HOT)',
      ].join('\n'),
      null,
      null,
      makeFiveGaps()[2]?.remedy.en,
    ]);
    expect([2, 3, 4, 5, 6].map((i) => cellAt(withSurvey, at + i, 2))).toEqual([
      { value: 'Found', style: 'alert' },
      { value: 'Not found', style: 'text' },
      { value: 'Found', style: 'alert' },
      { value: 'Not measurable', style: 'muted' },
      { value: 'Found', style: 'alert' },
    ]);
    expect(valueAt(withSurvey, at + 3, 3)).toBe(
      'Duty statements without an action or a standard (vague, a mere label, or blank): not found\n' +
        'Positions without a stated purpose (no clear goal): not found',
    );
    expect(valueAt(withSurvey, at + 5, 3)).toBe(
      'Promises made to customers against delivery: not recorded in the workbook (not measurable)',
    );
    expect(valueAt(withSurvey, at + 6, 3)).toBe(
      'Weighted perception below weighted expectation: 3 (Reliability, Responsiveness, Empathy)\n' +
        'Dimensions whose whole 95% interval of the gap lies below zero: 1 (Reliability)',
    );
    // The wide texts span C–E and F–I; the covered cells carry the style for the borders.
    for (let r = at + 1; r <= at + 6; r++)
      expect(withSurvey.merges).toEqual(expect.arrayContaining([`C${r}:E${r}`, `F${r}:I${r}`]));
    expect(cellAt(withSurvey, at + 4, 4)).toEqual({ value: null, style: 'wrap' });
    // Gap 3's four lines each wrap once in the 46 characters of C–E: 8 lines of 15 pt.
    expect(withSurvey.rowHeights?.[at + 4]).toBe(120);
    expect(rowValues(withSurvey, at + 7)).toEqual([]);
  });

  it('without a survey says how to add one, then gives the checklist, gap 5 not measurable', () => {
    expect(rowValues(withoutSurvey, SQ + 1)).toEqual([
      'No Survey table. To add one: a sheet named Survey (or 问卷) with RespondentId, Dimension, Item, Expectation, Perception and optional Importance; the template has it.',
    ]);
    expect(rowValues(withoutSurvey, SQ + 3)).toEqual(['Five-gap model checklist']);
    expect(rowValues(withoutSurvey, SQ + 9)).toEqual([
      'Gap 5 — perception: perceived against expected service',
      'Not measurable',
      'Weighted perception below weighted expectation (not measurable)\n' +
        'Dimensions whose whole 95% interval of the gap lies below zero (not measurable)',
      null,
      null,
      makeFiveGaps()[4]?.remedy.en,
    ]);
    expect(withoutSurvey.rows).toHaveLength(SQ + 10);
  });

  it('speaks Chinese', () => {
    expect(rowValues(zhSurvey, SQ)).toEqual(['六、服务质量']);
    expect(rowValues(zhSurvey, SQ + 1)).toEqual([
      '问卷来自工作表“Survey”：4 位受访者，6 个题项，1–7 分量表。差距 = 感知 − 期望，低于零表示顾客得到的服务低于期望。',
    ]);
    expect([3, 4, 5, 6, 7].map((i) => valueAt(zhSurvey, SQ + i, 1))).toEqual([
      '服务质量关键指标',
      '加权期望',
      '加权感知',
      '加权差距（SERVQUAL 得分）',
      '客户满意指数 CSI（0–100）',
    ]);
    expect(rowValues(zhSurvey, SQ + 10)).toEqual([
      '维度',
      '权重',
      '期望',
      '感知',
      '差距',
      '95% 置信区间下限',
      '95% 置信区间上限',
      '受访者数',
    ]);
    expect(rangeValues(zhSurvey, `A${SQ + 11}:A${SQ + 15}`)).toEqual([
      '可靠性',
      '响应性',
      '保证性',
      '移情性',
      '有形性',
    ]);
    expect(zhSurvey.charts?.slice(2).map((c) => [c.title, c.series.map((s) => s.name)])).toEqual([
      ['各维度期望与感知（1–7 分）', ['期望', '感知']],
      ['各维度差距（感知 − 期望）', ['差距']],
    ]);
    expect(rowValues(zhSurvey, SQ + 17)).toEqual([
      '权重来源：参考权重（可靠性 32%、响应性 22%、保证性 19%、移情性 16%、有形性 11%）。',
    ]);
    expect(rowValues(zhSurvey, SQ + 19)).toEqual(['改善重点：前 4 项']);
    expect(rowValues(zhSurvey, SQ + 20)).toEqual(['排序', '题项', '维度', '差距', '权重', '得分']);
    const at = SQ + 26;
    expect(rowValues(zhSurvey, at)).toEqual(['五差距模型检查表']);
    expect(rowValues(zhSurvey, at + 1)).toEqual([
      '缺口',
      '状况',
      '数据显示',
      null,
      null,
      '改进方法',
    ]);
    expect([2, 3, 5].map((i) => valueAt(zhSurvey, at + i, 2))).toEqual([
      '发现',
      '未发现',
      '无法衡量',
    ]);
    expect(String(valueAt(zhSurvey, at + 4, 3)).split('\n')[0]).toBe(
      '服务流程中没有主责岗位的职能：3（F08、F07、F06）',
    );
    expect(String(valueAt(zhSurvey, at + 6, 3)).split('\n')[0]).toBe(
      '加权感知低于加权期望：3（可靠性、响应性、移情性）',
    );
    // Lines of Chinese text are 18 pt in this section (LibreOffice clips 15 pt ones).
    const height = zhSurvey.rowHeights?.[at + 4] ?? 0;
    expect(height % 18).toBe(0);
    expect(height).toBeGreaterThan(18);
  });

  it('writes its numbers with a format: 0.00 means and gaps, 0% weights, 0.0 CSI, 0.000 scores', () => {
    for (const plan of [withSurvey, zhSurvey])
      plan.rows.forEach((row, r) =>
        row.forEach((entry, c) => {
          const cell = isPlanCell(entry) ? entry : { value: entry };
          if (typeof cell.value === 'number')
            expect([r + 1, c + 1, numberFormatOf(plan, cell)]).toEqual([
              r + 1,
              c + 1,
              expect.stringMatching(/^(0|0\.0|0%|0\.00|0\.000)$/),
            ]);
        }),
      );
  });

  it('is deterministic with a survey', () => {
    const again: SheetPlan = gapSummaryPlan(makeGapSummary({ fiveGaps: makeFiveGaps() }), 'en', {
      ...GENERATED,
      serviceQuality: handServiceQuality(),
    });
    expect(again).toEqual(withSurvey);
  });
});
