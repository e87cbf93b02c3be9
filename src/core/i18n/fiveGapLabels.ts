import type { Bilingual } from './serviceQualityLabels';

/** The five gaps of the service-quality gap model (seed 001 差距分析模型, seed 002 缺口一…五). */
export type GapKey = 'knowledge' | 'standards' | 'delivery' | 'communication' | 'perception';

export interface GapTexts {
  readonly title: Bilingual;
  /** The causes the seeds list for the gap (形成原因). */
  readonly causes: Bilingual;
  /** The seeds' remedies (改进方法). */
  readonly remedy: Bilingual;
}

/** Each gap's title, causes and remedies, from seeds 001 and 002 (and 000 for ownership). */
export const FIVE_GAP_TEXTS: Readonly<Record<GapKey, GapTexts>> = {
  knowledge: {
    title: {
      en: 'Gap 1 — knowledge: management’s understanding of customer expectations',
      zh: '缺口一：管理者认识差距（对顾客期望的了解）',
    },
    causes: {
      en: 'Market research lacks breadth and depth; front-line staff pass inaccurate information upwards; too many management layers slow communication.',
      zh: '市场调查的广度和深度不够；一线员工向上沟通信息不准确；管理层次较多，影响沟通效率。',
    },
    remedy: {
      en: 'Improve market research, increase communication between managers and staff, and remove management layers (seed 001); listen to the customer — focus groups, managers and staff visiting customers, questionnaires, after-sales evaluation, front-line listening (seed 002).',
      zh: '改进市场调查，增进管理者与员工的沟通与交流，减少管理层次；倾听客户的声音：焦点团体、主管亲访客户、员工拜访客户、问卷、售后评估、第一线员工倾听和沟通。',
    },
  },
  standards: {
    title: {
      en: 'Gap 2 — standards: service standards against management’s understanding',
      zh: '缺口二：质量标准差距（服务标准与管理者的理解）',
    },
    causes: {
      en: 'Management gives service-quality planning too little support; the organisation has no clear goals; tasks are not standardised enough; management doubts that customer expectations can be met.',
      zh: '管理层对服务质量的规划支持不够；整个企业没有明确的奋斗目标；任务标准化程度不够；管理层对把顾客期望转化为现实服务的可行性认识不足。',
    },
    remedy: {
      en: 'Set service goals and standardise service delivery, e.g. with a service blueprint (seed 001); build and measure customer-satisfaction indices, CSI (seed 002).',
      zh: '设定服务目标，将服务传递工作标准化（如服务蓝图）；建立并测量客户满意指标（CSI）。',
    },
  },
  delivery: {
    title: {
      en: 'Gap 3 — delivery: the service delivered against the standards',
      zh: '缺口三：服务传递差距（实际服务与服务标准）',
    },
    causes: {
      en: 'Unsuitable human-resource policies; customers not playing their part; demand and supply not matched; problems with intermediaries.',
      zh: '公司人力资源政策措施不当；顾客没有发挥应有的作用；公司不能有效协调需求与供给关系；服务中间商的问题。',
    },
    remedy: {
      en: 'Remove the obstacles to winning customers: analyse the current process, design an improved one (one way of working, fewer hand-offs, merged and parallel steps), standardise it and back it with management systems (seed 002); name one primary owner for every function (seed 000: only a clearly named owner keeps each step of the service process flowing).',
      zh: '扫除争取客户的障碍：分析现行程序，设计改良程序（统一作业方式、减少交接程序、合并步骤、同步作业），建立标准化并以管理制度配合；明确每项职能的主责岗位（只有明确责任人，才能保障客户服务流程中每个环节的顺畅流转）。',
    },
  },
  communication: {
    title: {
      en: 'Gap 4 — communication: promises to customers against delivery',
      zh: '缺口四：市场沟通差距（对客户的承诺与实际服务）',
    },
    causes: {
      en: 'What is promised to customers differs from what is delivered: external communication promises too much, or promises are not kept.',
      zh: '对客户的承诺与实际提供的服务不一致：对外宣传承诺过多，或承诺未能兑现。',
    },
    remedy: {
      en: 'Make delivery match the promise: build the service network that carries it, publish a clear commitment and check that it is kept (seed 002: Haier’s “one call, on site within 24 hours”, verified by calling customers).',
      zh: '确定符合对客户的承诺：建立完善的服务网络，公开明确的服务承诺并查证兑现（如海尔“一个电话24小时内上门服务”，并电话查证是否属实）。',
    },
  },
  perception: {
    title: {
      en: 'Gap 5 — perception: perceived against expected service',
      zh: '缺口五：感知服务质量差距（感知服务与期望服务）',
    },
    causes: {
      en: 'Gaps 1–4 together make the service customers perceive fall short of what they expect.',
      zh: '缺口一至缺口四共同导致顾客感知的服务低于期望。',
    },
    remedy: {
      en: 'Close gaps 1–4; act first on the improvement priorities — important items with the largest shortfall — and track the CSI in radar and bar charts (seed 002).',
      zh: '缩小缺口一至缺口四；按改善重点（重要性高、差距大的题项优先）拟定改进措施，并以雷达图、长条图跟踪 CSI。',
    },
  },
};

