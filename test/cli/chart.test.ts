import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fitScale, svgSize } from '../../src/io/chart/renderPng';
import { DATA, EXAMPLE_EN, EXAMPLE_ZH, ROOT, runCli } from './runCli';

const run = runCli;
const MAP = path.join(ROOT, 'mappings/uk-organogram.json');
const HOME_OFFICE = ['senior', 'junior'].map((k) =>
  path.join(DATA, `home_office-2011-09-30-${k}.csv`),
);
const tmp = mkdtempSync(path.join(tmpdir(), 'service-org-chart-'));
const AS_OF = ['--as-of', '2026-11-01'];

/** Role ids of the boxes of an SVG chart, in drawing order. */
const boxIds = (svg: string) =>
  [...svg.matchAll(/<g class="box" data-role="([^"]*)"/g)].map((m) => m[1]);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
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

describe('service-org chart of the example', () => {
  const svgFile = path.join(tmp, 'en', 'chart.svg');
  const pngFile = path.join(tmp, 'en', 'chart.png');
  let r: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    r = await run(['chart', EXAMPLE_EN, '--svg', svgFile, '--png', pngFile, ...AS_OF]);
  });

  it('writes a well-formed SVG with one box per role and exits 0', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const svg = readFileSync(svgFile, 'utf8');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(xmllint(svgFile)).toBe('');
    expect(boxIds(svg)).toHaveLength(16);
    expect(new Set(boxIds(svg)).size).toBe(16);
    // The audit's findings are badged: CS-RTL has an error (ROLE_NO_PRIMARY).
    expect(svg).toMatch(/data-role="CS-RTL"[^]*?class="badge error"/);
  });

  it('writes a PNG twice the SVG size (the default scale)', () => {
    const svg = svgSize(readFileSync(svgFile, 'utf8'));
    expect(pngSize(readFileSync(pngFile))).toEqual({
      width: svg.width * 2,
      height: svg.height * 2,
    });
  });

  it('prints one line: boxes, stacks, badged boxes, size and the files written', () => {
    const { width, height } = svgSize(readFileSync(svgFile, 'utf8'));
    expect(r.stdout).toMatch(
      new RegExp(
        `^Chart: 16 boxes, \\d+ stacks?, 9 with findings, ${width}×${height} px → wrote ${svgFile.replace(/[.]/g, '\\.')}, ${pngFile.replace(/[.]/g, '\\.')} \\(${width * 2}×${height * 2} px\\)\\n$`,
      ),
    );
  });

  it('scales the PNG with --scale', async () => {
    const out = path.join(tmp, 'en', 'scale1.png');
    const s = await run(['chart', EXAMPLE_EN, '--png', out, '--scale', '1', ...AS_OF]);
    expect(s.code).toBe(0);
    const svg = svgSize(readFileSync(svgFile, 'utf8'));
    expect(pngSize(readFileSync(out))).toEqual(svg);
  });
});

