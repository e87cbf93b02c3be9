import type { GapSignal } from '../../src/core/analyze/fiveGapModel';
import { GAP_SIGNAL_LABELS } from '../../src/core/i18n/fiveGapLabels';
import { FURTHER_DIMENSIONS_NOTE } from '../../src/core/i18n/serviceQualityLabels';
import {
  SERVICE_QUALITY_COLUMN_WIDTHS,
  serviceQualityPlan,
} from '../../src/core/render/serviceQualityPlan';
import { serviceQualityLabels } from '../../src/core/render/serviceQualityLabels';
import { signalText } from '../../src/core/render/serviceQualityTables';
import { isPlanCell, type SheetPlan } from '../../src/core/render/sheetPlan';
import {
  cellAt,
  chartBox,
  numberFormatOf,
  rangeValues,
  rowOf,
  rowValues,
  sectionRows,
  valueAt,
} from '../../src/core/testing/planReading';
import { handServiceQuality, makeFiveGaps } from '../../src/core/testing/serviceQualityFixture';
import { handSurveyLong } from '../../src/core/testing/surveyFixture';

/** Numbers to 10 decimals (sums of decimals compare exactly), −0 as 0. */
const rounded = (values: readonly unknown[]): unknown[] =>
  values.map((v) => (typeof v === 'number' ? Number(v.toFixed(10)) + 0 : v));

/** t(0.975, 3) and the 95% half-width of a mean of four differences of variance `s2`. */
const T3 = 3.1824463053;
const halfWidth = (s2: number): number => (T3 * Math.sqrt(s2)) / 2;

const quality = handServiceQuality();
const en = serviceQualityPlan(quality, makeFiveGaps(), 'en', { title: 'Hand survey' });
const zh = serviceQualityPlan(quality, makeFiveGaps(), 'zh-CN');
const none = serviceQualityPlan(undefined, makeFiveGaps({ survey: false }), 'en', {});
const zhNone = serviceQualityPlan(undefined, makeFiveGaps({ survey: false }), 'zh-CN');