/** The organisational signals checked for the gaps (see fiveGapModel). */
export type GapSignalKey =
  | 'layers-above-minimum'
  | 'managers-of-one'
  | 'customer-research-unowned'
  | 'duty-statements-unstandardised'
  | 'positions-without-purpose'
  | 'functions-without-owner'
  | 'functions-with-several-owners'
  | 'overloaded-roles'
  | 'vacancies'
  | 'promises-against-delivery'
  | 'perception-below-expectation'
  | 'dimensions-significantly-below';

export const GAP_SIGNAL_LABELS: Readonly<Record<GapSignalKey, Bilingual>> = {
  'layers-above-minimum': {
    en: 'More management layers than the headcount needs',
    zh: '管理层次多于人数所需的最少层次',
  },
  'managers-of-one': {
    en: 'Managers of one person (each adds a layer)',
    zh: '只管理 1 人的管理者（每人增加一个层次）',
  },
  'customer-research-unowned': {
    en: 'No function with a primary owner listens to customers (surveys, questionnaires, visits)',
    zh: '没有由主责岗位负责的倾听客户职能（调查、问卷、走访）',
  },
  'duty-statements-unstandardised': {
    en: 'Duty statements without an action or a standard (vague, a mere label, or blank)',
    zh: '职责描述缺少动作或标准（含糊、过短或空白）',
  },
  'positions-without-purpose': {
    en: 'Positions without a stated purpose (no clear goal)',
    zh: '未写明岗位目的的岗位（目标不明确）',
  },
  'functions-without-owner': {
    en: 'Functions of the service process with no primary owner',
    zh: '服务流程中没有主责岗位的职能',
  },
  'functions-with-several-owners': {
    en: 'Functions with several primary owners',
    zh: '有多个主责岗位的职能',
  },
  'overloaded-roles': {
    en: 'Over-loaded roles (work above capacity)',
    zh: '超负荷岗位（工作量超过工作能力）',
  },
  vacancies: {
    en: 'Vacant posts (fewer in post than the headcount)',
    zh: '空缺岗位（在岗人数低于编制）',
  },
  'promises-against-delivery': {
    en: 'Promises made to customers against delivery: not recorded in the workbook',
    zh: '对客户的承诺与实际服务的对比：工作簿中没有相关数据',
  },
  'perception-below-expectation': {
    en: 'Weighted perception below weighted expectation',
    zh: '加权感知低于加权期望',
  },
  'dimensions-significantly-below': {
    en: 'Dimensions whose whole 95% interval of the gap lies below zero',
    zh: '差距的 95% 置信区间整体低于零的维度',
  },
};
