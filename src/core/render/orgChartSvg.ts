import type { Lang } from '../i18n/lang';
import { CHART_METRICS, type ChartMetrics } from '../layout/chartMetrics';
import { CUT, type CutCode } from '../layout/chartTree';
import { connectorPoints } from '../layout/connectorPoints';
import type { OrgChartLayout } from '../layout/orgChartLayout';
import { charWidth, isWide, textWidth } from '../layout/textWidth';
import type { Diagnostic } from '../model/diagnostic';
import type { Organisation } from '../model/organisation';
import type { Role } from '../model/role';

export interface OrgChartSvgOptions {
  readonly lang: Lang;
  /** A heading above the chart, and the SVG's `<title>`. */
  readonly title?: string;
  /** The metrics the layout was made with (default `CHART_METRICS`). */
  readonly metrics?: ChartMetrics;
  /** CSS font-family list of all text (default {@link CHART_FONT_FAMILY}). */
  readonly fontFamily?: string;
  /** font-family of the text elements that hold CJK characters (default: `fontFamily`). */
  readonly cjkFontFamily?: string;
  /**
   * The audit's findings: a head whose reporting line the reader dropped (a cycle, a
   * self-report, an unknown manager) is marked as cut, like the heads `chartTree` cuts itself.
   */
  readonly findings?: readonly Diagnostic[];
  /**
   * The colour of each department (default: `departmentColours(org.roles)`), so that the
   * charts of parts of an organisation keep the colours of the whole.
   */
  readonly colours?: ReadonlyMap<string, string>;
}

/**
 * The fonts of a chart drawn to be rasterised (PNG, or a picture in a workbook): a small Latin
 * font first, and a CJK font first only for lines with CJK characters, because resvg is very
 * slow drawing Latin text with a 20 MB CJK font (see io/chart/renderPng).
 */
export const PNG_FONTS = {
  fontFamily:
    'Segoe UI, Liberation Sans, Arimo, Arial, Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif',
  cjkFontFamily:
    'Noto Sans CJK SC, Microsoft YaHei, PingFang SC, Noto Sans SC, Source Han Sans SC, sans-serif',
} as const;

/** Space around the chart, in px. */
export const CHART_MARGIN = 24;
/** Height the heading takes above the chart, when there is one, and its font size. */
const HEADING_HEIGHT = 32;
const HEADING_FONT_SIZE = 16;

/**
 * Fonts with Latin and CJK glyphs: Windows, then Linux (fonts-noto-cjk), then macOS. The names
 * are left unquoted (valid CSS for names made of plain words): resvg skips a quoted name
 * that follows a comma and a space.
 */
export const CHART_FONT_FAMILY =
  'Segoe UI, Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, PingFang SC, sans-serif';

/** Fluent UI shared colours (the 'primary' shade), one per department in order of first appearance. */
export const DEPARTMENT_COLOURS: readonly string[] = [
  '#0f6cbd', // brand blue
  '#038387', // teal
  '#8764b8', // purple
  '#ca5010', // pumpkin
  '#107c10', // green
  '#c239b3', // berry
  '#4f6bed', // cornflower
  '#986f0b', // marigold (dark shade, readable on white)
  '#005b70', // steel
  '#8e562e', // brown
];
/** Findings that say a role's reporting line was dropped, and the cut each makes. */
const CUT_CODES: Readonly<Record<string, CutCode>> = {
  ORG_CYCLE: CUT.cycle,
  ROLE_SELF_REPORT: CUT.selfReport,
  ROLE_MANAGER_UNKNOWN: CUT.unknownManager,
};

/** The accent of a role without a department. */
const NO_DEPARTMENT = '#c8c6c4';

const COLOUR = {
  canvas: '#fafafa',
  box: '#ffffff',
  border: '#d1d1d1',
  title: '#242424',
  footer: '#616161',
  connector: '#8a8886',
  error: '#c50f1f',
  warning: '#bc4b09',
  info: '#0f6cbd',
} as const;