describe('serviceQualityPlan with the hand survey (4 respondents × 6 items, scale 1–7)', () => {
  it('names and titles the sheet, freezes and repeats the title rows, prints landscape', () => {
    expect(en.name).toBe('Service Quality');
    expect(zh.name).toBe('服务质量');
    expect(rowValues(en, 1)).toEqual(['Service Quality — Hand survey']);
    expect(rowValues(en, 2)).toEqual([
      'SERVQUAL survey: expectation against perception, weights, CSI, improvement priorities and the five-gap model',
    ]);
    expect(rowValues(zh, 1)).toEqual(['服务质量']);
    expect(en.freeze).toEqual({ rows: 2, cols: 0 });
    expect(en.print).toEqual({
      orientation: 'landscape',
      fitToWidth: true,
      titleRows: '1:2',
      pageBreaksAfter: [40, 61, 73],
    });
    expect(en.tabColor).toBe('#CA5010');
    expect(en.columnWidths).toEqual(SERVICE_QUALITY_COLUMN_WIDTHS);
    expect(SERVICE_QUALITY_COLUMN_WIDTHS).toHaveLength(9);
    expect(Math.max(...en.rows.map((r) => r.length))).toBeLessThanOrEqual(9);
  });

  it('has four sections, each starting a printed page', () => {
    expect(sectionRows(en)).toEqual([4, 41, 62, 74]);
    expect(sectionRows(en).map((r) => valueAt(en, r, 1))).toEqual([
      '1. Survey results',
      '2. Improvement priorities',
      '3. Survey items',
      '4. Five-gap model',
    ]);
    expect(en.print?.pageBreaksAfter).toEqual(
      sectionRows(en)
        .slice(1)
        .map((r) => r - 1),
    );
    expect(rowValues(en, 5)).toEqual([
      'SERVQUAL survey on sheet “Survey”: 4 respondents, 6 items, scale 1–7. Gap = perception − expectation; below zero, customers get less than they expect.',
    ]);
  });

  it('gives the key figures: weighted expectation, perception, gap and the CSI', () => {
    expect(rowValues(en, 7)).toEqual(['Service-quality key figures']);
    expect([8, 9, 10, 11].map((r) => rounded(rowValues(en, r)))).toEqual([
      ['Weighted expectation', 5.9],
      ['Weighted perception', 5.105],
      ['Weighted gap (SERVQUAL score)', -0.795],
      [
        'Customer satisfaction index (CSI, 0–100)',
        68.4166666667,
        'CSI = 100 × (Σwᵢ·P̄ᵢ − min)/(max − min), on the 1–7 scale',
      ],
    ]);
    expect([8, 9, 10, 11].map((r) => numberFormatOf(en, cellAt(en, r, 2)))).toEqual([
      '0.00',
      '0.00',
      '0.00',
      '0.0',
    ]);
  });

  it('gives the dimension table cell by cell', () => {
    expect(rowValues(en, 13)).toEqual([
      'Expectation, perception and gap by dimension (chart data)',
    ]);
    expect(rowValues(en, 14)).toEqual([
      'Dimension',
      'Weight',
      'Expectation',
      'Perception',
      'Gap',
      '95% CI low',
      '95% CI high',
      'Respondents',
    ]);
    // Reliability: respondents' means over REL1 and REL2 — E 6.5 each, P 5.5 4.5 5.5 6 → 5.375,
    // d −1 −2 −1 −.5 → −1.125, s² = 1.1875/3. The others are single items.
    const rows: [string, number, number, number, number, number][] = [
      ['Reliability', 0.32, 6.5, 5.375, -1.125, halfWidth(1.1875 / 3)],
      ['Responsiveness', 0.22, 6, 4.5, -1.5, halfWidth(5 / 3)],
      ['Assurance', 0.19, 5.5, 5.5, 0, halfWidth(2 / 3)],
      ['Empathy', 0.16, 6, 5, -1, halfWidth(2 / 3)],
      ['Tangibles', 0.11, 4.5, 5, 0.5, halfWidth(1 / 3)],
    ];
    rows.forEach(([name, w, e, p, gap, hw], i) =>
      expect(rounded(rowValues(en, 15 + i))).toEqual(
        rounded([name, w, e, p, gap, gap - hw, gap + hw, 4]),
      ),
    );
    expect(en.rows[14]).toEqual([
      { value: 'Reliability', style: 'text' },
      { value: 0.32, style: 'share' },
      { value: 6.5, style: 'mean' },
      { value: 5.375, style: 'mean' },
      { value: quality.dimensions[0]?.gap, style: 'meanAlert' },
      { value: quality.dimensions[0]?.ci?.low, style: 'mean' },
      { value: quality.dimensions[0]?.ci?.high, style: 'mean' },
      { value: 4, style: 'count' },
    ]);
    expect([15, 16, 17, 18, 19].map((r) => cellAt(en, r, 5).style)).toEqual([
      'meanAlert',
      'meanWarn',
      'mean',
      'meanWarn',
      'mean',
    ]);
  });

  it('places the radar and the gap bars beside the tables, over exactly the dimension rows', () => {
    expect(en.charts).toEqual([
      {
        type: 'radar',
        title: 'Expectation and perception by dimension (scale 1–7)',
        categories: 'A15:A19',
        series: [
          { name: 'Expectation', values: 'C15:C19', color: '#0F6CBD' },
          { name: 'Perception', values: 'D15:D19', color: '#CA5010' },
        ],
        anchor: 'J4',
        width: 480,
        height: 300,
        valueFormat: '0.0',
        valueAxis: { min: 1, max: 7 },
      },
      {
        type: 'bar',
        title: 'Gap (perception − expectation) by dimension',
        categories: 'A15:A19',
        series: [{ name: 'Gap', values: 'E15:E19', color: '#0F6CBD' }],
        anchor: 'J22',
        width: 480,
        height: 300,
        dataLabels: true,
        valueFormat: '0.00',
        categoryLabelsLow: true,
      },
    ]);
    expect(rangeValues(en, 'A15:A19')).toEqual([
      'Reliability',
      'Responsiveness',
      'Assurance',
      'Empathy',
      'Tangibles',
    ]);
    expect(rounded(rangeValues(en, 'E15:E19'))).toEqual([-1.125, -1.5, 0, -1, 0.5]);
    for (const px of [17, 20]) {
      const [radar, bar] = (en.charts ?? []).map((c) => chartBox(en, c, px));
      if (!radar || !bar) throw new Error('two charts');
      expect(radar.bottom).toBeLessThan(bar.top);
      for (const box of [radar, bar]) {
        expect(box.left).toBe(10);
        for (let r = box.top; r <= box.bottom; r++)
          for (let c = box.left; c <= box.right; c++) expect(valueAt(en, r, c)).toBeNull();
        // Clear of the page break before section 2 (after row 40).
        expect(box.bottom).toBeLessThanOrEqual(40);
      }
    }
  });

  it('gives the weights as given and normalised, and their source', () => {
    expect(rowValues(en, 21)).toEqual(['Weights of the dimensions']);
    expect(rowValues(en, 22)).toEqual(['Dimension', 'Given', 'Normalised weight']);
    expect([23, 24, 25, 26, 27].map((r) => rowValues(en, r))).toEqual([
      ['Reliability', 0.32, 0.32],
      ['Responsiveness', 0.22, 0.22],
      ['Assurance', 0.19, 0.19],
      ['Empathy', 0.16, 0.16],
      ['Tangibles', 0.11, 0.11],
    ]);
    expect(numberFormatOf(en, cellAt(en, 23, 2))).toBe('0%');
    expect(rowValues(en, 29)).toEqual([
      'Weights: Seed 001 weights (reliability 32%, responsiveness 22%, assurance 19%, empathy 16%, tangibles 11%).',
    ]);
    expect(en.merges).toContain('A29:I29');
    expect(rowValues(en, 30)).toEqual([]);
    // No further determinant: no note on their weight.
    expect(
      en.rows.flat().some((c) => isPlanCell(c) && c.value === FURTHER_DIMENSIONS_NOTE.en),
    ).toBe(false);
  });

  it('ranks every item below expectation by weight × shortfall, items as wrapped text', () => {
    expect(rowValues(en, 42)).toEqual([
      'Items whose perception falls short of expectation, ranked by score = dimension weight × shortfall (−gap): improve the first first.',
    ]);
    expect(rowValues(en, 44)).toEqual(['Items below expectation, in order of priority']);
    expect(rowValues(en, 45)).toEqual(['Rank', 'Item', 'Dimension', 'Gap', 'Weight', 'Score']);
    expect([46, 47, 48, 49].map((r) => rounded(rowValues(en, r)))).toEqual([
      [1, 'REL1', 'Reliability', -1.5, 0.32, 0.48],
      [2, 'RESP1', 'Responsiveness', -1.5, 0.22, 0.33],
      [3, 'REL2', 'Reliability', -0.75, 0.32, 0.24],
      [4, 'EMP1', 'Empathy', -1, 0.16, 0.16],
    ]);
    for (const r of [46, 47, 48, 49]) {
      const item = String(valueAt(en, r, 2));
      expect(cellAt(en, r, 2)).toEqual({ value: item, style: 'wrap' });
    }
    expect(rowValues(en, 50)).toEqual([]);
  });

  it('places every item on the importance–performance grid and explains the splits', () => {
    expect(rowValues(en, 51)).toEqual(['Importance–performance grid']);
    expect(rowValues(en, 52)).toEqual([
      'Item',
      'Dimension',
      'Importance',
      'Performance',
      'Quadrant',
    ]);
    expect([53, 54, 55, 56, 57, 58].map((r) => rowValues(en, r))).toEqual([
      ['REL1', 'Reliability', 0.32, 5, 'Concentrate here'],
      ['REL2', 'Reliability', 0.32, 5.75, 'Keep up the good work'],
      ['RESP1', 'Responsiveness', 0.22, 4.5, 'Concentrate here'],
      ['ASSU1', 'Assurance', 0.19, 5.5, 'Possible overkill'],
      ['EMP1', 'Empathy', 0.16, 5, 'Low priority'],
      ['TANG1', 'Tangibles', 0.11, 5, 'Low priority'],
    ]);
    expect(cellAt(en, 53, 5).style).toBe('alert');
    expect(cellAt(en, 56, 5).style).toBe('warn');
    expect(cellAt(en, 58, 1)).toEqual({ value: 'TANG1', style: 'wrap' });
    // Importance is the dimension's weight (no Importance answers): a share.
    expect(numberFormatOf(en, cellAt(en, 53, 3))).toBe('0%');
    expect(rowValues(en, 60)).toEqual([
      'Importance: the weight of the item’s dimension (no Importance answers); performance: its mean perception. Split at the means: importance 22%, performance 5.13.',
    ]);
  });

  it('lists every item in questionnaire order with its interval and answers', () => {
    expect(rowValues(en, 65)).toEqual(['Every item, in questionnaire order']);
    expect(rowValues(en, 66)).toEqual([
      'Item',
      'Dimension',
      'Expectation',
      'Perception',
      'Gap',
      '95% CI low',
      '95% CI high',
      'Answers',
      'Importance',
    ]);
    const items: [string, string, number, number, number, number][] = [
      ['REL1', 'Reliability', 6.5, 5, -1.5, halfWidth(1 / 3)],
      ['REL2', 'Reliability', 6.5, 5.75, -0.75, halfWidth(2.75 / 3)],
      ['RESP1', 'Responsiveness', 6, 4.5, -1.5, halfWidth(5 / 3)],
      ['ASSU1', 'Assurance', 5.5, 5.5, 0, halfWidth(2 / 3)],
      ['EMP1', 'Empathy', 6, 5, -1, halfWidth(2 / 3)],
      ['TANG1', 'Tangibles', 4.5, 5, 0.5, halfWidth(1 / 3)],
    ];
    items.forEach(([item, dim, e, p, gap, hw], i) => {
      expect(rounded(rowValues(en, 67 + i))).toEqual(
        rounded([item, dim, e, p, gap, gap - hw, gap + hw, 4, '—']),
      );
      expect(cellAt(en, 67 + i, 1)).toEqual({ value: item, style: 'wrap' });
    });
    expect(cellAt(en, 67, 9)).toEqual({ value: '—', style: 'na' });
    expect(rowValues(en, 73)).toEqual([]);
  });

  it('gives the five-gap checklist with causes and remedies', () => {
    const gaps = makeFiveGaps();
    expect(rowValues(en, 75)).toEqual([
      'What this workbook shows about each gap of the five-gap model, with its usual causes and remedies. Promises to customers (gap 4) are not in an organisation workbook.',
    ]);
    expect(rowValues(en, 77)).toEqual(['Five-gap model checklist']);
    expect(rowValues(en, 78)).toEqual([
      'Gap',
      'Status',
      'What the data shows',
      null,
      'Causes',
      null,
      'Remedy',
    ]);
    gaps.forEach((g, i) =>
      expect(rowValues(en, 79 + i)).toEqual([
        g.title.en,
        ['Found', 'Not found', 'Found', 'Not measurable', 'Found'][i],
        g.signals.map((s) => signalText(s, serviceQualityLabels.en, 'en')).join('\n'),
        null,
        g.causes.en,
        null,
        g.remedy.en,
      ]),
    );
    expect(valueAt(en, 79, 3)).toBe(
      'More management layers than the headcount needs: 1 (CS-DIR)\n' +
        'Managers of one person (each adds a layer): 1 (CS-CSUP)\n' +
        'No function with a primary owner listens to customers (surveys, questionnaires, visits): 1 (F08)',
    );
    for (let r = 78; r <= 83; r++)
      expect(en.merges).toEqual(
        expect.arrayContaining([`C${r}:D${r}`, `E${r}:F${r}`, `G${r}:I${r}`]),
      );
    expect([79, 80, 81, 82, 83].map((r) => cellAt(en, r, 2).style)).toEqual([
      'alert',
      'text',
      'alert',
      'muted',
      'alert',
    ]);
    expect(en.rows).toHaveLength(84);
  });

  it('writes a signal with its count and first ids, dimensions by name', () => {
    const L = serviceQualityLabels;
    const found = (ids: string[], count = ids.length): GapSignal => ({
      key: 'functions-without-owner',
      status: 'found',
      count,
      ids,
      label: GAP_SIGNAL_LABELS['functions-without-owner'],
    });
    expect(signalText(found(['F07', 'F12']), L.en, 'en')).toBe(
      'Functions of the service process with no primary owner: 2 (F07, F12)',
    );
    expect(signalText(found(['F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F07']), L.en, 'en')).toBe(
      'Functions of the service process with no primary owner: 7 (F01, F02, F03, F04, F05, …)',
    );
    // The analysis keeps the first 20 ids: the count says how many there are.
    expect(signalText(found(['F01'], 25), L['zh-CN'], 'zh-CN')).toBe(
      '服务流程中没有主责岗位的职能：25（F01、……）',
    );
    const research: GapSignal = {
      key: 'customer-research-unowned',
      status: 'found',
      count: 0,
      ids: [],
      label: GAP_SIGNAL_LABELS['customer-research-unowned'],
    };
    expect(signalText(research, L.en, 'en')).toBe(
      'No function with a primary owner listens to customers (surveys, questionnaires, visits)',
    );
    const below: GapSignal = {
      key: 'dimensions-significantly-below',
      status: 'found',
      count: 2,
      ids: ['reliability', 'understanding'],
      label: GAP_SIGNAL_LABELS['dimensions-significantly-below'],
    };
    expect(signalText(below, L['zh-CN'], 'zh-CN')).toBe(
      '差距的 95% 置信区间整体低于零的维度：2（可靠性、理解顾客）',
    );
  });

  it('speaks Chinese', () => {
    expect(sectionRows(zh).map((r) => valueAt(zh, r, 1))).toEqual([
      '一、问卷结果',
      '二、改善重点',
      '三、题项明细',
      '四、五差距模型',
    ]);
    expect(rowValues(zh, 2)).toEqual([
      '服务质量问卷（SERVQUAL）：期望与感知、权重、客户满意指数、改善重点与五差距模型',
    ]);
    expect(valueAt(zh, 11, 1)).toBe('客户满意指数 CSI（0–100）');
    expect(rowValues(zh, 14)).toEqual([
      '维度',
      '权重',
      '期望',
      '感知',
      '差距',
      '95% 置信区间下限',
      '95% 置信区间上限',
      '受访者数',
    ]);
    expect(rangeValues(zh, 'A15:A19')).toEqual(['可靠性', '响应性', '保证性', '移情性', '有形性']);
    expect(rowValues(zh, 22)).toEqual(['维度', '给定值', '归一化权重']);
    expect(rowValues(zh, 45)).toEqual(['排序', '题项', '维度', '差距', '权重', '得分']);
    expect(rowValues(zh, 53).slice(4)).toEqual(['重点改进区']);
    expect(rowValues(zh, 60)).toEqual([
      '重要性：题项所属维度的权重（问卷没有重要性评分）；绩效：感知的平均值。以平均值划分象限：重要性 22%，绩效 5.13。',
    ]);
    expect(rowValues(zh, 78)).toEqual([
      '缺口',
      '状况',
      '数据显示',
      null,
      '形成原因',
      null,
      '改进方法',
    ]);
    expect([79, 80, 82].map((r) => valueAt(zh, r, 2))).toEqual(['发现', '未发现', '无法衡量']);
    expect(valueAt(zh, 79, 1)).toBe('缺口一：管理者认识差距（对顾客期望的了解）');
    expect(zh.charts?.map((c) => c.title)).toEqual([
      '各维度期望与感知（1–7 分）',
      '各维度差距（感知 − 期望）',
    ]);
  });

  it('is deterministic: the same input gives a deep-equal plan', () => {
    const again = serviceQualityPlan(handServiceQuality(), makeFiveGaps(), 'en', {
      title: 'Hand survey',
    });
    expect(again).toEqual(en);
    expect(JSON.parse(JSON.stringify(again))).toEqual(JSON.parse(JSON.stringify(en)));
    expect(serviceQualityPlan(undefined, makeFiveGaps({ survey: false }), 'zh-CN')).toEqual(zhNone);
  });
});

