import type { Duty, JobDescription } from '../analyze/jobDescription';
import type { Lang } from '../i18n/lang';
import { cellA1, parseRangeA1 } from '../model/address';
import { SEVERITY_ORDER, type Location, type Severity } from '../model/diagnostic';
import { RESPONSIBILITY_CLASSES, type ResponsibilityClass } from '../model/responsibility';
import { NOT_KNOWN } from './gapSummaryCells';
import { jobDescriptionsLabels, type JobDescriptionsLabels } from './jobDescriptionsLabels';
import { JobDescriptionsRows, styled, type JobDescriptionsCell } from './jobDescriptionsRows';
import { jobDescriptionsStyles, type JobDescriptionsStyle } from './jobDescriptionsStyles';
import type { PlanCell, PlanLink, PlanValue, SheetPlan } from './sheetPlan';

export interface JobDescriptionsPlanOptions {
  /** What the descriptions are of (e.g. the workbook's name), shown after the title in row 1. */
  readonly title?: string;
  /** Most role blocks to lay out (default JOB_DESCRIPTIONS_MAX_ROLES); the rest are counted in a note. */
  readonly maxRoles?: number;
}

/**
 * Column widths in characters, A–D: label, value, label, value. About 100 characters,
 * which fits the width of an A4 portrait page at close to 100 %.
 */
export const JOB_DESCRIPTIONS_COLUMN_WIDTHS: readonly number[] = [18, 34, 18, 30];
const COLUMNS = JOB_DESCRIPTIONS_COLUMN_WIDTHS.length;
/** Heights in points of the rows with large fonts. */
const TITLE_PT = 24;
const BAND_PT = 30;
const SECTION_PT = 20;

/** Where things landed: what links, page breaks and tests point at. */
export interface JobDescriptionsLayout {
  /** The index row of each role, in input order (1-based). */
  readonly indexRows: readonly number[];
  /** The first row (the header band) of each role's block, in input order. */
  readonly blockRows: readonly number[];
}

/**
 * The Job Descriptions sheet (岗位说明书): what an HR manager prints and hands out. A title,
 * counts and an index whose ids link to the blocks; then one block per role, in the order
 * given, each on its own printed page: a header band with title and status, the basic
 * facts in a label/value grid, purpose, the primary, partial and support duty tables with
 * each duty's hours and collaborators, qualifications, working conditions, analysis date
 * and the validation result. Deterministic: the same descriptions give a deep-equal plan.
 */
/** Most role blocks in one sheet; `service-org jd` writes any number as separate files. */
export const JOB_DESCRIPTIONS_MAX_ROLES = 2000;

const MORE: Readonly<Record<Lang, (n: number) => string>> = {
  en: (n) =>
    `… and ${n} more job descriptions, not shown here: run "service-org jd" for the full set.`,
  'zh-CN': (n) => `…… 另有 ${n} 份岗位说明书未在此列出：请用 service-org jd 生成全部。`,
};

export function jobDescriptionsPlan(
  jds: readonly JobDescription[],
  lang: Lang,
  options: JobDescriptionsPlanOptions = {},
): SheetPlan {
  return jobDescriptionsPlanWithLayout(jds, lang, options).plan;
}

