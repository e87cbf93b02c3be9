import JSZip from 'jszip';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { safeStem, uniqueFileNames } from '../../src/cli/jdCommand';
import { EXAMPLE_EN, EXAMPLE_ZH, runCli } from './runCli';

const run = runCli;
const tmp = mkdtempSync(path.join(tmpdir(), 'service-org-jd-'));
const AS_OF = ['--as-of', '2026-11-01'];

/** The example's role ids, in input order. */
const ROLES = [
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
];

describe('service-org jd --format md', () => {
  const out = path.join(tmp, 'md');
  let r: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    r = await run(['jd', EXAMPLE_EN, '--out', out, '--format', 'md', ...AS_OF]);
  });

  it('writes one file per role and index.md, and exits 1 for the deliberate defects', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual([...ROLES.map((id) => `${id}.md`), 'index.md'].sort());
  });

  it('prints a summary line and the roles that need attention', () => {
    expect(r.stdout.split('\n')).toEqual([
      `Wrote 16 job descriptions (14 valid) to ${out}`,
      'Needs attention:',
      '  CS-MGR  Customer Service Manager  (CLASS_CODE_INVALID)',
      '  CS-RTL  Repair Team Lead  (ROLE_NO_PRIMARY)',
      '',
    ]);
  });

  it('links every role from the index, with its status', () => {
    const index = readFileSync(path.join(out, 'index.md'), 'utf8').split('\n');
    expect(index.slice(0, 3)).toEqual([
      '# Job descriptions',
      '',
      '16 job descriptions: 14 valid, 2 need attention.',
    ]);
    const rows = index.filter((l) => /^\| CS-/.test(l));
    expect(rows.map((l) => l.split(' | ')[0]?.slice(2))).toEqual(ROLES);
    expect(rows[0]).toBe(
      '| CS-MGR | Customer Service Manager | Customer Service | Needs attention | [CS-MGR.md](CS-MGR.md) |',
    );
    expect(rows.filter((l) => l.includes('| Valid |'))).toHaveLength(14);
  });

  it('writes each role as a job description', () => {
    const md = readFileSync(path.join(out, 'CS-HTA.md'), 'utf8');
    expect(md.split('\n')[0]).toBe('# VIP Hotline Agent — Job description');
    expect(md).toContain('| **Reports to** | VIP Hotline Team Lead (CS-HTL) |');
    expect(md).toContain('## Primary duties');
    expect(md).toContain('## Validation\n\n**Valid**');
  });

  it('judges analysis dates as of --as-of', async () => {
    const late = path.join(tmp, 'late');
    await run(['jd', EXAMPLE_EN, '--out', late, '--format', 'md', '--as-of', '2031-01-01']);
    const stale = (dir: string) =>
      readdirSync(dir).filter((f) =>
        readFileSync(path.join(dir, f), 'utf8').includes('JD_ANALYSIS_DATE_STALE'),
      ).length;
    expect(stale(late)).toBeGreaterThan(stale(out));
  });
});

describe('service-org jd --format docx', () => {
  it('writes 16 Word documents (the default format) and index.md', async () => {
    const out = path.join(tmp, 'docx');
    const r = await run(['jd', EXAMPLE_EN, '--out', out, ...AS_OF]);
    expect(r.code).toBe(1);
    const files = readdirSync(out).sort();
    expect(files).toEqual([...ROLES.map((id) => `${id}.docx`), 'index.md'].sort());
    const zip = await JSZip.loadAsync(readFileSync(path.join(out, 'CS-HTA.docx')));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('VIP Hotline Agent');
    expect(xml).toContain('Primary duties');
    expect(readFileSync(path.join(out, 'index.md'), 'utf8')).toContain(
      '[CS-HTA.docx](CS-HTA.docx)',
    );
  });

  it('writes Chinese with --lang zh-CN', async () => {
    const out = path.join(tmp, 'zh');
    const r = await run(['jd', EXAMPLE_ZH, '--out', out, '--lang', 'zh-CN', ...AS_OF]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(`已将 16 份岗位说明书（14 份有效）写入 ${out}`);
    expect(r.stdout).toContain('待完善：');
    expect(readdirSync(out).filter((f) => f.endsWith('.docx'))).toHaveLength(16);
    const zip = await JSZip.loadAsync(readFileSync(path.join(out, 'CS-MGR.docx')));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const label of ['岗位说明书', '岗位名称', '直接下级', '主要职责', '任职资格', '校验结果'])
      expect(xml).toContain(label);
    const index = readFileSync(path.join(out, 'index.md'), 'utf8');
    expect(index).toContain('# 岗位说明书目录');
    expect(index).toContain('共 16 份岗位说明书：14 份有效，2 份待完善。');
  });
});