describe('serviceQualityPlan without a survey', () => {
  it('says how to add one, then gives the checklist, gap 5 not measurable', () => {
    expect(rowValues(none, 1)).toEqual(['Service Quality']);
    expect(sectionRows(none)).toEqual([4, 7]);
    expect(rowValues(none, 4)).toEqual(['1. Survey results']);
    expect(rowValues(none, 5)).toEqual([
      'No Survey table. To add one: a sheet named Survey (or 问卷) with RespondentId, Dimension, Item, Expectation, Perception and optional Importance; the template has it.',
    ]);
    expect(rowValues(none, 7)).toEqual(['2. Five-gap model']);
    expect(rowValues(none, 10)).toEqual(['Five-gap model checklist']);
    expect(rowValues(none, 16).slice(0, 3)).toEqual([
      'Gap 5 — perception: perceived against expected service',
      'Not measurable',
      'Weighted perception below weighted expectation (not measurable)\n' +
        'Dimensions whose whole 95% interval of the gap lies below zero (not measurable)',
    ]);
    expect(none.rows).toHaveLength(17);
    expect(none.charts).toEqual([]);
    expect(none.print?.pageBreaksAfter).toEqual([]);
    expect(rowValues(zhNone, 5)).toEqual([
      '工作簿中没有问卷表。如需评价服务质量，请添加名为“问卷”（Survey）的工作表，列为受访者编号、维度、题项、期望、感知及可选的重要性；模板中已有此表。',
    ]);
    expect(rowValues(zhNone, 7)).toEqual(['二、五差距模型']);
  });

  it('says the checklist was not computed when it is empty', () => {
    const empty = serviceQualityPlan(undefined, [], 'en');
    expect(rowValues(empty, rowOf(empty, 'Five-gap model checklist') + 1)).toEqual([
      'None — the five-gap checklist was not computed.',
    ]);
  });
});

