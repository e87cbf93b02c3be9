import type { JobDescription } from '../../src/core/analyze/jobDescription';
import type { Lang } from '../../src/core/i18n/lang';
import {
  JOB_DESCRIPTIONS_COLUMN_WIDTHS,
  jobDescriptionsPlan,
  jobDescriptionsPlanWithLayout,
} from '../../src/core/render/jobDescriptionsPlan';
import { isPlanCell, type PlanCell, type SheetPlan } from '../../src/core/render/sheetPlan';
import {
  makeInvalidJobDescription,
  makeJobDescription,
  makeJobDescriptionZh,
} from '../../src/core/testing/jobDescriptionFixture';

const cellAt = (plan: SheetPlan, row: number, col: number): PlanCell => {
  const entry = plan.rows[row - 1]?.[col - 1];
  if (entry === undefined) return { value: null };
  return isPlanCell(entry) ? entry : { value: entry };
};
const valueAt = (plan: SheetPlan, row: number, col: number) => cellAt(plan, row, col).value;

/** 1-based rows whose cell in `col` holds exactly `value`. */
const rowsWhere = (plan: SheetPlan, col: number, value: unknown): number[] =>
  plan.rows.flatMap((_, i) => (valueAt(plan, i + 1, col) === value ? [i + 1] : []));

const rowWhere = (plan: SheetPlan, col: number, value: unknown, from = 1): number => {
  const row = rowsWhere(plan, col, value).find((r) => r >= from);
  if (row === undefined) throw new Error(`no row with ${String(value)} in column ${col}`);
  return row;
};

/** Rows that open a block: the header band (column A styled `band`). */
const bandRows = (plan: SheetPlan): number[] =>
  plan.rows.flatMap((_, i) => (cellAt(plan, i + 1, 1).style === 'band' ? [i + 1] : []));

const allStrings = (plan: SheetPlan): string[] =>
  plan.rows.flatMap((row) =>
    row.flatMap((e) => {
      const v = isPlanCell(e) ? e.value : e;
      return typeof v === 'string' ? [v] : [];
    }),
  );

const styleOf = (plan: SheetPlan, row: number, col: number) => {
  const key = cellAt(plan, row, col).style;
  return key === undefined ? undefined : plan.styles?.[key];
};

const three = (): JobDescription[] => [
  makeJobDescription(),
  makeInvalidJobDescription(),
  makeJobDescription({ roleId: 'CS-VIPA', title: 'VIP Hotline Agent', directReports: [] }),
];

