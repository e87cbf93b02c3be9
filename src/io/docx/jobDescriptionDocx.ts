import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  SectionType,
  type ISectionOptions,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IRunOptions,
} from 'docx';
import type { Duty, JobDescription } from '../../core/analyze/jobDescription';
import type { Lang } from '../../core/i18n/lang';
import {
  collaborationSentence,
  DUTY_CLASSES,
  dutiesOf,
  formatHours,
  JOB_DESCRIPTION_LABELS,
  jobDescriptionFacts,
  statusLabel,
} from '../../core/render/jobDescriptionText';

/**
 * A job description (岗位说明书) as a Word document an HR manager can hand out: A4
 * portrait, a facts table, the purpose, the three duty tables with their collaboration,
 * qualifications, working conditions, the analysis date and a validation box, with page
 * numbers in the footer. Written with the `docx` library; every user string goes into a
 * text run, which docx escapes as XML.
 */

export interface JobDescriptionDocxOptions {
  /** The organisation's name, shown in the page header. */
  readonly organisation?: string;
}

/** East Asian text: Microsoft YaHei where Word is (Windows, Office for Mac); LibreOffice falls back to Noto Sans CJK. */
const EAST_ASIAN_FONT = 'Microsoft YaHei';
/** Latin text: Arial everywhere, Liberation Sans (same metrics) in LibreOffice on Linux. */
const LATIN_FONT = 'Arial';

const ACCENT = '1F4E79';
const LABEL_FILL = 'DEEAF6';
const RULE = '9DB3C8';
const MUTED = '595959';
const STATUS = {
  valid: { fill: 'E2EFDA', border: '548235', text: '375623' },
  invalid: { fill: 'FFF2CC', border: 'BF8F00', text: '7F6000' },
} as const;

/** A4 portrait in twips, with 2 cm side margins: 9638 twips (17 cm) of text width. */
const PAGE = { width: 11906, height: 16838, top: 1247, bottom: 1247, side: 1134 } as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;

