import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import { EXAMPLE_WORKBOOKS } from '../../src/core/example/exampleData';
import { chartTree } from '../../src/core/layout/chartTree';
import { DEFAULT_POLICY } from '../../src/core/model/policy';
import type { Role } from '../../src/core/model/role';
import { roleOf } from '../../src/core/testing/roleOf';
import { layersWithin, orgChartPlan, PT_PER_PX } from '../../src/core/render/orgChartPlan';
import { grid } from '../../src/core/testing/builders';

const AS_OF = '2026-11-01';

describe.each(['en', 'zh-CN'] as const)('the Org Chart sheet of the example (%s)', (lang) => {
  const audit = auditWorkbook(
    EXAMPLE_WORKBOOKS[lang].sheets.map((s) => grid(s.name, s.rows)),
    { lang, asOf: AS_OF },
  );
  const plan = orgChartPlan(audit.organisation, { lang, findings: audit.diagnostics });
  const roles = audit.organisation.roles;

  it('is one drawing: a box per role, a connector per reporting line, badges for findings', () => {
    expect(plan.name).toBe(lang === 'en' ? 'Org Chart' : '组织结构图');
    expect(plan.drawings).toHaveLength(1);
    const d = plan.drawings?.[0];
    if (!d) throw new Error('no drawing');
    const boxes = d.shapes.filter((s) => s.geometry === 'roundRectangle');
    expect(boxes.map((b) => b.name)).toEqual(
      expect.arrayContaining(roles.map((r) => `chart1:box:${r.id}`)),
    );
    expect(boxes).toHaveLength(roles.length);
    const withManager = roles.filter((r) => roles.some((m) => m.id === r.reportsTo));
    expect(d.connectors).toHaveLength(withManager.length);
    const names = new Set(d.shapes.map((s) => s.name));
    for (const c of d.connectors) {
      expect(names.has(c.from)).toBe(true);
      expect(names.has(c.to)).toBe(true);
      expect(c.fromSite).toBe('bottom');
      // The path starts on the manager's bottom edge and ends on the report's box.
      const from = d.shapes.find((s) => s.name === c.from);
      const to = d.shapes.find((s) => s.name === c.to);
      if (!from || !to) throw new Error('missing shape');
      expect(c.points[1]).toBeCloseTo(from.top + from.height, 1);
      const endY = c.points[c.points.length - 1] ?? NaN;
      expect(c.toSite === 'top' ? to.top : to.top + to.height / 2).toBeCloseTo(endY, 1);
    }
    // A badge per role with findings, its number their count.
    const badges = d.shapes.filter((s) => s.name.endsWith(':badge'));
    const counted = roles
      .map((r) => ({
        id: r.id,
        n: audit.diagnostics.filter(
          (x) => x.subject === r.id && x.location.sheet === r.source.sheet,
        ).length,
      }))
      .filter((x) => x.n > 0);
    expect(badges.map((b) => [b.name, b.text])).toEqual(
      counted.map((x) => [`chart1:box:${x.id}:badge`, String(x.n)]),
    );
    // Shapes and the SVG picture agree on size; text is the box's lines and footer.
    expect(d.width).toBeCloseTo(Number(/width="(\d+)"/.exec(d.svg)?.[1]) * PT_PER_PX, 1);
    const manager = boxes.find((b) => b.name === 'chart1:box:CS-MGR');
    expect(manager?.text).toBe(
      lang === 'en' ? 'Customer Service Manager\nCustomer Service' : '客户服务经理\n客户服务部',
    );
    expect(plan.print).toEqual({ orientation: 'landscape', fitToWidth: true });
  });
});

const role = (id: string, reportsTo: string | null, department: string): Role =>
  roleOf(id, reportsTo, { title: `Role ${id}`, department });

describe('an organisation too big for one sheet', () => {
  // A head, 4 department heads, each with 30 managers of 20 agents: 2,525 roles.
  const roles: Role[] = [role('CEO', null, 'Board')];
  for (let d = 0; d < 4; d++) {
    roles.push(role(`D${d}`, 'CEO', `Dept ${d}`));
    for (let m = 0; m < 30; m++) {
      roles.push(role(`D${d}M${m}`, `D${d}`, `Dept ${d}`));
      for (let a = 0; a < 20; a++) roles.push(role(`D${d}M${m}A${a}`, `D${d}M${m}`, `Dept ${d}`));
    }
  }
  const org = { roles, policy: DEFAULT_POLICY };

  it('shows the top layers, then each department while the sheet has room', () => {
    expect(layersWithin(chartTree(roles), 1000)).toBe(3);
    const plan = orgChartPlan(org, { lang: 'en' });
    const drawings = plan.drawings ?? [];
    const boxes = drawings.map(
      (d) => d.shapes.filter((s) => s.geometry === 'roundRectangle').length,
    );
    // Overview: 1 + 4 + 120; the Board (1 role); then departments of 631 while under 5,000.
    expect(boxes).toEqual([125, 1, 631, 631, 631, 631]);
    expect(drawings.map((d) => d.shapes.find((s) => s.name.endsWith(':title'))?.text)).toEqual([
      'Whole organisation',
      'Department: Board',
      'Department: Dept 0',
      'Department: Dept 1',
      'Department: Dept 2',
      'Department: Dept 3',
    ]);
    // Drawings one below the other.
    for (let i = 1; i < drawings.length; i++)
      expect(drawings[i]?.top).toBeGreaterThan(
        (drawings[i - 1]?.top ?? 0) + (drawings[i - 1]?.height ?? 0),
      );
    expect(plan.rows.map((r) => (r[0] as { value: string }).value)).toEqual([
      'Org chart',
      "2,525 roles in 1 tree. A badge counts a role's findings (red: errors, amber: warnings, blue: notes); ×N is a group of N posts.",
      'Too big for one readable sheet: the top 3 layers (125 of 2,525 roles; +N counts the roles folded into a box), then each department.',
    ]);
    // A department's chart keeps the colour the department has in the whole organisation,
    // in its shapes and in its picture alike.
    const last = drawings[drawings.length - 1];
    const colour = last?.shapes.find((s) => s.name.endsWith(':box:D3'))?.line;
    expect(colour).toBe('#107c10');
    expect(last?.svg).toContain(`fill="${colour}"`);
    expect(last?.svg).not.toContain('fill="#0f6cbd"');
    // A tighter budget leaves departments out, and says so.
    const tight = orgChartPlan(org, { lang: 'en', maxTotalBoxes: 1500 });
    expect(tight.drawings).toHaveLength(4);
    expect((tight.rows[3]?.[0] as { value: string }).value).toMatch(
      /^2 more departments not drawn/,
    );
  });
});
