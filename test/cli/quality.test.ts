import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditWorkbook, type AuditResult } from '../../src/core/audit/auditWorkbook';
import type { ServiceQuality } from '../../src/core/analyze/serviceQuality';
import type { Lang } from '../../src/core/i18n/lang';
import { serviceDimensionLabel } from '../../src/core/i18n/serviceQualityLabels';
import { signedFigure } from '../../src/core/render/signedFigure';
import type { SheetPlan } from '../../src/core/render/sheetPlan';
import {
  analysisPolicy,
  analysisResponsibilities,
  analysisRoles,
  type Rows,
} from '../../src/core/testing/builders';
import { svgSize } from '../../src/io/chart/renderPng';
import { readWorkbookFile } from '../../src/io/xlsx/readWorkbookFile';
import { writeWorkbookCopy } from '../../src/io/xlsx/writeWorkbookCopy';
import { EXAMPLE_EN, EXAMPLE_ZH, runCli } from './runCli';

const run = runCli;
const tmp = mkdtempSync(path.join(tmpdir(), 'service-org-quality-cli-'));
const AS_OF = ['--as-of', '2026-11-01'];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHART_FILES = [
  'service-quality-radar.svg',
  'service-quality-radar.png',
  'service-quality-gaps.svg',
  'service-quality-gaps.png',
];

/** The example's audit, as the command computes it. */
async function exampleAudit(file: string, lang: Lang): Promise<AuditResult> {
  return auditWorkbook(await readWorkbookFile(file), { lang, asOf: '2026-11-01' });
}
function qualityOf(audit: AuditResult): ServiceQuality {
  if (!audit.serviceQuality) throw new Error('the example has no survey');
  return audit.serviceQuality;
}

