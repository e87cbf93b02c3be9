import { DEFAULT_POLICY, type Policy } from '../model/policy';

/** What kind of value a setting takes. */
export type SettingKind = 'integer' | 'number' | 'share' | 'boolean';

export interface SettingSpec {
  readonly key: string;
  readonly zh: string;
  readonly kind: SettingKind;
  readonly min: number;
  readonly max: number;
  /** May be given per Level (span bounds). */
  readonly perLevel: boolean;
  readonly defaultValue: number | boolean;
  readonly noteEn: string;
  readonly noteZh: string;
  /** Other names the Policy sheet may use for the setting (read, never written). */
  readonly aliases?: readonly string[];
}

const d = DEFAULT_POLICY;
const spec = (
  key: string,
  zh: string,
  kind: SettingKind,
  min: number,
  max: number,
  defaultValue: number | boolean,
  noteEn: string,
  noteZh: string,
  perLevel = false,
): SettingSpec => ({ key, zh, kind, min, max, perLevel, defaultValue, noteEn, noteZh });

/** Every Policy setting, its Chinese name, bounds and default (written into the template). */
export const POLICY_SETTINGS: readonly SettingSpec[] = [
  spec(
    'MinSpan',
    '最小管理幅度',
    'integer',
    0,
    10_000,
    d.span.min,
    'Fewest direct reports a manager should have; set per Level in the Level column.',
    '每位管理者至少应有的直接下级数；可在“层级”列按层级分别设置。',
    true,
  ),
  spec(
    'MaxSpan',
    '最大管理幅度',
    'integer',
    1,
    10_000,
    d.span.max,
    'Most direct reports a manager should have; set per Level in the Level column.',
    '每位管理者最多的直接下级数；可在“层级”列按层级分别设置。',
    true,
  ),
  spec(
    'TargetSpan',
    '目标管理幅度',
    'integer',
    2,
    10_000,
    d.targetSpan,
    'Span used to compute the minimum number of layers for the headcount.',
    '用于按人数推算最少管理层次的管理幅度。',
  ),
  spec(
    'MaxLayers',
    '最多管理层次',
    'integer',
    0,
    100,
    0,
    'Most management layers allowed (0 = judged only against the minimum).',
    '允许的最多管理层次（0 表示只与最少层次比较）。',
  ),
  spec(
    'StaleAfterMonths',
    '过期月数',
    'integer',
    1,
    600,
    d.staleAfterMonths,
    'A job analysis older than this many months is out of date.',
    '工作分析日期超过该月数即视为过期。',
  ),
  spec(
    'HoursPerFTE',
    '每人每周工时',
    'number',
    1,
    168,
    d.hoursPerFte,
    'Weekly hours of one full-time post (capacity = headcount × hours).',
    '每个全职岗位每周工时（工作能力 = 编制 × 工时）。',
  ),
  spec(
    'OverloadAbove',
    '超负荷阈值',
    'share',
    0,
    100,
    d.overloadAbove,
    'Load above this share of capacity is over-loaded (1.1 = 110%).',
    '工作量超过工作能力的该比例即为超负荷（1.1 = 110%）。',
  ),
  spec(
    'UnderloadBelow',
    '低负荷阈值',
    'share',
    0,
    100,
    d.underloadBelow,
    'Load below this share of capacity is under-loaded.',
    '工作量低于工作能力的该比例即为低负荷。',
  ),
  spec(
    'WeightPrimary',
    '主责权重',
    'number',
    0,
    100,
    d.classWeights.primary,
    'Share of a function’s effort carried by a primary owner.',
    '主责岗位承担职能工作量的权重。',
  ),
  spec(
    'WeightPartial',
    '部分权重',
    'number',
    0,
    100,
    d.classWeights.partial,
    'Share of a function’s effort carried by a partial role.',
    '部分负责岗位承担职能工作量的权重。',
  ),
  spec(
    'WeightSupport',
    '支持权重',
    'number',
    0,
    100,
    d.classWeights.support,
    'Share of a function’s effort carried by a support role.',
    '支持岗位承担职能工作量的权重。',
  ),
  spec(
    'MaxPrimaryPerRole',
    '每岗最多主责数',
    'integer',
    1,
    1000,
    d.maxPrimaryPerRole,
    'Most functions one role should own as primary.',
    '一个岗位最多承担的主责职能数。',
  ),
  spec(
    'JointOwnership',
    '允许共同主责',
    'boolean',
    0,
    1,
    d.jointOwnership,
    'Whether a function may have several primary owners (Yes/No).',
    '是否允许一项职能有多个主责岗位（是/否）。',
  ),
  spec(
    'MinDuties',
    '最少职责数',
    'integer',
    0,
    1000,
    d.minDuties,
    'Fewest primary + partial duties a job description should list.',
    '岗位说明书至少应列出的主责与部分职责数。',
  ),
  spec(
    'MaxDuties',
    '最多职责数',
    'integer',
    1,
    1000,
    d.maxDuties,
    'Most primary + partial duties a job description should list.',
    '岗位说明书最多应列出的主责与部分职责数。',
  ),
  spec(
    'WeightReliability',
    '可靠性权重',
    'share',
    0,
    100,
    d.qualityWeights.reliability,
    'Service-quality weight of reliability (seed 001: 32%).',
    '服务质量中可靠性的权重（32%）。',
  ),
  spec(
    'WeightResponsiveness',
    '响应性权重',
    'share',
    0,
    100,
    d.qualityWeights.responsiveness,
    'Service-quality weight of responsiveness (22%).',
    '服务质量中响应性的权重（22%）。',
  ),
  spec(
    'WeightAssurance',
    '保证性权重',
    'share',
    0,
    100,
    d.qualityWeights.assurance,
    'Service-quality weight of assurance (19%).',
    '服务质量中保证性的权重（19%）。',
  ),
  spec(
    'WeightEmpathy',
    '移情性权重',
    'share',
    0,
    100,
    d.qualityWeights.empathy,
    'Service-quality weight of empathy (16%).',
    '服务质量中移情性的权重（16%）。',
  ),
  spec(
    'WeightTangibles',
    '有形性权重',
    'share',
    0,
    100,
    d.qualityWeights.tangibles,
    'Service-quality weight of tangibles (11%).',
    '服务质量中有形性的权重（11%）。',
  ),
  {
    ...spec(
      'LikertMin',
      '量表最小值',
      'integer',
      0,
      100,
      d.likertMin,
      'Lowest answer of the survey scale.',
      '调查量表的最低分。',
    ),
    aliases: ['SurveyScaleMin', '问卷量表最小值'],
  },
  {
    ...spec(
      'LikertMax',
      '量表最大值',
      'integer',
      1,
      100,
      d.likertMax,
      'Highest answer of the survey scale.',
      '调查量表的最高分。',
    ),
    aliases: ['SurveyScaleMax', '问卷量表最大值'],
  },
  spec(
    'ChartStackFrom',
    '组织图堆叠起始数',
    'integer',
    2,
    100_000,
    d.chartStackFrom,
    "Org chart: stack a manager's reports who manage nobody in columns from this many on.",
    '组织图：某管理者无下属的直接下级达到此数时，纵向分列排布。',
  ),
  spec(
    'ChartGridFrom',
    '组织图网格起始数',
    'integer',
    2,
    100_000,
    d.chartGridFrom,
    'Org chart: from this many such reports on, they may also stand in a grid of several columns.',
    '组织图：此类下级达到此数时，也可排成多列网格。',
  ),
];