/** Point sizes in half-points: 10.5 pt body (五号), 10 pt in tables, 9 pt header and footer. */
const SIZE = { body: 21, table: 20, small: 18, heading: 24, title: 36 } as const;

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Characters XML 1.0 forbids (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F). */
/* eslint-disable no-control-regex */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** User text as runs: characters XML cannot hold removed, each line after the first on a new line. */
function runs(text: string, options: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}) {
  return text
    .replace(NOT_XML, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

const border = (color: string, size = 4): IBorderOptions => ({
  style: BorderStyle.SINGLE,
  size,
  color,
});
const CELL_BORDERS = {
  top: border(RULE),
  bottom: border(RULE),
  left: border(RULE),
  right: border(RULE),
  insideHorizontal: border(RULE),
  insideVertical: border(RULE),
};
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

interface CellSpec {
  readonly text: string;
  readonly width: number;
  readonly fill?: string;
  readonly bold?: boolean;
  readonly color?: string;
  readonly align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  readonly columnSpan?: number;
}

function cell(spec: CellSpec): TableCell {
  return new TableCell({
    width: { size: spec.width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    ...(spec.columnSpan === undefined ? {} : { columnSpan: spec.columnSpan }),
    ...(spec.fill === undefined
      ? {}
      : { shading: { type: ShadingType.CLEAR, color: 'auto', fill: spec.fill } }),
    children: [
      new Paragraph({
        alignment: spec.align ?? AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
        children: runs(spec.text, {
          size: SIZE.table,
          ...(spec.bold ? { bold: true } : {}),
          ...(spec.color === undefined ? {} : { color: spec.color }),
        }),
      }),
    ],
  });
}

function table(columnWidths: readonly number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: CELL_BORDERS,
    rows,
  });
}

/** The facts of the role in a two-pair grid: shaded labels, values beside them. */
function factsTable(jd: JobDescription, lang: Lang): Table {
  const facts = jobDescriptionFacts(jd, lang);
  // Chinese labels are four characters; "Span of control" needs more room.
  const label = lang === 'zh-CN' ? 1300 : 1800;
  const value = (TEXT_WIDTH - 2 * label) / 2;
  const widths = [label, value, label, value];
  const rows: TableRow[] = [];
  for (let i = 0; i < facts.length; i += 2) {
    const pair = facts.slice(i, i + 2);
    const cells = pair.flatMap((f, j) => [
      cell({
        text: f.label,
        width: widths[2 * j] ?? 0,
        fill: LABEL_FILL,
        bold: true,
        color: ACCENT,
      }),
      cell({ text: f.value, width: widths[2 * j + 1] ?? 0 }),
    ]);
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  return table(widths, rows);
}

/** One class's duties: number, statement, hours per week, collaboration. */
function dutyTable(duties: readonly Duty[], lang: Lang): Table {
  const l = JOB_DESCRIPTION_LABELS[lang];
  // Chinese headers are short and its collaboration sentences long.
  const hours = lang === 'zh-CN' ? 1000 : 1400;
  const partners = lang === 'zh-CN' ? 3400 : 3000;
  const widths = [650, TEXT_WIDTH - 650 - hours - partners, hours, partners];
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [l.no, l.duty, l.hours, l.collaboration].map((text, i) =>
      cell({
        text,
        width: widths[i] ?? 0,
        fill: ACCENT,
        bold: true,
        color: 'FFFFFF',
        align: i === 1 || i === 3 ? AlignmentType.LEFT : AlignmentType.CENTER,
      }),
    ),
  });
  const body = duties.map(
    (d, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell({ text: String(i + 1), width: widths[0] ?? 0, align: AlignmentType.CENTER }),
          cell({ text: d.statement, width: widths[1] ?? 0 }),
          cell({ text: formatHours(d.hours), width: widths[2] ?? 0, align: AlignmentType.CENTER }),
          cell({ text: collaborationSentence(d.partners, lang), width: widths[3] ?? 0 }),
        ],
      }),
  );
  return table(widths, [head, ...body]);
}

/** The validation box: green when valid, amber when the description needs attention. */
function statusBox(jd: JobDescription, lang: Lang): Table {
  const l = JOB_DESCRIPTION_LABELS[lang];
  const colours = STATUS[jd.status];
  const findings = jd.findings.map(
    (f) =>
      new Paragraph({
        spacing: { before: 60, after: 0 },
        indent: { left: 280, hanging: 280 },
        children: [
          new TextRun({ color: colours.text, children: ['•', new Tab()] }),
          new TextRun({ text: `${l.severity[f.severity] ?? f.severity}  `, bold: true }),
          new TextRun({ text: f.code, font: { ascii: 'Consolas', hAnsi: 'Consolas' } }),
          new TextRun({ text: ' — ' }),
          ...runs(f.message),
        ],
        tabStops: [{ type: TabStopType.LEFT, position: 280 }],
      }),
  );
  const edge = border(colours.border, 12);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: { top: edge, bottom: edge, left: edge, right: edge },
    rows: [
      new TableRow({
        cantSplit: jd.findings.length < 12,
        children: [
          new TableCell({
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: colours.fill },
            margins: { top: 120, bottom: 120, left: 200, right: 200 },
            children: [
              new Paragraph({
                spacing: { before: 0, after: 0 },
                children: [
                  new TextRun({
                    text: statusLabel(jd, lang),
                    bold: true,
                    size: SIZE.heading,
                    color: colours.text,
                  }),
                  ...(jd.findings.length === 0
                    ? [new TextRun({ text: `  ${l.noFindings}`, color: colours.text })]
                    : []),
                ],
              }),
              ...findings,
            ],
          }),
        ],
      }),
    ],
  });
}

/** A grey remark where a section has nothing to show ("Not recorded", "None"). */
const remark = (text: string) =>
  new Paragraph({
    style: 'BodyText',
    children: [new TextRun({ text, color: MUTED, italics: true })],
  });

