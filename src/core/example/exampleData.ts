/**
 * The bundled example organisation: a customer-service department (客户服务部) modelled on the
 * course notes in seeds/ (客户服务管理培训教程) and on O*NET task statements, in English and in
 * Simplified Chinese. Pure data: the `create template/example` command, the browser preview and
 * the tests turn these grids into workbooks; nothing here reads or writes anything.
 *
 * Both languages are built from one bilingual table below, so RoleIds, FunctionIds, numbers,
 * dates and class codes are identical by construction; only the words differ.
 *
 * The example is clean except for the defects listed in EXAMPLE_DELIBERATE_FINDINGS, which are
 * there so the demo has something to show. Workloads stay within 60–110% of capacity
 * (Headcount × HoursPerFTE) for every role but the hotline agents, whether a function's effort is
 * split between its roles in proportion to the class weights (primary 1, partial 0.5, support
 * 0.25) or each role is charged effort × its class weight. Spans are meant in posts (the sum of
 * the direct reports' Headcount): counted in role rows, the two team leads would have a span of 1.
 *
 * The Survey sheet (问卷) holds a SERVQUAL survey of the department's customers, generated from
 * a seeded distribution by scripts/make-example-survey.js into exampleSurvey.ts; its only
 * irregularities are three deliberately blank answers (listed there).
 *
 * O*NET task statements adapted (reworded and modified) for the duty statements, by Task ID:
 * - 43-4051.00 Customer Service Representatives: 18565, 2578, 2579, 2580, 2581, 2582, 2584, 2585, 2591
 * - 43-1011.00 First-Line Supervisors of Office and Administrative Support Workers: 9704, 9705,
 *   9706, 9708, 9710, 9712, 9713, 9719
 * - 13-1161.00 Market Research Analysts and Marketing Specialists: 5433, 5434, 5435, 5443
 * - 15-1242.00 Database Administrators: 1301, 1305
 * - 49-9031.00 Home Appliance Repairers: 13792, 13793, 13797, 13800, 13802, 13811
 * - 13-1151.00 Training and Development Specialists: 103, 20474
 * Attribution: see NOTICE.md (O*NET, USDOL/ETA, CC BY 4.0).
 */
import type { CellValue } from '../model/grid';
import { ROLE_FIELDS } from '../model/role';
import { fieldLabel, tableLabel, type FieldName } from '../i18n/fieldLabels';
import {
  SURVEY_FIELDS,
  qualityDimensionLabel,
  surveyFieldLabel,
  surveySheetName,
} from '../i18n/surveyLabels';
import { EXAMPLE_SURVEY_ANSWERS, EXAMPLE_SURVEY_ITEMS } from './exampleSurvey';

export type ExampleLang = 'en' | 'zh-CN';

/** One sheet of the example workbook; row 0 holds the headers. */
export interface ExampleSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
}

export interface ExampleWorkbook {
  readonly lang: ExampleLang;
  readonly sheets: readonly ExampleSheet[];
}

/** Words in both languages. */
interface Bi {
  readonly en: string;
  readonly zh: string;
}

const ROLE_IDS = [
  'CS-MGR',
  'CS-INFO',
  'CS-SURV',
  'CS-DBA',
  'CS-REC',
  'CS-CMP',
  'CS-CMPS',
  'CS-FUP',
  'CS-HTL',
  'CS-HTA',
  'CS-FLD',
  'CS-RTL',
  'CS-TECH',
  'CS-INS',
  'CS-QT',
  'CS-QA',
] as const;
type ExampleRoleId = (typeof ROLE_IDS)[number];

const LEVELS = {
  manager: { en: 'Manager', zh: '经理' },
  supervisor: { en: 'Supervisor', zh: '主管' },
  teamLead: { en: 'Team lead', zh: '组长' },
  specialist: { en: 'Specialist', zh: '专员' },
} as const satisfies Record<string, Bi>;

const UNITS = {
  service: { en: 'Customer Service', zh: '客户服务部' },
  information: { en: 'Customer Information', zh: '客户信息组' },
  complaints: { en: 'Complaints & Follow-up', zh: '投诉与回访组' },
  hotline: { en: 'VIP Hotline', zh: 'VIP热线组' },
  field: { en: 'Field Service', zh: '现场服务组' },
} as const satisfies Record<string, Bi>;

const AREAS = {
  management: { en: 'Management', zh: '部门管理' },
  information: { en: 'Information', zh: '客户信息' },
  survey: { en: 'Survey', zh: '客户调查' },
  complaints: { en: 'Complaints', zh: '投诉处理' },
  followUp: { en: 'Follow-up', zh: '客户回访' },
  hotline: { en: 'Hotline', zh: 'VIP热线' },
  field: { en: 'Field service', zh: '现场服务' },
  quality: { en: 'Quality & training', zh: '质量与培训' },
} as const satisfies Record<string, Bi>;

/** A class code as typed into the matrix. 'Lead' is the deliberately invalid one. */
type ClassCode = 'P' | 'Pa' | 'S' | 'Lead';

const CLASS_CODES: Readonly<Record<ExampleLang, Readonly<Record<ClassCode, string>>>> = {
  en: { P: 'P', Pa: 'Pa', S: 'S', Lead: 'Lead' },
  'zh-CN': { P: '主', Pa: '部', S: '支', Lead: '牵头' },
};

interface RoleSpec {
  readonly id: ExampleRoleId;
  readonly title: Bi;
  readonly unit: keyof typeof UNITS;
  readonly reportsTo: ExampleRoleId | null;
  readonly headcount: number;
  readonly filled: number;
  readonly level: keyof typeof LEVELS;
  readonly purpose: Bi | null;
  readonly qualifications: { readonly en: readonly string[]; readonly zh: readonly string[] };
  readonly conditions: Bi;
  /** Job analysis date as [year, month (1-12), day], or null when missing. */
  readonly analysed: readonly [number, number, number] | null;
  /** A realistic slip: the analysis date typed as text (`2025/6/23`) instead of a date. */
  readonly analysedAsText?: boolean;
  /** A realistic slip: the manager's title typed in ReportsTo instead of the RoleId. */
  readonly reportsToByTitle?: boolean;
}

interface FunctionSpec {
  readonly id: string;
  readonly area: keyof typeof AREAS;
  /** Hours per week, or null when not estimated. */
  readonly effort: number | null;
  readonly duty: Bi;
  readonly classes: Readonly<Partial<Record<ExampleRoleId, ClassCode>>>;
}