/** A workbook of the clean analysis organisation, with a Survey sheet of these rows if given. */
async function workbookFile(name: string, survey?: Rows): Promise<string> {
  const plans = [
    { name: 'Roles', rows: analysisRoles() },
    { name: 'Responsibilities', rows: analysisResponsibilities() },
    { name: 'Policy', rows: analysisPolicy() },
    ...(survey ? [{ name: 'Survey', rows: survey }] : []),
  ];
  const file = path.join(tmp, name);
  writeFileSync(file, await writeWorkbookCopy(null, plans as SheetPlan[]));
  return file;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_MAGIC);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function xmllint(file: string): string {
  const r = spawnSync('xmllint', ['--noout', '--nonet', file], { encoding: 'utf8' });
  if (r.error)
    throw new Error(
      `xmllint is not installed (apt-get install -y libxml2-utils): ${r.error.message}`,
    );
  return r.status === 0 ? '' : r.stderr;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A table row: its cells in order, separated by at least one space, the line indented. */
const rowPattern = (cells: readonly string[], whole = true) =>
  new RegExp(`^ +${cells.map(escape).join(' +')}${whole ? '$' : ' '}`, 'm');
const percent = (w: number) => `${Number((w * 100).toFixed(1))}%`;

describe('service-org quality on the English example', () => {
  const out = path.join(tmp, 'en');
  let r: Awaited<ReturnType<typeof run>>;
  let q: ServiceQuality;
  let audit: AuditResult;

  beforeAll(async () => {
    r = await run(['quality', EXAMPLE_EN, '--out', out, ...AS_OF]);
    audit = await exampleAudit(EXAMPLE_EN, 'en');
    q = qualityOf(audit);
  });

  it('exits 0 and says where the survey was read', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(EXAMPLE_EN);
    expect(lines[1]).toBe(
      '  Survey: sheet Survey, long form (a row per respondent and item), header A1:E1, 1,408 rows · 64 respondents · scale 1–7',
    );
    expect(lines[2]).toBe(
      '  Weights: Seed 001 weights (reliability 32%, responsiveness 22%, assurance 19%, empathy 16%, tangibles 11%)',
    );
  });

  it('prints each dimension’s weight, E, P, gap, 95% interval and n', () => {
    expect(r.stdout).toMatch(
      rowPattern([
        'Dimension',
        'Weight',
        'Expectation',
        'Perception',
        'Gap',
        '95% CI of the gap',
        'n',
      ]),
    );
    for (const d of q.dimensions) {
      const ci = d.ci ? `[${signedFigure(d.ci.low)}, ${signedFigure(d.ci.high)}]` : '—';
      expect(r.stdout).toMatch(
        rowPattern([
          serviceDimensionLabel(d.dimension, 'en'),
          percent(d.weight),
          d.expectation?.toFixed(2) ?? '—',
          d.perception?.toFixed(2) ?? '—',
          d.gap === null ? '—' : signedFigure(d.gap),
          ci,
          String(d.n),
        ]),
      );
    }
    // The figures as printed, pinned.
    expect(r.stdout).toMatch(
      rowPattern(['Reliability', '32%', '6.46', '5.03', '−1.43', '[−1.58, −1.28]', '64']),
    );
    expect(r.stdout).toMatch(
      rowPattern(['Tangibles', '11%', '6.08', '6.17', '+0.09', '[−0.05, +0.23]', '64']),
    );
    expect(r.stdout).toMatch(rowPattern(['Weighted', '100%', '6.35', '5.35', '−1.00']));
  });

  it('prints the weighted score and the CSI with their formulas', () => {
    const { overall, scale } = q;
    expect(r.stdout).toContain(
      `  Weighted score (gap 5) = Σ wᵢ·(P̄ᵢ − Ēᵢ) = ${signedFigure(overall.gap ?? NaN)}\n`,
    );
    expect(r.stdout).toContain(
      `  CSI = 100 × (Σ wᵢ·P̄ᵢ − min) / (max − min) = 100 × (${overall.perception?.toFixed(2)} − ${scale.min}) / (${scale.max} − ${scale.min}) = ${overall.csi?.toFixed(1)}\n`,
    );
    expect(r.stdout).toContain('= 100 × (5.35 − 1) / (7 − 1) = 72.5\n');
  });

  it('lists the top 10 improvement priorities', () => {
    const ranked = q.priorities.ranked;
    expect(r.stdout).toContain(
      `  Improvement priorities (items below expectation by weight × shortfall; top 10 of ${ranked.length}):\n`,
    );
    const block = r.stdout.split('Improvement priorities')[1]?.split('\n').slice(1, 12) ?? [];
    expect(block[10]).toBe('');
    ranked.slice(0, 10).forEach((p, i) => {
      expect(block[i]).toMatch(
        rowPattern([
          `${String(p.rank).padStart(2)}. ${p.item}`.trim(),
          serviceDimensionLabel(p.dimension, 'en'),
          signedFigure(p.gap),
          p.score.toFixed(3),
        ]),
      );
    });
    expect(block[0]).toMatch(
      /^ +1\. R3 Fixes the fault right the first time +Reliability +−1\.83 +0\.585$/,
    );
  });

  it('prints the five-gap checklist: each gap’s status, each signal’s status and evidence', () => {
    const words = { found: 'found', 'not-found': 'not found', 'not-measurable': 'not measurable' };
    const lines = r.stdout.split('\n');
    for (const gap of audit.gapSummary.fiveGaps) {
      expect(lines).toContain(`    ${gap.title.en} [${words[gap.status]}]`);
      for (const s of gap.signals) {
        const line = lines.find((l) => l.includes(`  ${s.label.en}`));
        expect(line).toMatch(new RegExp(`^ {6}${escape(words[s.status])} +${escape(s.label.en)}`));
        if (s.status === 'found') expect(line).toContain(`${s.label.en}: ${s.count}`);
      }
    }
    expect(r.stdout).toContain(
      'Weighted perception below weighted expectation: 4 (Reliability, Responsiveness, Assurance, Empathy) — weighted gap −1.00, CSI 72.5',
    );
    expect(r.stdout).toMatch(/^ {6}not measurable {2}Promises made to customers/m);
  });

  it('counts the survey’s findings and points to audit', () => {
    const survey = audit.diagnostics.filter((d) => d.code.startsWith('SURVEY_'));
    const notes = survey.filter((d) => d.severity === 'info').length;
    expect(survey.every((d) => d.code === 'SURVEY_ANSWER_BLANK')).toBe(true);
    expect(r.stdout).toContain(
      `  Survey findings: 0 errors, 0 warnings, ${notes} notes (SURVEY_ANSWER_BLANK ×${survey.length}); \`service-org audit ${EXAMPLE_EN}\` lists them with their cells.\n`,
    );
  });

  it('writes the radar and the gaps as SVG and PNG, and lists them', () => {
    for (const name of CHART_FILES) expect(existsSync(path.join(out, name))).toBe(true);
    for (const name of ['service-quality-radar.svg', 'service-quality-gaps.svg']) {
      const file = path.join(out, name);
      const svg = readFileSync(file, 'utf8');
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
      expect(xmllint(file)).toBe('');
      for (const d of ['Reliability', 'Responsiveness', 'Assurance', 'Empathy', 'Tangibles'])
        expect(svg).toContain(`>${d}</text>`);
    }
    const radar = readFileSync(path.join(out, 'service-quality-radar.svg'), 'utf8');
    expect(radar).toContain('<title>Expectation and perception by dimension</title>');
    expect(readFileSync(path.join(out, 'service-quality-gaps.svg'), 'utf8')).toContain('>−1.43<');
    const sizes = ['radar', 'gaps'].map((k) => {
      const svg = svgSize(readFileSync(path.join(out, `service-quality-${k}.svg`), 'utf8'));
      const png = pngSize(readFileSync(path.join(out, `service-quality-${k}.png`)));
      expect(png).toEqual({ width: svg.width * 2, height: svg.height * 2 });
      return png;
    });
    const [radarPng, gapsPng] = sizes as [{ width: number; height: number }, (typeof sizes)[0]];
    expect(r.stdout).toMatch(
      new RegExp(
        `\n  Wrote:\n    ${escape(path.join(out, 'service-quality-radar.svg'))}\n` +
          `    ${escape(path.join(out, 'service-quality-radar.png'))} \\(${radarPng.width}×${radarPng.height} px\\)\n` +
          `    ${escape(path.join(out, 'service-quality-gaps.svg'))}\n` +
          `    ${escape(path.join(out, 'service-quality-gaps.png'))} \\(${gapsPng?.width}×${gapsPng?.height} px\\)\n$`,
      ),
    );
  });

  it('draws the PNGs at --scale', async () => {
    const dir = path.join(tmp, 'scale1');
    const s = await run(['quality', EXAMPLE_EN, '--out', dir, '--scale', '1', ...AS_OF]);
    expect(s.code).toBe(0);
    const svg = svgSize(readFileSync(path.join(dir, 'service-quality-radar.svg'), 'utf8'));
    expect(pngSize(readFileSync(path.join(dir, 'service-quality-radar.png')))).toEqual(svg);
  });

  it('writes no files without --out', async () => {
    const s = await run(['quality', EXAMPLE_EN, ...AS_OF]);
    expect(s.code).toBe(0);
    expect(s.stdout).not.toContain('Wrote');
    expect(s.stdout).toBe(r.stdout.slice(0, r.stdout.indexOf('\n  Wrote:\n')));
  });
});

