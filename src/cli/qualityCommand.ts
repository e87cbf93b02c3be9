import { basename, extname, join } from 'node:path';
import { auditWorkbook, type AuditResult } from '../core/audit/auditWorkbook';
import type { FiveGap } from '../core/analyze/fiveGapModel';
import type { ServiceQuality } from '../core/analyze/serviceQuality';
import type { Lang } from '../core/i18n/lang';
import type { Diagnostic } from '../core/model/diagnostic';
import { todayIso } from '../core/model/todayIso';
import { locateSurvey } from '../core/read/locateSurvey';
import { PNG_FONTS } from '../core/render/orgChartSvg';
import {
  serviceQualityChartsSvg,
  type ServiceQualityCharts,
} from '../core/render/serviceQualityChartsSvg';
import type { RenderedPng } from '../io/chart/renderPng';
import type { CliOptions } from './args';
import type { Io } from './auditCommand';
import {
  cjkFontWarning,
  DEFAULT_PNG_SCALE,
  pngDescription,
  writePngFile,
  writeSvgFile,
} from './chartFiles';
import { inputGroups, readInputGroup } from './inputGroups';
import { uniqueFileNames } from './jdCommand';
import { loadMapping } from './loadMapping';
import { Progress } from './progress';
import { qualityReport, surveyFindingsLine } from './qualityReport';

/** The files `--out DIR` gets: each chart as SVG and as PNG. */
export const QUALITY_CHART_FILES: Readonly<
  Record<keyof ServiceQualityCharts, { readonly svg: string; readonly png: string }>
> = {
  radar: { svg: 'service-quality-radar.svg', png: 'service-quality-radar.png' },
  gaps: { svg: 'service-quality-gaps.svg', png: 'service-quality-gaps.png' },
};

/** A chart file written, and its image when it is a PNG. */
interface WrittenFile {
  readonly file: string;
  readonly image?: RenderedPng;
}

/** One workbook's outcome. */
interface QualityOutcome {
  readonly file: string;
  readonly error?: string;
  readonly audit?: AuditResult;
  /** The Survey's findings (SURVEY_* codes, and any on the survey's sheet). */
  readonly surveyFindings: readonly Diagnostic[];
  /** The files written into `--out DIR`, with each PNG's image. */
  readonly written: readonly WrittenFile[];
}

/** Why there is nothing to analyse, and how to add a survey. */
function noSurvey(lang: Lang): string {
  return lang === 'zh-CN'
    ? '未找到问卷。请添加名为“问卷”（或 Survey）的工作表，列为 受访者编号、维度、题项、期望、感知，可选 重要性：每位受访者每个题项一行，分值采用规则中的李克特量表（默认 1–7）。`service-org template --example OUT.xlsx` 生成的示例工作簿中有一份问卷。'
    : 'no survey found. Add a sheet named Survey (or 问卷) with the columns RespondentId, Dimension, Item, Expectation, Perception and, optionally, Importance: a row per respondent and item, answers on the Policy’s Likert scale (1–7 by default). `service-org template --example OUT.xlsx` writes a workbook with one.';
}

/** The findings about the Survey: its SURVEY_* codes, and any other on the sheet it is on. */
function surveyFindingsOf(
  audit: AuditResult,
  surveySheet: string | undefined,
): readonly Diagnostic[] {
  return audit.diagnostics.filter(
    (d) => d.code.startsWith('SURVEY_') || d.location.sheet === surveySheet,
  );
}

/** Write the two charts as SVG and PNG into `dir`; the files written. */
async function writeCharts(
  quality: ServiceQuality,
  dir: string,
  opts: CliOptions,
  warn: (text: string) => void,
): Promise<WrittenFile[]> {
  const charts = serviceQualityChartsSvg(quality, opts.lang);
  // The same charts with the fonts resvg draws fast (see PNG_FONTS): a CJK font first for
  // Chinese labels, a Latin one for English.
  const forPng = serviceQualityChartsSvg(quality, opts.lang, {
    fontFamily: opts.lang === 'zh-CN' ? PNG_FONTS.cjkFontFamily : PNG_FONTS.fontFamily,
  });
  const written: WrittenFile[] = [];
  for (const kind of ['radar', 'gaps'] as const) {
    const names = QUALITY_CHART_FILES[kind];
    const svgFile = join(dir, names.svg);
    await writeSvgFile(svgFile, charts[kind]);
    written.push({ file: svgFile });
    const pngFile = join(dir, names.png);
    const image = await writePngFile(pngFile, forPng[kind], opts.scale ?? DEFAULT_PNG_SCALE);
    written.push({ file: pngFile, image });
  }
  const warning = cjkFontWarning(charts.radar, opts.lang);
  if (warning !== undefined) warn(warning);
  return written;
}