describe('serviceQualityPlan with survey text that looks like a formula', () => {
  const rows = handSurveyLong().map((row, i) =>
    i > 0 && row[2] === 'REL1'
      ? [row[0] ?? null, row[1] ?? null, '=SUM(A1)', row[3] ?? null, row[4] ?? null]
      : row,
  );
  const plan: SheetPlan = serviceQualityPlan(handServiceQuality(rows), makeFiveGaps(), 'en');

  it('keeps the item text as the same literal string, and writes no other text starting with =', () => {
    expect(cellAt(plan, 46, 2)).toEqual({ value: '=SUM(A1)', style: 'wrap' });
    const startingWithEquals = plan.rows.flatMap((row) =>
      row.flatMap((e) => {
        const v = isPlanCell(e) ? e.value : e;
        return typeof v === 'string' && v.startsWith('=') ? [v] : [];
      }),
    );
    // Priorities, grid and items: the item's text, and nothing the plan made itself.
    expect(startingWithEquals).toEqual(['=SUM(A1)', '=SUM(A1)', '=SUM(A1)']);
    for (const chart of plan.charts ?? []) {
      expect(chart.title.startsWith('=')).toBe(false);
      for (const s of chart.series) expect(s.name.startsWith('=')).toBe(false);
    }
  });
});