const ROLES: readonly RoleSpec[] = [
  {
    id: 'CS-MGR',
    title: { en: 'Customer Service Manager', zh: '客户服务经理' },
    unit: 'service',
    reportsTo: null,
    headcount: 1,
    filled: 1,
    level: 'manager',
    purpose: {
      en: 'Lead the customer service department so that every enquiry, complaint and fault report is handled promptly and to standard, turning good service into lasting customer loyalty.',
      zh: '统筹客户服务部的各项工作，确保客户咨询、投诉和故障申告得到及时、规范的处理，以优质服务赢得客户的长期信任。',
    },
    qualifications: {
      en: [
        "Bachelor's degree in business administration, marketing or a related field",
        '5+ years in customer service, including 2+ years managing a team',
        'Working knowledge of CRM systems and service-quality methods (SERVQUAL, CSI)',
        'Strong communication, coordination and decision-making skills',
      ],
      zh: [
        '本科及以上学历，工商管理、市场营销等相关专业',
        '5年以上客户服务工作经验，其中2年以上团队管理经验',
        '熟悉CRM系统及服务质量管理方法（SERVQUAL、CSI）',
        '具备较强的沟通协调能力和决策能力',
      ],
    },
    conditions: {
      en: 'Office-based, standard working hours; on call for major service incidents; occasional travel to key customers and branches',
      zh: '办公室工作，标准工时；重大服务事件需随时响应；偶尔出差走访重点客户及分支机构',
    },
    analysed: [2026, 3, 2],
  },
  {
    id: 'CS-INFO',
    title: { en: 'Customer Information Supervisor', zh: '客户信息主管' },
    unit: 'information',
    reportsTo: 'CS-MGR',
    headcount: 1,
    filled: 1,
    level: 'supervisor',
    purpose: {
      en: 'Make sure the company knows its customers: collect, verify and organise customer information and turn it into insight for service and business decisions.',
      zh: '组织客户信息的收集、核实与分析，建立完整、准确的客户信息体系，为服务改进和经营决策提供依据。',
    },
    qualifications: {
      en: [
        "Bachelor's degree in marketing, statistics or information management",
        '3+ years in customer information or market research work',
        'Skilled in survey design and data analysis',
        'Familiar with CRM systems and database basics',
      ],
      zh: [
        '本科及以上学历，市场营销、统计学或信息管理相关专业',
        '3年以上客户信息管理或市场调研工作经验',
        '熟练掌握调查设计和数据分析方法',
        '熟悉CRM系统及数据库基础知识',
      ],
    },
    conditions: {
      en: 'Office-based, standard working hours',
      zh: '办公室工作，标准工时',
    },
    analysed: [2026, 3, 9],
  },
  {
    id: 'CS-SURV',
    title: { en: 'Customer Survey Specialist', zh: '客户调查专员' },
    unit: 'information',
    reportsTo: 'CS-INFO',
    headcount: 1,
    filled: 1,
    level: 'specialist',
    purpose: {
      en: 'Provide reliable customer research by designing questionnaires, running surveys and reporting the findings in the Customer Survey Report.',
      zh: '通过编制调查问卷、实施客户调查和撰写《客户调查报告》，为客户开发和服务改进提供可靠依据。',
    },
    qualifications: {
      en: [
        "Bachelor's degree in marketing, statistics or sociology",
        '2+ years in market or customer research',
        'Proficient in questionnaire design and statistical software (Excel, SPSS)',
        'Clear, concise report writing',
      ],
      zh: [
        '本科及以上学历，市场营销、统计学或社会学相关专业',
        '2年以上市场调研或客户调查工作经验',
        '熟练掌握问卷设计方法及Excel、SPSS等统计软件',
        '具备良好的调查报告写作能力',
      ],
    },
    conditions: {
      en: "Office-based; occasional interviews and field surveys at customers' premises",
      zh: '以办公室工作为主；需不定期外出开展客户访谈和实地调查',
    },
    analysed: [2026, 3, 9],
  },
  {
    id: 'CS-DBA',
    title: { en: 'Customer Database Administrator', zh: '客户信息数据库管理员' },
    unit: 'information',
    reportsTo: 'CS-INFO',
    headcount: 1,
    filled: 1,
    level: 'specialist',
    // Deliberate defect: no purpose statement.
    purpose: null,
    qualifications: {
      en: [
        'College diploma or above in computer science or information management',
        '2+ years administering business databases or CRM systems',
        'Knowledge of SQL, backup and access control',
        'Careful and discreet with confidential customer data',
      ],
      zh: [
        '大专及以上学历，计算机或信息管理相关专业',
        '2年以上业务数据库或CRM系统管理经验',
        '掌握SQL、数据备份与权限管理',
        '工作细致，严守客户信息保密要求',
      ],
    },
    conditions: {
      en: 'Office-based, standard working hours; occasional evening maintenance windows',
      zh: '办公室工作，标准工时；偶尔需在夜间进行系统维护',
    },
    analysed: [2025, 9, 15],
  },
  {
    id: 'CS-REC',
    title: { en: 'Customer Records Officer', zh: '客户档案专员' },
    unit: 'information',
    reportsTo: 'CS-INFO',
    headcount: 2,
    filled: 2,
    level: 'specialist',
    purpose: {
      en: 'Keep a complete, standardised file for every customer, so that any colleague can serve the customer from accurate records.',
      zh: '为每一位客户建立规范、完整的客户档案，确保各岗位都能依据准确的资料为客户提供服务。',
    },
    qualifications: {
      en: [
        'College diploma or above',
        '1+ year in data entry, records or customer service work',
        'Fast, accurate typing and good office software skills',
        'Attention to detail',
      ],
      zh: [
        '大专及以上学历',
        '1年以上资料录入、档案管理或客户服务工作经验',
        '录入速度快、准确率高，熟练使用办公软件',
        '工作认真细致',
      ],
    },
    conditions: {
      en: 'Office-based, standard working hours; prolonged screen work',
      zh: '办公室工作，标准工时；需长时间使用电脑',
    },
    analysed: [2025, 9, 15],
  },
  {
    id: 'CS-CMP',
    title: { en: 'Complaints Supervisor', zh: '投诉处理主管' },
    unit: 'complaints',
    reportsTo: 'CS-MGR',
    headcount: 1,
    filled: 1,
    level: 'supervisor',
    purpose: {
      en: 'Make sure every complaint is resolved fairly and fast, and that what complaints reveal is used to remove their causes.',
      zh: '确保每一起客户投诉得到公正、及时的处理，并通过投诉分析推动问题根源的消除。',
    },
    qualifications: {
      en: [
        "Bachelor's degree",
        '4+ years in customer service, including 2+ years handling complaints',
        'Strong negotiation and conflict-resolution skills',
        'Knowledge of consumer-protection law',
      ],
      zh: [
        '本科及以上学历',
        '4年以上客户服务工作经验，其中2年以上投诉处理经验',
        '具备较强的谈判和冲突化解能力',
        '熟悉《消费者权益保护法》等相关法规',
      ],
    },
    conditions: {
      en: 'Office-based, standard working hours; occasional visits to customers in dispute',
      zh: '办公室工作，标准工时；必要时需上门处理重大投诉',
    },
    analysed: [2026, 1, 19],
  },
  {
    id: 'CS-CMPS',
    title: { en: 'Complaints Specialist', zh: '投诉处理专员' },
    unit: 'complaints',
    reportsTo: 'CS-CMP',
    headcount: 4,
    filled: 4,
    level: 'specialist',
    purpose: {
      en: 'Resolve customer complaints within the agreed time and authority, so that dissatisfied customers stay with the company.',
      zh: '在规定时限和权限内受理并解决客户投诉，挽回客户信任，减少客户流失。',
    },
    qualifications: {
      en: [
        'College diploma or above',
        '2+ years in customer service',
        'Patient and composed, able to calm upset customers',
        'Good spoken and written Mandarin',
      ],
      zh: [
        '大专及以上学历',
        '2年以上客户服务工作经验',
        '耐心细致，情绪稳定，善于安抚客户',
        '普通话标准，书面表达能力良好',
      ],
    },
    conditions: {
      en: 'Office-based, telephone and computer work; regular contact with upset customers',
      zh: '办公室工作，以电话和电脑作业为主；需经常面对情绪激动的客户',
    },
    analysed: [2026, 1, 19],
  },
  {
    id: 'CS-FUP',
    title: { en: 'Follow-up Specialist', zh: '回访专员' },
    unit: 'complaints',
    reportsTo: 'CS-CMP',
    headcount: 3,
    filled: 3,
    level: 'specialist',
    purpose: {
      en: 'Check with customers after every repair, installation and complaint that the service met their expectations, and capture their feedback.',
      zh: '通过电话回访和人员回访，了解客户对维修、安装及投诉处理结果的满意程度，收集客户意见和建议。',
    },
    qualifications: {
      en: [
        'College diploma or above',
        '1+ year in telephone service or sales',
        'Friendly, clear telephone manner',
        'Driving licence for customer visits',
      ],
      zh: [
        '大专及以上学历',
        '1年以上电话客服或销售工作经验',
        '语言表达清晰，态度亲和',
        '持有机动车驾驶证，能独立上门拜访客户',
      ],
    },
    conditions: {
      en: "Mainly telephone work in the office; regular visits to customers' premises",
      zh: '以办公室电话回访为主；需定期外出上门回访客户',
    },
    // Deliberate defect: analysed more than 24 months ago.
    analysed: [2022, 6, 20],
  },
  {
    id: 'CS-HTL',
    title: { en: 'VIP Hotline Team Lead', zh: 'VIP热线组长' },
    unit: 'hotline',
    reportsTo: 'CS-MGR',
    headcount: 1,
    filled: 1,
    level: 'teamLead',
    purpose: {
      en: 'Keep the 24-hour VIP fault hotline staffed and responsive, so that every VIP fault report is answered and dispatched within the promised time.',
      zh: '保障VIP申告热线全天候24小时畅通，确保每一起VIP客户故障申告都在承诺时限内得到受理和派单。',
    },
    qualifications: {
      en: [
        'College diploma or above',
        '3+ years in call-centre work, including 1+ year as a team or shift lead',
        "Knowledge of the company's products and common fault types",
        'Able to make quick, sound decisions under pressure',
      ],
      zh: [
        '大专及以上学历',
        '3年以上呼叫中心工作经验，其中1年以上班组长经验',
        '熟悉公司产品及常见故障类型',
        '能在压力下迅速作出准确判断',
      ],
    },
    conditions: {
      en: 'Call centre; rotating shifts including nights, weekends and public holidays',
      zh: '呼叫中心工作；需轮班，含夜班、周末及法定节假日',
    },
    analysed: [2025, 11, 10],
  },
  {
    id: 'CS-HTA',
    title: { en: 'VIP Hotline Agent', zh: 'VIP热线客服专员' },
    unit: 'hotline',
    reportsTo: 'CS-HTL',
    headcount: 9,
    // Deliberate defect: one post vacant.
    filled: 8,
    level: 'specialist',
    purpose: {
      en: "Answer VIP customers' calls at any hour, log their fault reports accurately and get help to them fast.",
      zh: '全天候接听VIP客户来电，准确记录故障申告并迅速派单，使客户的问题及时得到解决。',
    },
    qualifications: {
      en: [
        'Secondary vocational education or above',
        '1+ year in telephone customer service preferred',
        'Chinese typing at 60+ characters a minute',
        'Clear Mandarin, patience and a strong service mindset',
      ],
      zh: [
        '中专及以上学历',
        '有1年以上电话客服经验者优先',
        '中文录入每分钟60字以上',
        '普通话标准，耐心细致，具备良好的服务意识',
      ],
    },
    conditions: {
      en: 'Call centre, headset work; 24/7 rota of 8-hour shifts including nights and holidays',
      zh: '呼叫中心坐席作业，佩戴耳麦；实行7×24小时三班倒，每班8小时，含夜班及节假日',
    },
    analysed: [2025, 11, 10],
  },
  {
    id: 'CS-FLD',
    title: { en: 'Field Service Supervisor', zh: '现场服务主管' },
    unit: 'field',
    reportsTo: 'CS-MGR',
    headcount: 1,
    filled: 1,
    level: 'supervisor',
    purpose: {
      en: "Deliver, install and repair products at customers' premises on time and to standard, with the right engineers and parts in the right place.",
      zh: '统筹送货上门、安装和上门维修服务，合理调配人员和备件，确保现场服务按时、按标准完成。',
    },
    qualifications: {
      en: [
        'College diploma or above in electrical or mechanical engineering',
        '5+ years in after-sales field service, including 2+ years supervising engineers',
        "Sound knowledge of the company's products",
        'Valid driving licence',
      ],
      zh: [
        '大专及以上学历，电气或机械相关专业',
        '5年以上售后现场服务经验，其中2年以上技术人员管理经验',
        '熟悉公司产品的结构和技术性能',
        '持有效机动车驾驶证',
      ],
    },
    conditions: {
      en: "Office and customers' premises; frequent local travel; on call for urgent VIP faults",
      zh: '办公室与客户现场交替工作；经常在本地区外出；VIP紧急故障需随时响应',
    },
    analysed: [2025, 6, 23],
  },
  {
    id: 'CS-RTL',
    title: { en: 'Repair Team Lead', zh: '维修组长' },
    unit: 'field',
    reportsTo: 'CS-FLD',
    headcount: 1,
    filled: 1,
    level: 'teamLead',
    purpose: {
      en: 'Lead the repair engineers on site so that faults are fixed right the first time.',
      zh: '带领维修工程师开展上门维修，提高一次修复率。',
    },
    qualifications: {
      en: [
        'Technical secondary school or above in electrical or electronic engineering',
        '4+ years of appliance or equipment repair',
        "Electrician's licence",
        'Able to coach junior engineers',
      ],
      zh: [
        '中专及以上学历，电气或电子相关专业',
        '4年以上设备维修经验',
        '持有电工证',
        '能够指导初级工程师',
      ],
    },
    conditions: {
      en: "Mainly at customers' premises, driving between sites; occasional work at height and evening call-outs",
      zh: '主要在客户现场作业，需驾车往返各服务点；偶有登高作业和夜间出勤',
    },
    analysed: [2025, 6, 23],
    analysedAsText: true,
  },
  {
    id: 'CS-TECH',
    title: { en: 'Field Service Engineer', zh: '上门维修工程师' },
    unit: 'field',
    reportsTo: 'CS-RTL',
    reportsToByTitle: true,
    headcount: 6,
    filled: 6,
    level: 'specialist',
    purpose: {
      en: "Repair products at the customer's premises quickly and safely, leaving the customer satisfied.",
      zh: '按时上门排除产品故障，安全、规范地完成维修，让客户满意。',
    },
    qualifications: {
      en: [
        'Technical secondary school or above in electrical or electronic engineering',
        '2+ years of appliance or equipment repair',
        "Electrician's licence",
        'Driving licence',
      ],
      zh: [
        '中专及以上学历，电气或电子相关专业',
        '2年以上设备维修经验',
        '持有电工证',
        '持有机动车驾驶证',
      ],
    },
    conditions: {
      en: "At customers' premises, driving between sites; lifting up to 25 kg; occasional work at height; on-call rota for VIP faults",
      zh: '在客户现场作业，需驾车往返；需搬运25公斤以内的物品，偶有登高作业；按值班表承担VIP故障应急出勤',
    },
    analysed: [2025, 6, 23],
  },
  {
    id: 'CS-INS',
    title: { en: 'Delivery and Installation Specialist', zh: '送货安装专员' },
    unit: 'field',
    reportsTo: 'CS-FLD',
    headcount: 3,
    filled: 3,
    level: 'specialist',
    purpose: {
      en: "Deliver and install products in customers' homes and offices on the agreed day, leaving them working and the site clean.",
      zh: '按约定时间送货上门并完成安装调试，做到产品运行正常、现场整洁。',
    },
    qualifications: {
      en: [
        'Secondary education or above',
        '1+ year in delivery or installation work',
        'Basic electrical knowledge',
        'Driving licence for light goods vehicles',
      ],
      zh: [
        '高中或中专及以上学历',
        '1年以上送货或安装工作经验',
        '具备基本的电工知识',
        '持C1及以上驾驶证',
      ],
    },
    conditions: {
      en: "On the road and at customers' premises; lifting and carrying heavy items; weekend work by rota",
      zh: '外勤作业，在客户现场安装；需搬运较重物品；周末按排班轮流上岗',
    },
    // Deliberate defect: no job analysis date.
    analysed: null,
  },
  {
    id: 'CS-QT',
    title: { en: 'Service Quality and Training Supervisor', zh: '服务质量与培训主管' },
    unit: 'service',
    reportsTo: 'CS-MGR',
    headcount: 1,
    filled: 1,
    level: 'supervisor',
    purpose: {
      en: "Set and raise the department's service standards, and make sure staff have the skills to meet them.",
      zh: '制定并持续提升部门服务标准，通过质量监控和培训使员工具备达标的服务能力。',
    },
    qualifications: {
      en: [
        "Bachelor's degree",
        '4+ years in customer service, including 2+ years in quality control or training',
        'Knowledge of the SERVQUAL model and service blueprinting',
        'Good presentation and coaching skills',
      ],
      zh: [
        '本科及以上学历',
        '4年以上客户服务工作经验，其中2年以上质检或培训经验',
        '熟悉SERVQUAL服务质量模型及服务蓝图方法',
        '具备良好的授课和辅导能力',
      ],
    },
    conditions: {
      en: 'Office and training room, standard working hours; occasional shift visits to the hotline',
      zh: '在办公室及培训室工作，标准工时；需不定期到热线班组跟班检查',
    },
    analysed: [2026, 4, 13],
  },
  {
    id: 'CS-QA',
    title: { en: 'Service Quality Inspector', zh: '服务质检专员' },
    unit: 'service',
    reportsTo: 'CS-QT',
    headcount: 1,
    filled: 1,
    level: 'specialist',
    purpose: {
      en: 'Measure how well calls are handled, so that service quality is known and can be improved.',
      zh: '对热线及投诉通话进行质量检查和评分，客观反映服务质量水平，为改进工作提供依据。',
    },
    qualifications: {
      en: [
        'College diploma or above',
        '2+ years of call-centre service with good quality scores',
        'Objective, attentive listener',
        'Good Excel skills',
      ],
      zh: [
        '大专及以上学历',
        '2年以上呼叫中心客服经验，且质检成绩良好',
        '客观公正，善于倾听',
        '熟练使用Excel',
      ],
    },
    conditions: {
      en: 'Office-based; long periods listening to call recordings on a headset',
      zh: '办公室工作，需佩戴耳机长时间听取通话录音',
    },
    analysed: [2026, 4, 13],
  },
];

