import type { Duty, DutyPartner, JobDescription } from '../analyze/jobDescription';
import type { Location } from '../model/diagnostic';
import type { ResponsibilityClass } from '../model/responsibility';
import { a1 } from '../model/ids';

/**
 * Test-data builders for job descriptions (STYLE.md: builders live beside the core).
 *
 * {@link makeJobDescription} is the VIP Hotline Team Lead (CS-VIPL, Roles row 5) of a
 * customer-service department: reports to the Customer Service Manager (CS-MGR), leads
 * nine VIP Hotline Agents (CS-VIPA), layer 3. Its duties come from the Responsibilities
 * matrix, whose CS-VIPL column is F:
 *
 *     primary  F04 row 5 (12 h)   F05 row 6 (4.5 h, no partner)   F06 row 7 (8 h)
 *     partial  F09 row 10 (1.5 h, range F10:F11)   F10 row 11 (effort unknown)
 *     support  F12 row 13 (1 h)
 *
 * F09 is the duty whose collaboration reads "Primary: Customer Service Manager; support:
 * Quality Inspector, Field Service Supervisor". {@link makeJobDescriptionZh} is the same
 * role in Chinese; {@link makeInvalidJobDescription} a Service Administrator (CS-ADM) with
 * no purpose, no primary duty, a stale analysis date and findings.
 */

const roleCell = (row: number): Location => ({ sheet: 'Roles', a1: a1(`A${row}`) });
const matrixCell = (ref: string): Location => ({ sheet: 'Responsibilities', a1: a1(ref) });

const partner = (roleId: string, title: string, cls: ResponsibilityClass): DutyPartner => ({
  roleId,
  title,
  cls,
});

interface Titles {
  readonly manager: string;
  readonly inspector: string;
  readonly field: string;
  readonly trainer: string;
}

const EN_TITLES: Titles = {
  manager: 'Customer Service Manager',
  inspector: 'Quality Inspector',
  field: 'Field Service Supervisor',
  trainer: 'Trainer',
};

const ZH_TITLES: Titles = {
  manager: '客户服务经理',
  inspector: '服务质检专员',
  field: '现场服务主管',
  trainer: '培训专员',
};

interface DutyTexts {
  readonly f04: string;
  readonly f05: string;
  readonly f06: string;
  readonly f09: string;
  readonly f10: string;
  readonly f12: string;
}

function duties(
  t: Titles,
  s: DutyTexts,
  area: (en: 'hotline' | 'quality' | 'complaints' | 'training') => string,
): Pick<JobDescription, 'primary' | 'partial' | 'support'> {
  const primary: Duty[] = [
    {
      functionId: 'F04',
      statement: s.f04,
      area: area('hotline'),
      cls: 'primary',
      hours: 12,
      partners: [partner('CS-QI', t.inspector, 'support')],
      location: matrixCell('F5'),
    },
    {
      functionId: 'F05',
      statement: s.f05,
      area: area('hotline'),
      cls: 'primary',
      hours: 4.5,
      partners: [],
      location: matrixCell('F6'),
    },
    {
      functionId: 'F06',
      statement: s.f06,
      area: area('quality'),
      cls: 'primary',
      hours: 8,
      partners: [partner('CS-QI', t.inspector, 'partial'), partner('CS-TRN', t.trainer, 'support')],
      location: matrixCell('F7'),
    },
  ];
  const partial: Duty[] = [
    {
      functionId: 'F09',
      statement: s.f09,
      area: area('complaints'),
      cls: 'partial',
      hours: 1.5,
      partners: [
        partner('CS-MGR', t.manager, 'primary'),
        partner('CS-QI', t.inspector, 'support'),
        partner('CS-FSS', t.field, 'support'),
      ],
      location: matrixCell('F10:F11'),
    },
    {
      functionId: 'F10',
      statement: s.f10,
      area: area('complaints'),
      cls: 'partial',
      partners: [partner('CS-QI', t.inspector, 'primary')],
      location: matrixCell('F11'),
    },
  ];
  const support: Duty[] = [
    {
      functionId: 'F12',
      statement: s.f12,
      area: area('training'),
      cls: 'support',
      hours: 1,
      partners: [partner('CS-TRN', t.trainer, 'primary'), partner('CS-QI', t.inspector, 'partial')],
      location: matrixCell('F13'),
    },
  ];
  return { primary, partial, support };
}

