import type { AuditSummary } from '../core/audit/auditWorkbook';
import type { FiveGap, GapSignal, GapStatus } from '../core/analyze/fiveGapModel';
import type { ServiceQuality } from '../core/analyze/serviceQuality';
import type { Lang } from '../core/i18n/lang';
import {
  FURTHER_DIMENSIONS_NOTE,
  serviceDimensionLabel,
  WEIGHT_SOURCE_LABELS,
} from '../core/i18n/serviceQualityLabels';
import { isWide } from '../core/layout/textWidth';
import type { Diagnostic } from '../core/model/diagnostic';
import { SERVICE_DIMENSIONS, type ServiceDimension } from '../core/model/serviceDimension';
import { serviceQualityLabels } from '../core/render/serviceQualityLabels';
import { signedFigure } from '../core/render/signedFigure';
import { summaryLine } from './formatText';

/** How many improvement priorities the report lists. */
export const TOP_PRIORITIES = 10;

/** Columns a string takes on a terminal: East Asian wide characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return w;
}

const padEnd = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) =>
  ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/** Rows of cells as aligned columns (`right`: the columns aligned right), two spaces apart. */
function table(rows: readonly (readonly string[])[], right: ReadonlySet<number>): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) =>
        right.has(i) ? padStart(cell, widths[i] ?? 0) : padEnd(cell, widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}

const fixed = (v: number | null, digits = 2): string => (v === null ? '—' : v.toFixed(digits));
const signed = (v: number | null, digits = 2): string =>
  v === null ? '—' : signedFigure(v, digits);
const percent = (w: number): string => `${Number((w * 100).toFixed(1))}%`;
const thousands = (n: number): string => n.toLocaleString('en');

/** The report's words, in each language. */
interface ReportWords {
  readonly survey: (q: ServiceQuality) => string;
  readonly weights: string;
  readonly furtherNote: string;
  readonly header: readonly string[];
  readonly weighted: string;
  readonly score: (gap: string) => string;
  readonly csi: (csi: string, p: string, min: number, max: number) => string;
  readonly priorities: (shown: number, all: number) => string;
  readonly noPriorities: string;
  readonly checklist: string;
  readonly evidence: (count: number, ids: string) => string;
  readonly figures: (signal: GapSignal) => string;
  readonly findings: (summary: string, codes: string, file: string) => string;
}

const CODE_LIST = (codes: ReadonlyMap<string, number>, sep: string) =>
  [...codes].map(([code, n]) => `${code} ×${n}`).join(sep);

