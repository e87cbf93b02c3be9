import type { GapKind, LoadBand, ManagerSpan } from '../analyze/gapSummary';
import type { Lang } from '../i18n/lang';

type SpanStatus = ManagerSpan['status'];

/** Every word the Gap Summary sheet shows, in one language. */
export interface GapSummaryLabels {
  readonly sheet: string;
  readonly title: string;
  readonly subtitle: string;
  readonly generated: (at: string) => string;
  /** Separator of lists inside one cell (role ids). */
  readonly listSeparator: string;
  readonly more: (n: number) => string;

  readonly keyFigures: string;
  readonly kf: {
    readonly roles: string;
    readonly headcount: string;
    readonly functions: string;
    readonly owned: string;
    readonly gaps: string;
    readonly overlaps: string;
    readonly overloaded: string;
    readonly offPolicy: string;
    readonly layers: string;
    readonly minimumLayers: (span: number) => string;
    readonly fillRate: string;
    readonly fillUnknown: (roles: number) => string;
  };

  readonly responsibility: {
    readonly title: string;
    readonly explain: string;
    readonly gaps: string;
    readonly gapHeaders: readonly string[];
    readonly gapsNone: string;
    readonly kind: Readonly<Record<GapKind, string>>;
    readonly overlaps: string;
    readonly overlapHeaders: readonly string[];
    readonly overlapsNone: string;
    readonly allowed: string;
    readonly notAllowed: string;
    readonly dutyHeaders: readonly string[];
    readonly withoutPrimary: string;
    readonly withoutPrimaryNone: string;
    readonly withoutFunctions: string;
    readonly withoutFunctionsHeaders: readonly string[];
    readonly withoutFunctionsNone: string;
    readonly singleFunction: string;
    readonly singleFunctionNone: string;
    readonly tooManyPrimaries: string;
    readonly tooManyPrimariesNone: string;
  };

  readonly workload: {
    readonly title: string;
    readonly explain: (hoursPerFte: number, over: string, under: string) => string;
    readonly byRole: string;
    readonly headers: readonly string[];
    readonly none: string;
    readonly band: Readonly<Record<LoadBand, string>>;
    readonly top: (n: number) => string;
    readonly topHeaders: readonly string[];
    readonly topNone: string;
    readonly chartTitle: string;
    readonly series: string;
  };

  readonly spans: {
    readonly title: string;
    readonly explain: string;
    readonly histogram: string;
    readonly histogramHeaders: readonly string[];
    readonly chartTitle: string;
    readonly series: string;
    readonly xAxis: string;
    readonly byManager: string;
    readonly headers: readonly string[];
    readonly none: string;
    readonly status: Readonly<Record<SpanStatus, string>>;
  };

  readonly layers: {
    readonly title: string;
    readonly explain: (span: number) => string;
    readonly trees: string;
    readonly treeHeaders: (span: number) => readonly string[];
    readonly treesNone: string;
    readonly atMinimum: string;
    readonly aboveMinimum: (extra: number) => string;
    readonly belowMinimum: string;
    readonly overMaximum: (max: number) => string;
    readonly perLayer: string;
    readonly perLayerHeaders: readonly string[];
    readonly perLayerNone: string;
  };

