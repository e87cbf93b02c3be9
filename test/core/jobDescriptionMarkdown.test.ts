import {
  escapeMarkdown,
  escapeMarkdownCell,
  jobDescriptionIndexMarkdown,
  jobDescriptionMarkdown,
} from '../../src/core/render/jobDescriptionMarkdown';
import { collaborationSentence, roleName } from '../../src/core/render/jobDescriptionText';
import {
  makeInvalidJobDescription,
  makeJobDescription,
  makeJobDescriptionZh,
} from '../../src/core/testing/jobDescriptionFixture';

/** The lines of a Markdown document from a heading up to (not including) the next heading. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('#'));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l !== '');
}

describe('jobDescriptionMarkdown in English', () => {
  const md = jobDescriptionMarkdown(makeJobDescription(), 'en');

  it('starts with the title and the header table of facts', () => {
    expect(md.split('\n').slice(0, 8)).toEqual([
      '# VIP Hotline Team Lead — Job description',
      '',
      '| **Title** | VIP Hotline Team Lead | **Role ID** | CS-VIPL |',
      '| --- | --- | --- | --- |',
      '| **Department** | Customer Service | **Level** | Team lead |',
      '| **Reports to** | Customer Service Manager (CS-MGR) | **Direct reports** | VIP Hotline Agent (CS-VIPA, 9 posts) |',
      '| **Span of control** | 9 | **Layer** | 3 |',
      '| **Headcount** | 1 | **Filled** | 1 |',
    ]);
  });

  it('lists the sections in the order of a 岗位说明书', () => {
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## Purpose',
      '## Primary duties',
      '## Partial duties',
      '## Support duties',
      '## Qualifications',
      '## Working conditions',
      '## Job analysis date',
      '## Validation',
    ]);
  });

  it('writes one table per duty class: number, duty, hours, collaboration', () => {
    expect(section(md, '## Partial duties')).toEqual([
      '| No. | Duty | Hours/week | Collaboration |',
      '| ---: | --- | ---: | --- |',
      '| 1 | Approve goodwill compensation for VIP customers up to 2,000 yuan per case | 1.5 | Primary: Customer Service Manager; support: Quality Inspector, Field Service Supervisor |',
      '| 2 | Review the weekly VIP complaint report and propose corrective actions | — | Primary: Quality Inspector |',
    ]);
    expect(section(md, '## Primary duties')[3]).toBe(
      '| 2 | Plan the VIP hotline shifts every week so that 90% of calls are answered within 20 seconds | 4.5 | — |',
    );
  });

  it('numbers the qualifications and shows the rest as text', () => {
    expect(section(md, '## Qualifications')).toEqual([
      '1. College degree or above; 3 years in customer service, 1 year leading a team',
      '2. Fluent spoken Mandarin and English; clear, calm telephone manner',
      '3. Knows the complaint-handling procedure and the service-quality standards',
      '4. Can read call-centre reports (service level, abandon rate, first-call resolution)',
    ]);
    expect(section(md, '## Job analysis date')).toEqual(['2025-03-14']);
    expect(section(md, '## Validation')).toEqual(['**Valid**']);
  });
});

describe('jobDescriptionMarkdown in Chinese', () => {
  const md = jobDescriptionMarkdown(makeJobDescriptionZh(), 'zh-CN');

  it('uses the Chinese labels of a 岗位说明书', () => {
    expect(md.split('\n').slice(0, 8)).toEqual([
      '# VIP热线组长岗位说明书',
      '',
      '| **岗位名称** | VIP热线组长 | **岗位编号** | CS-VIPL |',
      '| --- | --- | --- | --- |',
      '| **所属部门** | 客户服务部 | **岗位级别** | 基层管理 |',
      '| **直接上级** | 客户服务经理（CS-MGR） | **直接下级** | VIP热线客服专员（CS-VIPA，编制9人） |',
      '| **管理幅度** | 9 | **所在层级** | 3 |',
      '| **编制人数** | 1 | **在岗人数** | 1 |',
    ]);
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## 岗位目的',
      '## 主要职责',
      '## 部分职责',
      '## 支持职责',
      '## 任职资格',
      '## 工作条件',
      '## 工作分析日期',
      '## 校验结果',
    ]);
  });

  it('says who shares each duty in a Chinese sentence', () => {
    expect(section(md, '## 部分职责')).toEqual([
      '| 序号 | 职责描述 | 周工时 | 协作关系 |',
      '| ---: | --- | ---: | --- |',
      '| 1 | 审批VIP客户的补偿申请，单笔金额不超过2000元 | 1.5 | 主责：客户服务经理；支持：服务质检专员、现场服务主管 |',
      '| 2 | 审阅每周VIP投诉报告，提出纠正措施 | — | 主责：服务质检专员 |',
    ]);
    expect(section(md, '## 校验结果')).toEqual(['**有效**']);
  });

  it('says 未填写 for a missing analysis date and 无 for an empty duty class', () => {
    const bare = jobDescriptionMarkdown(
      makeJobDescriptionZh({ analysisDate: undefined, support: [], purpose: '  ' }),
      'zh-CN',
    );
    expect(section(bare, '## 工作分析日期')).toEqual(['*未填写*']);
    expect(section(bare, '## 岗位目的')).toEqual(['*未填写*']);
    expect(section(bare, '## 支持职责')).toEqual(['*无*']);
  });
});

describe('a job description that needs attention', () => {
  it('says so and lists its findings, errors first: severity, code — message', () => {
    const md = jobDescriptionMarkdown(makeInvalidJobDescription(), 'en');
    expect(section(md, '## Validation')).toEqual([
      '**Needs attention**',
      '- Error `FUNC_NO_PRIMARY` — Function F07 has support roles (CS-ADM) but no primary owner: a responsibility gap (职责空白).',
      '- Warning `ROLE_NO_PRIMARY` — Role CS-ADM owns no function as primary (only partial or support work).',
      '- Note `ROLE_VACANCY` — Role CS-ADM has 1 of 2 posts unfilled.',
    ]);
    expect(section(md, '## Primary duties')).toEqual(['*None*']);
    expect(section(md, '## Qualifications')).toEqual(['*Not recorded*']);
    expect(md).toContain(
      '| **Reports to** | Customer Service Manager (CS-MGR) | **Direct reports** | None |',
    );
    expect(md).toContain('| **Department** | Customer Service | **Level** | Not recorded |');
  });

  it('is 待完善 in Chinese', () => {
    const md = jobDescriptionMarkdown(makeInvalidJobDescription(), 'zh-CN');
    expect(section(md, '## 校验结果')[0]).toBe('**待完善**');
    expect(section(md, '## 校验结果')[1]).toMatch(/^- 错误 `FUNC_NO_PRIMARY` — /);
  });
});

describe('escaping user text', () => {
  const jd = makeJobDescription({
    title: '<script>alert(1)</script>',
    roleId: 'a|b',
    department: '*Sales* & _Support_',
    purpose:
      '# Not a heading\n1. not a list\n- nor this\n    nor code [link](http://x) `tick` $x$ ~~s~~',
    qualifications: ['<b>bold</b> | pipe'],
  });
  const md = jobDescriptionMarkdown(jd, 'en');

  it('shows <script> and a|b as text in the title and the header table', () => {
    expect(md.split('\n')[0]).toBe('# &lt;script&gt;alert(1)&lt;/script&gt; — Job description');
    expect(md.split('\n')[2]).toBe(
      '| **Title** | &lt;script&gt;alert(1)&lt;/script&gt; | **Role ID** | a\\|b |',
    );
    expect(md).not.toContain('<script>');
    expect(md).toContain('| **Department** | \\*Sales\\* &amp; \\_Support\\_ |');
  });

  it('keeps block syntax at the start of a line from taking effect', () => {
    expect(section(md, '## Purpose')).toEqual([
      '\\# Not a heading  ',
      '1\\. not a list  ',
      '\\- nor this  ',
      'nor code \\[link\\](http://x) \\`tick\\` \\$x\\$ \\~\\~s\\~\\~',
    ]);
    expect(section(md, '## Qualifications')).toEqual(['1. &lt;b&gt;bold&lt;/b&gt; \\| pipe']);
  });

  it('turns line breaks inside a table cell into <br>', () => {
    expect(escapeMarkdownCell('one\r\ntwo|three\n\n')).toBe('one<br>two\\|three');
    expect(escapeMarkdownCell('')).toBe(' ');
    expect(escapeMarkdown('a_b\\c')).toBe('a\\_b\\\\c');
  });
});

describe('the shared sentences', () => {
  it('names partners by title, with the id only when two share a title', () => {
    expect(
      collaborationSentence(
        [
          { roleId: 'A', title: 'Agent', cls: 'support' },
          { roleId: 'B', title: 'Agent', cls: 'support' },
          { roleId: 'M', title: 'Manager', cls: 'primary' },
        ],
        'en',
      ),
    ).toBe('Primary: Manager; support: Agent (A), Agent (B)');
    expect(collaborationSentence([], 'zh-CN')).toBe('—');
    expect(
      collaborationSentence([{ roleId: 'Q', title: '质检专员', cls: 'partial' }], 'zh-CN'),
    ).toBe('部分：质检专员');
  });

  it('names a role with several posts with their number', () => {
    expect(roleName({ roleId: 'R', title: 'Agent', headcount: 1 }, 'en')).toBe('Agent (R)');
    expect(roleName({ roleId: 'R', title: 'Agent', headcount: 2 }, 'en')).toBe(
      'Agent (R, 2 posts)',
    );
  });
});

describe('jobDescriptionIndexMarkdown', () => {
  const jds = [makeJobDescription(), makeInvalidJobDescription({ title: 'Admin | Records' })];

  it('lists every role with its status and a link to its file', () => {
    expect(jobDescriptionIndexMarkdown(jds, 'en', (jd) => `${jd.roleId}.docx`)).toBe(
      [
        '# Job descriptions',
        '',
        '2 job descriptions: 1 valid, 1 needs attention.',
        '',
        '| Role ID | Title | Department | Status | File |',
        '| --- | --- | --- | --- | --- |',
        '| CS-VIPL | VIP Hotline Team Lead | Customer Service | Valid | [CS-VIPL.docx](CS-VIPL.docx) |',
        '| CS-ADM | Admin \\| Records | Customer Service | Needs attention | [CS-ADM.docx](CS-ADM.docx) |',
        '',
      ].join('\n'),
    );
  });

  it('encodes link targets and speaks Chinese', () => {
    const md = jobDescriptionIndexMarkdown(jds, 'zh-CN', (jd) => `${jd.roleId} (岗位).md`);
    expect(md).toContain('共 2 份岗位说明书：1 份有效，1 份待完善。');
    expect(md).toContain('| 岗位编号 | 岗位名称 | 所属部门 | 状态 | 文件 |');
    expect(md).toContain(
      '| CS-VIPL | VIP Hotline Team Lead | Customer Service | 有效 | [CS-VIPL (岗位).md](CS-VIPL%20%28%E5%B2%97%E4%BD%8D%29.md) |',
    );
  });
});