describe('service-org chart views', () => {
  it('--root draws only that role and those below it', async () => {
    const out = path.join(tmp, 'root.svg');
    const r = await run(['chart', EXAMPLE_EN, '--svg', out, '--root', 'CS-FLD', ...AS_OF]);
    expect(r.code).toBe(0);
    expect(boxIds(readFileSync(out, 'utf8'))).toEqual(['CS-FLD', 'CS-RTL', 'CS-TECH', 'CS-INS']);
    expect(r.stdout).toMatch(/^Chart: 4 boxes, /);
  });

  it('--root takes a unique title too', async () => {
    const out = path.join(tmp, 'root-title.svg');
    const r = await run(['chart', EXAMPLE_EN, '--svg', out, '--root', 'field service supervisor']);
    expect(r.code).toBe(0);
    expect(boxIds(readFileSync(out, 'utf8'))[0]).toBe('CS-FLD');
  });

  it('--depth draws that many layers and counts the folded roles on their box', async () => {
    const out = path.join(tmp, 'depth.svg');
    const r = await run(['chart', EXAMPLE_EN, '--svg', out, '--depth', '2', ...AS_OF]);
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(boxIds(svg)).toEqual(['CS-MGR', 'CS-INFO', 'CS-CMP', 'CS-HTL', 'CS-FLD', 'CS-QT']);
    expect(svg).toMatch(/data-role="CS-FLD"[^]*?>\+3<\/text>/);
  });

  it('--collapse folds the named subtrees into their boxes', async () => {
    const out = path.join(tmp, 'collapse.svg');
    const r = await run([
      'chart',
      EXAMPLE_EN,
      '--svg',
      out,
      '--collapse',
      'CS-FLD,CS-CMP',
      ...AS_OF,
    ]);
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    const ids = boxIds(svg);
    expect(ids).toContain('CS-FLD');
    expect(ids).not.toContain('CS-RTL');
    expect(ids).toHaveLength(16 - 3 - 2);
    expect(svg).toMatch(/data-role="CS-FLD"[^]*?>\+3<\/text>/);
    const bad = await run(['chart', EXAMPLE_EN, '--svg', out, '--collapse', 'NOPE']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--collapse: no role has the RoleId or title "NOPE"/);
  });

  it('--root and --depth together', async () => {
    const out = path.join(tmp, 'root-depth.svg');
    const r = await run(['chart', EXAMPLE_EN, '--svg', out, '--root', 'CS-FLD', '--depth', '1']);
    expect(r.code).toBe(0);
    expect(boxIds(readFileSync(out, 'utf8'))).toEqual(['CS-FLD']);
  });

  it.each([
    ['NOPE', /--root: no role has the RoleId or title "NOPE"\n/],
    ['cs-fld', /did you mean CS-FLD\?/],
  ])('--root %s that names no role: exit 2 and a message', async (root, message) => {
    const out = path.join(tmp, 'missing.svg');
    const r = await run(['chart', EXAMPLE_EN, '--svg', out, '--root', root]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(EXAMPLE_EN);
  });
});

describe('service-org chart in Chinese', () => {
  it('writes Chinese titles, a Chinese summary, and a PNG', async () => {
    const svgFile = path.join(tmp, 'zh.svg');
    const pngFile = path.join(tmp, 'zh.png');
    const r = await run([
      'chart',
      EXAMPLE_ZH,
      '--svg',
      svgFile,
      '--png',
      pngFile,
      '--lang',
      'zh-CN',
      ...AS_OF,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^组织图：16 个岗位框，.*像素 → 已写入 /);
    const svg = readFileSync(svgFile, 'utf8');
    expect(svg).toContain('>客户服务经理</text>');
    expect(xmllint(svgFile)).toBe('');
    const size = svgSize(svg);
    expect(pngSize(readFileSync(pngFile))).toEqual({
      width: size.width * 2,
      height: size.height * 2,
    });
  });
});

describe('service-org chart of a UK organogram', () => {
  it('draws every post of the Home Office (senior and junior CSVs combined)', async () => {
    const out = path.join(tmp, 'home-office.svg');
    const r = await run(['chart', '--map', MAP, '--combine', ...HOME_OFFICE, '--svg', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(xmllint(out)).toBe('');
    const ids = boxIds(readFileSync(out, 'utf8'));
    expect(ids).toHaveLength(882);
    expect(new Set(ids).size).toBe(882);
    expect(r.stdout).toMatch(/^Chart: 882 boxes, /);
  });

  it('renders the top of it to PNG', async () => {
    const svgFile = path.join(tmp, 'home-office-top.svg');
    const pngFile = path.join(tmp, 'home-office-top.png');
    const r = await run([
      'chart',
      '--map',
      MAP,
      '--combine',
      ...HOME_OFFICE,
      '--depth',
      '3',
      '--svg',
      svgFile,
      '--png',
      pngFile,
    ]);
    expect(r.code).toBe(0);
    const boxes = boxIds(readFileSync(svgFile, 'utf8')).length;
    expect(boxes).toBeGreaterThan(10);
    expect(boxes).toBeLessThan(882);
    const size = svgSize(readFileSync(svgFile, 'utf8'));
    const s = fitScale(size.width, size.height, 2);
    expect(pngSize(readFileSync(pngFile))).toEqual({
      width: Math.round(size.width * s),
      height: Math.round(size.height * s),
    });
  });
});

describe('service-org chart usage', () => {
  it.each([
    [['chart', EXAMPLE_EN], /chart needs --svg OUT\.svg or --png OUT\.png/],
    [['chart', '--svg', 'x.svg'], /chart needs at least one FILE/],
    [
      ['chart', 'a.csv', 'b.csv', '--svg', 'x.svg'],
      /chart draws one organisation: give one FILE, or --combine/,
    ],
    [['chart', EXAMPLE_EN, '--svg', 'x.svg', '--depth', '0'], /--depth must be a whole number/],
    [['chart', EXAMPLE_EN, '--svg', 'x.svg', '--depth', 'two'], /--depth must be a whole number/],
    [['chart', EXAMPLE_EN, '--png', 'x.png', '--scale', 'big'], /--scale must be a number/],
    [['chart', EXAMPLE_EN, '--png', 'x.png', '--scale', '0'], /--scale must be a number/],
  ])('rejects %j with exit 2', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 for a file it cannot read, naming it', async () => {
    const r = await run(['chart', path.join(tmp, 'nope.xlsx'), '--svg', path.join(tmp, 'n.svg')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file: .*nope\.xlsx/);
  });

  it('exits 2 for a workbook without a Roles table', async () => {
    const file = path.join(tmp, 'NoRoles.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    const r = await run(['chart', file, '--svg', path.join(tmp, 'n.svg')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('INPUT_NO_ROLES');
  });

  it('is in the help', async () => {
    const r = await run(['--help']);
    expect(r.stdout).toContain('service-org chart FILE --svg OUT.svg [--png OUT.png]');
    expect(r.stdout).toContain('--root ID');
    expect(r.stdout).toContain('--depth N');
  });
});

describe('PNG size caps', () => {
  it.each([
    [1000, 500, 2, 2],
    [20_000, 100, 2, 16_384 / 20_000],
    [100, 40_000, 1, 16_384 / 40_000],
  ])('fits %d×%d px at scale %d to %d', (w, h, scale, expected) => {
    expect(fitScale(w, h, scale)).toBeCloseTo(expected, 9);
  });

  it('keeps the pixel count within the cap, whole pixels included', () => {
    const s = fitScale(10_000, 9_000, 2, 16_384, 64_000_000);
    // √(64,000,000 / 90,000,000) ≈ 0.843, a hair less for whole pixels.
    expect(s).toBeLessThanOrEqual(Math.sqrt(64 / 90));
    expect(s).toBeGreaterThan(0.84);
    expect(Math.ceil(10_000 * s) * Math.ceil(9_000 * s)).toBeLessThanOrEqual(64_000_000);
  });

  it('reads an SVG size from its attributes or its viewBox', () => {
    expect(svgSize('<svg xmlns="…" width="120" height="80">')).toEqual({ width: 120, height: 80 });
    expect(svgSize('<svg viewBox="0 0 30 40">')).toEqual({ width: 30, height: 40 });
    expect(() => svgSize('<svg>')).toThrow(/no width and height/);
  });
});