interface ChartLabels {
  readonly cut: Readonly<Record<number, string>>;
  readonly cutNote: (cut: number, detail: string) => string;
  /** Between a label and its value. */
  readonly colon: string;
  readonly department: string;
  readonly roleId: string;
  readonly headcount: string;
  readonly group: string;
  readonly folded: (n: number) => string;
  readonly findings: (errors: number, warnings: number, infos: number) => string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const LABELS: Readonly<Record<Lang, ChartLabels>> = {
  en: {
    cut: {
      [CUT.cycle]: 'Cut: reporting cycle',
      [CUT.selfReport]: 'Cut: reports to itself',
      [CUT.unknownManager]: 'Cut: manager not found',
    },
    cutNote: (cut, detail) =>
      cut === CUT.cycle
        ? `Reporting line cut here: it is part of a cycle${detail ? ` (${detail})` : ''}`
        : cut === CUT.selfReport
          ? 'Reporting line cut here: the role reports to itself'
          : `Reporting line cut here: its manager${detail ? ` ${detail}` : ''} is not a role in the workbook`,
    colon: ': ',
    department: 'Department',
    roleId: 'Role ID',
    headcount: 'Headcount',
    group: ' (a group of posts)',
    folded: (n) => `${plural(n, 'more role', 'more roles')} below, folded into this box`,
    findings: (e, w, i) =>
      `Findings: ${[
        e > 0 ? plural(e, 'error', 'errors') : '',
        w > 0 ? plural(w, 'warning', 'warnings') : '',
        i > 0 ? plural(i, 'note', 'notes') : '',
      ]
        .filter((s) => s !== '')
        .join(', ')}`,
  },
  'zh-CN': {
    cut: {
      [CUT.cycle]: '断开：循环汇报',
      [CUT.selfReport]: '断开：汇报给自己',
      [CUT.unknownManager]: '断开：找不到上级',
    },
    cutNote: (cut, detail) =>
      cut === CUT.cycle
        ? `汇报关系在此断开：形成循环${detail ? `（${detail}）` : ''}`
        : cut === CUT.selfReport
          ? '汇报关系在此断开：直接上级是本岗位自己'
          : `汇报关系在此断开：直接上级${detail ? ` ${detail} ` : ''}不是工作簿中的岗位`,
    colon: '：',
    department: '所属部门',
    roleId: '岗位编号',
    headcount: '编制',
    group: '（岗位组）',
    folded: (n) => `下面另有 ${n} 个岗位，已折叠在此框中`,
    findings: (e, w, i) =>
      `发现：${[e > 0 ? `${e} 个错误` : '', w > 0 ? `${w} 个警告` : '', i > 0 ? `${i} 条提示` : '']
        .filter((s) => s !== '')
        .join('、')}`,
  },
};

/** Characters XML 1.0 does not allow at all (controls, lone surrogates, U+FFFE/U+FFFF). */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_SPECIAL = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe in XML content and in a double-quoted attribute; characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  return text.replace(XML_INVALID, '').replace(XML_SPECIAL, (c) => ENTITY[c] ?? c);
}

/** A number as SVG writes it: at most two decimals, no `-0`. */
const num = (v: number) => String(Math.round(v * 100) / 100 + 0);
/** The nearest half pixel, where a 1px line is crisp. */
const half = (v: number) => Math.round(v - 0.5) + 0.5;

/** Headcount as a tooltip shows it. */
const count = (n: number) => String(Number.isInteger(n) ? n : Number(n.toFixed(2)));

/** y of a baseline that centres a line of `fontSize` text in a line box of `lineHeight`. */
const baseline = (top: number, lineHeight: number, fontSize: number) =>
  top + (lineHeight - fontSize) / 2 + 0.88 * fontSize;

/**
 * How much wider semibold Latin text is than the regular text the layout measures (measured
 * with resvg: Noto Sans CJK SC bold 4–7 %, Liberation Sans bold 2–4 %; CJK ideographs keep
 * their 1 em).
 */