/** Body text of a section, or "Not recorded" when it is blank. */
function body(text: string | undefined, lang: Lang): Paragraph {
  return text === undefined || text.trim() === ''
    ? remark(JOB_DESCRIPTION_LABELS[lang].notRecorded)
    : new Paragraph({ style: 'BodyText', children: runs(text) });
}

/**
 * One job description as a section of a document: its own page header and footer, and
 * (with `instance`) its own numbering of the qualifications list. In a document of several,
 * each starts on a new page and numbers its own pages from 1 ("Page 2": LibreOffice has no
 * count of a section's pages, Word's SECTIONPAGES).
 */
function jobDescriptionSection(
  jd: JobDescription,
  lang: Lang,
  options: JobDescriptionDocxOptions,
  instance: number,
  alone: boolean,
): ISectionOptions {
  const l = JOB_DESCRIPTION_LABELS[lang];
  let section = 0;
  const heading = (text: string) => {
    const n = section++;
    const number =
      lang === 'zh-CN' ? `${CHINESE_NUMERALS[n] ?? String(n + 1)}、` : `${n + 1}.\u2002`;
    return new Paragraph({ style: 'SectionHeading', children: runs(`${number}${text}`) });
  };

  const children: (Paragraph | Table)[] = [
    new Paragraph({
      style: 'DocumentKind',
      children: runs(lang === 'zh-CN' ? l.document : l.document.toUpperCase()),
    }),
    new Paragraph({
      style: 'RoleTitle',
      children: runs(jd.title.trim() === '' ? jd.roleId : jd.title),
    }),
    factsTable(jd, lang),
    heading(l.purpose),
    body(jd.purpose, lang),
  ];
  for (const cls of DUTY_CLASSES) {
    children.push(heading(l.duties[cls]));
    const duties = dutiesOf(jd, cls);
    children.push(duties.length === 0 ? remark(l.none) : dutyTable(duties, lang));
  }
  children.push(heading(l.qualifications));
  const qualifications = jd.qualifications.filter((q) => q.trim() !== '');
  if (qualifications.length === 0) children.push(body(undefined, lang));
  qualifications.forEach((q, i) =>
    children.push(
      new Paragraph({
        style: 'BodyText',
        numbering: { reference: 'qualifications', level: 0, instance },
        // A short list stays on one page with its heading.
        keepNext: i < qualifications.length - 1 && qualifications.length <= 12,
        keepLines: true,
        children: runs(q),
      }),
    ),
  );
  children.push(heading(l.workingConditions), body(jd.workingConditions, lang));
  children.push(heading(l.analysisDate), body(jd.analysisDate, lang));
  children.push(heading(l.validation), statusBox(jd, lang));

  const small = { size: SIZE.small, color: MUTED };
  const organisation = options.organisation?.trim() ?? '';
  // The organisation on the left, the document and role id at the right margin.
  const headerRuns = [
    ...(organisation === ''
      ? []
      : [...runs(organisation, small), new TextRun({ children: [new Tab()] })]),
    ...runs(`${l.document} · ${jd.roleId}`, small),
  ];
  const [before, between, after] = l.page;

  return {
    properties: {
      ...(alone ? {} : { type: SectionType.NEXT_PAGE }),
      page: {
        ...(alone ? {} : { pageNumbers: { start: 1 } }),
        size: { width: PAGE.width, height: PAGE.height },
        margin: {
          top: PAGE.top,
          bottom: PAGE.bottom,
          left: PAGE.side,
          right: PAGE.side,
          header: 567,
          footer: 567,
        },
      },
    },
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: organisation === '' ? AlignmentType.RIGHT : AlignmentType.LEFT,
            tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
            children: headerRuns,
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: alone
              ? [
                  new TextRun({ ...small, text: before }),
                  new TextRun({ ...small, children: [PageNumber.CURRENT] }),
                  new TextRun({ ...small, text: between }),
                  new TextRun({ ...small, children: [PageNumber.TOTAL_PAGES] }),
                  ...(after === '' ? [] : [new TextRun({ ...small, text: after })]),
                ]
              : [
                  new TextRun({ ...small, text: l.pageAlone[0] }),
                  new TextRun({ ...small, children: [PageNumber.CURRENT] }),
                  ...(l.pageAlone[1] === ''
                    ? []
                    : [new TextRun({ ...small, text: l.pageAlone[1] })]),
                ],
          }),
        ],
      }),
    },
    children,
  };
}