  readonly staffing: {
    readonly title: string;
    readonly explain: string;
    readonly departments: string;
    readonly departmentHeaders: readonly string[];
    readonly departmentsNone: string;
    readonly vacancies: string;
    readonly vacancyHeaders: readonly string[];
    readonly vacanciesNone: string;
    readonly overstaffed: string;
    readonly overstaffedHeaders: readonly string[];
    readonly overstaffedNone: string;
  };
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** The Gap Summary's words in English and Chinese (the seed's own wording where it fits). */
export const gapSummaryLabels: Readonly<Record<Lang, GapSummaryLabels>> = {
  en: {
    sheet: 'Gap Summary',
    title: 'Gap Summary',
    subtitle:
      'Responsibility gaps, workload, spans of control, layers, staffing and service quality',
    generated: (at) => ` · generated ${at}`,
    listSeparator: ', ',
    more: (n) => `… and ${n} more (see Findings)`,
    keyFigures: 'Key figures',
    kf: {
      roles: 'Roles',
      headcount: 'Headcount (posts)',
      functions: 'Functions',
      owned: 'Owned functions',
      gaps: 'Responsibility gaps',
      overlaps: 'Overlaps (not allowed)',
      overloaded: 'Overloaded roles',
      offPolicy: 'Managers off policy',
      layers: 'Layers (deepest tree)',
      minimumLayers: (s) => `Minimum layers (span ${s})`,
      fillRate: 'Fill rate',
      fillUnknown: (n) =>
        `${n} ${plural(n, 'role gives', 'roles give')} no Filled value: counted as unfilled`,
    },
    responsibility: {
      title: '1. Responsibilities',
      explain:
        'A function nobody owns as primary is a responsibility gap; every role must own at least one primary duty.',
      gaps: 'Responsibility gaps: functions without a primary owner',
      gapHeaders: ['Function', 'Statement', 'Area', 'Effort (h/week)', 'Kind', 'Roles involved'],
      gapsNone: 'None — every function has a primary owner.',
      kind: {
        unassigned: 'Unassigned',
        'no-primary': 'No primary',
        'partial-only': 'Partials only',
      },
      overlaps: 'Overlaps: functions with several primary owners',
      overlapHeaders: ['Function', 'Statement', 'Area', 'Primary owners', 'Joint ownership'],
      overlapsNone: 'None — no function has several primary owners.',
      allowed: 'Allowed by Policy',
      notAllowed: 'Not allowed',
      dutyHeaders: ['Role', 'Title', 'Primary', 'Partial', 'Support'],
      withoutPrimary: 'Roles without a primary duty',
      withoutPrimaryNone: 'None — every role owns at least one primary duty.',
      withoutFunctions: 'Roles without functions',
      withoutFunctionsHeaders: ['Role', 'Title'],
      withoutFunctionsNone: 'None — every role takes part in at least one function.',
      singleFunction: 'Single-function roles (candidates for job enlargement)',
      singleFunctionNone: 'None — no role has a single function.',
      tooManyPrimaries: 'Roles with too many primary duties',
      tooManyPrimariesNone: 'None — no role has too many primary duties.',
    },
    workload: {
      title: '2. Workload',
      explain: (h, over, under) =>
        `Effort assigned through the matrix against capacity (headcount × ${h} h/week): above ${over} is overloaded, below ${under} underloaded.`,
      byRole: 'Workload by role',
      headers: [
        'Role',
        'Title',
        'Department',
        'Headcount',
        'Load (h/week)',
        'Capacity (h/week)',
        'Utilisation',
        'Band',
        'Functions without effort',
      ],
      none: 'None — no role has assigned functions.',
      band: {
        over: 'Overloaded',
        ok: 'Balanced',
        under: 'Underloaded',
        unknown: 'No effort given',
      },
      top: (n) => `Highest utilisation: top ${n} (chart data)`,
      topHeaders: ['Role', 'Title', 'Utilisation'],
      topNone: 'None — no role has effort to compare with its capacity.',
      chartTitle: 'Utilisation of the most loaded roles',
      series: 'Utilisation',
    },
    spans: {
      title: '3. Spans of control',
      explain:
        "Span of control: the people reporting directly to a manager, against the Policy range for the manager's level.",
      histogram: 'Managers per span band',
      histogramHeaders: ['Span (direct reports)', 'Managers'],
      chartTitle: 'Span of control — managers per band',
      series: 'Managers',
      xAxis: 'Direct reports',
      byManager: 'Span by manager',
      headers: [
        'Role',
        'Title',
        'Level',
        'Direct roles',
        'Direct headcount',
        'Band',
        'Policy (min–max)',
        'Status',
      ],
      none: 'None — no role has direct reports.',
      status: { narrow: 'Narrow', ok: 'OK', wide: 'Wide', one: 'Manager of one' },
    },
    layers: {
      title: '4. Management layers',
      explain: (s) =>
        `Layers and spans are inversely related: more layers, narrower spans. Minimum layers: the fewest layers that can hold N people at span ${s}.`,
      trees: 'Layers by tree',
      treeHeaders: (s) => [
        'Head',
        'Title',
        'Layers',
        'Headcount',
        `Minimum layers (span ${s})`,
        'Verdict',
      ],
      treesNone: 'None — no reporting lines.',
      atMinimum: 'At the minimum',
      aboveMinimum: (d) => `${d} ${plural(d, 'layer', 'layers')} above the minimum`,
      belowMinimum: 'Below the minimum: spans wider than the target',
      overMaximum: (m) => `More than the Policy maximum of ${m}`,
      perLayer: 'Roles per layer',
      perLayerHeaders: ['Layer', 'Roles'],
      perLayerNone: 'None — no roles.',
    },
    staffing: {
      title: '5. Staffing',
      explain: 'Department position table: authorised headcount against the people in post.',
      departments: 'By department',
      departmentHeaders: [
        'Department',
        'Roles',
        'Headcount',
        'Filled',
        'Vacancies',
        'Over-staffed',
        'Fill rate',
      ],
      departmentsNone: 'None — no roles.',
      vacancies: 'Vacancies by role',
      vacancyHeaders: ['Role', 'Title', 'Department', 'Headcount', 'Filled', 'Vacancies'],
      vacanciesNone: 'None — every post is filled.',
      overstaffed: 'Over-staffed roles',
      overstaffedHeaders: ['Role', 'Title', 'Department', 'Headcount', 'Filled', 'Over-staffed'],
      overstaffedNone: 'None — no role has more people than posts.',
    },
  },
  'zh-CN': {
    sheet: '差距汇总',
    title: '差距汇总',
    subtitle: '职责空白、工作负荷、管理幅度、管理层次、人员编制与服务质量',
    generated: (at) => ` · 生成于 ${at}`,
    listSeparator: '、',
    more: (n) => `…… 另有 ${n} 项（见检查结果）`,
    keyFigures: '关键指标',
    kf: {
      roles: '岗位数',
      headcount: '编制人数',
      functions: '职能数',
      owned: '有唯一主责的职能',
      gaps: '职责空白',
      overlaps: '职责重叠（未获允许）',
      overloaded: '超负荷岗位',
      offPolicy: '管理幅度不合规的管理者',
      layers: '管理层次（最深的组织树）',
      minimumLayers: (s) => `最少层次（幅度 ${s}）`,
      fillRate: '到岗率',
      fillUnknown: (n) => `${n} 个岗位未填实际在岗人数，按未到岗计`,
    },
    responsibility: {
      title: '一、职责空白与重叠',
      explain: '一项职能没有人负主责，就是职责空白；每一个岗位都要有相应的主责。',
      gaps: '职责空白：没有主责岗位的职能',
      gapHeaders: ['职能编号', '职能', '领域', '工时（小时/周）', '类型', '相关岗位'],
      gapsNone: '无 —— 每项职能都有主责岗位。',
      kind: { unassigned: '无人承担', 'no-primary': '无主责', 'partial-only': '仅有部分责任' },
      overlaps: '职责重叠：有多个主责岗位的职能',
      overlapHeaders: ['职能编号', '职能', '领域', '主责岗位', '共同主责'],
      overlapsNone: '无 —— 没有多个主责岗位的职能。',
      allowed: '规则允许',
      notAllowed: '不允许',
      dutyHeaders: ['岗位编号', '岗位名称', '主责', '部分', '支持'],
      withoutPrimary: '没有主责的岗位',
      withoutPrimaryNone: '无 —— 每个岗位都有主责。',
      withoutFunctions: '未承担任何职能的岗位',
      withoutFunctionsHeaders: ['岗位编号', '岗位名称'],
      withoutFunctionsNone: '无 —— 每个岗位都承担职能。',
      singleFunction: '只承担一项职能的岗位（工作扩大化的候选）',
      singleFunctionNone: '无 —— 没有只承担一项职能的岗位。',
      tooManyPrimaries: '主责过多的岗位',
      tooManyPrimariesNone: '无 —— 没有主责过多的岗位。',
    },
    workload: {
      title: '二、工作负荷',
      explain: (h, over, under) =>
        `按职责矩阵分配的工时与岗位能力（编制 × 每周 ${h} 小时）对比：高于 ${over} 为超负荷，低于 ${under} 为负荷不足。`,
      byRole: '各岗位工作负荷',
      headers: [
        '岗位编号',
        '岗位名称',
        '部门',
        '编制',
        '负荷（小时/周）',
        '能力（小时/周）',
        '负荷率',
        '负荷状况',
        '未填工时的职能',
      ],
      none: '无 —— 没有承担职能的岗位。',
      band: { over: '超负荷', ok: '适中', under: '负荷不足', unknown: '未填工时' },
      top: (n) => `负荷率最高的 ${n} 个岗位（图表数据）`,
      topHeaders: ['岗位编号', '岗位名称', '负荷率'],
      topNone: '无 —— 没有可计算负荷率的岗位。',
      chartTitle: '负荷最高岗位的工作负荷率',
      series: '负荷率',
    },
    spans: {
      title: '三、管理幅度',
      explain: '管理幅度：直接向一名管理者汇报的人数，与规则中该职级的上下限对比。',
      histogram: '各管理幅度区间的管理者人数',
      histogramHeaders: ['管理幅度（直接下属）', '管理者人数'],
      chartTitle: '管理幅度分布',
      series: '管理者人数',
      xAxis: '直接下属人数',
      byManager: '各管理者的管理幅度',
      headers: [
        '岗位编号',
        '岗位名称',
        '职级',
        '直接下属岗位',
        '直接下属人数',
        '幅度区间',
        '规则（下限–上限）',
        '状况',
      ],
      none: '无 —— 没有下属的岗位。',
      status: { narrow: '过窄', ok: '合适', wide: '过宽', one: '仅管一人' },
    },
    layers: {
      title: '四、管理层次',
      explain: (s) =>
        `管理层次与管理幅度呈反比：层次越多，每层的幅度越窄。最少层次：以幅度 ${s} 容纳 N 人所需的最少层数。`,
      trees: '各组织树的管理层次',
      treeHeaders: (s) => [
        '最高岗位',
        '岗位名称',
        '管理层次',
        '编制人数',
        `最少层次（幅度 ${s}）`,
        '结论',
      ],
      treesNone: '无 —— 没有汇报关系。',
      atMinimum: '等于最少层次',
      aboveMinimum: (d) => `比最少层次多 ${d} 层`,
      belowMinimum: '少于最少层次：幅度大于目标',
      overMaximum: (m) => `超过规则上限 ${m} 层`,
      perLayer: '各层次的岗位数',
      perLayerHeaders: ['层次', '岗位数'],
      perLayerNone: '无 —— 没有岗位。',
    },
    staffing: {
      title: '五、人员编制',
      explain: '部门职位设置表：编制与实际在岗人数对比。',
      departments: '各部门',
      departmentHeaders: ['部门', '岗位数', '编制', '在岗', '空缺', '超编', '到岗率'],
      departmentsNone: '无 —— 没有岗位。',
      vacancies: '各岗位空缺',
      vacancyHeaders: ['岗位编号', '岗位名称', '部门', '编制', '在岗', '空缺'],
      vacanciesNone: '无 —— 所有编制均已到岗。',
      overstaffed: '超编岗位',
      overstaffedHeaders: ['岗位编号', '岗位名称', '部门', '编制', '在岗', '超编'],
      overstaffedNone: '无 —— 没有超编岗位。',
    },
  },
};