/** {@link jobDescriptionsPlan}, also telling where the index rows and blocks are. */
export function jobDescriptionsPlanWithLayout(
  allRoles: readonly JobDescription[],
  lang: Lang,
  options: JobDescriptionsPlanOptions = {},
): { readonly plan: SheetPlan; readonly layout: JobDescriptionsLayout } {
  const L = jobDescriptionsLabels[lang];
  const out = new JobDescriptionsRows(JOB_DESCRIPTIONS_COLUMN_WIDTHS);
  // A block is about 40 rows: beyond a few thousand roles the sheet would outgrow what a
  // person prints (and, near 25,000, Excel's 1,048,576 rows). The rest go to `service-org jd`.
  const all = allRoles;
  const jds = all.slice(0, options.maxRoles ?? JOB_DESCRIPTIONS_MAX_ROLES);

  const title = out.add(
    styled(options.title ? `${L.title} — ${options.title}` : L.title, 'title', COLUMNS),
  );
  out.minHeight(title, TITLE_PT);
  const valid = all.filter((jd) => jd.status === 'valid').length;
  const withFindings = all.filter((jd) => jd.findings.length > 0).length;
  out.add(styled(L.counts(all.length, valid, withFindings), 'subtitle', COLUMNS));
  out.blank();

  // The index comes first, but its links need the blocks' rows: it is laid out as blank
  // rows, filled in once the blocks are.
  out.add(styled(L.index, 'subheading', COLUMNS));
  out.add(...L.indexHeaders.map((h) => styled(h, 'header')));
  const indexRows = jds.map(() => out.blank());
  if (jds.length === 0) out.add(styled(L.indexNone, 'none', COLUMNS));
  if (all.length > jds.length)
    out.add(styled(MORE[lang](all.length - jds.length), 'none', COLUMNS));

  const blockRows: number[] = [];
  for (const jd of jds) {
    out.blank();
    blockRows.push(block(out, jd, L));
  }

  jds.forEach((jd, i) => {
    const at = indexRows[i];
    const target = blockRows[i];
    if (at === undefined || target === undefined) return;
    const link: PlanLink = { kind: 'cell', sheet: L.sheet, a1: cellA1(target, 1) };
    out.set(
      at,
      { cell: { value: jd.roleId, style: 'link', link } },
      { cell: text(jd.title) },
      { cell: text(jd.department) },
      styled(statusText(jd, L), jd.status === 'valid' ? 'valid' : 'invalid'),
    );
  });

  const styles = { ...jobDescriptionsStyles };
  const plan: SheetPlan = {
    name: L.sheet,
    rows: out.all,
    styles,
    columnWidths: JOB_DESCRIPTIONS_COLUMN_WIDTHS,
    merges: out.merges,
    rowHeights: out.heights(styles),
    print: {
      orientation: 'portrait',
      fitToWidth: true,
      // Print titles: the sheet's title (row 1: "Job Descriptions — workbook") heads every page.
      titleRows: '1:1',
      pageBreaksAfter: blockRows.map((first) => first - 1),
    },
    tabColor: '#0F6CBD',
  };
  return { plan, layout: { indexRows, blockRows } };
}

const statusText = (jd: JobDescription, L: JobDescriptionsLabels): string =>
  jd.status === 'valid' ? L.status.valid : L.status.invalid;

/** Text in a bordered cell; blank when absent. */
const text = (v: string | undefined): PlanCell => ({
  value: v === undefined || v.trim() === '' ? null : v,
  style: 'text',
});

/** A value cell of the grid: the text, or "Not recorded" (shaded) when absent. */
function value(
  v: string | undefined,
  L: JobDescriptionsLabels,
  span?: number,
): JobDescriptionsCell {
  return v === undefined || v.trim() === ''
    ? styled(L.notRecorded, 'missing', span)
    : styled(v, 'text', span);
}

const label = (s: string): JobDescriptionsCell => styled(s, 'label');

/** A link to the first cell of an input location. */
function linkTo(location: Location): PlanLink | undefined {
  const range = parseRangeA1(location.a1);
  if (range === undefined) return undefined;
  return { kind: 'cell', sheet: location.sheet, a1: cellA1(range.from.row, range.from.col) };
}

function linked(
  v: PlanValue,
  style: JobDescriptionsStyle,
  location: Location,
): JobDescriptionsCell {
  const link = linkTo(location);
  return { cell: link ? { value: v, style, link } : { value: v, style: 'text' } };
}

