import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import { EXAMPLE_WORKBOOKS } from '../../src/core/example/exampleData';
import { boxText, headcountTag } from '../../src/core/layout/boxText';
import { CHART_METRICS } from '../../src/core/layout/chartMetrics';
import { chartTree, CUT } from '../../src/core/layout/chartTree';
import { connectorPoints } from '../../src/core/layout/connectorPoints';
import { layoutOrgChart } from '../../src/core/layout/layoutOrgChart';
import { ATTACH } from '../../src/core/layout/orgChartLayout';
import { textWidth } from '../../src/core/layout/textWidth';
import { wrapText } from '../../src/core/layout/wrapText';
import type { RoleId } from '../../src/core/model/ids';
import { DEFAULT_POLICY } from '../../src/core/model/policy';
import type { Role } from '../../src/core/model/role';
import { roleOf } from '../../src/core/testing/roleOf';
import { readWorkbook } from '../../src/core/read/readWorkbook';
import { grid } from '../../src/core/testing/builders';
import {
  badConnectors,
  childrenNotBelow,
  overlappingBoxes,
} from '../../src/core/testing/chartChecks';

const role = (id: string, reportsTo: string | null, title = id, headcount = 1): Role =>
  roleOf(id, reportsTo, { title, headcount });
const ids = (roles: readonly Role[], nodes: Iterable<number>) =>
  [...nodes].map((r) => roles[r]?.id);

describe('text', () => {
  it('measures CJK about twice as wide as Latin', () => {
    expect(textWidth('客服经理')).toBeCloseTo(4, 6);
    expect(textWidth('abcd')).toBeCloseTo(2.24, 6);
    expect(textWidth('客服经理') / textWidth('abcd')).toBeGreaterThan(1.7);
  });

  it.each([
    ['Customer Service Representative', 10, ['Customer Service', 'Representative']],
    ['客户服务中心质量管理主管', 6, ['客户服务中心', '质量管理主管']],
    ['Head of 客户服务 Quality', 7, ['Head of 客户服', '务 Quality']],
    ['Supercalifragilisticexpialidocious', 8, ['Supercalifragilist', 'icexpialidocious']],
    ['Team Leader/Night Shift', 8, ['Team Leader/', 'Night Shift']],
  ])('wraps %j at %d em', (text, em, lines) => {
    const w = wrapText(text, em, 3);
    expect(w.lines).toEqual(lines);
    expect(w.truncated).toBe(false);
    for (const l of w.lines) expect(textWidth(l)).toBeLessThanOrEqual(em);
  });

  it('ends text that does not fit in three lines with an ellipsis', () => {
    const w = wrapText('one two three four five six seven eight nine ten', 5, 3);
    expect(w.lines).toHaveLength(3);
    expect(w.truncated).toBe(true);
    expect(w.lines[2]?.endsWith('…')).toBe(true);
    for (const l of w.lines) expect(textWidth(l)).toBeLessThanOrEqual(5);
  });

  it('sizes a box to its text, Chinese boxes wider than Latin ones of as many characters', () => {
    const latin = boxText('Team Lead', undefined, undefined, CHART_METRICS);
    const chinese = boxText('客户服务中心主管', '客服部', '×9', CHART_METRICS);
    expect(latin).toEqual({ lines: ['Team Lead'], width: 112, height: 30 });
    expect(chinese.lines).toEqual(['客户服务中心主管']);
    expect(chinese.width).toBe(Math.ceil(8 * 12 + 20));
    expect(chinese.height).toBe(7 * 2 + 16 + 14);
    expect(chinese.department).toBe('客服部');
    expect(chinese.tag).toBe('×9');
    const long = boxText('x'.repeat(200), undefined, undefined, CHART_METRICS);
    expect(long.width).toBeLessThanOrEqual(196);
    expect(long.width).toBeGreaterThan(186);
    expect(long.lines).toHaveLength(3);
    expect([1, 9, 2.5, 0].map(headcountTag)).toEqual([undefined, '×9', '×2.5', undefined]);
  });
});