/*
 * Duty statements. Seed sources (000): 编制调查问卷及调查表, 撰写《客户调查报告》并分级上报,
 * 建立客户档案户头/客户信息数据库, 信息收集要认真核实、辨别虚假信息, 跟踪回访服务, 预案服务,
 * 售前售中售后服务, 送货上门/安装/维修, 电话回访和人员回访, VIP申告热线全天候24小时受理故障申告,
 * 层层细化并落实服务标准, 培训; (002): CSI and its radar/bar charts, 专人电话追踪调查安装人员满意度.
 * O*NET Task IDs adapted are given after each statement.
 */
const FUNCTIONS: readonly FunctionSpec[] = [
  {
    id: 'F01',
    area: 'management',
    effort: 8,
    duty: {
      en: "Set the department's annual service targets and budget each January, allocate them to the units and review progress at the monthly management meeting.",
      zh: '每年1月制定部门年度服务目标和费用预算，分解落实到各小组，并在月度管理例会上检查完成情况',
    },
    classes: { 'CS-MGR': 'P', 'CS-QT': 'S' },
  },
  {
    // O*NET 9704, 9712
    id: 'F02',
    area: 'management',
    effort: 16,
    duty: {
      en: 'Direct the supervisors and team leads through a weekly meeting and monthly one-to-ones, setting priorities and clearing obstacles to service delivery.',
      zh: '通过每周例会和每月一对一面谈指导各主管、组长开展工作，明确工作重点，及时排除影响服务交付的障碍',
    },
    classes: { 'CS-MGR': 'P' },
  },
  {
    // Deliberate defects: vague opener, no effort estimate.
    id: 'F03',
    area: 'management',
    effort: null,
    duty: {
      en: 'Responsible for assisting the manager with day-to-day departmental affairs and other tasks as assigned.',
      zh: '协助经理处理部门日常事务，完成领导交办的其他工作',
    },
    classes: { 'CS-REC': 'P' },
  },
  {
    // Deliberate defect: no primary owner (预案服务, seed 000).
    id: 'F04',
    area: 'management',
    effort: 4,
    duty: {
      en: 'Draw up service contingency plans for peak seasons, major outages and product recalls, revise them every six months and rehearse them with each unit.',
      zh: '针对销售旺季、大面积故障和产品召回等情况编制服务应急预案，每半年修订一次，并组织各小组演练',
    },
    classes: { 'CS-MGR': 'Pa', 'CS-FLD': 'S', 'CS-QT': 'S' },
  },
  {
    // O*NET 2584
    id: 'F05',
    area: 'information',
    effort: 56,
    duty: {
      en: 'Open a standardised file for every new customer within two working days of first contact, and update it within one working day of any change in contact details, products or contracts.',
      zh: '每发展或接触一位新客户，2个工作日内按统一标准建立客户档案；客户联系方式、所购产品或合同发生变更时，1个工作日内更新档案',
    },
    classes: { 'CS-REC': 'P' },
  },
  {
    id: 'F06',
    area: 'information',
    effort: 30,
    duty: {
      en: 'Collect customer information from trade fairs, the press, credit agencies and front-line staff, verifying each item against a second source and discarding false data.',
      zh: '通过行业展会、报刊、资信调查机构和一线员工等渠道收集客户信息，逐条与其他来源交叉核实，剔除虚假信息',
    },
    classes: { 'CS-INFO': 'S', 'CS-REC': 'P' },
  },
  {
    // O*NET 1301, 1305
    id: 'F07',
    area: 'information',
    effort: 30,
    duty: {
      en: 'Build and maintain the customer information database (CRM) to the data standard, granting access by role, backing it up nightly and clearing duplicate and incomplete records every week.',
      zh: '按统一数据标准建立并维护客户信息数据库（CRM），按岗位设置访问权限，每晚备份数据，每周清理重复和不完整记录',
    },
    classes: { 'CS-DBA': 'P' },
  },
  {
    // O*NET 5433
    id: 'F08',
    area: 'information',
    effort: 14,
    duty: {
      en: 'Analyse customer information every month and report changes in customer mix, needs and market trends to the manager by the fifth working day.',
      zh: '每月分析客户信息，于次月第5个工作日前向经理报告客户结构、需求变化和市场动态',
    },
    classes: { 'CS-INFO': 'P', 'CS-SURV': 'S', 'CS-DBA': 'Pa' },
  },
  {
    // O*NET 9704
    id: 'F09',
    area: 'information',
    effort: 10,
    duty: {
      en: "Plan the customer information team's work each week and audit a sample of new files for accuracy, correcting errors at source.",
      zh: '每周安排客户信息组的工作，抽查新建档案的准确性，从源头纠正差错',
    },
    classes: { 'CS-INFO': 'P', 'CS-DBA': 'Pa' },
  },
  {
    // O*NET 5443
    id: 'F10',
    area: 'survey',
    effort: 12,
    duty: {
      en: 'Compile the questionnaire and survey forms for each customer survey, choosing the method (interview, telephone, mail or expert panel) and pilot-testing the questionnaire with at least ten customers.',
      zh: '针对每项客户调查编制调查问卷及调查表，选定面谈、电话、邮寄或专家调查（德尔菲法）等方式，并选取不少于10位客户试测问卷',
    },
    classes: { 'CS-INFO': 'Pa', 'CS-SURV': 'P' },
  },
  {
    // O*NET 5434
    id: 'F11',
    area: 'survey',
    effort: 10,
    duty: {
      en: 'Write the Customer Survey Report within ten working days of closing fieldwork and submit it for approval level by level, as a basis for customer development.',
      zh: '调查结束后10个工作日内根据调查资料撰写《客户调查报告》，逐级上报审批，为客户开发工作提供依据',
    },
    classes: { 'CS-MGR': 'S', 'CS-INFO': 'S', 'CS-SURV': 'P' },
  },
  {
    // O*NET 5435
    id: 'F12',
    area: 'survey',
    effort: 12,
    duty: {
      en: 'Run the quarterly customer satisfaction (CSI) survey, computing the index for each service-quality dimension and charting the results to set improvement priorities.',
      zh: '每季度开展客户满意度（CSI）调查，按服务质量维度计算满意度指数，用雷达图和柱状图呈现结果，并提出改进重点',
    },
    classes: { 'CS-SURV': 'P', 'CS-QT': 'S' },
  },
  {
    // O*NET 18565, 2578
    id: 'F13',
    area: 'complaints',
    effort: 56,
    duty: {
      en: 'Receive complaints by telephone, letter, online and in person, logging each in the complaint register within one hour and acknowledging it to the customer the same day.',
      zh: '受理电话、信函、网络及来访等各渠道的客户投诉，1小时内登记入册，并于当天向客户确认受理',
    },
    classes: { 'CS-CMPS': 'P', 'CS-HTA': 'S' },
  },
  {
    // O*NET 2585
    id: 'F14',
    area: 'complaints',
    effort: 36,
    duty: {
      en: "Investigate each complaint within two working days, gathering the relevant records and the engineer's report to establish whether it is justified and what caused it.",
      zh: '2个工作日内完成投诉调查，调取相关记录和工程师报告，查明投诉是否属实及其原因',
    },
    classes: { 'CS-CMPS': 'P', 'CS-TECH': 'S' },
  },
  {
    // O*NET 2579, 2581
    id: 'F15',
    area: 'complaints',
    effort: 44,
    duty: {
      en: 'Resolve justified complaints within the authority limits by exchange, refund, repair or bill adjustment, and tell the customer the outcome by phone or in writing.',
      zh: '在授权范围内通过换货、退款、维修或调整账单等方式解决属实投诉，并以电话或书面形式告知客户处理结果',
    },
    classes: { 'CS-CMPS': 'P' },
  },
  {
    // O*NET 9705, 2582. Deliberate defect: 'Lead' / '牵头' is not a class code.
    id: 'F16',
    area: 'complaints',
    effort: 12,
    duty: {
      en: 'Settle escalated and major complaints in person, and refer any that the department cannot resolve to the responsible department within 24 hours.',
      zh: '亲自处理升级投诉和重大投诉，本部门无法解决的于24小时内移交责任部门跟进',
    },
    classes: { 'CS-MGR': 'Lead', 'CS-CMP': 'P' },
  },
  {
    // O*NET 2591
    id: 'F17',
    area: 'complaints',
    effort: 8,
    duty: {
      en: 'Analyse complaint causes every month and recommend changes to products, service procedures and billing that stop the same problems recurring.',
      zh: '每月分析投诉原因，针对产品、服务流程和收费环节提出改进建议，防止同类问题重复发生',
    },
    classes: { 'CS-CMP': 'P', 'CS-CMPS': 'S', 'CS-QT': 'Pa' },
  },
  {
    // O*NET 9704, 9705
    id: 'F18',
    area: 'complaints',
    effort: 10,
    duty: {
      en: 'Assign complaint and follow-up cases every day, check each case file for completeness before closure and coach specialists on difficult cases.',
      zh: '每日分派投诉和回访任务，结案前逐一审核案卷是否完整，并指导专员处理疑难投诉',
    },
    classes: { 'CS-CMP': 'P' },
  },
  {
    // O*NET 2580. Deliberate defect: two primary owners.
    id: 'F19',
    area: 'followUp',
    effort: 24,
    duty: {
      en: "Call back every complainant within three working days of closure to confirm that the problem is solved, and record the customer's satisfaction.",
      zh: '投诉结案后3个工作日内回访投诉客户，确认问题已彻底解决，并记录客户满意度',
    },
    classes: { 'CS-CMPS': 'P', 'CS-FUP': 'P' },
  },
  {
    id: 'F20',
    area: 'followUp',
    effort: 60,
    duty: {
      en: "Telephone customers within 48 hours of every repair or installation, using the standard script to check the result and the engineer's conduct against the service standard.",
      zh: '维修或安装完成后48小时内按标准话术进行电话回访，核实服务效果及工程师是否按规范作业',
    },
    classes: { 'CS-FUP': 'P' },
  },
  {
    id: 'F21',
    area: 'followUp',
    effort: 40,
    duty: {
      en: 'Visit key and VIP customers in person each quarter according to the visit plan, recording their expectations and suggestions in the CRM.',
      zh: '按回访计划每季度上门走访重点客户和VIP客户，了解其期望和建议，并录入客户信息数据库',
    },
    classes: { 'CS-FUP': 'P' },
  },
  {
    id: 'F22',
    area: 'hotline',
    effort: 336,
    duty: {
      en: 'Receive and log VIP fault reports around the clock, dispatching each within 15 minutes and tracking it until the fault is cleared.',
      zh: '全天候24小时受理VIP客户故障申告，15分钟内派单并跟踪处理结果',
    },
    classes: { 'CS-HTA': 'P' },
  },
  {
    // O*NET 18565, 2584
    id: 'F23',
    area: 'hotline',
    effort: 90,
    duty: {
      en: "Answer VIP customers' calls about products, services and accounts, giving accurate information and taking orders or change requests during the call.",
      zh: '接听VIP客户关于产品、服务和账户的咨询来电，准确答复，并在通话中直接受理订购或变更申请',
    },
    classes: { 'CS-HTA': 'P' },
  },
  {
    // O*NET 2578
    id: 'F24',
    area: 'hotline',
    effort: 60,
    duty: {
      en: 'Record every hotline call in the CRM before closing it, noting the enquiry, fault or complaint and the action taken.',
      zh: '每通热线电话结束前，在客户信息系统中完整记录来电事由、故障或投诉内容及处理措施',
    },
    classes: { 'CS-HTA': 'P' },
  },
  {
    // O*NET 9713
    id: 'F25',
    area: 'hotline',
    effort: 6,
    duty: {
      en: 'Draw up the weekly shift roster so that at least two agents are on duty at every hour, and arrange cover for absences within the shift.',
      zh: '编排热线每周排班表，确保每个时段至少2名坐席在岗，并在当班内安排顶岗',
    },
    classes: { 'CS-HTL': 'P' },
  },
  {
    id: 'F26',
    area: 'hotline',
    effort: 14,
    duty: {
      en: 'Monitor hotline service levels in real time (calls answered within 15 seconds, faults dispatched within 15 minutes) and report them to the manager every day.',
      zh: '实时监控热线服务水平（15秒内接听、15分钟内派单），每日向经理报告',
    },
    classes: { 'CS-HTL': 'P' },
  },
  {
    // O*NET 9705
    id: 'F27',
    area: 'hotline',
    effort: 12,
    duty: {
      en: 'Take over calls when a VIP customer asks to escalate or a mass outage floods the line, and alert the Field Service Supervisor at once to any fault affecting several customers.',
      zh: 'VIP客户要求升级或大面积故障导致来电激增时接管来电，发现批量故障立即通报现场服务主管',
    },
    classes: { 'CS-HTL': 'P' },
  },
  {
    // O*NET 13811, 13800
    id: 'F28',
    area: 'field',
    effort: 120,
    duty: {
      en: "Deliver products to customers' homes and offices on the agreed day, install and commission them to the installation standard, and leave the site clean.",
      zh: '按约定日期送货上门，依照安装规范完成安装调试，并清理作业现场',
    },
    classes: { 'CS-TECH': 'S', 'CS-INS': 'P' },
  },
  {
    // O*NET 13802. Deliberate defect: no effort estimate.
    id: 'F29',
    area: 'field',
    effort: null,
    duty: {
      en: 'Show customers at handover how to operate and care for the product, and explain the warranty terms and the service hotline number.',
      zh: '交付时向客户演示产品的操作和保养方法，并讲解保修条款和服务热线号码',
    },
    classes: { 'CS-TECH': 'Pa', 'CS-INS': 'P' },
  },
  {
    // O*NET 13793, 13792, 13800
    id: 'F30',
    area: 'field',
    effort: 165,
    duty: {
      en: "Diagnose and repair faults at the customer's premises within 24 hours of dispatch, replacing defective parts and testing the product before leaving.",
      zh: '接单后24小时内上门诊断并排除故障，更换损坏部件，离开前完成运行测试',
    },
    classes: { 'CS-TECH': 'P' },
  },
  {
    id: 'F31',
    area: 'field',
    effort: 55,
    duty: {
      en: 'Fix complex and repeat faults on a second visit with the team lead on site, and record the solution in the fault knowledge base.',
      zh: '对首次上门未能修复的复杂故障和重复故障进行二次维修（组长到场指导），并将解决方法录入故障知识库',
    },
    classes: { 'CS-RTL': 'Pa', 'CS-TECH': 'P' },
  },
  {
    // O*NET 13797
    id: 'F32',
    area: 'field',
    effort: 10,
    duty: {
      en: 'Keep stocks of spare parts for on-site repairs, reordering whenever an item falls below its minimum stock level.',
      zh: '核定并维护上门维修所需的备件库存，低于最低储备量时及时申请补货',
    },
    classes: { 'CS-FLD': 'P', 'CS-RTL': 'Pa' },
  },
  {
    // O*NET 9713
    id: 'F33',
    area: 'field',
    effort: 16,
    duty: {
      en: "Schedule engineers' daily repair and installation orders by area and urgency, and confirm each appointment with the customer the day before.",
      zh: '按区域和紧急程度编排工程师每日维修和安装任务，并于前一天与客户确认上门时间',
    },
    classes: { 'CS-FLD': 'P', 'CS-INS': 'Pa' },
  },
  {
    // O*NET 9704
    id: 'F34',
    area: 'field',
    effort: 15,
    duty: {
      en: 'Inspect at least 5% of completed field jobs each week against the service standard, and arrange rework wherever the standard was not met.',
      zh: '每周按不低于5%的比例抽查已完工的现场服务，对不达标的安排返工',
    },
    classes: { 'CS-FLD': 'P', 'CS-RTL': 'Pa' },
  },
  {
    // O*NET 9710
    id: 'F35',
    area: 'quality',
    effort: 40,
    duty: {
      en: 'Listen to and score a weekly sample of hotline and complaint calls against the service-quality checklist, and give each agent feedback within two working days.',
      zh: '每周抽听热线及投诉通话录音，按服务质量检查表评分，并在2个工作日内向相关人员反馈结果',
    },
    classes: { 'CS-QA': 'P' },
  },
  {
    // O*NET 9706, 9719
    id: 'F36',
    area: 'quality',
    effort: 12,
    duty: {
      en: 'Break the service standards down level by level into unit and post standards, and check that they are applied through monthly spot checks.',
      zh: '将服务标准层层细化到各小组和各岗位，并通过每月抽查督促落实',
    },
    classes: { 'CS-MGR': 'Pa', 'CS-QT': 'P' },
  },
  {
    // O*NET 103, 20474, 9708
    id: 'F37',
    area: 'quality',
    effort: 20,
    duty: {
      en: 'Assess training needs each quarter and run induction and refresher training in service skills, product knowledge and etiquette for all service staff.',
      zh: '每季度评估培训需求，组织全体服务人员的入职培训，以及服务技能、产品知识和服务礼仪复训',
    },
    classes: { 'CS-CMP': 'S', 'CS-HTL': 'S', 'CS-QT': 'P' },
  },
];