/** The VIP Hotline Team Lead in English: valid, no findings. */
export function makeJobDescription(overrides: Partial<JobDescription> = {}): JobDescription {
  const areas = {
    hotline: 'VIP Hotline',
    quality: 'Service Quality',
    complaints: 'Complaints',
    training: 'Training',
  } as const;
  return {
    roleId: 'CS-VIPL',
    title: 'VIP Hotline Team Lead',
    department: 'Customer Service',
    level: 'Team lead',
    reportsTo: { roleId: 'CS-MGR', title: EN_TITLES.manager, headcount: 1 },
    directReports: [{ roleId: 'CS-VIPA', title: 'VIP Hotline Agent', headcount: 9 }],
    span: 9,
    layer: 3,
    headcount: 1,
    filled: 1,
    purpose:
      'Lead the VIP hotline team so that high-value customers get fast, accurate and courteous ' +
      'service by phone: each question resolved on the first call, satisfaction kept at target.',
    ...duties(
      EN_TITLES,
      {
        f04:
          'Handle escalated VIP calls that agents cannot resolve, and call the customer back ' +
          'within 2 hours with a solution',
        f05:
          'Plan the VIP hotline shifts every week so that 90% of calls are answered within ' +
          '20 seconds',
        f06: 'Coach each VIP agent monthly on recorded calls and record the improvements agreed',
        f09: 'Approve goodwill compensation for VIP customers up to 2,000 yuan per case',
        f10: 'Review the weekly VIP complaint report and propose corrective actions',
        f12: 'Provide recorded VIP calls as examples for the quarterly service-quality training',
      },
      (k) => areas[k],
    ),
    qualifications: [
      'College degree or above; 3 years in customer service, 1 year leading a team',
      'Fluent spoken Mandarin and English; clear, calm telephone manner',
      'Knows the complaint-handling procedure and the service-quality standards',
      'Can read call-centre reports (service level, abandon rate, first-call resolution)',
    ],
    workingConditions:
      'Office-based call centre; rotating shifts including weekends and public holidays; ' +
      'headset work for most of the day.',
    analysisDate: '2025-03-14',
    status: 'valid',
    findings: [],
    location: roleCell(5),
    ...overrides,
  };
}

/** The same role in natural professional Chinese. */
export function makeJobDescriptionZh(overrides: Partial<JobDescription> = {}): JobDescription {
  const areas = {
    hotline: 'VIP热线',
    quality: '服务质量',
    complaints: '投诉处理',
    training: '培训',
  } as const;
  return makeJobDescription({
    title: 'VIP热线组长',
    department: '客户服务部',
    level: '基层管理',
    reportsTo: { roleId: 'CS-MGR', title: ZH_TITLES.manager, headcount: 1 },
    directReports: [{ roleId: 'CS-VIPA', title: 'VIP热线客服专员', headcount: 9 }],
    purpose:
      '带领VIP热线团队为高价值客户提供快速、准确、热情的电话服务，确保客户问题一次解决，' +
      '客户满意度持续达标。',
    ...duties(
      ZH_TITLES,
      {
        f04: '处理客服专员无法解决的VIP升级来电，并在2小时内回电客户给出解决方案',
        f05: '每周编排VIP热线班表，确保90%的来电在20秒内接听',
        f06: '每月依据通话录音对每位VIP客服专员进行辅导，并记录双方确认的改进事项',
        f09: '审批VIP客户的补偿申请，单笔金额不超过2000元',
        f10: '审阅每周VIP投诉报告，提出纠正措施',
        f12: '为季度服务质量培训提供VIP通话录音案例',
      },
      (k) => areas[k],
    ),
    qualifications: [
      '大专及以上学历，3年以上客户服务工作经验，其中1年以上团队管理经验',
      '普通话标准，英语口语流利，电话沟通清晰、沉稳',
      '熟悉投诉处理流程和服务质量标准',
      '能够解读呼叫中心报表（服务水平、放弃率、首次解决率）',
    ],
    workingConditions:
      '呼叫中心办公室工作；轮班制，含周末及法定节假日；每日大部分时间佩戴耳麦工作。',
    ...overrides,
  });
}

/**
 * A Service Administrator (CS-ADM, Roles row 9) whose description needs attention: no
 * purpose, no primary duty, an analysis date from 2019, status invalid; findings errors
 * first.
 */
export function makeInvalidJobDescription(overrides: Partial<JobDescription> = {}): JobDescription {
  return {
    roleId: 'CS-ADM',
    title: 'Service Administrator',
    department: 'Customer Service',
    reportsTo: { roleId: 'CS-MGR', title: EN_TITLES.manager, headcount: 1 },
    directReports: [],
    span: 0,
    layer: 2,
    headcount: 2,
    filled: 1,
    primary: [],
    partial: [
      {
        functionId: 'F11',
        statement: 'Keep the service records and customer files complete and up to date',
        area: 'Administration',
        cls: 'partial',
        hours: 6,
        partners: [partner('CS-VIPL', 'VIP Hotline Team Lead', 'partial')],
        location: matrixCell('H12'),
      },
    ],
    support: [
      {
        functionId: 'F07',
        statement: 'Call back every customer who abandoned the hotline queue within 2 hours',
        area: 'Hotline',
        cls: 'support',
        partners: [],
        location: matrixCell('H8'),
      },
    ],
    qualifications: [],
    analysisDate: '2019-06-30',
    status: 'invalid',
    findings: [
      {
        code: 'FUNC_NO_PRIMARY',
        severity: 'error',
        message:
          'Function F07 has support roles (CS-ADM) but no primary owner: a responsibility gap (职责空白).',
        location: matrixCell('H8'),
      },
      {
        code: 'ROLE_NO_PRIMARY',
        severity: 'warning',
        message: 'Role CS-ADM owns no function as primary (only partial or support work).',
        location: roleCell(9),
      },
      {
        code: 'ROLE_VACANCY',
        severity: 'info',
        message: 'Role CS-ADM has 1 of 2 posts unfilled.',
        location: roleCell(9),
      },
    ],
    location: roleCell(9),
    ...overrides,
  };
}
