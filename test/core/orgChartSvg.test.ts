import { spawnSync } from 'node:child_process';
import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import { EXAMPLE_WORKBOOKS } from '../../src/core/example/exampleData';
import type { Lang } from '../../src/core/i18n/lang';
import { layoutOrgChart } from '../../src/core/layout/layoutOrgChart';
import type { RoleId } from '../../src/core/model/ids';
import { DEFAULT_POLICY } from '../../src/core/model/policy';
import type { Role } from '../../src/core/model/role';
import {
  CHART_FONT_FAMILY,
  DEPARTMENT_COLOURS,
  departmentColours,
  escapeXml,
  orgChartSvg,
  orgChartSvgSize,
} from '../../src/core/render/orgChartSvg';
import { readWorkbook } from '../../src/core/read/readWorkbook';
import { grid, ROLE_HEADER } from '../../src/core/testing/builders';
import { syntheticOrg } from '../../src/core/testing/syntheticOrg';

const INSTALL_HINT = 'apt-get install -y libxml2-utils';

/** Problems xmllint finds in an XML string (empty when well-formed); never skips without it. */
function xmlProblems(xml: string): string {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '-'], { input: xml, encoding: 'utf8' });
  if (r.error) {
    if ((r.error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(
        `xmllint is not installed, so the SVG cannot be checked. Install it: ${INSTALL_HINT}`,
      );
    throw r.error;
  }
  return r.status === 0 ? '' : `${r.stdout}${r.stderr}`;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Each box group of an SVG: its role id (unescaped) and its markup. */
function boxes(svg: string): { id: string; body: string }[] {
  return svg
    .split('<g class="box" ')
    .slice(1)
    .map((part) => ({ id: unescape(/^data-role="([^"]*)"/.exec(part)?.[1] ?? ''), body: part }));
}

/** The text content of every `<text>` element, unescaped. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1] ?? ''));

function example(lang: Lang) {
  const grids = EXAMPLE_WORKBOOKS[lang].sheets.map((s) => grid(s.name, s.rows));
  const audit = auditWorkbook(grids, { lang, asOf: '2026-11-01' });
  const org = audit.organisation;
  const layout = layoutOrgChart(org, { findings: audit.diagnostics });
  const svg = orgChartSvg(org, layout, {
    lang,
    title: 'Example',
    findings: audit.diagnostics,
  });
  return { org, layout, svg, audit };
}

function role(id: string, reportsTo: string | null, extra: Partial<Role> = {}): Role {
  return {
    id: id as RoleId,
    title: id,
    reportsTo: reportsTo as RoleId | null,
    headcount: 1,
    qualifications: [],
    generatedId: false,
    group: false,
    source: { sheet: 'Roles', row: 2, cells: {} },
    ...extra,
  };
}

describe('escapeXml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`"&'`, '&quot;&amp;&#39;'],
    ['客户服务 & 质量', '客户服务 &amp; 质量'],
    ['bell\u0007 and nul\u0000 dropped', 'bell and nul dropped'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['pair 😀 kept', 'pair 😀 kept'],
    ['tab\tnewline\n kept', 'tab\tnewline\n kept'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });
});

describe('orgChartSvg of the example', () => {
  const { org, layout, svg, audit } = example('en');

  it('is well-formed XML with its size, viewBox and a CJK-capable font list', () => {
    expect(xmlProblems(svg)).toBe('');
    const { width, height } = orgChartSvgSize(layout, { title: 'Example' });
    const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    expect(root).toContain(`width="${width}" height="${height}"`);
    expect(root).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect(root).toContain(`font-family="${CHART_FONT_FAMILY}"`);
    expect(CHART_FONT_FAMILY).toMatch(/^Segoe UI, Noto Sans CJK SC, .*sans-serif$/);
    // A margin of 24 px around the boxes, and 32 more for the heading.
    expect(width).toBe(Math.ceil(layout.bounds.width + 48));
    // As wide as a long heading needs.
    expect(
      orgChartSvgSize({ bounds: { width: 10, height: 10 } }, { title: 'x'.repeat(100) }).width,
    ).toBeGreaterThan(100 * 0.56 * 16);
    expect(height).toBe(Math.ceil(layout.bounds.height + 48 + 32));
  });

  it('draws one box per role, each role id once', () => {
    const ids = boxes(svg).map((b) => b.id);
    expect(ids).toHaveLength(org.roles.length);
    expect([...ids].sort()).toEqual(org.roles.map((r) => r.id).sort());
  });

  it('draws one connector per box below a head', () => {
    const connectors = /<g class="connectors"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    const paths = connectors.match(/<path d="M[^"]+"\/>/g) ?? [];
    expect(paths).toHaveLength(layout.tree.count - layout.tree.roots.length);
  });

  it('writes the title lines, department and tag of every box', () => {
    const all = texts(svg);
    expect(all).toContain('Customer Service Manager');
    expect(all).toContain('VIP Hotline Agent');
    expect(all).toContain('×9');
    expect(all).toContain('Complaints & Follow-up');
  });

  it('gives each box a tooltip with the full title, department, id and headcount', () => {
    const hta = boxes(svg).find((b) => b.id === 'CS-HTA')?.body ?? '';
    const tip = unescape(/<title>([^<]*)<\/title>/.exec(hta)?.[1] ?? '');
    expect(tip.split('\n').slice(0, 4)).toEqual([
      'VIP Hotline Agent',
      'Department: VIP Hotline',
      'Role ID: CS-HTA',
      'Headcount: 9 (a group of posts)',
    ]);
    expect(tip).toMatch(/^Findings: /m);
  });

  it('badges the roles with findings: total count, coloured by the worst severity', () => {
    const byRole = new Map(boxes(svg).map((b) => [b.id, b.body]));
    let badged = 0;
    for (let i = 0; i < layout.tree.count; i++) {
      const id = org.roles[layout.tree.role[i] ?? 0]?.id ?? '';
      const body = byRole.get(id) ?? '';
      const e = layout.errors[i] ?? 0;
      const w = layout.warnings[i] ?? 0;
      const n = e + w + (layout.infos[i] ?? 0);
      const badge = /<g class="badge (\w+)">.*?>(\d+)<\/text><\/g>/.exec(body);
      if (n === 0) {
        expect(badge).toBeNull();
        continue;
      }
      badged++;
      expect([id, badge?.[1], badge?.[2]]).toEqual([
        id,
        e > 0 ? 'error' : w > 0 ? 'warning' : 'info',
        String(n),
      ]);
    }
    // The example's deliberate findings land on several roles, with every severity.
    expect(badged).toBeGreaterThanOrEqual(5);
    expect(svg).toContain('class="badge error"');
    expect(svg).toContain('class="badge warning"');
    expect(svg).toContain('class="badge info"');
    const roleErrors = audit.diagnostics.filter(
      (d) => d.severity === 'error' && d.subject === 'CS-RTL',
    );
    expect(roleErrors.length).toBeGreaterThan(0);
    expect(byRole.get('CS-RTL')).toContain('class="badge error"');
  });

  it('colours departments by first appearance, the same colour for the same department', () => {
    const colours = departmentColours(org.roles);
    expect([...colours.values()].slice(0, 3)).toEqual(DEPARTMENT_COLOURS.slice(0, 3));
    expect(colours.get(org.roles[0]?.department ?? '')).toBe(DEPARTMENT_COLOURS[0]);
    const accent = (id: string) =>
      /<path d="M4 [^"]*" fill="(#[0-9a-f]{6})"\/>/.exec(
        boxes(svg).find((b) => b.id === id)?.body ?? '',
      )?.[1];
    expect(accent('CS-CMPS')).toBe(accent('CS-FUP'));
    expect(accent('CS-CMPS')).not.toBe(accent('CS-HTA'));
  });

  it('is deterministic', () => {
    expect(example('en').svg).toBe(svg);
  });
});

describe('orgChartSvg in Chinese', () => {
  const { svg, org } = example('zh-CN');

  it('writes the Chinese titles and tooltips, and is well-formed', () => {
    expect(xmlProblems(svg)).toBe('');
    expect(svg).toContain('lang="zh-CN"');
    expect(texts(svg)).toContain('客户服务经理');
    expect(svg).toContain('所属部门：');
    expect(svg).toContain('岗位编号：CS-MGR');
    expect(boxes(svg)).toHaveLength(org.roles.length);
  });

  it('gives only the CJK lines the CJK font list, when one is asked for', () => {
    const layout = layoutOrgChart(org);
    const out = orgChartSvg(org, layout, {
      lang: 'zh-CN',
      fontFamily: 'Latin Font',
      cjkFontFamily: 'CJK Font',
    });
    expect(out).toContain('font-family="Latin Font"');
    const tagged = [...out.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)];
    for (const [, attrs, text] of tagged) {
      const cjk = /[\u4e00-\u9fff]/.test(text ?? '');
      expect([text, (attrs ?? '').includes('font-family="CJK Font"')]).toEqual([text, cjk]);
    }
  });
});

describe('orgChartSvg escaping', () => {
  const rows = [
    ROLE_HEADER,
    ['R1', 'Chief <Executive>', 'Board & Co', null, 1],
    ['R2', '<script>alert(1)</script>', `"&'`, 'R1', 2],
    ['R3&"<x>', `Quote "&' test`, 'Ops', 'R1', 1],
    ['R4', 'Control\u0001Char', 'Ops', 'R1', 1],
  ];
  const audit = auditWorkbook([grid('Roles', rows)], { asOf: '2026-11-01' });
  const org = audit.organisation;
  const layout = layoutOrgChart(org, { findings: audit.diagnostics });
  const svg = orgChartSvg(org, layout, { lang: 'en', title: `<T> "&'` });

  it('renders user strings as text, and stays well-formed XML', () => {
    expect(xmlProblems(svg)).toBe('');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const all = texts(svg);
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain(`"&'`);
    expect(all).toContain(`Quote "&' test`);
    expect(all).toContain(`<T> "&'`);
    expect(all).toContain('ControlChar');
    expect(boxes(svg).map((b) => b.id)).toContain('R3&"<x>');
  });
});

describe('orgChartSvg marks cut heads', () => {
  it('from the findings when the reader dropped the reporting line', () => {
    const rows = [
      ROLE_HEADER,
      ['A', 'Chief', 'Board', null, 1],
      ['D', 'Cycle One', 'Loop', 'E', 1],
      ['E', 'Cycle Two', 'Loop', 'D', 1],
      ['F', 'Self Reporter', 'Self', 'F', 1],
      ['G', 'Orphan', 'Lost', 'ZZ', 1],
    ];
    const audit = auditWorkbook([grid('Roles', rows)], { asOf: '2026-11-01' });
    const org = audit.organisation;
    const layout = layoutOrgChart(org, { findings: audit.diagnostics });
    for (const lang of ['en', 'zh-CN'] as const) {
      const svg = orgChartSvg(org, layout, { lang, findings: audit.diagnostics });
      expect(xmlProblems(svg)).toBe('');
      const cut = boxes(svg)
        .filter((b) => b.body.includes('class="cut"'))
        .map((b) => [b.id, texts(b.body).find((t) => /^(Cut|断开)/.test(t))]);
      expect(cut).toEqual(
        lang === 'en'
          ? [
              ['D', 'Cut: reporting cycle'],
              ['F', 'Cut: reports to itself'],
              ['G', 'Cut: manager not found'],
            ]
          : [
              ['D', '断开：循环汇报'],
              ['F', '断开：汇报给自己'],
              ['G', '断开：找不到上级'],
            ],
      );
      if (lang === 'en') {
        const tip = boxes(svg).find((b) => b.id === 'G')?.body ?? '';
        expect(tip).toContain('its manager ZZ is not a role in the workbook');
      }
    }
  });

  it("from the chart tree's own cuts, without findings", () => {
    const roles = [role('A', null), role('B', 'B'), role('C', 'nobody')];
    const layout = layoutOrgChart({ roles, policy: DEFAULT_POLICY });
    const svg = orgChartSvg({ roles }, layout, { lang: 'en' });
    expect(
      boxes(svg)
        .filter((b) => b.body.includes('class="cut"'))
        .map((b) => b.id)
        .sort(),
    ).toEqual(['B', 'C']);
  });

  it('shows folded roles as a tag and a card behind the box', () => {
    const grids = EXAMPLE_WORKBOOKS.en.sheets.map((s) => grid(s.name, s.rows));
    const org = readWorkbook(grids).organisation;
    const layout = layoutOrgChart(org, { view: { depth: 2 } });
    const svg = orgChartSvg(org, layout, { lang: 'en' });
    const fld = boxes(svg).find((b) => b.id === 'CS-FLD')?.body ?? '';
    expect(fld).toContain('class="folded"');
    expect(texts(fld)).toContain('+3');
    expect(fld).toContain('3 more roles below, folded into this box');
  });
});

describe('orgChartSvg speed', () => {
  it('draws a 10,000-box chart in well under a second', () => {
    const org = readWorkbook(syntheticOrg({ roles: 10_000, seed: 7 })).organisation;
    const layout = layoutOrgChart(org);
    orgChartSvg(org, layout, { lang: 'en' }); // warm up
    const start = performance.now();
    const svg = orgChartSvg(org, layout, { lang: 'en' });
    const ms = performance.now() - start;
    expect(boxes(svg)).toHaveLength(10_000);
    expect(ms).toBeLessThan(1000);
  });
});
