import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { templatePlans } from '../../src/core/render/templatePlan';
import type { SheetPlan } from '../../src/core/render/sheetPlan';
import {
  analysisPolicy,
  analysisResponsibilities,
  analysisRoles,
} from '../../src/core/testing/builders';
import { writeWorkbookCopy } from '../../src/io/xlsx/writeWorkbookCopy';
import { readXlsx } from '../../src/io/xlsx/readXlsx';
import { DATA, EXAMPLE_EN, EXAMPLE_ZH, ROOT, runCli } from './runCli';

const run = runCli;
const tmp = mkdtempSync(path.join(tmpdir(), 'service-org-cli-'));

async function cleanWorkbook(file: string): Promise<string> {
  const plans = [
    { name: 'Roles', rows: analysisRoles() },
    { name: 'Responsibilities', rows: analysisResponsibilities() },
    { name: 'Policy', rows: analysisPolicy() },
  ];
  writeFileSync(file, await writeWorkbookCopy(null, plans as SheetPlan[]));
  return file;
}

describe('service-org CLI', () => {
  it('prints help and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^service-org — /);
    expect(r.stdout).toContain('service-org audit FILE...');
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['audit'], /audit needs at least one FILE/],
    [['audit', 'a.xlsx', '--lang', 'fr'], /--lang must be en or zh-CN/],
    [['audit', 'a.xlsx', 'b.xlsx', '--out', 'x.xlsx'], /--out writes one workbook/],
    [['audit', 'a.xlsx', '--bogus'], /Unknown option '--bogus'/],
  ])('rejects %j with exit 2', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('audits the example: exit 1, findings by severity with Sheet!A1', async () => {
    const r = await run(['audit', EXAMPLE_EN, '--as-of', '2026-11-01']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      EXAMPLE_EN,
      '  error   CLASS_CODE_INVALID        Responsibilities!E17  "Lead" is not a class code; use P, Pa or S (Primary, Partial, Support; 主, 部, 支). The cell is ignored.',
      '  error   FUNC_OVERLAP              Responsibilities!A20  Function F19 has 2 primary owners (CS-CMPS, CS-FUP); name one, or allow JointOwnership in Policy.',
      '  error   ROLE_NO_PRIMARY           Roles!A13             Role CS-RTL owns no function as primary (only partial or support work).',
      '  warning FUNC_PARTIAL_NO_PRIMARY   Responsibilities!A5   Function F04 is shared by partial roles (CS-MGR) but nobody owns it as primary; name one owner.',
      '  warning ROLE_OVERLOADED           Roles!E11             Role CS-HTA carries 497.2 h/week against a capacity of 360 h (138%), above 110%.',
      '  warning SPAN_MANAGER_OF_ONE       Roles!A16             Role CS-QT manages a single person: a manager of one adds a layer without spreading the work.',
      '  warning JD_PURPOSE_MISSING        Roles!H5              Role CS-DBA has no Purpose: its job description cannot say why the position exists.',
      '  warning JD_ANALYSIS_DATE_STALE    Roles!K9              Role CS-FUP was last analysed on 2022-06-20, more than 24 months before 2026-11-01: review its description.',
      '  warning JD_ANALYSIS_DATE_MISSING  Roles!K15             Role CS-INS has no job analysis date, so nobody can tell whether its description is out of date.',
      '  warning JD_TOO_FEW_DUTIES         Roles!A17             Role CS-QA has only 1 of the 3 primary or partial duties a job description should list.',
      '  warning DUTY_VAGUE_OPENER         Responsibilities!A4   Function F03 opens with the vague "Responsible for": say what is done, how, and under which condition.',
      '  info    DATE_FROM_TEXT            Roles!K13             AnalysisDate holds the text "2025/6/23", read as the date 2025-06-23; enter it as a real date so Excel can sort and filter it.',
      '  info    ROLE_MANAGER_BY_TITLE     Roles!D14             Role CS-TECH reports to "Repair Team Lead", read as the title of role CS-RTL; use the RoleId to be safe.',
      '  info    SURVEY_ANSWER_BLANK       Survey!E179           Respondent R09 left the Perception of item "T2 The service hall and repair counter are clean and well organised" blank: it is left out, not counted as zero, and so is this respondent’s gap for the item.',
      '  info    SURVEY_ANSWER_BLANK       Survey!D504           Respondent R23 left the Expectation of item "E2 Offers service hours that suit me, evenings and weekends included" blank: it is left out, not counted as zero, and so is this respondent’s gap for the item.',
      '  info    SURVEY_ANSWER_BLANK       Survey!E889           Respondent R41 left the Perception of item "R4 Engineers arrive within the booked time slot" blank: it is left out, not counted as zero, and so is this respondent’s gap for the item.',
      '  info    ROLE_SINGLE_FUNCTION      Roles!A17             Role CS-QA has a single function: a candidate for job enlargement.',
      '  info    FUNC_NO_EFFORT            Responsibilities!A4   Function F03 has no Effort; its hours are not counted in anyone’s workload.',
      '  info    FUNC_NO_EFFORT            Responsibilities!A30  Function F29 has no Effort; its hours are not counted in anyone’s workload.',
      '  info    ORG_LAYERS_ABOVE_MINIMUM  Roles!A2              The organisation under CS-MGR has 4 layers; 37 people need only 3 at a span of 8.',
      '  info    ROLE_VACANCY              Roles!F11             Role CS-HTA has 1 of 9 posts unfilled.',
      '  3 errors, 8 warnings, 10 notes · 16 roles (headcount 37) · 37 functions',
      '',
    ]);
  });

  it('speaks Chinese with --lang zh-CN or LANG=zh_CN.UTF-8', async () => {
    const byFlag = await run(['audit', EXAMPLE_ZH, '--lang', 'zh-CN']);
    const byEnv = await run(['audit', EXAMPLE_ZH], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(byFlag.stdout).toBe(byEnv.stdout);
    expect(byFlag.stdout).toMatch(/错误 +CLASS_CODE_INVALID +职责!E17 +“牵头”不是有效的职责类别/);
    expect(byFlag.stdout).toMatch(
      /提示 +ROLE_MANAGER_BY_TITLE +岗位!D14 +岗位 CS-TECH 的直接上级“维修组长”按岗位名称匹配到 CS-RTL/,
    );
    expect(byFlag.stdout).toMatch(
      /警告 +ROLE_OVERLOADED +岗位!E11 +岗位 CS-HTA 每周工作量 497.2 小时，工作能力 360 小时（138%），超过 110%。/,
    );
    expect(byFlag.stdout).toContain('岗位 16 个（编制 37）');
  });

  it('prints JSON for many files, exit code the worst of them', async () => {
    const clean = await cleanWorkbook(path.join(tmp, 'clean.xlsx'));
    const r = await run(['audit', clean, EXAMPLE_EN, '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as {
      files: { file: string; findings: unknown[]; summary: Record<string, number> }[];
    };
    expect(json.files.map((f) => f.file)).toEqual([clean, EXAMPLE_EN]);
    expect(json.files[0]?.findings).toEqual([]);
    expect(json.files[0]?.summary).toEqual({
      errors: 0,
      warnings: 0,
      infos: 0,
      roles: 5,
      headcount: 9,
      functions: 9,
      assignments: 13,
      heads: 1,
    });
    const gap = (
      json.files[1] as unknown as {
        gapSummary: {
          responsibility: { overlaps: { functionId: string }[] };
          workload: { roles: { roleId: string; utilisation: number }[] };
        };
      }
    ).gapSummary;
    expect(gap.responsibility.overlaps.map((o) => o.functionId)).toEqual(['F19']);
    expect(gap.workload.roles[0]).toMatchObject({ roleId: 'CS-HTA', utilisation: 1.381 });
    expect(json.files[1]?.findings.slice(0, 3)).toEqual([
      expect.objectContaining({
        code: 'DATE_FROM_TEXT',
        severity: 'info',
        location: { sheet: 'Roles', a1: 'K13' },
        subject: 'CS-RTL',
      }),
      expect.objectContaining({
        code: 'ROLE_MANAGER_BY_TITLE',
        severity: 'info',
        location: { sheet: 'Roles', a1: 'D14' },
        subject: 'CS-TECH',
      }),
      {
        code: 'CLASS_CODE_INVALID',
        severity: 'error',
        message:
          '"Lead" is not a class code; use P, Pa or S (Primary, Partial, Support; 主, 部, 支). The cell is ignored.',
        location: { sheet: 'Responsibilities', a1: 'E17' },
        subject: 'CS-MGR',
      },
    ]);
  });

  it('exits 0 on a clean workbook', async () => {
    const r = await run(['audit', await cleanWorkbook(path.join(tmp, 'clean0.xlsx'))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '0 errors, 0 warnings, 0 notes · 5 roles (headcount 9) · 9 functions',
    );
  });

  it('exits 2 on unusable input: a missing file, garbage bytes, a bad mapping, no Roles table', async () => {
    const garbage = path.join(tmp, 'garbage.xlsx');
    writeFileSync(garbage, 'this is not a zip file');
    const badMap = path.join(tmp, 'bad.json');
    writeFileSync(badMap, '{"roles": [{"sheet": 3, "columns": {"Titel": "x"}}]}');
    const noRoles = path.join(tmp, 'noroles.csv');
    writeFileSync(noRoles, 'a,b\n1,2\n');

    const missing = await run(['audit', path.join(tmp, 'nope.xlsx')]);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      `service-org: ${path.join(tmp, 'nope.xlsx')}: no such file: ${path.join(tmp, 'nope.xlsx')}\n`,
    ]);
    const bad = await run(['audit', garbage]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Not a readable .xlsx file');
    const mapping = await run(['audit', EXAMPLE_EN, '--map', badMap]);
    expect(mapping.code).toBe(2);
    expect(mapping.stderr).toContain('roles[0].sheet: expected a sheet name');
    expect(mapping.stderr).toContain('roles[0].columns: unknown field "Titel"');
    const none = await run(['audit', noRoles, '--json']);
    expect(none.code).toBe(2);
    expect(JSON.parse(none.stdout).files[0].findings[0]).toMatchObject({
      code: 'INPUT_NO_ROLES',
      location: { sheet: 'noroles', a1: 'A1' },
    });
  });

  it('combines an organogram’s two CSVs through the shipped mapping', async () => {
    const r = await run([
      'audit',
      '--map',
      path.join(ROOT, 'mappings/uk-organogram.json'),
      '--combine',
      path.join(DATA, 'home_office-2011-09-30-senior.csv'),
      path.join(DATA, 'home_office-2011-09-30-junior.csv'),
      '--json',
    ]);
    expect(r.code).toBe(0);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.summary).toMatchObject({ roles: 882, headcount: 2421.95, heads: 1 });
    expect(file.findings.slice(0, 5).map((f: { code: string }) => f.code)).toEqual([
      'ROLE_DUPLICATE_ID_MERGED',
      'ROLE_DUPLICATE_ID_MERGED',
      'ROLE_DUPLICATE_ID_MERGED',
      'ROLE_IDS_GENERATED',
      'INPUT_NO_RESPONSIBILITIES',
    ]);
  });

  it('writes a copy with a Findings sheet; the input sheets are unchanged cell by cell', async () => {
    const out = path.join(tmp, 'audited.xlsx');
    const r = await run(['audit', EXAMPLE_EN, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Wrote ${out}`);
    const before = await readXlsx(readFileSync(EXAMPLE_EN));
    const after = await readXlsx(readFileSync(out));
    expect(after.map((g) => g.sheet)).toEqual([
      'Roles',
      'Responsibilities',
      'Policy',
      'Survey',
      'Findings',
      'Gap Summary',
      'Service Quality',
      'Job Descriptions',
      'Org Chart',
    ]);
    expect(after.slice(0, 4)).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Findings');
    expect(ws?.getCell('A2').value).toBe('3 errors, 8 warnings, 10 notes');
    expect(ws?.getRow(4).values).toEqual([
      undefined,
      'Error',
      'CLASS_CODE_INVALID',
      '"Lead" is not a class code; use P, Pa or S (Primary, Partial, Support; 主, 部, 支). The cell is ignored.',
      { text: 'Responsibilities!E17', hyperlink: '#Responsibilities!$E$17' },
      'CS-MGR',
    ]);
  });

  it('writes CSV input into a new workbook beside the Findings', async () => {
    const csv = path.join(tmp, 'roles.csv');
    writeFileSync(csv, 'RoleId,Title,ReportsTo\nA,Head,\nB,"=HYPERLINK(""x"")",A\n');
    const out = path.join(tmp, 'roles-audited.xlsx');
    const r = await run(['audit', csv, '--out', out]);
    expect(r.code).toBe(0);
    const after = await readXlsx(readFileSync(out));
    expect(after.map((g) => g.sheet)).toEqual([
      'roles',
      'Findings',
      'Gap Summary',
      'Service Quality',
      'Job Descriptions',
      'Org Chart',
    ]);
    expect(after[0]?.values).toEqual([
      ['RoleId', 'Title', 'ReportsTo'],
      ['A', 'Head'],
      ['B', '=HYPERLINK("x")', 'A'],
    ]);
  });

  it.each([
    ['en', ['Roles', 'Responsibilities', 'Policy', 'Survey'], ['P', 'Pa', 'S'], ['MinSpan', 3]],
    ['zh-CN', ['岗位', '职责', '规则', '问卷'], ['主', '部', '支'], ['最小管理幅度', 3]],
  ] as const)(
    'template --lang %s: input sheets, a class dropdown on every matrix cell, Policy defaults',
    async (lang, sheets, codes, minSpan) => {
      const out = path.join(tmp, `template-${lang}.xlsx`);
      const r = await run(['template', out, '--lang', lang]);
      expect(r.code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(sheets);
      const matrix = wb.getWorksheet(sheets[1]);
      for (const ref of ['E2', 'X300', 'M150']) {
        expect(matrix?.getCell(ref).dataValidation).toMatchObject({
          type: 'list',
          formulae: [`"${codes.join(',')}"`],
        });
      }
      expect(matrix?.getCell('D2').dataValidation).toBeUndefined();
      const policy = wb.getWorksheet(sheets[2]);
      expect([policy?.getCell('A2').value, policy?.getCell('B2').value]).toEqual(minSpan);
      expect(policy?.rowCount).toBe(25);
      // The blank template has nothing to audit yet: exit 2 with a clear finding.
      const audit = await run(['audit', out, '--json', '--lang', lang]);
      expect(audit.code).toBe(2);
      expect(
        JSON.parse(audit.stdout).files[0].findings.map((f: { code: string }) => f.code),
      ).toEqual(['INPUT_EMPTY_TABLE', 'INPUT_EMPTY_TABLE', 'MATRIX_NO_ROLE_COLUMNS']);
    },
  );

  it.each(['en', 'zh-CN'] as const)(
    'the committed example (%s) is what `template --example` writes',
    async (lang) => {
      const committed = await readXlsx(readFileSync(lang === 'en' ? EXAMPLE_EN : EXAMPLE_ZH));
      const fresh = await readXlsx(await writeWorkbookCopy(null, templatePlans(lang, true)));
      expect(committed).toEqual(fresh);
    },
  );

  it('shows a progress line on a terminal, and none when piped', async () => {
    const tty = await run(['audit', EXAMPLE_EN], { tty: true });
    expect(tty.stderr).toContain(`\r[1/1] ${EXAMPLE_EN}`);
    const piped = await run(['audit', EXAMPLE_EN]);
    expect(piped.stderr).toBe('');
  });
});