const WORDS: Readonly<Record<Lang, ReportWords>> = {
  en: {
    survey: (q) => {
      const s = q.source;
      const where =
        s.foundBy === 'table' && s.tableName !== undefined
          ? `table ${s.tableName} on sheet ${s.sheet}`
          : `sheet ${s.sheet}`;
      const form =
        s.form === 'long'
          ? 'long form (a row per respondent and item)'
          : 'wide form (a row per respondent)';
      return `Survey: ${where}, ${form}, header ${s.header}, ${thousands(s.rows)} rows · ${q.respondents} respondents · scale ${q.scale.min}–${q.scale.max}`;
    },
    weights: 'Weights',
    furtherNote: FURTHER_DIMENSIONS_NOTE.en,
    header: ['Dimension', 'Weight', 'Expectation', 'Perception', 'Gap', '95% CI of the gap', 'n'],
    weighted: 'Weighted',
    score: (gap) => `Weighted score (gap 5) = Σ wᵢ·(P̄ᵢ − Ēᵢ) = ${gap}`,
    csi: (csi, p, min, max) =>
      `CSI = 100 × (Σ wᵢ·P̄ᵢ − min) / (max − min) = 100 × (${p} − ${min}) / (${max} − ${min}) = ${csi}`,
    priorities: (shown, all) =>
      `Improvement priorities (items below expectation by weight × shortfall; ${shown === all ? `all ${all}` : `top ${shown} of ${all}`}):`,
    noPriorities: 'Improvement priorities: no item is below expectation.',
    checklist: 'Five-gap checklist (gaps 1–4 from the organisation’s data, gap 5 from the survey):',
    evidence: (count, ids) => `: ${count}${ids === '' ? '' : ` (${ids})`}`,
    figures: (s) => {
      const f = s.figures;
      if (f === undefined) return '';
      if (s.key === 'layers-above-minimum')
        return ` — ${f.layers} layers, ${f.minimumLayers} needed`;
      if (s.key === 'customer-research-unowned')
        return ` — ${f.researchFunctions} research functions, ${f.owned} with a primary owner`;
      if (s.key === 'perception-below-expectation')
        return ` — weighted gap ${signed(f.weightedGap ?? null)}${f.csi === undefined ? '' : `, CSI ${fixed(f.csi, 1)}`}`;
      return '';
    },
    findings: (summary, codes, file) =>
      `Survey findings: ${summary}${codes === '' ? '' : ` (${codes})`}; \`service-org audit ${file}\` lists them with their cells.`,
  },
  'zh-CN': {
    survey: (q) => {
      const s = q.source;
      const where =
        s.foundBy === 'table' && s.tableName !== undefined
          ? `工作表“${s.sheet}”中的表格 ${s.tableName}`
          : `工作表“${s.sheet}”`;
      const form = s.form === 'long' ? '长表（每位受访者每个题项一行）' : '宽表（每位受访者一行）';
      return `问卷：${where}，${form}，表头 ${s.header}，共 ${thousands(s.rows)} 行 · 受访者 ${q.respondents} 人 · 量表 ${q.scale.min}–${q.scale.max}`;
    },
    weights: '权重',
    furtherNote: FURTHER_DIMENSIONS_NOTE.zh,
    header: ['维度', '权重', '期望', '感知', '差距', '差距的 95% 置信区间', '人数'],
    weighted: '加权',
    score: (gap) => `加权服务质量得分（缺口五）= Σ wᵢ·(P̄ᵢ − Ēᵢ) = ${gap}`,
    csi: (csi, p, min, max) =>
      `客户满意指标 CSI = 100 × (Σ wᵢ·P̄ᵢ − 最低分) / (最高分 − 最低分) = 100 × (${p} − ${min}) / (${max} − ${min}) = ${csi}`,
    priorities: (shown, all) =>
      `改善重点（低于期望的题项，按权重 × 差距排序；${shown === all ? `共 ${all} 项` : `共 ${all} 项，列出前 ${shown} 项`}）：`,
    noPriorities: '改善重点：没有低于期望的题项。',
    checklist: '五缺口检查（缺口一至四依据组织数据，缺口五依据问卷）：',
    evidence: (count, ids) => `：${count} 项${ids === '' ? '' : `（${ids}）`}`,
    figures: (s) => {
      const f = s.figures;
      if (f === undefined) return '';
      if (s.key === 'layers-above-minimum')
        return `；管理层次 ${f.layers} 层，最少需要 ${f.minimumLayers} 层`;
      if (s.key === 'customer-research-unowned')
        return `；倾听客户的职能 ${f.researchFunctions} 项，其中有主责岗位的 ${f.owned} 项`;
      if (s.key === 'perception-below-expectation')
        return `；加权差距 ${signed(f.weightedGap ?? null)}${f.csi === undefined ? '' : `，CSI ${fixed(f.csi, 1)}`}`;
      return '';
    },
    findings: (summary, codes, file) =>
      `问卷检查结果：${summary}${codes === '' ? '' : `（${codes}）`}；运行 \`service-org audit ${file}\` 可查看各项及其单元格。`,
  },
};

const isDimension = (id: string): id is ServiceDimension =>
  (SERVICE_DIMENSIONS as readonly string[]).includes(id);

/** Ids a signal names, as the report writes them: dimensions by name, at most 10. */
function signalIds(s: GapSignal, lang: Lang): string {
  const shown = s.ids
    .slice(0, 10)
    .map((id) => (isDimension(id) ? serviceDimensionLabel(id, lang) : id));
  const more = s.count > shown.length ? (lang === 'zh-CN' ? '…' : ', …') : '';
  return shown.join(lang === 'zh-CN' ? '、' : ', ') + more;
}

/** Counts of each code. */
function codeCounts(findings: readonly Diagnostic[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of findings) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return counts;
}

