import type { Lang } from '../i18n/lang';
import { CHART_METRICS } from '../layout/chartMetrics';
import { chartTree, CUT, type ChartTree } from '../layout/chartTree';
import { connectorPoints } from '../layout/connectorPoints';
import { layoutOrgChart } from '../layout/layoutOrgChart';
import { ATTACH, type OrgChartLayout } from '../layout/orgChartLayout';
import type { Diagnostic } from '../model/diagnostic';
import type { RoleId } from '../model/ids';
import type { Organisation } from '../model/organisation';
import type { Role } from '../model/role';
import {
  CHART_MARGIN,
  cutsFromFindings,
  departmentColours,
  orgChartSvg,
  orgChartSvgSize,
  PNG_FONTS,
} from './orgChartSvg';
import type { ConnectionSite, PlanConnector, PlanDrawing, PlanShape, SheetPlan } from './sheetPlan';

/** Points per CSS pixel: the layout is in px, Excel places shapes in points. */
export const PT_PER_PX = 0.75;
/** Where the first drawing starts: below the title and the note (three 15 pt rows). */
const FIRST_TOP = 45;
/** Between one drawing and the next. */
const DRAWING_GAP = 30;
/** Width of every column of the sheet, in characters (the drawings float over them). */
export const ORG_CHART_COLUMN_WIDTH = 10;

export interface OrgChartPlanOptions {
  readonly lang: Lang;
  /** Findings to badge on the boxes of their roles. */
  readonly findings?: readonly Diagnostic[];
  /** Most boxes in one drawing: a bigger organisation shows its top layers (default 1,000). */
  readonly maxBoxes?: number;
  /** Most boxes on the sheet in all, department drawings included (default 5,000). */
  readonly maxTotalBoxes?: number;
}

const LABELS = {
  en: {
    sheet: 'Org Chart',
    title: 'Org chart',
    summary: (roles: number, trees: number) =>
      `${roles.toLocaleString('en')} roles in ${trees} tree${trees === 1 ? '' : 's'}. A badge counts a role's findings (red: errors, amber: warnings, blue: notes); ×N is a group of N posts.`,
    top: (layers: number, shown: number, roles: number) =>
      `Too big for one readable sheet: the top ${layers} layer${layers === 1 ? '' : 's'} (${shown.toLocaleString('en')} of ${roles.toLocaleString('en')} roles; +N counts the roles folded into a box), then each department.`,
    skipped: (n: number) =>
      `${n} more department${n === 1 ? '' : 's'} not drawn here: use service-org chart --root ID for any part of the organisation.`,
    overview: 'Whole organisation',
    department: (d: string) => `Department: ${d}`,
    departmentTop: (d: string, layers: number) =>
      `Department: ${d} (top ${layers} layer${layers === 1 ? '' : 's'})`,
    noDepartment: '(no department)',
  },
  'zh-CN': {
    sheet: '组织结构图',
    title: '组织结构图',
    summary: (roles: number, trees: number) =>
      `共 ${roles.toLocaleString('en')} 个岗位，${trees} 棵组织树。角标为该岗位的问题数（红：错误，橙：警告，蓝：提示）；×N 表示 N 个编制的岗位组。`,
    top: (layers: number, shown: number, roles: number) =>
      `组织过大，一张工作表难以阅读：先显示最上 ${layers} 层（${roles.toLocaleString('en')} 个岗位中的 ${shown.toLocaleString('en')} 个；+N 为折叠在该框下的岗位数），其后按部门分别绘制。`,
    skipped: (n: number) =>
      `另有 ${n} 个部门未在此绘制：可用 service-org chart --root 岗位编号 查看任一部分。`,
    overview: '整个组织',
    department: (d: string) => `部门：${d}`,
    departmentTop: (d: string, layers: number) => `部门：${d}（最上 ${layers} 层）`,
    noDepartment: '（无部门）',
  },
} as const;

/** The largest number of layers of a chart tree whose boxes fit in `max` (at least 1). */
export function layersWithin(tree: ChartTree, max: number): number {
  const perDepth: number[] = [];
  for (let i = 0; i < tree.count; i++) {
    const d = tree.depth[i] ?? 0;
    perDepth[d] = (perDepth[d] ?? 0) + 1;
  }
  let total = 0;
  let layers = 0;
  for (const n of perDepth) {
    if (total + n > max && layers > 0) break;
    total += n;
    layers++;
  }
  return Math.max(1, layers);
}

