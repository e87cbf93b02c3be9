import type { JobDescription } from '../analyze/jobDescription';
import type { Lang } from '../i18n/lang';
import {
  collaborationSentence,
  documentTitle,
  DUTY_CLASSES,
  dutiesOf,
  formatHours,
  JOB_DESCRIPTION_LABELS,
  jobDescriptionFacts,
  statusLabel,
} from './jobDescriptionText';

/**
 * Job descriptions (岗位说明书) as GitHub-flavoured Markdown: one document per role, and an
 * index linking them. User text is escaped so that it always reads as text.
 */

/** Characters that start Markdown syntax anywhere in a line (GFM tables, emphasis, links, math). */
const INLINE = /[\\`*_[\]|~$#]/g;

/** Escape inline Markdown syntax and HTML in one line of user text. */
function escapeInline(line: string): string {
  return line
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(INLINE, '\\$&');
}

const lines = (text: string) => text.replace(/\r\n?/g, '\n').split('\n');

/**
 * Escape user text for Markdown: backslash before inline syntax, entities for HTML (`<`, `>`,
 * `&`), and a line's first character when it would start a block (heading, list, quote,
 * rule, setext underline). Lines are trimmed so indentation cannot make a code block.
 */
export function escapeMarkdown(text: string): string {
  return lines(text)
    .map((line) =>
      escapeInline(line)
        .replace(/^([+\-=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/** Escape user text for one table cell: inline syntax and HTML escaped, line breaks as `<br>`. */
export function escapeMarkdownCell(text: string): string {
  const escaped = lines(text)
    .map(escapeInline)
    .filter((line) => line !== '')
    .join('<br>');
  return escaped === '' ? ' ' : escaped;
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** A Markdown paragraph of user text, or the "not recorded" word when it is blank. */
function paragraph(text: string | undefined, lang: Lang): string {
  return text === undefined || text.trim() === ''
    ? `*${JOB_DESCRIPTION_LABELS[lang].notRecorded}*`
    : escapeMarkdown(text)
        .split('\n')
        .filter((line) => line !== '')
        .join('  \n');
}

/** One role's job description as Markdown. */
export function jobDescriptionMarkdown(jd: JobDescription, lang: Lang): string {
  const l = JOB_DESCRIPTION_LABELS[lang];
  const out: string[] = [`# ${escapeMarkdown(documentTitle(jd, lang)).split('\n').join(' ')}`, ''];

  const facts = jobDescriptionFacts(jd, lang);
  for (let i = 0; i < facts.length; i += 2) {
    const cells = facts
      .slice(i, i + 2)
      .flatMap((f) => [`**${f.label}**`, escapeMarkdownCell(f.value)]);
    while (cells.length < 4) cells.push(' ');
    out.push(row(cells));
    if (i === 0) out.push('| --- | --- | --- | --- |');
  }
  out.push('', `## ${l.purpose}`, '', paragraph(jd.purpose, lang), '');

  for (const cls of DUTY_CLASSES) {
    out.push(`## ${l.duties[cls]}`, '');
    const duties = dutiesOf(jd, cls);
    if (duties.length === 0) {
      out.push(`*${l.none}*`, '');
      continue;
    }
    out.push(row([l.no, l.duty, l.hours, l.collaboration]), '| ---: | --- | ---: | --- |');
    duties.forEach((d, i) =>
      out.push(
        row([
          String(i + 1),
          escapeMarkdownCell(d.statement),
          formatHours(d.hours),
          escapeMarkdownCell(collaborationSentence(d.partners, lang)),
        ]),
      ),
    );
    out.push('');
  }

  out.push(`## ${l.qualifications}`, '');
  const qualifications = jd.qualifications.filter((q) => q.trim() !== '');
  if (qualifications.length === 0) out.push(`*${l.notRecorded}*`);
  else
    qualifications.forEach((q, i) =>
      out.push(`${i + 1}. ${escapeMarkdown(q).split('\n').join(' ')}`),
    );
  out.push('', `## ${l.workingConditions}`, '', paragraph(jd.workingConditions, lang), '');
  out.push(`## ${l.analysisDate}`, '', paragraph(jd.analysisDate, lang), '');

  out.push(`## ${l.validation}`, '', `**${statusLabel(jd, lang)}**`, '');
  if (jd.findings.length > 0) {
    for (const f of jd.findings) {
      const severity = l.severity[f.severity] ?? f.severity;
      out.push(
        `- ${escapeMarkdown(severity)} \`${f.code.replace(/`/g, '')}\` — ${escapeMarkdown(f.message).split('\n').join(' ')}`,
      );
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** A relative link target for a file name (spaces, brackets and non-ASCII percent-encoded). */
function linkTarget(fileName: string): string {
  return encodeURIComponent(fileName).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
}

/** The index of a set of job descriptions: each role with its status and a link to its file. */
export function jobDescriptionIndexMarkdown(
  jds: readonly JobDescription[],
  lang: Lang,
  fileNameOf: (jd: JobDescription) => string,
): string {
  const l = JOB_DESCRIPTION_LABELS[lang];
  const valid = jds.filter((jd) => jd.status === 'valid').length;
  const out = [
    `# ${l.index}`,
    '',
    l.indexSummary(jds.length, valid),
    '',
    row([l.roleId, l.title, l.department, l.status, l.file]),
    '| --- | --- | --- | --- | --- |',
  ];
  for (const jd of jds) {
    const file = fileNameOf(jd);
    out.push(
      row([
        escapeMarkdownCell(jd.roleId),
        escapeMarkdownCell(jd.title),
        escapeMarkdownCell(jd.department ?? ''),
        statusLabel(jd, lang),
        `[${escapeMarkdownCell(file)}](${linkTarget(file)})`,
      ]),
    );
  }
  return `${out.join('\n')}\n`;
}