/** The survey's findings, as audit counts them (by severity), or '' when there are none. */
export function surveyFindingsLine(
  findings: readonly Diagnostic[],
  file: string,
  lang: Lang,
): string {
  if (findings.length === 0) return '';
  const summary = summaryLine(
    {
      errors: findings.filter((d) => d.severity === 'error').length,
      warnings: findings.filter((d) => d.severity === 'warning').length,
      infos: findings.filter((d) => d.severity === 'info').length,
      roles: 0,
      headcount: 0,
      functions: 0,
      assignments: 0,
      heads: 0,
    } satisfies AuditSummary,
    lang,
  ).split(' · ')[0];
  const codes = CODE_LIST(codeCounts(findings), lang === 'zh-CN' ? '、' : ', ');
  return WORDS[lang].findings(summary ?? '', codes, file);
}

/** The five-gap checklist: each gap's status, then each signal's status and evidence. */
function checklist(gaps: readonly FiveGap[], lang: Lang): string[] {
  const w = WORDS[lang];
  const zh = lang === 'zh-CN';
  // The sheets' words for a status, in lower case as a report line reads them.
  const words = serviceQualityLabels[lang].checklist.status;
  const statusOf = (st: GapStatus) => words[st].toLowerCase();
  const lines = [w.checklist];
  const statusWidth = Math.max(
    ...(Object.keys(words) as GapStatus[]).map((st) => displayWidth(statusOf(st))),
  );
  for (const gap of gaps) {
    const status = statusOf(gap.status);
    lines.push(`  ${zh ? `${gap.title.zh}【${status}】` : `${gap.title.en} [${status}]`}`);
    for (const s of gap.signals) {
      const label = zh ? s.label.zh : s.label.en;
      const evidence = s.status === 'found' ? w.evidence(s.count, signalIds(s, lang)) : '';
      lines.push(
        `    ${padEnd(statusOf(s.status), statusWidth)}  ${label}${evidence}${w.figures(s)}`,
      );
    }
  }
  return lines;
}

/**
 * A workbook's service-quality report as text, in `lang`: where the survey was read, the
 * weights and their source, the dimensions' figures, the weighted score and the CSI with
 * their formulas, the top improvement priorities and the five-gap checklist.
 */
export function qualityReport(
  quality: ServiceQuality,
  fiveGaps: readonly FiveGap[],
  lang: Lang,
): string[] {
  const w = WORDS[lang];
  const zh = lang === 'zh-CN';
  const sep = zh ? '：' : ': ';
  const lines = [w.survey(quality)];
  lines.push(
    `${w.weights}${sep}${WEIGHT_SOURCE_LABELS[quality.weighting.source][zh ? 'zh' : 'en']}`,
  );
  if (quality.dimensions.some((d) => d.gap !== null && d.weight === 0))
    lines.push(`  ${w.furtherNote}`);

  const rows: string[][] = [[...w.header]];
  for (const d of quality.dimensions)
    rows.push([
      serviceDimensionLabel(d.dimension, lang),
      percent(d.weight),
      fixed(d.expectation),
      fixed(d.perception),
      signed(d.gap),
      d.ci === null ? '—' : `[${signed(d.ci.low)}, ${signed(d.ci.high)}]`,
      String(d.n),
    ]);
  const { overall } = quality;
  if (overall.gap !== null)
    rows.push([
      w.weighted,
      percent(quality.dimensions.reduce((s, d) => s + d.weight, 0)),
      fixed(overall.expectation),
      fixed(overall.perception),
      signed(overall.gap),
      '',
      '',
    ]);
  lines.push('', ...table(rows, new Set([1, 2, 3, 4, 6])).map((l) => `  ${l}`), '');

  if (overall.gap !== null) lines.push(w.score(signed(overall.gap)));
  if (overall.csi !== null && overall.perception !== null)
    lines.push(
      w.csi(fixed(overall.csi, 1), fixed(overall.perception), quality.scale.min, quality.scale.max),
    );

  const ranked = quality.priorities.ranked;
  lines.push('');
  if (ranked.length === 0) lines.push(w.noPriorities);
  else {
    const top = ranked.slice(0, TOP_PRIORITIES);
    lines.push(w.priorities(top.length, ranked.length));
    const rankWidth = String(top.length).length;
    lines.push(
      ...table(
        top.map((p) => [
          `${String(p.rank).padStart(rankWidth)}. ${p.item}`,
          serviceDimensionLabel(p.dimension, lang),
          signed(p.gap),
          p.score.toFixed(3),
        ]),
        new Set([2, 3]),
      ).map((l) => `  ${l}`),
    );
  }
  lines.push('', ...checklist(fiveGaps, lang));
  return lines;
}