describe('service-org quality on the Chinese example', () => {
  const out = path.join(tmp, 'zh');
  let r: Awaited<ReturnType<typeof run>>;
  let q: ServiceQuality;

  beforeAll(async () => {
    r = await run(['quality', EXAMPLE_ZH, '--out', out, '--lang', 'zh-CN', ...AS_OF]);
    q = qualityOf(await exampleAudit(EXAMPLE_ZH, 'zh-CN'));
  });

  it('reports in Chinese', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '  问卷：工作表“问卷”，长表（每位受访者每个题项一行），表头 A1:E1，共 1,408 行 · 受访者 64 人 · 量表 1–7\n',
    );
    expect(r.stdout).toMatch(
      rowPattern(['维度', '权重', '期望', '感知', '差距', '差距的 95% 置信区间', '人数']),
    );
    expect(r.stdout).toMatch(
      rowPattern(['可靠性', '32%', '6.46', '5.03', '−1.43', '[−1.58, −1.28]', '64']),
    );
    for (const d of q.dimensions)
      expect(r.stdout).toMatch(
        rowPattern(
          [
            serviceDimensionLabel(d.dimension, 'zh-CN'),
            percent(d.weight),
            d.expectation?.toFixed(2) ?? '',
            d.perception?.toFixed(2) ?? '',
            signedFigure(d.gap ?? NaN),
          ],
          false,
        ),
      );
    expect(r.stdout).toContain(
      '  客户满意指标 CSI = 100 × (Σ wᵢ·P̄ᵢ − 最低分) / (最高分 − 最低分) = 100 × (5.35 − 1) / (7 − 1) = 72.5\n',
    );
    expect(r.stdout).toContain('  加权服务质量得分（缺口五）= Σ wᵢ·(P̄ᵢ − Ēᵢ) = −1.00\n');
    expect(r.stdout).toContain(
      `  改善重点（低于期望的题项，按权重 × 差距排序；共 ${q.priorities.ranked.length} 项，列出前 10 项）：\n`,
    );
    expect(r.stdout).toMatch(/^ +1\. R3 一次上门就能把故障修好 +可靠性 +−1\.83 +0\.585$/m);
    expect(r.stdout).toContain('    缺口四：市场沟通差距（对客户的承诺与实际服务）【无法衡量】\n');
    expect(r.stdout).toContain(
      '加权感知低于加权期望：4 项（可靠性、响应性、保证性、移情性）；加权差距 −1.00，CSI 72.5',
    );
    expect(r.stdout).toMatch(
      /问卷检查结果：错误 0 项，警告 0 项，提示 \d+ 项（SURVEY_ANSWER_BLANK ×\d+）/,
    );
    expect(r.stdout).toContain(`  已写入：\n    ${path.join(out, 'service-quality-radar.svg')}\n`);
  });

  it('lines up the Chinese table by display width (a CJK character takes two columns)', () => {
    const lines = r.stdout.split('\n');
    const at = lines.indexOf('    维度    权重  期望  感知   差距  差距的 95% 置信区间  人数');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 7)).toEqual([
      '    可靠性   32%  6.46  5.03  −1.43  [−1.58, −1.28]         64',
      '    响应性   22%  6.47  5.15  −1.32  [−1.49, −1.14]         64',
      '    保证性   19%  6.29  5.57  −0.72  [−0.89, −0.56]         64',
      '    移情性   16%  6.21  5.45  −0.76  [−0.91, −0.60]         64',
      '    有形性   11%  6.08  6.17  +0.09  [−0.05, +0.23]         64',
      '    加权    100%  6.35  5.35  −1.00',
    ]);
  });

  it('draws the charts with Chinese labels', () => {
    const radar = readFileSync(path.join(out, 'service-quality-radar.svg'), 'utf8');
    const gaps = readFileSync(path.join(out, 'service-quality-gaps.svg'), 'utf8');
    expect(radar).toContain('<title>各维度期望与感知</title>');
    expect(gaps).toContain('<title>各维度差距（感知 − 期望）</title>');
    for (const d of ['可靠性', '响应性', '保证性', '移情性', '有形性']) {
      expect(radar).toContain(`>${d}</text>`);
      expect(gaps).toContain(`>${d}</text>`);
    }
    for (const name of ['service-quality-radar.png', 'service-quality-gaps.png'])
      pngSize(readFileSync(path.join(out, name)));
  });
});