describe('jobDescriptionsPlan', () => {
  it('names the sheet in the user’s language', () => {
    expect(jobDescriptionsPlan([makeJobDescription()], 'en').name).toBe('Job Descriptions');
    expect(jobDescriptionsPlan([makeJobDescriptionZh()], 'zh-CN').name).toBe('岗位说明书');
  });

  it('opens with the title and the counts', () => {
    const plan = jobDescriptionsPlan(three(), 'en', { title: 'Customer Service' });
    expect(valueAt(plan, 1, 1)).toBe('Job Descriptions — Customer Service');
    expect(valueAt(plan, 2, 1)).toBe('3 roles · 2 valid · 1 with findings');
    const zh = jobDescriptionsPlan([makeJobDescriptionZh()], 'zh-CN');
    expect(valueAt(zh, 1, 1)).toBe('岗位说明书');
    expect(valueAt(zh, 2, 1)).toBe('共 1 个岗位 · 有效 1 个 · 有校验问题 0 个');
  });

  it('lists every role in the index, its id linking to the first row of its block', () => {
    const plan = jobDescriptionsPlan(three(), 'en');
    const header = rowWhere(plan, 1, 'Role ID');
    expect([2, 3, 4].map((c) => valueAt(plan, header, c))).toEqual([
      'Title',
      'Department',
      'Status',
    ]);
    const blocks = bandRows(plan);
    expect(blocks).toHaveLength(3);
    const ids = ['CS-VIPL', 'CS-ADM', 'CS-VIPA'];
    ids.forEach((id, i) => {
      const row = header + 1 + i;
      expect(cellAt(plan, row, 1)).toEqual({
        value: id,
        style: 'link',
        link: { kind: 'cell', sheet: 'Job Descriptions', a1: `A${blocks[i]}` },
      });
    });
    expect(valueAt(plan, header + 1, 2)).toBe('VIP Hotline Team Lead');
    expect(valueAt(plan, header + 2, 3)).toBe('Customer Service');
    expect(valueAt(plan, header + 1, 4)).toBe('Valid');
    expect(valueAt(plan, header + 2, 4)).toBe('Needs attention');
    expect(styleOf(plan, header + 1, 4)?.fill).toBe('#DFF6DD');
    expect(styleOf(plan, header + 2, 4)?.fill).toBe('#FDE7E9');
    // The block a link points at is that role's.
    expect(valueAt(plan, blocks[1] ?? 0, 1)).toBe('Job Description: Service Administrator');
    expect(valueAt(plan, blocks[1] ?? 0, 4)).toBe('Needs attention');
  });

  it('links the index to its own sheet name in Chinese, with Chinese statuses', () => {
    const plan = jobDescriptionsPlan(
      [makeJobDescriptionZh(), makeInvalidJobDescription()],
      'zh-CN',
    );
    const header = rowWhere(plan, 1, '岗位编号');
    const blocks = bandRows(plan);
    expect(cellAt(plan, header + 1, 1).link).toEqual({
      kind: 'cell',
      sheet: '岗位说明书',
      a1: `A${blocks[0]}`,
    });
    expect(valueAt(plan, header + 1, 4)).toBe('有效');
    expect(valueAt(plan, header + 2, 4)).toBe('待完善');
    expect(valueAt(plan, blocks[0] ?? 0, 1)).toBe('VIP热线组长 岗位说明书');
  });

  it('reports where the index rows and blocks are, agreeing with the sheet', () => {
    const { plan, layout } = jobDescriptionsPlanWithLayout(three(), 'en');
    expect(layout.blockRows).toEqual(bandRows(plan));
    expect(layout.indexRows.map((r) => valueAt(plan, r, 1))).toEqual([
      'CS-VIPL',
      'CS-ADM',
      'CS-VIPA',
    ]);
  });

  it('breaks the page exactly before each block, prints portrait one page wide with the title on every page', () => {
    const plan = jobDescriptionsPlan(three(), 'en');
    const blocks = bandRows(plan);
    expect(plan.print?.pageBreaksAfter).toEqual(blocks.map((r) => r - 1));
    // The row before a block is blank: nothing of the previous block is cut.
    for (const r of blocks) expect(plan.rows[r - 2]).toEqual([]);
    expect(plan.print?.orientation).toBe('portrait');
    expect(plan.print?.fitToWidth).toBe(true);
    expect(plan.print?.titleRows).toBe('1:1');
    expect(plan.columnWidths).toEqual(JOB_DESCRIPTIONS_COLUMN_WIDTHS);
    expect(plan.columnWidths).toHaveLength(4);
  });

  it('has no blocks and no page breaks for no roles', () => {
    const plan = jobDescriptionsPlan([], 'en');
    expect(bandRows(plan)).toEqual([]);
    expect(plan.print?.pageBreaksAfter).toEqual([]);
    expect(valueAt(plan, 2, 1)).toBe('0 roles · 0 valid · 0 with findings');
    expect(allStrings(plan)).toContain('No roles.');
  });

  const ZH_LABELS = [
    '岗位名称',
    '岗位编号',
    '所属部门',
    '岗位层级',
    '直接上级',
    '直接下级',
    '编制',
    '在岗',
    '岗位目的',
    '主要职责',
    '部分职责',
    '支持职责',
    '协作关系',
    '任职资格',
    '工作条件',
    '工作分析日期',
    '校验结果',
  ];
  const EN_LABELS = [
    'Title',
    'Role ID',
    'Department',
    'Level / layer',
    'Reports to',
    'Direct reports',
    'Headcount',
    'Filled',
    'Purpose',
    'Primary duties',
    'Partial duties',
    'Support duties',
    'Collaboration',
    'Qualifications',
    'Working conditions',
    'Analysis date',
    'Validation',
  ];

  it('labels the block in Chinese for zh-CN and in English for en', () => {
    const zh = allStrings(jobDescriptionsPlan([makeJobDescriptionZh()], 'zh-CN'));
    const en = allStrings(jobDescriptionsPlan([makeJobDescription()], 'en'));
    for (const l of ZH_LABELS) expect(zh).toContain(l);
    for (const l of EN_LABELS) expect(en).toContain(l);
    for (const l of ZH_LABELS) expect(en).not.toContain(l);
    for (const l of ['Purpose', 'Primary duties', 'Qualifications']) expect(zh).not.toContain(l);
  });

  it('lays out the label/value grid of a block', () => {
    const plan = jobDescriptionsPlan([makeJobDescription()], 'en');
    const [band = 0] = bandRows(plan);
    const grid = [1, 2, 3, 4].map((d) => [1, 2, 3, 4].map((c) => valueAt(plan, band + d, c)));
    expect(grid).toEqual([
      ['Title', 'VIP Hotline Team Lead', 'Role ID', 'CS-VIPL'],
      ['Department', 'Customer Service', 'Level / layer', 'Team lead (layer 3)'],
      ['Reports to', 'Customer Service Manager', 'Headcount', 1],
      ['Direct reports', 'VIP Hotline Agent ×9\nSpan of control: 9 people', 'Filled', 1],
    ]);
    expect(cellAt(plan, band + 1, 1).style).toBe('label');
    expect(styleOf(plan, band + 1, 1)?.fill).toBeDefined();
    expect(styleOf(plan, band + 1, 2)?.border).toBeDefined();
    expect(valueAt(plan, band + 5, 1)).toBe('Purpose');
    expect(valueAt(plan, band + 5, 2)).toBe(makeJobDescription().purpose);
    expect(plan.merges).toContain(`B${band + 5}:D${band + 5}`);
    expect(plan.merges).toContain(`A${band}:C${band}`);
    // The role id links to the role's input row.
    expect(cellAt(plan, band + 1, 4).link).toEqual({ kind: 'cell', sheet: 'Roles', a1: 'A5' });
  });

  it('writes the Chinese grid values the Chinese way', () => {
    const plan = jobDescriptionsPlan([makeJobDescriptionZh()], 'zh-CN');
    const [band = 0] = bandRows(plan);
    expect(valueAt(plan, band + 2, 4)).toBe('基层管理（第 3 层）');
    expect(valueAt(plan, band + 4, 2)).toBe('VIP热线客服专员 ×9\n管理幅度 9 人');
  });

  it('says who else works on each duty, as a sentence in the user’s language', () => {
    const en = jobDescriptionsPlan([makeJobDescription()], 'en');
    const f09 = rowWhere(en, 2, makeJobDescription().partial[0]?.statement);
    expect(valueAt(en, f09, 4)).toBe(
      'Primary: Customer Service Manager; support: Quality Inspector, Field Service Supervisor',
    );
    const f06 = rowWhere(en, 2, makeJobDescription().primary[2]?.statement);
    expect(valueAt(en, f06, 4)).toBe('Partial: Quality Inspector; support: Trainer');
    const f05 = rowWhere(en, 2, makeJobDescription().primary[1]?.statement);
    expect(valueAt(en, f05, 4)).toBe('—');

    const zh = jobDescriptionsPlan([makeJobDescriptionZh()], 'zh-CN');
    const zf09 = rowWhere(zh, 2, makeJobDescriptionZh().partial[0]?.statement);
    expect(valueAt(zh, zf09, 4)).toBe('主责：客户服务经理；支持：服务质检专员、现场服务主管');
    const zf05 = rowWhere(zh, 2, makeJobDescriptionZh().primary[1]?.statement);
    expect(valueAt(zh, zf05, 4)).toBe('无');
  });

  it('leaves the role itself out of its collaborators', () => {
    const jd = makeJobDescription();
    const duty = jd.partial[0];
    if (duty === undefined) throw new Error('fixture');
    const self = { roleId: jd.roleId, title: jd.title, cls: 'partial' as const };
    const plan = jobDescriptionsPlan(
      [{ ...jd, partial: [{ ...duty, partners: [self, ...duty.partners.slice(0, 1)] }] }],
      'en',
    );
    expect(valueAt(plan, rowWhere(plan, 2, duty.statement), 4)).toBe(
      'Primary: Customer Service Manager',
    );
    const alone = jobDescriptionsPlan([{ ...jd, partial: [{ ...duty, partners: [self] }] }], 'en');
    expect(valueAt(alone, rowWhere(alone, 2, duty.statement), 4)).toBe('—');
  });

  it('numbers the duties of each class, each number linking to its input cell', () => {
    const plan = jobDescriptionsPlan([makeJobDescription()], 'en');
    const primary = rowWhere(plan, 1, 'Primary duties');
    expect([1, 2, 3, 4].map((c) => valueAt(plan, primary + 1, c))).toEqual([
      'No.',
      'Duty',
      'Hours / week',
      'Collaboration',
    ]);
    expect([1, 2, 3].map((i) => valueAt(plan, primary + 1 + i, 1))).toEqual([1, 2, 3]);
    expect(cellAt(plan, primary + 2, 1).link).toEqual({
      kind: 'cell',
      sheet: 'Responsibilities',
      a1: 'F5',
    });
    const partial = rowWhere(plan, 1, 'Partial duties');
    // F09's location is the range F10:F11: the link goes to its first cell.
    expect(valueAt(plan, partial + 2, 1)).toBe(1);
    expect(cellAt(plan, partial + 2, 1).link).toEqual({
      kind: 'cell',
      sheet: 'Responsibilities',
      a1: 'F10',
    });
    const support = rowWhere(plan, 1, 'Support duties');
    expect(cellAt(plan, support + 2, 1).link).toEqual({
      kind: 'cell',
      sheet: 'Responsibilities',
      a1: 'F13',
    });
  });

  it('writes hours as numbers in the 0.0 format, and a dash when unknown', () => {
    const plan = jobDescriptionsPlan([makeJobDescription()], 'en');
    const jd = makeJobDescription();
    const f05 = rowWhere(plan, 2, jd.primary[1]?.statement);
    expect(valueAt(plan, f05, 3)).toBe(4.5);
    expect(styleOf(plan, f05, 3)?.numberFormat).toBe('0.0');
    const f10 = rowWhere(plan, 2, jd.partial[1]?.statement);
    expect(valueAt(plan, f10, 3)).toBe('—');
  });

  it('shows one "None" row for an empty duty class', () => {
    const en = jobDescriptionsPlan([makeInvalidJobDescription()], 'en');
    const primary = rowWhere(en, 1, 'Primary duties');
    expect(valueAt(en, primary + 2, 2)).toBe('None');
    expect(cellAt(en, primary + 2, 2).style).toBe('none');
    expect(en.merges).toContain(`B${primary + 2}:D${primary + 2}`);
    // The next row is the blank one before the partial duties.
    expect(en.rows[primary + 2]).toEqual([]);
    expect(valueAt(en, primary + 4, 1)).toBe('Partial duties');

    const zh = jobDescriptionsPlan([makeInvalidJobDescription()], 'zh-CN');
    const zPrimary = rowWhere(zh, 1, '主要职责');
    expect(valueAt(zh, zPrimary + 2, 2)).toBe('无');
  });

  it('lists the qualifications as numbered rows', () => {
    const plan = jobDescriptionsPlan([makeJobDescription()], 'en');
    const at = rowWhere(plan, 1, 'Qualifications');
    const q = makeJobDescription().qualifications;
    expect(q).toHaveLength(4);
    q.forEach((text, i) => {
      expect(valueAt(plan, at + 1 + i, 1)).toBe(i + 1);
      expect(valueAt(plan, at + 1 + i, 2)).toBe(text);
    });
  });

  it('writes the analysis date as a date cell with the date format', () => {
    const plan = jobDescriptionsPlan([makeJobDescription()], 'en');
    const row = rowWhere(plan, 1, 'Analysis date');
    expect(valueAt(plan, row, 2)).toEqual(new Date(Date.UTC(2025, 2, 14)));
    expect(styleOf(plan, row, 2)?.numberFormat).toBe('yyyy-mm-dd');
    expect(valueAt(plan, rowWhere(plan, 1, 'Working conditions'), 2)).toBe(
      makeJobDescription().workingConditions,
    );
  });

  it('says "Not recorded" for a missing analysis date, purpose or working conditions', () => {
    const jd = makeJobDescription({
      analysisDate: undefined,
      purpose: undefined,
      workingConditions: '  ',
    });
    const en = jobDescriptionsPlan([jd], 'en');
    for (const l of ['Analysis date', 'Purpose', 'Working conditions'])
      expect(valueAt(en, rowWhere(en, 1, l), 2)).toBe('Not recorded');
    const zh = jobDescriptionsPlan([jd], 'zh-CN');
    for (const l of ['工作分析日期', '岗位目的', '工作条件'])
      expect(valueAt(zh, rowWhere(zh, 1, l), 2)).toBe('未填写');
  });

  it('shows "Valid" when there are no findings', () => {
    const plan = jobDescriptionsPlan([makeJobDescription()], 'en');
    const at = rowWhere(plan, 1, 'Validation');
    expect(valueAt(plan, at + 1, 1)).toBe('Valid');
    expect(valueAt(plan, at + 1, 2)).toBe('No findings about this role or its duties.');
  });

  it('shows the invalid role’s status and its findings, errors first', () => {
    const en = jobDescriptionsPlan([makeInvalidJobDescription()], 'en');
    const [band = 0] = bandRows(en);
    expect(valueAt(en, band, 4)).toBe('Needs attention');
    const at = rowWhere(en, 1, 'Validation');
    const rows = [1, 2, 3].map((i) => [1, 2, 3].map((c) => valueAt(en, at + i, c)));
    expect(rows).toEqual([
      [
        'Error',
        'FUNC_NO_PRIMARY',
        'Function F07 has support roles (CS-ADM) but no primary owner: a responsibility gap (职责空白).',
      ],
      [
        'Warning',
        'ROLE_NO_PRIMARY',
        'Role CS-ADM owns no function as primary (only partial or support work).',
      ],
      ['Info', 'ROLE_VACANCY', 'Role CS-ADM has 1 of 2 posts unfilled.'],
    ]);
    expect(cellAt(en, at + 1, 2).link).toEqual({
      kind: 'cell',
      sheet: 'Responsibilities',
      a1: 'H8',
    });
    expect(en.rows[at + 3]).toBeUndefined();

    const zh = jobDescriptionsPlan([makeInvalidJobDescription()], 'zh-CN');
    const [zBand = 0] = bandRows(zh);
    expect(valueAt(zh, zBand, 4)).toBe('待完善');
    const zAt = rowWhere(zh, 1, '校验结果');
    expect([1, 2, 3].map((i) => valueAt(zh, zAt + i, 1))).toEqual(['错误', '警告', '提示']);
  });

  it('puts errors first even when the findings come in another order', () => {
    const jd = makeInvalidJobDescription();
    const plan = jobDescriptionsPlan([{ ...jd, findings: [...jd.findings].reverse() }], 'en');
    const at = rowWhere(plan, 1, 'Validation');
    expect([1, 2, 3].map((i) => valueAt(plan, at + i, 2))).toEqual([
      'FUNC_NO_PRIMARY',
      'ROLE_NO_PRIMARY',
      'ROLE_VACANCY',
    ]);
  });

  it('writes user text as strings and counts as numbers', () => {
    const plan = jobDescriptionsPlan(
      [makeJobDescription({ title: '=HYPERLINK("x")', headcount: 3, filled: 2 })],
      'en',
    );
    const [band = 0] = bandRows(plan);
    expect(valueAt(plan, band + 1, 2)).toBe('=HYPERLINK("x")');
    expect(valueAt(plan, band + 3, 4)).toBe(3);
    expect(valueAt(plan, band + 4, 4)).toBe(2);
    const unknown = jobDescriptionsPlan([makeJobDescription({ filled: undefined })], 'en');
    expect(valueAt(unknown, (bandRows(unknown)[0] ?? 0) + 4, 4)).toBe('—');
  });

  it('makes wrapped rows tall enough, on the merged width, and Chinese lines taller', () => {
    const long = 'Answer every VIP call within twenty seconds and resolve it on the first call. ';
    const en = jobDescriptionsPlan([makeJobDescription({ purpose: long.repeat(4) })], 'en');
    const purpose = rowWhere(en, 1, 'Purpose');
    // 316 characters over B:D (82 characters, 81 usable): 4 lines of 15 pt.
    expect(en.rowHeights?.[purpose]).toBe(60);
    const jd = makeJobDescription();
    const f04 = rowWhere(en, 2, jd.primary[0]?.statement);
    expect(en.rowHeights?.[f04]).toBeGreaterThanOrEqual(45);
    const [band = 0] = bandRows(en);
    expect(en.rowHeights?.[band]).toBeGreaterThanOrEqual(30);

    const zh = jobDescriptionsPlan([makeJobDescriptionZh()], 'zh-CN');
    const zf09 = rowWhere(zh, 2, makeJobDescriptionZh().partial[0]?.statement);
    // Both the statement and the collaboration take two lines: 18 pt each.
    expect(zh.rowHeights?.[zf09]).toBe(36);
    // Every row with Chinese text is at least 18 pt.
    zh.rows.forEach((row, i) => {
      const cjk = row.some(
        (e) => isPlanCell(e) && typeof e.value === 'string' && /[\u4e00-\u9fff]/.test(e.value),
      );
      if (cjk) expect(zh.rowHeights?.[i + 1]).toBeGreaterThanOrEqual(18);
    });
  });

  it('is deterministic and leaves its input alone', () => {
    for (const lang of ['en', 'zh-CN'] as Lang[]) {
      const jds = [makeJobDescriptionZh(), makeInvalidJobDescription()];
      const before = JSON.stringify(jds);
      const a = jobDescriptionsPlan(jds, lang, { title: 'x' });
      const b = jobDescriptionsPlan(jds, lang, { title: 'x' });
      expect(a).toEqual(b);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      expect(JSON.stringify(jds)).toBe(before);
    }
  });

  it('gives every styled cell a style the plan defines', () => {
    const plan = jobDescriptionsPlan(three(), 'zh-CN');
    for (const row of plan.rows)
      for (const e of row)
        if (isPlanCell(e) && e.style !== undefined) expect(plan.styles?.[e.style]).toBeDefined();
  });
});