/**
 * The Org Chart sheet: the chart as shapes and connectors (and the same picture as SVG for
 * files), sized for print. Up to `maxBoxes` roles it is one drawing of the whole
 * organisation; beyond, the top layers that fit, then one drawing per department (its own
 * heads being the roles whose manager is in another department), while the sheet has room.
 */
export function orgChartPlan(
  org: Pick<Organisation, 'roles' | 'policy'>,
  options: OrgChartPlanOptions,
): SheetPlan {
  const L = LABELS[options.lang];
  const maxBoxes = options.maxBoxes ?? 1000;
  const maxTotal = options.maxTotalBoxes ?? 5 * maxBoxes;
  const colours = departmentColours(org.roles);
  const findings = options.findings ?? [];
  const drawings: PlanDrawing[] = [];
  let top = FIRST_TOP;
  let boxes = 0;
  const add = (roles: readonly Role[], title: string | undefined, depth?: number) => {
    const layout = layoutOrgChart(
      { roles, policy: org.policy },
      { findings, ...(depth === undefined ? {} : { view: { depth } }) },
    );
    const drawing = chartDrawing(
      { roles },
      layout,
      colours,
      options.lang,
      `chart${drawings.length + 1}`,
      top,
      title,
      findings,
    );
    drawings.push(drawing);
    top += drawing.height + DRAWING_GAP;
    boxes += layout.tree.count;
    return layout;
  };

  const whole = chartTree(org.roles);
  const rows: string[][] = [[L.title]];
  if (whole.count <= maxBoxes) {
    add(org.roles, undefined);
    rows.push([L.summary(org.roles.length, whole.roots.length)]);
  } else {
    const layers = layersWithin(whole, maxBoxes);
    const overview = add(org.roles, L.overview, layers);
    rows.push([L.summary(org.roles.length, whole.roots.length)]);
    rows.push([L.top(layers, overview.tree.count, org.roles.length)]);
    let skipped = 0;
    for (const [name, roles] of departments(org.roles)) {
      const fits = boxes + Math.min(roles.length, maxBoxes) <= maxTotal;
      if (!fits) {
        skipped++;
        continue;
      }
      const label = name === '' ? L.noDepartment : name;
      if (roles.length <= maxBoxes) add(roles, L.department(label));
      else {
        const d = layersWithin(chartTree(roles), maxBoxes);
        add(roles, L.departmentTop(label, d), d);
      }
    }
    if (skipped > 0) rows.push([L.skipped(skipped)]);
  }
  return {
    name: L.sheet,
    rows: rows.map((r, i) => [{ value: r[0] ?? '', style: i === 0 ? 'title' : 'note' }]),
    styles: {
      title: { bold: true, fontSize: 14 },
      note: { italic: true, fontColor: '#616161' },
    },
    columnWidths: Array.from({ length: 12 }, () => ORG_CHART_COLUMN_WIDTH),
    print: { orientation: 'landscape', fitToWidth: true },
    drawings,
  };
}

/**
 * Roles by department, in order of first appearance: each department's roles keep their
 * order, and a role whose manager is in another department heads the department's chart.
 */
function departments(roles: readonly Role[]): Map<string, Role[]> {
  const deptOf = new Map<RoleId, string>();
  for (const r of roles) if (!deptOf.has(r.id)) deptOf.set(r.id, r.department?.trim() ?? '');
  const out = new Map<string, Role[]>();
  for (const r of roles) {
    const d = r.department?.trim() ?? '';
    const list = out.get(d) ?? [];
    const inside = r.reportsTo !== null && deptOf.get(r.reportsTo) === d;
    list.push(inside ? r : { ...r, reportsTo: null });
    out.set(d, list);
  }
  return out;
}

const SITE: Readonly<Record<number, ConnectionSite>> = {
  [ATTACH.top]: 'top',
  [ATTACH.left]: 'left',
  [ATTACH.right]: 'right',
};