const SEMIBOLD_LATIN = 1.07;

/** Width of a title line drawn semibold, in em. */
function semiboldWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) ?? 0;
    if (c > 0xffff) i++;
    w += isWide(c) ? 1 : charWidth(c) * SEMIBOLD_LATIN;
  }
  return w;
}

/** True when the text has a CJK (wide) character. */
function hasWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x1100 && (isWide(c) || (c >= 0xd800 && c <= 0xdbff))) return true;
  }
  return false;
}

/**
 * Why each role heads a tree although it had a manager, from the reader's findings (it drops
 * a reporting line that loops or names no role), with what the tooltip adds: the cycle, or
 * the unknown manager. Only findings on the role's own sheet count.
 */
export function cutsFromFindings(
  roles: readonly Role[],
  findings: readonly Diagnostic[] | undefined,
): Map<string, { cut: CutCode; detail: string }> {
  const cuts = new Map<string, { cut: CutCode; detail: string }>();
  if (!findings) return cuts;
  let sheets: Map<string, string> | undefined;
  for (const d of findings) {
    const cut = CUT_CODES[d.code];
    if (cut === undefined || d.subject === undefined) continue;
    if (!sheets) {
      sheets = new Map();
      for (const r of roles) if (!sheets.has(r.id)) sheets.set(r.id, r.source.sheet);
    }
    if (sheets.get(d.subject) !== d.location.sheet) continue;
    const p = d.params;
    const detail = String(cut === CUT.cycle ? (p.chain ?? '') : (p.manager ?? ''));
    cuts.set(d.subject, { cut, detail });
  }
  return cuts;
}

/** Polyline points as path data with H and V for the straight runs. */
function pathData(points: readonly number[]): string {
  let x = half(points[0] ?? 0);
  let y = half(points[1] ?? 0);
  let d = `M${num(x)} ${num(y)}`;
  for (let i = 2; i < points.length; i += 2) {
    const nx = half(points[i] ?? 0);
    const ny = half(points[i + 1] ?? 0);
    if (ny === y) d += `H${num(nx)}`;
    else if (nx === x) d += `V${num(ny)}`;
    else d += `L${num(nx)} ${num(ny)}`;
    x = nx;
    y = ny;
  }
  return d;
}

/**
 * The colour of each department, by order of first appearance in the roles (input order, so
 * a department keeps its colour whatever part of the organisation a chart shows).
 */
export function departmentColours(roles: readonly Role[]): Map<string, string> {
  const colours = new Map<string, string>();
  for (const role of roles) {
    const d = role.department?.trim();
    if (d === undefined || d === '' || colours.has(d)) continue;
    colours.set(d, DEPARTMENT_COLOURS[colours.size % DEPARTMENT_COLOURS.length] ?? NO_DEPARTMENT);
  }
  return colours;
}

/** Size of the SVG `orgChartSvg` draws for a layout, in px. */
export function orgChartSvgSize(
  layout: Pick<OrgChartLayout, 'bounds'>,
  options: Pick<OrgChartSvgOptions, 'title'> = {},
): { width: number; height: number } {
  const heading = options.title === undefined ? 0 : HEADING_HEIGHT;
  // Wide enough for the heading too, when the chart is narrower.
  const headingWidth =
    options.title === undefined ? 0 : semiboldWidth(options.title) * HEADING_FONT_SIZE;
  return {
    width: Math.ceil(Math.max(layout.bounds.width, headingWidth) + 2 * CHART_MARGIN),
    height: Math.ceil(layout.bounds.height + 2 * CHART_MARGIN + heading),
  };
}

/**
 * Draw a laid-out org chart as a standalone SVG string (no DOM): white rounded boxes with a
 * department accent bar, title and footer text from the layout, elbow connectors, a badge
 * with the number of findings on a box (coloured by the worst), a dashed red outline and a
 * label on a head whose reporting line was cut (cycle, self-report, unknown manager), and a
 * tooltip per box. Every user string is escaped. Each box is `<g class="box" data-role="ID">`.
 */