describe('serviceQualityPlan number formats', () => {
  it.each([
    ['en', en],
    ['zh-CN', zh],
  ])('gives every number a format (%s)', (_, plan) => {
    plan.rows.forEach((row, r) =>
      row.forEach((entry, c) => {
        const cell = isPlanCell(entry) ? entry : { value: entry };
        expect(['string', 'number', 'object']).toContain(typeof cell.value);
        if (cell.style !== undefined) expect(plan.styles).toHaveProperty([cell.style]);
        if (typeof cell.value === 'number')
          expect([r + 1, c + 1, numberFormatOf(plan, cell)]).toEqual([
            r + 1,
            c + 1,
            expect.stringMatching(/^(0|0\.0|0%|0\.00|0\.000)$/),
          ]);
      }),
    );
  });
});

describe('serviceQualityPlan with a further determinant and Importance answers', () => {
  /** The hand survey plus UND1 (understanding the customer), E 6 P 5 from everyone. */
  const withFurther = (importance?: (item: string) => number) => {
    const [header, ...rows] = handSurveyLong();
    const answers = [...rows];
    for (const r of ['R1', 'R2', 'R3', 'R4'])
      answers.push([r, 'Understanding the customer', 'UND1', 6, 5]);
    return [
      [...(header ?? []), ...(importance ? ['Importance'] : [])],
      ...answers.map((row) => [...row, ...(importance ? [importance(String(row[2]))] : [])]),
    ];
  };

  it('weighs a further determinant 0 under seed weights and says why', () => {
    const plan = serviceQualityPlan(handServiceQuality(withFurther()), makeFiveGaps(), 'en');
    const table = rowOf(plan, 'Dimension') + 1;
    expect(rowValues(plan, table + 5)).toEqual([
      'Understanding the customer',
      0,
      6,
      5,
      -1,
      -1,
      -1,
      4,
    ]);
    const weights = rowOf(plan, 'Weights of the dimensions');
    expect(rowValues(plan, weights + 7)).toEqual(['Understanding the customer', 0, 0]);
    const note = rowOf(plan, FURTHER_DIMENSIONS_NOTE.en);
    expect(valueAt(plan, note - 1, 1)).toMatch(/^Weights: Seed 001 weights/);
    expect(plan.merges).toContain(`A${note}:I${note}`);
    // The charts cover the six dimensions.
    expect(plan.charts?.map((c) => c.categories)).toEqual([
      `A${table}:A${table + 5}`,
      `A${table}:A${table + 5}`,
    ]);
  });

  it('weighs by mean Importance when every dimension has it, and grids by it', () => {
    // Importance 6 for reliability items, 4 for the others.
    const rows = withFurther((item) => (item.startsWith('REL') ? 6 : 4));
    const q = handServiceQuality(rows);
    expect(q.weighting.source).toBe('importance');
    const plan = serviceQualityPlan(q, makeFiveGaps(), 'en');
    const weights = rowOf(plan, 'Weights of the dimensions');
    // Given: the mean Importance (6, 4, …), normalised over 6 + 5 × 4 = 26.
    expect(rounded(rowValues(plan, weights + 2))).toEqual(rounded(['Reliability', 6, 6 / 26]));
    expect(rounded(rowValues(plan, weights + 3))).toEqual(rounded(['Responsiveness', 4, 4 / 26]));
    expect(numberFormatOf(plan, cellAt(plan, weights + 2, 2))).toBe('0.00');
    expect(rowValues(plan, weights + 9)).toEqual([
      'Weights: Weights from the respondents’ Importance answers.',
    ]);
    const grid = rowOf(plan, 'Importance–performance grid') + 2;
    expect(rowValues(plan, grid)).toEqual(['REL1', 'Reliability', 6, 5, 'Concentrate here']);
    expect(numberFormatOf(plan, cellAt(plan, grid, 3))).toBe('0.00');
    const note = rowOf(plan, 'UND1', grid) + 2;
    expect(String(valueAt(plan, note, 1))).toMatch(
      /^Importance: the item’s mean Importance answer; performance: its mean perception\. Split at the means: importance 4\.57, performance 5\.11\.$/,
    );
    const items = rowOf(plan, 'Every item, in questionnaire order') + 2;
    expect(rowValues(plan, items)[8]).toBe(6);
  });
});