interface PolicySpec {
  readonly setting: Bi;
  readonly value: number | Bi;
  readonly level: keyof typeof LEVELS | null;
  readonly note: Bi;
}

const POLICY: readonly PolicySpec[] = [
  {
    setting: { en: 'MinSpan', zh: '最小管理幅度' },
    value: 3,
    level: null,
    note: {
      en: 'A manager with fewer direct reports than this has too narrow a span.',
      zh: '直接下级少于该人数时，管理幅度过窄。',
    },
  },
  {
    setting: { en: 'MaxSpan', zh: '最大管理幅度' },
    value: 15,
    level: null,
    note: {
      en: 'A manager with more direct reports than this cannot supervise them well.',
      zh: '直接下级多于该人数时，难以有效管理。',
    },
  },
  {
    setting: { en: 'MaxSpan', zh: '最大管理幅度' },
    value: 12,
    level: 'teamLead',
    note: {
      en: 'Team leads also handle calls and jobs themselves, so their span is smaller.',
      zh: '组长本人还要承担一线工作，管理幅度应小于其他层级。',
    },
  },
  {
    setting: { en: 'TargetSpan', zh: '目标管理幅度' },
    value: 8,
    level: null,
    note: {
      en: 'Used to work out the fewest management layers the headcount needs.',
      zh: '用于按编制推算所需的最少管理层次。',
    },
  },
  {
    setting: { en: 'StaleAfterMonths', zh: '过期月数' },
    value: 24,
    level: null,
    note: {
      en: 'A job description analysed longer ago than this is out of date.',
      zh: '工作分析日期超过该月数的岗位说明书视为过时，应重新进行工作分析。',
    },
  },
  {
    setting: { en: 'HoursPerFTE', zh: '每人每周工时' },
    value: 40,
    level: null,
    note: {
      en: 'Weekly hours of one full-time post; capacity = Headcount × this.',
      zh: '每个全职编制每周的工时；岗位工作能力 = 编制 × 该工时。',
    },
  },
  {
    setting: { en: 'OverloadAbove', zh: '超负荷阈值' },
    value: 1.1,
    level: null,
    note: {
      en: 'Effort above 110% of capacity marks a role as over-loaded.',
      zh: '工作量超过工作能力的110%，视为超负荷。',
    },
  },
  {
    setting: { en: 'UnderloadBelow', zh: '低负荷阈值' },
    value: 0.6,
    level: null,
    note: {
      en: 'Effort below 60% of capacity marks a role as under-loaded.',
      zh: '工作量低于工作能力的60%，视为工作量不饱满。',
    },
  },
  {
    setting: { en: 'JointOwnership', zh: '允许共同主责' },
    value: { en: 'No', zh: '否' },
    level: null,
    note: {
      en: 'No: every function needs exactly one primary owner, so that it is clear who is accountable.',
      zh: '否：每项职能只能有一个主责岗位，做到谁主管谁负责。',
    },
  },
];