describe('service-org quality without a survey', () => {
  it('exits 2 and says how to add a Survey sheet', async () => {
    const file = await workbookFile('no-survey.xlsx');
    const r = await run(['quality', file, '--out', path.join(tmp, 'none'), ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `service-org: ${file}: no survey found. Add a sheet named Survey (or 问卷) with the columns RespondentId, Dimension, Item, Expectation, Perception and, optionally, Importance: a row per respondent and item, answers on the Policy’s Likert scale (1–7 by default). \`service-org template --example OUT.xlsx\` writes a workbook with one.\n`,
    );
    expect(existsSync(path.join(tmp, 'none'))).toBe(false);
  });

  it('says so in Chinese', async () => {
    const file = await workbookFile('no-survey-zh.xlsx');
    const r = await run(['quality', file], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未找到问卷。请添加名为“问卷”（或 Survey）的工作表');
    expect(r.stderr).toContain('`service-org template --example OUT.xlsx`');
  });

  it('counts the findings of a Survey sheet it cannot read', async () => {
    const file = await workbookFile('bad-survey.xlsx', [
      ['RespondentId', 'Dimension', 'Item', 'Score'],
      ['R1', 'Reliability', 'REL1', 5],
    ]);
    const r = await run(['quality', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no survey found/);
    expect(r.stderr).toMatch(
      /\n {2}Survey findings: 1 error, \d+ warnings?, \d+ notes? \([^)]*SURVEY_COLUMNS_MISSING ×1[^)]*\); `service-org audit [^`]*` lists them with their cells\.\n$/,
    );
  });

  it('exits 2 for a file it cannot read, and still reports the others', async () => {
    const r = await run(['quality', path.join(tmp, 'missing.xlsx'), EXAMPLE_EN, ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`service-org: ${path.join(tmp, 'missing.xlsx')}: no such file`);
    expect(r.stdout.startsWith(`${EXAMPLE_EN}\n  Survey: sheet Survey`)).toBe(true);
  });
});

describe('service-org quality --json', () => {
  it('prints {files:[{file, serviceQuality, fiveGaps}]}, null for a workbook with no survey', async () => {
    const none = await workbookFile('json-none.xlsx');
    const out = path.join(tmp, 'json');
    const r = await run(['quality', EXAMPLE_EN, none, '--json', '--out', out, ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as { files: Record<string, unknown>[] };
    const audit = await exampleAudit(EXAMPLE_EN, 'en');
    const [example, empty] = json.files as [Record<string, unknown>, Record<string, unknown>];
    expect(Object.keys(example)).toEqual(['file', 'serviceQuality', 'fiveGaps', 'charts']);
    expect(example.file).toBe(EXAMPLE_EN);
    expect(example.serviceQuality).toEqual(JSON.parse(JSON.stringify(audit.serviceQuality)));
    expect(example.fiveGaps).toEqual(JSON.parse(JSON.stringify(audit.gapSummary.fiveGaps)));
    // Several FILEs: a folder each, named after the file.
    const dir = path.join(out, 'service-org-example.en');
    expect(example.charts).toEqual(CHART_FILES.map((f) => path.join(dir, f)));
    for (const f of CHART_FILES) expect(existsSync(path.join(dir, f))).toBe(true);
    expect(Object.keys(empty)).toEqual(['file', 'error', 'serviceQuality', 'fiveGaps']);
    expect(empty.serviceQuality).toBeNull();
    expect(empty.error).toMatch(/^no survey found\./);
    expect((empty.fiveGaps as unknown[]).length).toBe(5);
  });
});

describe('service-org quality usage', () => {
  it('is in the help', async () => {
    const r = await run(['--help']);
    expect(r.stdout).toContain('service-org quality FILE... [--out DIR] [options]');
    expect(r.stdout).toContain(
      'Exit codes (quality): 0 survey analysed · 2 unusable input or no survey found',
    );
  });

  it('needs a FILE', async () => {
    const r = await run(['quality']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quality needs at least one FILE/);
  });
});