describe('jobDescriptionsPlan on a large organisation', () => {
  it('lays out at most maxRoles blocks and says how many more there are', () => {
    const jds = Array.from({ length: 5 }, (_, i) => makeJobDescription({ roleId: `R${i}` }));
    const plan = jobDescriptionsPlan(jds, 'en', { maxRoles: 2 });
    const texts = plan.rows
      .flat()
      .map((c) => (c !== null && typeof c === 'object' && !(c instanceof Date) ? c.value : c));
    expect(texts).toContain(
      '… and 3 more job descriptions, not shown here: run "service-org jd" for the full set.',
    );
    expect(plan.print?.pageBreaksAfter).toHaveLength(2);
    expect(texts.filter((v) => v === 'R3')).toEqual([]);
  });
});

describe('jobDescriptionsPlan with a very long cell', () => {
  it('keeps every row within the 409 points Excel allows (the text stays whole in the cell)', () => {
    // A manager of 300 roles: the direct-reports cell wraps to far more lines than a row holds.
    const directReports = Array.from({ length: 300 }, (_, i) => ({
      roleId: `R${i}`,
      title: `Policy Adviser ${i}`,
      headcount: 1,
    }));
    for (const lang of ['en', 'zh-CN'] as const) {
      const plan = jobDescriptionsPlan([makeJobDescription({ directReports })], lang);
      const heights = Object.values(plan.rowHeights ?? {});
      // As tall as Excel allows, in whole lines.
      expect(Math.max(...heights)).toBeLessThanOrEqual(409);
      expect(Math.max(...heights)).toBeGreaterThan(390);
      const texts = plan.rows.flat().map((c) => (isPlanCell(c) ? c.value : c));
      expect(texts.some((t) => typeof t === 'string' && t.includes('Policy Adviser 299'))).toBe(
        true,
      );
    }
  });
});