describe('service-org jd with several workbooks', () => {
  it('gives each FILE a folder of its own', async () => {
    const out = path.join(tmp, 'both');
    const r = await run(['jd', EXAMPLE_EN, EXAMPLE_ZH, '--out', out, '--format', 'md', ...AS_OF]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual([
      'service-org-example.en',
      'service-org-example.zh-CN',
    ]);
    expect(readdirSync(path.join(out, 'service-org-example.zh-CN'))).toHaveLength(17);
  });
});

describe('service-org jd rejects unusable input with exit 2', () => {
  it.each([
    [['jd', '--out', 'x'], /jd needs at least one FILE/],
    [['jd', EXAMPLE_EN], /jd needs --out DIR/],
    [['jd', EXAMPLE_EN, '--out', 'x', '--format', 'pdf'], /--format must be docx or md/],
    [['jd', EXAMPLE_EN, '--out', 'x', '--as-of', '2026-13-01'], /--as-of must be a date/],
    [['jd', EXAMPLE_EN, '--out', 'x', '--as-of', '1.11.2026'], /--as-of must be a date/],
    [['audit', EXAMPLE_EN, '--as-of', '2026-02-30'], /--as-of must be a date/],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a missing file, a bad mapping, a workbook without roles', async () => {
    const out = path.join(tmp, 'bad');
    const missing = await run(['jd', path.join(tmp, 'nope.xlsx'), '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);

    const mapping = path.join(tmp, 'bad-mapping.json');
    writeFileSync(mapping, '{ not json');
    const badMap = await run(['jd', EXAMPLE_EN, '--out', out, '--map', mapping]);
    expect(badMap.code).toBe(2);
    expect(badMap.stderr).toMatch(/not valid JSON/);

    const csv = path.join(tmp, 'nothing.csv');
    writeFileSync(csv, 'Colour,Size\nred,3\n');
    const noRoles = await run(['jd', csv, '--out', out]);
    expect(noRoles.code).toBe(2);
    expect(noRoles.stderr).toContain(csv);
    expect(noRoles.stdout).toBe('');
  });

  it('audit takes --as-of too', async () => {
    const r = await run(['audit', EXAMPLE_EN, '--as-of', '2031-01-01', '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('JD_ANALYSIS_DATE_STALE');
  });
});

describe('file names for role ids', () => {
  it('keeps plain ids, and replaces what file systems refuse', () => {
    expect(safeStem('CS-HTA')).toBe('CS-HTA');
    expect(safeStem('客服-01')).toBe('客服-01');
    expect(safeStem('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeStem('Post 12\t')).toBe('Post_12');
    expect(safeStem('..hidden.')).toBe('hidden');
    expect(safeStem('...')).toBe('role');
    expect(safeStem('')).toBe('role');
    expect(safeStem('CON')).toBe('_CON');
    expect(safeStem('lpt1')).toBe('_lpt1');
    expect(safeStem('nul.v2')).toBe('_nul.v2');
    expect(safeStem('index')).toBe('_index');
    expect(Buffer.byteLength(safeStem('岗'.repeat(200)), 'utf8')).toBeLessThanOrEqual(120);
  });

  it('numbers names that would clash, ignoring case', () => {
    expect(uniqueFileNames(['A', 'a', 'A/1', 'A:1', 'b'], '.md')).toEqual([
      'A.md',
      'a-2.md',
      'A_1.md',
      'A_1-2.md',
      'b.md',
    ]);
  });
});