/** The folder each group's charts go into: DIR itself for one, a subfolder each for several. */
function chartFolders(out: string, groups: readonly { files: readonly string[] }[]): string[] {
  if (groups.length === 1) return [out];
  return uniqueFileNames(
    groups.map((g) => basename(g.files[0] ?? '', extname(g.files[0] ?? ''))),
    '',
  ).map((name) => join(out, name));
}

/**
 * `service-org quality FILE... [--out DIR]`: the service-quality report of each workbook's
 * survey (DOMAIN.md §4) — where it was read, the weights, each dimension's expectation,
 * perception and gap with its 95% interval, the weighted score and the CSI, the top
 * improvement priorities and the five-gap checklist — and with `--out` its radar and gap
 * charts as SVG and PNG. Exit 0 when every workbook was analysed, 2 when one could not be
 * read or has no survey.
 */
export async function qualityCommand(opts: CliOptions, io: Io): Promise<number> {
  const mapping = await loadMapping(opts.map);
  if (!mapping.ok) {
    for (const p of mapping.problems) io.stderr.write(`service-org: ${p}\n`);
    return 2;
  }
  const groups = inputGroups(opts.files, opts.combine);
  const folders = opts.out === undefined ? [] : chartFolders(opts.out, groups);
  const progress = new Progress(io.stderr, io.stderr.isTTY === true && !opts.json);
  const outcomes: QualityOutcome[] = [];
  let exit = 0;
  for (const [i, group] of groups.entries()) {
    progress.update(`[${i + 1}/${groups.length}] ${group.label}`);
    const read = await readInputGroup(group);
    if (!read.ok) {
      outcomes.push({ file: group.label, error: read.error, surveyFindings: [], written: [] });
      exit = 2;
      continue;
    }
    const audit = auditWorkbook(read.grids, {
      lang: opts.lang,
      asOf: opts.asOf ?? todayIso(),
      ...(mapping.mapping ? { mapping: mapping.mapping } : {}),
    });
    const surveySheet = locateSurvey(read.grids)?.grid.sheet;
    const surveyFindings = surveyFindingsOf(audit, surveySheet);
    const quality = audit.serviceQuality;
    if (quality === undefined) {
      outcomes.push({
        file: group.label,
        error: noSurvey(opts.lang),
        audit,
        surveyFindings,
        written: [],
      });
      exit = 2;
      continue;
    }
    const dir = folders[i];
    let written: WrittenFile[] = [];
    if (dir !== undefined) {
      progress.update(`[${i + 1}/${groups.length}] ${group.label}: ${dir}`);
      written = await writeCharts(quality, dir, opts, (text) => {
        progress.done();
        io.stderr.write(text);
      });
    }
    outcomes.push({ file: group.label, audit, surveyFindings, written });
  }
  progress.done();

  if (opts.json) {
    const files = outcomes.map((o) => ({
      file: o.file,
      ...(o.error === undefined ? {} : { error: o.error }),
      serviceQuality: o.audit?.serviceQuality ?? null,
      fiveGaps: o.audit?.gapSummary.fiveGaps ?? null,
      ...(o.written.length === 0 ? {} : { charts: o.written.map((w) => w.file) }),
    }));
    io.stdout.write(`${JSON.stringify({ files }, null, 2)}\n`);
    return exit;
  }

  const zh = opts.lang === 'zh-CN';
  let printed = false;
  for (const o of outcomes) {
    if (o.error !== undefined) {
      io.stderr.write(`service-org: ${o.file}: ${o.error}\n`);
      const line = surveyFindingsLine(o.surveyFindings, o.file, opts.lang);
      if (line !== '') io.stderr.write(`  ${line}\n`);
      continue;
    }
    const quality = o.audit?.serviceQuality;
    const fiveGaps: readonly FiveGap[] = o.audit?.gapSummary.fiveGaps ?? [];
    if (quality === undefined) continue;
    const lines = [o.file, ...qualityReport(quality, fiveGaps, opts.lang).map((l) => `  ${l}`)];
    const findings = surveyFindingsLine(o.surveyFindings, o.file, opts.lang);
    if (findings !== '') lines.push('', `  ${findings}`);
    if (o.written.length > 0)
      lines.push(
        '',
        `  ${zh ? '已写入：' : 'Wrote:'}`,
        ...o.written.map(
          (w) => `    ${w.image ? pngDescription(w.file, w.image, opts.lang) : w.file}`,
        ),
      );
    io.stdout.write(`${printed ? '\n' : ''}${lines.map((l) => l.trimEnd()).join('\n')}\n`);
    printed = true;
  }
  return exit;
}
