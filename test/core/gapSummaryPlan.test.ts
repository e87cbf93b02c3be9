import { SPAN_BANDS, type FunctionGap, type RoleLoad } from '../../src/core/analyze/gapSummary';
import { parseCellA1, parseRangeA1 } from '../../src/core/model/address';
import { a1 } from '../../src/core/model/ids';
import { GAP_SUMMARY_MAX_TABLE_ROWS, gapSummaryPlan } from '../../src/core/render/gapSummaryPlan';
import {
  isPlanCell,
  type PlanCell,
  type PlanChart,
  type PlanValue,
  type SheetPlan,
} from '../../src/core/render/sheetPlan';
import { emptyGapSummary, makeGapSummary } from '../../src/core/testing/gapSummaryFixture';

// ---- reading a plan the way a user sees the sheet ----------------------------------------

const cellAt = (plan: SheetPlan, row: number, col: number): PlanCell => {
  const entry = plan.rows[row - 1]?.[col - 1];
  if (entry === undefined) return { value: null };
  return isPlanCell(entry) ? entry : { value: entry };
};
const valueAt = (plan: SheetPlan, row: number, col: number): PlanValue =>
  cellAt(plan, row, col).value;
const isFilled = (v: PlanValue): boolean => v !== null && v !== '';

/** The values of a row, without trailing blanks. */
const rowValues = (plan: SheetPlan, row: number): PlanValue[] => {
  const values = (plan.rows[row - 1] ?? []).map((e) => (isPlanCell(e) ? e.value : e));
  while (values.length > 0 && !isFilled(values[values.length - 1] ?? null)) values.pop();
  return values;
};

/** 1-based number of the first row whose column A shows `text`. */
const rowOf = (plan: SheetPlan, text: PlanValue, from = 1): number => {
  for (let r = from; r <= plan.rows.length; r++) if (valueAt(plan, r, 1) === text) return r;
  throw new Error(`No row starts with ${String(text)}`);
};

/** The values of a single-column or single-row range, in order. */
const rangeValues = (plan: SheetPlan, ref: string): PlanValue[] => {
  const range = parseRangeA1(ref);
  if (!range) throw new Error(`Bad range ${ref}`);
  const out: PlanValue[] = [];
  for (let r = range.from.row; r <= range.to.row; r++)
    for (let c = range.from.col; c <= range.to.col; c++) out.push(valueAt(plan, r, c));
  return out;
};

const numberFormatOf = (plan: SheetPlan, cell: PlanCell): string | undefined =>
  cell.style === undefined ? undefined : plan.styles?.[cell.style]?.numberFormat;

/** Rows whose column A is styled as a section header. */
const sectionRows = (plan: SheetPlan): number[] =>
  plan.rows.flatMap((_, i) => (cellAt(plan, i + 1, 1).style === 'section' ? [i + 1] : []));

const DEFAULT_COLUMN_WIDTH = 8.43;
const ROW_PX = 20;
const columnPx = (plan: SheetPlan, col: number): number =>
  (plan.columnWidths?.[col - 1] ?? DEFAULT_COLUMN_WIDTH) * 7 + 5;

/** The cells a chart covers, from its anchor and pixel size (rows of 20 px). */
function chartBox(plan: SheetPlan, chart: PlanChart) {
  const anchor = parseCellA1(chart.anchor);
  if (!anchor) throw new Error(`Bad anchor ${chart.anchor}`);
  let lastCol = anchor.col;
  let px = columnPx(plan, lastCol);
  while (px < chart.width) px += columnPx(plan, ++lastCol);
  const lastRow = anchor.row + Math.ceil(chart.height / ROW_PX) - 1;
  return { top: anchor.row, left: anchor.col, bottom: lastRow, right: lastCol };
}

const chartOf = (plan: SheetPlan, type: PlanChart['type']): PlanChart => {
  const chart = plan.charts?.find((c) => c.type === type);
  if (!chart) throw new Error(`No ${type} chart`);
  return chart;
};

const en = gapSummaryPlan(makeGapSummary(), 'en', { generatedAt: '2026-03-01 09:30' });
const zh = gapSummaryPlan(makeGapSummary(), 'zh-CN');

// ---- tests ------------------------------------------------------------------------------

describe('gapSummaryPlan', () => {
  it('names the sheet in the user’s language and titles it', () => {
    expect(en.name).toBe('Gap Summary');
    expect(zh.name).toBe('差距汇总');
    expect(rowValues(en, 1)).toEqual(['Gap Summary']);
    expect(rowValues(en, 2)).toEqual([
      'Responsibility gaps, workload, spans of control, layers and staffing · generated 2026-03-01 09:30',
    ]);
    expect(rowValues(zh, 1)).toEqual(['差距汇总']);
    expect(rowValues(zh, 2)).toEqual(['职责空白、工作负荷、管理幅度、管理层次与人员编制']);
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

  it('breaks pages exactly before sections 2 to 5', () => {
    expect(sectionRows(en)).toEqual([17, 44, 70, 89, 103]);
    expect(en.print?.pageBreaksAfter).toEqual([43, 69, 88, 102]);
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