/** Sheet names and headers come from the contract itself, so the example and the template agree. */
function headersFor(lang: ExampleLang) {
  const label = (f: FieldName) => fieldLabel(f, lang);
  return {
    roles: { name: tableLabel('Roles', lang), headers: ROLE_FIELDS.map(label) },
    matrix: {
      name: tableLabel('Responsibilities', lang),
      headers: (['FunctionId', 'Function', 'Area', 'Effort'] as const).map(label),
    },
    policy: {
      name: tableLabel('Policy', lang),
      headers: (['Setting', 'Value', 'Level', 'Note'] as const).map(label),
    },
    survey: {
      name: surveySheetName(lang),
      headers: SURVEY_FIELDS.map((f) => surveyFieldLabel(f, lang)),
    },
  };
}

/** An answer digit of exampleSurvey.ts as a cell: `-` is a blank. */
const answer = (digits: string, i: number): CellValue => {
  const c = digits.charAt(i);
  return c === '-' ? null : Number(c);
};

/**
 * The survey in long form: a row per respondent and item (respondents in order, items in
 * questionnaire order), the Item cell holding the item's code and its text.
 */
function surveyRows(lang: ExampleLang): CellValue[][] {
  const k = lang === 'en' ? 'en' : 'zh';
  return EXAMPLE_SURVEY_ANSWERS.flatMap(([id, expectations, perceptions]) =>
    EXAMPLE_SURVEY_ITEMS.map((item, i): CellValue[] => [
      id,
      qualityDimensionLabel(item.dimension, lang),
      `${item.code} ${item[k]}`,
      answer(expectations, i),
      answer(perceptions, i),
    ]),
  );
}