describe('chartTree', () => {
  const roles = [
    role('CEO', null),
    role('A', 'CEO'),
    role('B', 'CEO'),
    role('A1', 'A'),
    role('X', 'Y'), // X and Y report to each other
    role('Y', 'X'),
    role('Y1', 'Y'),
    role('S', 'S'), // reports to itself
    role('U', 'GHOST'), // unknown manager
  ];

  it('puts heads first in input order, then each cycle cut at its first role', () => {
    const t = chartTree(roles);
    expect(ids(roles, t.role)).toEqual(['CEO', 'A', 'A1', 'B', 'U', 'X', 'Y', 'Y1', 'S']);
    expect(
      ids(
        roles,
        t.roots.map((n) => t.role[n] ?? 0),
      ),
    ).toEqual(['CEO', 'U', 'X', 'S']);
    expect(t.roots.map((n) => t.cut[n])).toEqual([
      CUT.none,
      CUT.unknownManager,
      CUT.cycle,
      CUT.selfReport,
    ]);
    expect(Array.from(t.depth)).toEqual([0, 1, 2, 1, 0, 0, 1, 2, 0]);
  });

  it('shows a subtree, a depth limit and collapsed roles with what they fold', () => {
    const sub = chartTree(roles, { root: 'A' as RoleId });
    expect(ids(roles, sub.role)).toEqual(['A', 'A1']);
    const top = chartTree(roles, { depth: 1 });
    expect(ids(roles, top.role)).toEqual(['CEO', 'U', 'X', 'S']);
    expect(Array.from(top.hidden)).toEqual([3, 0, 2, 0]);
    const folded = chartTree(roles, { collapsed: ['A' as RoleId] });
    expect(ids(roles, folded.role)).toEqual(['CEO', 'A', 'B', 'U', 'X', 'Y', 'Y1', 'S']);
    expect(folded.hidden[1]).toBe(1);
    const missing = chartTree(roles, { root: 'NOPE' as RoleId });
    expect(missing.count).toBe(0);
    expect(missing.rootMissing).toBe(true);
  });
});

describe('layoutOrgChart', () => {
  const policy = DEFAULT_POLICY;

  it('centres a manager over a row of three and keeps the input order', () => {
    const roles = [role('M', null), role('A', 'M'), role('B', 'M'), role('C', 'M', 'Chief')];
    const l = layoutOrgChart({ roles, policy: { ...policy, chartStackFrom: 4 } });
    // 112-wide boxes, 14 apart; the manager centred over them.
    expect(Array.from(l.x)).toEqual([126, 0, 126, 252]);
    expect(Array.from(l.y)).toEqual([0, 66, 66, 66]);
    expect(l.rowPitch).toBe(30 + 36);
    expect(connectorPoints(l, 1)).toEqual([182, 30, 182, 48, 56, 48, 56, 66]);
    expect(connectorPoints(l, 2)).toEqual([182, 30, 182, 66]);
  });

  it('stacks leaves in one column under their manager, its rail on the left', () => {
    const roles = [role('M', null), ...[1, 2, 3, 4, 5].map((i) => role(`L${i}`, 'M'))];
    const l = layoutOrgChart({ roles, policy });
    expect(l.stacks).toBe(1);
    expect(Array.from(l.x)).toEqual([7, 14, 14, 14, 14, 14]);
    expect(Array.from(l.y)).toEqual([0, 66, 104, 142, 180, 218]);
    expect(new Set(l.attach.slice(1))).toEqual(new Set([ATTACH.left]));
    // Down the rail from the manager, across to the box's left side.
    expect(connectorPoints(l, 5)).toEqual([63, 30, 63, 48, 7, 48, 7, 233, 14, 233]);
  });

  it('gives a grid beside a taller subtree the longer columns that fit its height', () => {
    /** M heads a chain of `chain` roles and G, who has 14 reports who manage nobody. */
    const chart = (chain: number) => {
      const roles = [role('M', null), role('X1', 'M')];
      for (let d = 2; d <= chain; d++) roles.push(role(`X${d}`, `X${d - 1}`));
      roles.push(role('G', 'M'));
      for (let i = 0; i < 14; i++) roles.push(role(`G${i}`, 'G'));
      const l = layoutOrgChart({ roles, policy });
      const leaves = [...Array(l.tree.count).keys()].filter((i) =>
        roles[l.tree.role[i] ?? 0]?.id.match(/^G\d/),
      );
      expect(overlappingBoxes(l)).toEqual([]);
      expect(badConnectors(l)).toEqual([]);
      return { l, leaves };
    };
    // Beside a chain of 5: row by row, G0 | G1 / G2 | G3 …, seven rows, the rail between.
    const five = chart(5);
    expect(five.leaves.map((i) => five.l.attach[i])).toEqual(
      five.leaves.map((_, k) => (k % 2 === 0 ? ATTACH.right : ATTACH.left)),
    );
    expect(new Set(five.leaves.map((i) => five.l.y[i])).size).toBe(7);
    expect(new Set(five.leaves.map((i) => five.l.railX[i])).size).toBe(1);
    expect(five.l.bounds).toEqual({ width: 378, height: 390 });
    // Beside a chain of 8 (9 rows, 558 px): one column of 14, its rail on the left, the
    // chart no wider than the chain and the column side by side.
    const eight = chart(8);
    expect(new Set(eight.leaves.map((i) => eight.l.x[i])).size).toBe(1);
    expect(new Set(eight.leaves.map((i) => eight.l.attach[i]))).toEqual(new Set([ATTACH.left]));
    expect(eight.l.bounds).toEqual({ width: 252, height: 656 });
  });

  it('puts many leaves in a grid about as tall as wide: spans of 43, 205 and 1,403', () => {
    for (const span of [43, 205, 1403]) {
      const roles = [role('M', null)];
      for (let i = 0; i < span; i++) roles.push(role(`L${i}`, 'M', 'Policy Adviser'));
      const l = layoutOrgChart({ roles, policy });
      const { width, height } = l.bounds;
      expect(width / height).toBeGreaterThan(0.5);
      expect(width / height).toBeLessThan(2);
      // A single row would be span × (112 + 14) wide.
      expect(width).toBeLessThan((span * 126) / 4);
      expect(overlappingBoxes(l)).toEqual([]);
      expect(badConnectors(l)).toEqual([]);
    }
  });

  it('hangs the reports of a manager whose row would be too wide to print', () => {
    const roles = [role('CEO', null)];
    for (let d = 0; d < 12; d++) {
      roles.push(role(`D${d}`, 'CEO', `Director ${d}`));
      for (let k = 0; k < 2; k++) roles.push(role(`D${d}.${k}`, `D${d}`, `Manager ${d}.${k}`));
    }
    const l = layoutOrgChart({ roles, policy });
    // As a row: 12 directors' stacks, 1,800 px wide and 200 tall.
    expect(l.hung).toBe(1);
    const { width, height } = l.bounds;
    expect(width / height).toBeLessThan(3);
    expect(height / width).toBeLessThan(3);
    // Each director hangs from a rail beside it, reached along the bus below the CEO, in
    // input order down each rail.
    const directors = [...Array(l.tree.count).keys()].filter((i) => l.tree.depth[i] === 1);
    const bus = l.busY[directors[0] ?? 0] ?? NaN;
    let lastRail = -Infinity;
    let lastY = -Infinity;
    for (const d of directors) {
      expect(l.busY[d]).toBe(bus);
      const rail = l.railX[d] ?? NaN;
      if (l.attach[d] === ATTACH.right)
        expect((l.x[d] ?? 0) + (l.width[d] ?? 0)).toBeLessThan(rail);
      else {
        expect(l.attach[d]).toBe(ATTACH.left);
        expect(l.x[d]).toBeGreaterThan(rail);
      }
      expect(rail > lastRail || (rail === lastRail && (l.y[d] ?? 0) > lastY)).toBe(true);
      lastRail = rail;
      lastY = l.y[d] ?? 0;
    }
    expect(new Set(directors.map((d) => l.railX[d])).size).toBeGreaterThan(1);
    expect(overlappingBoxes(l)).toEqual([]);
    expect(badConnectors(l)).toEqual([]);
  });

  it('badges findings on the roles they are about', () => {
    const grids = EXAMPLE_WORKBOOKS.en.sheets.map((s) => grid(s.name, s.rows));
    const audit = auditWorkbook(grids, { asOf: '2026-11-01' });
    const org = readWorkbook(grids).organisation;
    const l = layoutOrgChart(org, { findings: audit.diagnostics });
    const count = (id: string, sev: 'error' | 'warning' | 'info') =>
      audit.diagnostics.filter(
        (d) =>
          d.subject === id &&
          d.severity === sev &&
          d.location.sheet === org.roles.find((r) => r.id === id)?.source.sheet,
      ).length;
    let badged = 0;
    for (let i = 0; i < l.tree.count; i++) {
      const id = org.roles[l.tree.role[i] ?? 0]?.id ?? '';
      expect([l.errors[i], l.warnings[i], l.infos[i]]).toEqual([
        count(id, 'error'),
        count(id, 'warning'),
        count(id, 'info'),
      ]);
      if ((l.errors[i] ?? 0) + (l.warnings[i] ?? 0) > 0) badged++;
    }
    expect(badged).toBeGreaterThan(0);
  });
});