/** Apply one setting's value to a policy (values already validated). */
export function applySetting(
  p: Policy,
  key: string,
  value: number | boolean,
  level?: string,
): Policy {
  const n = typeof value === 'number' ? value : value ? 1 : 0;
  const b = typeof value === 'boolean' ? value : value !== 0;
  switch (key) {
    case 'MinSpan':
    case 'MaxSpan': {
      const field = key === 'MinSpan' ? 'min' : 'max';
      if (level === undefined) return { ...p, span: { ...p.span, [field]: n } };
      return {
        ...p,
        spanByLevel: { ...p.spanByLevel, [level]: { ...p.spanByLevel[level], [field]: n } },
      };
    }
    case 'TargetSpan':
      return { ...p, targetSpan: n };
    case 'MaxLayers':
      return n === 0 ? p : { ...p, maxLayers: n };
    case 'StaleAfterMonths':
      return { ...p, staleAfterMonths: n };
    case 'HoursPerFTE':
      return { ...p, hoursPerFte: n };
    case 'OverloadAbove':
      return { ...p, overloadAbove: n };
    case 'UnderloadBelow':
      return { ...p, underloadBelow: n };
    case 'WeightPrimary':
      return { ...p, classWeights: { ...p.classWeights, primary: n } };
    case 'WeightPartial':
      return { ...p, classWeights: { ...p.classWeights, partial: n } };
    case 'WeightSupport':
      return { ...p, classWeights: { ...p.classWeights, support: n } };
    case 'MaxPrimaryPerRole':
      return { ...p, maxPrimaryPerRole: n };
    case 'JointOwnership':
      return { ...p, jointOwnership: b };
    case 'MinDuties':
      return { ...p, minDuties: n };
    case 'MaxDuties':
      return { ...p, maxDuties: n };
    case 'WeightReliability':
      return { ...p, qualityWeights: { ...p.qualityWeights, reliability: n } };
    case 'WeightResponsiveness':
      return { ...p, qualityWeights: { ...p.qualityWeights, responsiveness: n } };
    case 'WeightAssurance':
      return { ...p, qualityWeights: { ...p.qualityWeights, assurance: n } };
    case 'WeightEmpathy':
      return { ...p, qualityWeights: { ...p.qualityWeights, empathy: n } };
    case 'WeightTangibles':
      return { ...p, qualityWeights: { ...p.qualityWeights, tangibles: n } };
    case 'LikertMin':
      return { ...p, likertMin: n };
    case 'LikertMax':
      return { ...p, likertMax: n };
    case 'ChartStackFrom':
      return { ...p, chartStackFrom: n };
    case 'ChartGridFrom':
      return { ...p, chartGridFrom: n };
    default:
      throw new Error(`applySetting: no such setting ${key}`);
  }
}