const utcDate = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

function buildWorkbook(lang: ExampleLang): ExampleWorkbook {
  const k = lang === 'en' ? 'en' : 'zh';
  const h = headersFor(lang);
  const qualificationSeparator = lang === 'en' ? '; ' : '；';

  const roleRows: CellValue[][] = ROLES.map((r) => [
    r.id,
    r.title[k],
    UNITS[r.unit][k],
    r.reportsTo !== null && r.reportsToByTitle === true
      ? (ROLES.find((m) => m.id === r.reportsTo)?.title[k] ?? r.reportsTo)
      : r.reportsTo,
    r.headcount,
    r.filled,
    LEVELS[r.level][k],
    r.purpose === null ? null : r.purpose[k],
    r.qualifications[k].join(qualificationSeparator),
    r.conditions[k],
    r.analysed === null
      ? null
      : r.analysedAsText === true
        ? r.analysed.join('/')
        : utcDate(...r.analysed),
  ]);

  const codes = CLASS_CODES[lang];
  const matrixRows: CellValue[][] = FUNCTIONS.map((f) => [
    f.id,
    f.duty[k],
    AREAS[f.area][k],
    f.effort,
    ...ROLE_IDS.map((id): CellValue => {
      const c = f.classes[id];
      return c === undefined ? null : codes[c];
    }),
  ]);

  const policyRows: CellValue[][] = POLICY.map((p) => [
    p.setting[k],
    typeof p.value === 'number' ? p.value : p.value[k],
    p.level === null ? null : LEVELS[p.level][k],
    p.note[k],
  ]);

  return {
    lang,
    sheets: [
      { name: h.roles.name, rows: [[...h.roles.headers], ...roleRows] },
      { name: h.matrix.name, rows: [[...h.matrix.headers, ...ROLE_IDS], ...matrixRows] },
      { name: h.policy.name, rows: [[...h.policy.headers], ...policyRows] },
      { name: h.survey.name, rows: [[...h.survey.headers], ...surveyRows(lang)] },
    ],
  };
}