/**
 * Golden coordinates of the bundled example, in both languages: reviewed by looking at the
 * chart. `UPDATE_GOLDEN=1 npx jest orgChartLayout` rewrites them.
 */
describe.each(['en', 'zh-CN'] as const)('the example (%s)', (lang) => {
  it('has the golden layout', () => {
    const org = readWorkbook(
      EXAMPLE_WORKBOOKS[lang].sheets.map((s) => grid(s.name, s.rows)),
    ).organisation;
    const l = layoutOrgChart(org);
    expect(overlappingBoxes(l)).toEqual([]);
    expect(childrenNotBelow(l)).toEqual([]);
    expect(badConnectors(l)).toEqual([]);
    const r2 = (v: number) => Math.round(v * 100) / 100;
    const actual = {
      bounds: { width: r2(l.bounds.width), height: r2(l.bounds.height) },
      boxes: [...Array(l.tree.count).keys()].map((i) => ({
        id: org.roles[l.tree.role[i] ?? 0]?.id,
        x: r2(l.x[i] ?? 0),
        y: r2(l.y[i] ?? 0),
        width: r2(l.width[i] ?? 0),
        height: r2(l.height[i] ?? 0),
        text: l.texts[l.text[i] ?? 0],
        connector: connectorPoints(l, i).map(r2),
      })),
    };
    const file = path.resolve(__dirname, `../fixtures/example/org-chart-layout.${lang}.json`);
    const text = `${JSON.stringify(actual, null, 1)}\n`;
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(text));
  });
});