/** The document around job description sections: styles, fonts, the numbering. */
function jobDescriptionDocument(
  title: string,
  lang: Lang,
  sections: readonly ISectionOptions[],
): Document {
  const l = JOB_DESCRIPTION_LABELS[lang];
  return new Document({
    creator: 'Service Org Designer',
    title: title.replace(NOT_XML, ''),
    subject: l.document,
    styles: {
      default: {
        document: {
          run: {
            font: {
              ascii: LATIN_FONT,
              hAnsi: LATIN_FONT,
              cs: LATIN_FONT,
              eastAsia: EAST_ASIAN_FONT,
            },
            size: SIZE.body,
            language: { value: lang === 'zh-CN' ? 'zh-CN' : 'en-GB', eastAsia: 'zh-CN' },
          },
          paragraph: { spacing: { line: 300, before: 0, after: 0 } },
        },
      },
      paragraphStyles: [
        {
          id: 'DocumentKind',
          name: 'Document kind',
          basedOn: 'Normal',
          next: 'RoleTitle',
          run: { size: SIZE.body, color: ACCENT, bold: true, characterSpacing: 40 },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 }, keepNext: true },
        },
        {
          id: 'RoleTitle',
          name: 'Role title',
          basedOn: 'Normal',
          run: { size: SIZE.title, bold: true, color: '000000' },
          paragraph: {
            alignment: AlignmentType.CENTER,
            spacing: { after: 280 },
            keepNext: true,
            border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 6 } },
          },
        },
        {
          id: 'SectionHeading',
          name: 'Section heading',
          basedOn: 'Normal',
          next: 'BodyText',
          run: { size: SIZE.heading, bold: true, color: ACCENT },
          paragraph: {
            spacing: { before: 240, after: 100 },
            keepNext: true,
            keepLines: true,
            outlineLevel: 0,
            border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 2 } },
          },
        },
        {
          id: 'BodyText',
          name: 'Body Text',
          basedOn: 'Normal',
          paragraph: { spacing: { after: 60 }, alignment: AlignmentType.JUSTIFIED },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'qualifications',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 400, hanging: 400 } } },
            },
          ],
        },
      ],
    },
    sections: [...sections],
  });
}

/** A job description as a .docx file. */
export async function jobDescriptionDocx(
  jd: JobDescription,
  lang: Lang,
  options: JobDescriptionDocxOptions = {},
): Promise<Buffer> {
  const title = `${jd.title} — ${JOB_DESCRIPTION_LABELS[lang].document}`;
  const section = jobDescriptionSection(jd, lang, options, 0, true);
  return Packer.toBuffer(jobDescriptionDocument(title, lang, [section]));
}

/**
 * Every job description in one .docx file, each starting on a new page with its own header
 * and page count. Bytes as a Uint8Array, so that it runs in a browser too.
 */
export async function jobDescriptionsDocx(
  jds: readonly JobDescription[],
  lang: Lang,
  options: JobDescriptionDocxOptions = {},
): Promise<Uint8Array> {
  const l = JOB_DESCRIPTION_LABELS[lang];
  const organisation = options.organisation?.trim() ?? '';
  const title = organisation === '' ? l.document : `${organisation} — ${l.document}`;
  const sections = jds.map((jd, i) => jobDescriptionSection(jd, lang, options, i, false));
  return new Uint8Array(await Packer.toArrayBuffer(jobDescriptionDocument(title, lang, sections)));
}