/**
 * The example workbook in each language: sheets Roles/岗位, Responsibilities/职责, Policy/规则
 * and Survey/问卷.
 */
export const EXAMPLE_WORKBOOKS: Readonly<Record<ExampleLang, ExampleWorkbook>> = {
  en: buildWorkbook('en'),
  'zh-CN': buildWorkbook('zh-CN'),
};

/** The deliberate defects, so tests and docs can name them. */
export const EXAMPLE_DELIBERATE_FINDINGS: readonly {
  readonly kind: string;
  readonly subject: string;
  readonly note: string;
}[] = [
  {
    kind: 'gap',
    subject: 'F04',
    note: 'Service contingency planning (预案服务) has a partial and two support roles but no primary owner: a responsibility gap.',
  },
  {
    kind: 'overlap',
    subject: 'F19',
    note: 'Both CS-CMPS (complaints) and CS-FUP (follow-up) are primary for calling back complainants after closure.',
  },
  {
    kind: 'date-as-text',
    subject: 'CS-RTL',
    note: 'The analysis date is typed as the text "2025/6/23" rather than entered as a date (read, with a note).',
  },
  {
    kind: 'manager-by-title',
    subject: 'CS-TECH',
    note: 'ReportsTo holds the manager’s title ("Repair Team Lead" / 维修组长) instead of its RoleId CS-RTL (read, with a note).',
  },
  {
    kind: 'no-primary',
    subject: 'CS-RTL',
    note: 'The Repair Team Lead has four partial duties and no primary one.',
  },
  {
    kind: 'single-function',
    subject: 'CS-QA',
    note: 'The Service Quality Inspector only scores calls (F35): a candidate for job enlargement; also below the default MinDuties of 3.',
  },
  {
    kind: 'stale-date',
    subject: 'CS-FUP',
    note: 'Analysis date 2022-06-20, more than 24 months (StaleAfterMonths) before November 2026.',
  },
  {
    kind: 'missing-date',
    subject: 'CS-INS',
    note: 'No analysis date.',
  },
  {
    kind: 'missing-purpose',
    subject: 'CS-DBA',
    note: 'The Customer Database Administrator has no Purpose.',
  },
  {
    kind: 'vacancy',
    subject: 'CS-HTA',
    note: 'VIP Hotline Agent: 8 of 9 posts filled.',
  },
  {
    kind: 'overload',
    subject: 'CS-HTA',
    note: 'About 500 h/week of hotline effort (497 h when shared in proportion to class weights) against a capacity of 9 × 40 = 360 h: 138% of the authorised posts, 155% of the 8 filled.',
  },
  {
    kind: 'manager-of-one',
    subject: 'CS-QT',
    note: 'The Service Quality and Training Supervisor has a single direct report (CS-QA), a span of 1, below MinSpan 3.',
  },
  {
    kind: 'invalid-class',
    subject: 'F16',
    note: 'Column CS-MGR holds "Lead" (zh-CN: "牵头"), which is not a class code; the cell is ignored and CS-CMP stays the only primary.',
  },
  {
    kind: 'vague-duty',
    subject: 'F03',
    note: 'The duty opens with "Responsible for" (zh-CN: "协助") and says neither what is done nor to what standard.',
  },
  {
    kind: 'missing-effort',
    subject: 'F03',
    note: 'No effort estimate.',
  },
  {
    kind: 'missing-effort',
    subject: 'F29',
    note: 'No effort estimate.',
  },
];