/** One laid-out chart as a drawing: a shape per box and badge, a connector per report. */
export function chartDrawing(
  org: Pick<Organisation, 'roles'>,
  layout: OrgChartLayout,
  colours: ReadonlyMap<string, string>,
  lang: Lang,
  name: string,
  top: number,
  title?: string,
  findings?: readonly Diagnostic[],
): PlanDrawing {
  const m = CHART_METRICS;
  // The SVG is there to be rasterised (files embed it as a PNG): drawn with the PNG fonts.
  const svgOptions = {
    lang,
    ...PNG_FONTS,
    colours,
    ...(title === undefined ? {} : { title }),
    ...(findings === undefined ? {} : { findings }),
  };
  // Heads whose reporting line the reader dropped (a cycle, a self-report, an unknown manager).
  const cuts = cutsFromFindings(org.roles, findings);
  const svg = orgChartSvg(org, layout, svgOptions);
  const size = orgChartSvgSize(layout, svgOptions);
  const heading = size.height - orgChartSvgSize(layout).height;
  const ox = CHART_MARGIN;
  const oy = CHART_MARGIN + heading;
  const pt = (v: number) => Math.round(v * PT_PER_PX * 100) / 100;
  const shapes: PlanShape[] = [];
  const connectors: PlanConnector[] = [];
  if (title !== undefined)
    shapes.push({
      name: `${name}:title`,
      geometry: 'rectangle',
      left: pt(CHART_MARGIN),
      top: pt(CHART_MARGIN),
      width: pt(Math.max(200, size.width - 2 * CHART_MARGIN)),
      height: pt(heading),
      text: title,
      fontSize: 12,
      bold: true,
      fontColor: '#242424',
      horizontal: 'left',
    });
  const { tree } = layout;
  const boxName = (i: number) => `${name}:box:${org.roles[tree.role[i] ?? 0]?.id ?? i}`;
  for (let i = 0; i < tree.count; i++) {
    const role = org.roles[tree.role[i] ?? 0] as Role;
    const text = layout.texts[layout.text[i] ?? 0];
    const footer = [text?.department, text?.tag].filter((s) => s !== undefined).join('  ');
    const x = ox + (layout.x[i] ?? 0);
    const y = oy + (layout.y[i] ?? 0);
    const w = layout.width[i] ?? 0;
    const cut = Math.max(tree.cut[i] ?? CUT.none, cuts.get(role.id)?.cut ?? CUT.none);
    shapes.push({
      name: boxName(i),
      geometry: 'roundRectangle',
      left: pt(x),
      top: pt(y),
      width: pt(w),
      height: pt(layout.height[i] ?? 0),
      text: [...(text?.lines ?? [role.title]), ...(footer === '' ? [] : [footer])].join('\n'),
      fontSize: m.titleFontSize * PT_PER_PX,
      fontColor: '#242424',
      horizontal: 'left',
      fill: '#ffffff',
      line:
        cut !== CUT.none ? '#c50f1f' : (colours.get(role.department?.trim() ?? '') ?? '#c8c6c4'),
      lineWeight: 1.25,
      dashed: cut !== CUT.none,
      altText: [role.title, role.department, role.id].filter((s) => s).join(' · '),
    });
    const errors = layout.errors[i] ?? 0;
    const warnings = layout.warnings[i] ?? 0;
    const infos = layout.infos[i] ?? 0;
    const total = errors + warnings + infos;
    if (total > 0) {
      const colour = errors > 0 ? '#c50f1f' : warnings > 0 ? '#bc4b09' : '#0f6cbd';
      shapes.push({
        name: `${boxName(i)}:badge`,
        geometry: 'ellipse',
        left: pt(x + w - 11),
        top: pt(y - 7),
        width: pt(18),
        height: pt(14),
        text: String(total),
        fontSize: 7,
        bold: true,
        fontColor: '#ffffff',
        horizontal: 'center',
        fill: colour,
      });
    }
    const p = tree.parent[i] ?? -1;
    if (p >= 0) {
      const points = connectorPoints(layout, i);
      connectors.push({
        from: boxName(p),
        fromSite: 'bottom',
        to: boxName(i),
        toSite: SITE[layout.attach[i] ?? ATTACH.top] ?? 'top',
        kind: points.length === 4 ? 'straight' : 'elbow',
        points: points.map((v, k) => pt(v + (k % 2 === 0 ? ox : oy))),
        color: '#8a8886',
      });
    }
  }
  return {
    name,
    left: 0,
    top,
    width: pt(size.width),
    height: pt(size.height),
    shapes,
    connectors,
    svg,
  };
}