export function orgChartSvg(
  org: Pick<Organisation, 'roles'>,
  layout: OrgChartLayout,
  options: OrgChartSvgOptions,
): string {
  const m = options.metrics ?? CHART_METRICS;
  const labels = LABELS[options.lang];
  const { tree } = layout;
  const roles = org.roles;
  const colours = options.colours ?? departmentColours(roles);
  const cuts = cutsFromFindings(roles, options.findings);
  const cjk = options.cjkFontFamily;
  /** The font-family attribute of a text element, when its text needs the CJK fonts. */
  const font = (text: string) =>
    cjk !== undefined && hasWide(text) ? ` font-family="${escapeXml(cjk)}"` : '';
  const { width, height } = orgChartSvgSize(layout, options);
  const top = CHART_MARGIN + (options.title === undefined ? 0 : HEADING_HEIGHT);
  const out: string[] = [];

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`,
    ` viewBox="0 0 ${width} ${height}" lang="${options.lang}" role="img"`,
    ` font-family="${escapeXml(options.fontFamily ?? CHART_FONT_FAMILY)}">`,
  );
  if (options.title !== undefined) out.push(`<title>${escapeXml(options.title)}</title>`);
  out.push(`<rect width="${width}" height="${height}" fill="${COLOUR.canvas}"/>`);
  if (options.title !== undefined)
    out.push(
      `<text class="heading" x="${CHART_MARGIN}" y="${CHART_MARGIN + 18}" font-size="${HEADING_FONT_SIZE}"`,
      ` font-weight="600" fill="${COLOUR.title}"${font(options.title)}>${escapeXml(options.title)}</text>`,
    );
  out.push(`<g transform="translate(${CHART_MARGIN} ${top})">`);

  // Connectors first, so boxes cover their ends.
  out.push(`<g class="connectors" fill="none" stroke="${COLOUR.connector}" stroke-width="1">`);
  for (let i = 0; i < tree.count; i++) {
    const points = connectorPoints(layout, i);
    if (points.length >= 4) out.push(`<path d="${pathData(points)}"/>`);
  }
  out.push('</g>');

  out.push(`<g class="boxes" font-size="${num(m.titleFontSize)}" fill="${COLOUR.title}">`);
  const titleX = m.paddingX;
  for (let i = 0; i < tree.count; i++) {
    const role = roles[tree.role[i] ?? 0] as Role;
    const text = layout.texts[layout.text[i] ?? 0];
    const x = half(layout.x[i] ?? 0);
    const y = half(layout.y[i] ?? 0);
    const w = Math.max(1, Math.round(layout.width[i] ?? 0) - 1);
    const h = Math.max(1, Math.round(layout.height[i] ?? 0) - 1);
    const dropped = tree.parent[i] === -1 ? cuts.get(role.id) : undefined;
    const cut = tree.cut[i] || dropped?.cut || CUT.none;
    const hidden = tree.hidden[i] ?? 0;
    const errors = layout.errors[i] ?? 0;
    const warnings = layout.warnings[i] ?? 0;
    const infos = layout.infos[i] ?? 0;
    const dept = role.department?.trim();
    const accent = (dept && colours.get(dept)) || NO_DEPARTMENT;

    out.push(
      `<g class="box" data-role="${escapeXml(role.id)}" transform="translate(${num(x)} ${num(y)})">`,
    );
    // Tooltip: the full title, department, id, headcount, and what the badges mean.
    const tip = [role.title];
    const c = labels.colon;
    if (dept) tip.push(`${labels.department}${c}${dept}`);
    tip.push(`${labels.roleId}${c}${role.id}`);
    tip.push(`${labels.headcount}${c}${count(role.headcount)}${role.group ? labels.group : ''}`);
    if (hidden > 0) tip.push(labels.folded(hidden));
    if (cut !== CUT.none)
      tip.push(
        labels.cutNote(cut, dropped?.detail ?? (cut === CUT.cycle ? '' : (role.reportsTo ?? ''))),
      );
    if (errors + warnings + infos > 0) tip.push(labels.findings(errors, warnings, infos));
    out.push(`<title>${escapeXml(tip.join('\n'))}</title>`);

    // Folded roles: a second card peeking out behind.
    if (hidden > 0)
      out.push(
        `<rect class="folded" x="3" y="3" width="${w}" height="${h}" rx="4" fill="${COLOUR.box}" stroke="${COLOUR.border}"/>`,
      );
    out.push(
      `<rect width="${w}" height="${h}" rx="4" fill="${COLOUR.box}" stroke="${cut === CUT.none ? COLOUR.border : COLOUR.error}"`,
      cut === CUT.none ? '/>' : ' stroke-dasharray="4 3" class="cut"/>',
    );
    // The accent bar: the box's left edge, its corners rounded like the box's.
    out.push(
      `<path d="M4 -0.5A4.5 4.5 0 0 0 -0.5 4V${num(h - 4)}A4.5 4.5 0 0 0 4 ${num(h + 0.5)}Z" fill="${accent}"/>`,
    );

    if (text) {
      let lineTop = m.paddingY - 0.5;
      // The layout sized the box for regular text: a semibold line that would overrun the
      // padding is condensed to fit (by a few per cent at most).
      const room = (layout.width[i] ?? 0) - 2 * m.paddingX;
      for (const line of text.lines) {
        const fit =
          semiboldWidth(line) * m.titleFontSize > room
            ? ` textLength="${num(room)}" lengthAdjust="spacingAndGlyphs"`
            : '';
        out.push(
          `<text x="${num(titleX)}" y="${num(baseline(lineTop, m.titleLineHeight, m.titleFontSize))}" font-weight="600"${fit}${font(line)}>${escapeXml(line)}</text>`,
        );
        lineTop += m.titleLineHeight;
      }
      if (text.department !== undefined || text.tag !== undefined) {
        const by = num(baseline(lineTop, m.footerLineHeight, m.footerFontSize));
        out.push(`<g class="footer" font-size="${num(m.footerFontSize)}" fill="${COLOUR.footer}">`);
        if (text.department !== undefined)
          out.push(
            `<text x="${num(titleX)}" y="${by}"${font(text.department)}>${escapeXml(text.department)}</text>`,
          );
        if (text.tag !== undefined)
          out.push(
            `<text x="${num(w - m.paddingX)}" y="${by}" text-anchor="end"${font(text.tag)}>${escapeXml(text.tag)}</text>`,
          );
        out.push('</g>');
      }
    }

    if (cut !== CUT.none) {
      const label = labels.cut[cut] ?? '';
      out.push(
        `<text class="cut-label" x="0" y="-10" font-size="10" font-weight="600" fill="${COLOUR.error}"${font(label)}>${escapeXml(label)}</text>`,
      );
    }

    const findings = errors + warnings + infos;
    if (findings > 0) {
      const label = findings > 99 ? '99+' : String(findings);
      const pillW = Math.max(16, Math.ceil(textWidth(label) * 9 + 8));
      const colour = errors > 0 ? COLOUR.error : warnings > 0 ? COLOUR.warning : COLOUR.info;
      const severity = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'info';
      const px = w + 4 - pillW;
      out.push(
        `<g class="badge ${severity}"><rect x="${num(px)}" y="-8" width="${pillW}" height="16" rx="8" fill="${colour}" stroke="${COLOUR.box}" stroke-width="1.5"/>`,
        `<text x="${num(px + pillW / 2)}" y="3.5" font-size="10" font-weight="700" fill="#ffffff" text-anchor="middle">${label}</text></g>`,
      );
    }
    out.push('</g>');
  }
  out.push('</g></g></svg>');
  return out.join('');
}