/** ISO `yyyy-mm-dd` (a time part is ignored) as a UTC date; undefined when not a date. */
function isoToDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/** One role's block; returns its first row (the header band). */
function block(out: JobDescriptionsRows, jd: JobDescription, L: JobDescriptionsLabels): number {
  const first = out.add(
    styled(L.heading(jd.title), 'band', COLUMNS - 1),
    styled(statusText(jd, L), jd.status === 'valid' ? 'bandValid' : 'bandInvalid'),
  );
  out.minHeight(first, BAND_PT);

  // The label/value grid.
  out.add(
    label(L.roleTitle),
    value(jd.title, L),
    label(L.roleId),
    linked(jd.roleId, 'link', jd.location),
  );
  out.add(
    label(L.department),
    value(jd.department, L),
    label(L.level),
    styled(L.levelValue(jd.level, jd.layer), 'text'),
  );
  out.add(
    label(L.reportsTo),
    styled(jd.reportsTo === null ? L.noManager : jd.reportsTo.title, 'text'),
    label(L.headcount),
    styled(jd.headcount, 'count'),
  );
  const reports =
    jd.directReports.length === 0
      ? L.none
      : [...jd.directReports.map((r) => L.group(r.title, r.headcount)), L.span(jd.span)].join('\n');
  out.add(
    label(L.directReports),
    styled(reports, 'text'),
    label(L.filled),
    jd.filled === undefined ? styled(NOT_KNOWN, 'naLeft') : styled(jd.filled, 'count'),
  );
  out.add(label(L.purpose), value(jd.purpose, L, COLUMNS - 1));

  for (const cls of RESPONSIBILITY_CLASSES) dutyTable(out, jd, cls, L);

  section(out, L.qualifications);
  if (jd.qualifications.length === 0) {
    out.add(styled(null, 'none'), styled(L.notRecorded, 'missing', COLUMNS - 1));
  }
  jd.qualifications.forEach((q, i) => {
    out.add(styled(i + 1, 'count'), styled(q, 'text', COLUMNS - 1));
  });

  out.blank();
  out.add(label(L.workingConditions), value(jd.workingConditions, L, COLUMNS - 1));
  const date = jd.analysisDate === undefined ? undefined : isoToDate(jd.analysisDate);
  out.add(
    label(L.analysisDate),
    date !== undefined ? styled(date, 'date', COLUMNS - 1) : value(jd.analysisDate, L, COLUMNS - 1),
  );

  section(out, L.validation);
  if (jd.findings.length === 0) {
    out.add(styled(L.valid, 'valid'), styled(L.noFindings, 'text', COLUMNS - 1));
  }
  const findings = jd.findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f.severity) - rank(b.f.severity) || a.i - b.i)
    .map((x) => x.f);
  for (const f of findings) {
    out.add(
      styled(L.severity[f.severity] ?? f.severity, severityStyle(f.severity)),
      linked(f.code, 'code', f.location),
      styled(f.message, 'text', COLUMNS - 2),
    );
  }
  return first;
}

const isSeverity = (s: string): s is Severity => s in SEVERITY_ORDER;
const rank = (s: string): number => (isSeverity(s) ? SEVERITY_ORDER[s] : 3);
const severityStyle = (s: string): JobDescriptionsStyle => (isSeverity(s) ? s : 'info');

/** A blank row, then a heading across all columns. */
function section(out: JobDescriptionsRows, heading: string): number {
  out.blank();
  const row = out.add(styled(heading, 'section', COLUMNS));
  out.minHeight(row, SECTION_PT);
  return row;
}

function dutyTable(
  out: JobDescriptionsRows,
  jd: JobDescription,
  cls: ResponsibilityClass,
  L: JobDescriptionsLabels,
): void {
  const duties: readonly Duty[] = jd[cls];
  section(out, L.duties[cls]);
  const [no, duty, hours, collaboration] = L.dutyHeaders;
  out.add(
    styled(no, 'headerCenter'),
    styled(duty, 'header'),
    styled(hours, 'headerCenter'),
    styled(collaboration, 'header'),
  );
  if (duties.length === 0) {
    out.add(styled(null, 'none'), styled(L.none, 'none', COLUMNS - 1));
    return;
  }
  duties.forEach((d, i) => {
    out.add(
      linked(i + 1, 'linkCenter', d.location),
      styled(d.statement, 'text'),
      d.hours === undefined || !Number.isFinite(d.hours)
        ? styled(NOT_KNOWN, 'na')
        : styled(d.hours, 'hours'),
      styled(collaborationText(jd, d, L), 'text'),
    );
  });
}

/**
 * Who else works on a duty, as a sentence in the user's language: the partners grouped by
 * class (primary, partial, support; empty classes left out), titles in input order. The
 * role itself is not its own partner; with no one else, a dash ("无" in Chinese).
 */
export function collaborationText(
  jd: JobDescription,
  duty: Duty,
  L: JobDescriptionsLabels,
): string {
  const others = duty.partners.filter((p) => p.roleId !== jd.roleId);
  const parts = RESPONSIBILITY_CLASSES.map((cls) => ({
    cls: L.partnerClass[cls],
    titles: others.filter((p) => p.cls === cls).map((p) => p.title || p.roleId),
  })).filter((p) => p.titles.length > 0);
  return parts.length === 0 ? L.noPartners : L.collaboration(parts);
}
