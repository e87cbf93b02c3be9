import type { Diagnostic } from '../model/diagnostic';
import type { Organisation } from '../model/organisation';
import type { ServiceDimension } from '../model/serviceDimension';
import {
  FIVE_GAP_TEXTS,
  GAP_SIGNAL_LABELS,
  type GapKey,
  type GapSignalKey,
} from '../i18n/fiveGapLabels';
import type { Bilingual } from '../i18n/serviceQualityLabels';
import type {
  ResponsibilitySummary,
  StaffingSummary,
  StructureSummary,
  WorkloadSummary,
} from './gapSummary';
import type { GapInterval } from './gapStats';

/** Whether the organisation's data shows a gap's signal. */
export type GapStatus = 'found' | 'not-found' | 'not-measurable';

/** One organisational signal of a gap, with its evidence. */
export interface GapSignal {
  readonly key: GapSignalKey;
  readonly status: GapStatus;
  /** How many roles, functions, trees or dimensions show it. */
  readonly count: number;
  /** Their ids (RoleId, FunctionId, a tree's head, a dimension), the first 20. */
  readonly ids: readonly string[];
  /** Figures behind the status (layers and their minimum, the weighted gap, …). */
  readonly figures?: Readonly<Record<string, number>>;
  readonly label: Bilingual;
}

/** One gap of the five-gap model, as a checklist entry. */
export interface FiveGap {
  readonly gap: 1 | 2 | 3 | 4 | 5;
  readonly key: GapKey;
  /** `found` when any signal is, `not-found` when some were measured and none is, else `not-measurable`. */
  readonly status: GapStatus;
  readonly title: Bilingual;
  readonly causes: Bilingual;
  readonly remedy: Bilingual;
  readonly signals: readonly GapSignal[];
}

/** What the gap model reads: the organisation's analyses and the survey's overall figures. */
export interface FiveGapInput {
  readonly org: Organisation;
  readonly responsibility: ResponsibilitySummary;
  readonly workload: WorkloadSummary;
  readonly structure: StructureSummary;
  readonly staffing: StaffingSummary;
  /** The analyses' findings so far (duty-style and job-description codes are read). */
  readonly findings: readonly Diagnostic[];
  /** The weighted gap (gap 5) and the CSI. */
  readonly overall: { readonly gap: number | null; readonly csi: number | null };
  readonly dimensions: readonly {
    readonly dimension: ServiceDimension;
    readonly gap: number | null;
    readonly ci: GapInterval | null;
  }[];
}

const MAX_IDS = 20;

/** A signal with its status given. */
function signalWith(
  key: GapSignalKey,
  status: GapStatus,
  ids: readonly string[],
  figures?: Record<string, number>,
): GapSignal {
  const measured = status !== 'not-measurable';
  return {
    key,
    status,
    count: measured ? ids.length : 0,
    ids: measured ? ids.slice(0, MAX_IDS) : [],
    ...(figures === undefined || !measured ? {} : { figures }),
    label: GAP_SIGNAL_LABELS[key],
  };
}

/** A signal found when anything shows it: `ids` are what does. */
const signal = (
  key: GapSignalKey,
  measurable: boolean,
  ids: readonly string[],
  figures?: Record<string, number>,
): GapSignal =>
  signalWith(
    key,
    !measurable ? 'not-measurable' : ids.length > 0 ? 'found' : 'not-found',
    ids,
    figures,
  );

function gapOf(gap: FiveGap['gap'], key: GapKey, signals: readonly GapSignal[]): FiveGap {
  const status: GapStatus = signals.some((s) => s.status === 'found')
    ? 'found'
    : signals.some((s) => s.status === 'not-found')
      ? 'not-found'
      : 'not-measurable';
  return { gap, key, status, ...FIVE_GAP_TEXTS[key], signals };
}

/** Subjects of the findings with one of the codes, unique, in finding order. */
function subjects(findings: readonly Diagnostic[], codes: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const d of findings) if (codes.has(d.code) && d.subject !== undefined) out.add(d.subject);
  return [...out];
}

/**
 * Words that mark a function as listening to customers (seed 002, 倾听客户的声音: focus groups,
 * managers and staff visiting customers, questionnaires, after-sales evaluation, front-line
 * listening; seed 001: 市场调查). Matched in the duty statement and the area, any case. The two
 * languages name the same activities, so a bilingual workbook counts the same functions; a
 * bare 调查 or "research" is not enough (投诉调查 and "research the cause" investigate, they do
 * not ask customers).
 */
const RESEARCH_WORDS = [
  'survey',
  'questionnaire',
  'market research',
  'customer research',
  'customer interview',
  'focus group',
  'satisfaction',
  'csi',
  'voice of the customer',
  'customer visit',
  'follow-up',
  'follow up',
  'call back',
  'callback',
  '客户调查',
  '顾客调查',
  '用户调查',
  '市场调查',
  '满意度',
  '问卷',
  '调研',
  '访谈',
  '回访',
  '倾听',
  '走访',
  '拜访',
  '焦点团体',
];
const isResearch = (text: string): boolean => {
  const t = text.normalize('NFKC').toLowerCase();
  return RESEARCH_WORDS.some((w) => t.includes(w));
};

const DUTY_CODES = new Set([
  'DUTY_VAGUE_OPENER',
  'DUTY_NO_ACTION_VERB',
  'DUTY_TOO_SHORT',
  'FUNC_STATEMENT_BLANK',
]);
const PURPOSE_CODES = new Set(['JD_PURPOSE_MISSING']);

/**
 * The five-gap model as data for a checklist (DOMAIN.md §4; seed 001 差距分析模型, seed 002
 * 缺口一…五): for each gap its causes and remedies from the seeds, and the signals the
 * organisation's own data can show.
 *
 * Gap 1 (knowledge): trees with more layers than their headcount needs at the target span
 * (seed 001: 管理层次较多，影响沟通效率); managers of one (each adds a layer); no function that
 * listens to customers — survey, questionnaire, satisfaction, CSI, follow-up, 客户调查, 问卷,
 * 回访, 满意度 … (RESEARCH_WORDS) in its statement or area — with a primary owner (seed 001:
 * 市场调查的广度和深度不够; seed 002: 倾听客户的声音).
 * Gap 2 (standards): duty statements without an action or standard (DUTY_VAGUE_OPENER,
 * DUTY_NO_ACTION_VERB, DUTY_TOO_SHORT, FUNC_STATEMENT_BLANK; seed 001: 任务标准化程度不够);
 * positions without a purpose (JD_PURPOSE_MISSING; seed 001: 没有明确的奋斗目标).
 * Gap 3 (delivery): functions with no primary owner and with several (seed 000: 只有明确责任人，
 * 才能保障客户服务流程中每个环节的顺畅流转); over-loaded roles and vacancies (seed 001: 人力资源
 * 政策措施不当, 不能有效协调需求与供给关系).
 * Gap 4 (communication): promises made to customers are not in the workbook: not measurable.
 * Gap 5 (perception): measured — the weighted gap below zero, and the dimensions whose whole
 * 95% interval lies below zero.
 *
 * A signal is not measurable when its data is absent: no roles, no Responsibilities, no
 * Effort (workload), no Filled (vacancies).
 */
export function fiveGapModel(input: FiveGapInput): FiveGap[] {
  const { org, responsibility, workload, structure, staffing, findings } = input;
  const hasRoles = org.roles.length > 0;
  const hasFunctions = org.functions.length > 0;

  const deepTrees = structure.trees.filter((t) => t.layers > t.minimumLayers);
  const ofOne = structure.spans.filter((s) => s.status === 'one').map((s) => s.roleId);
  const primaries = new Map<string, number>();
  for (const a of org.assignments)
    if (a.cls === 'primary') primaries.set(a.functionId, (primaries.get(a.functionId) ?? 0) + 1);
  const research = org.functions.filter((f) => isResearch(`${f.statement} ${f.area ?? ''}`));
  const ownedResearch = research.filter((f) => (primaries.get(f.id) ?? 0) > 0);
  const gap1 = gapOf(1, 'knowledge', [
    signal(
      'layers-above-minimum',
      hasRoles,
      deepTrees.map((t) => t.headId),
      { layers: structure.layers, minimumLayers: structure.minimumLayers },
    ),
    signal('managers-of-one', hasRoles, ofOne),
    // Found when no research function has a primary owner (none at all included); the ids
    // are the research functions without one.
    signalWith(
      'customer-research-unowned',
      !hasFunctions ? 'not-measurable' : ownedResearch.length === 0 ? 'found' : 'not-found',
      research.filter((f) => (primaries.get(f.id) ?? 0) === 0).map((f) => f.id),
      { researchFunctions: research.length, owned: ownedResearch.length },
    ),
  ]);

  const gap2 = gapOf(2, 'standards', [
    signal('duty-statements-unstandardised', hasFunctions, subjects(findings, DUTY_CODES)),
    signal('positions-without-purpose', hasRoles, subjects(findings, PURPOSE_CODES)),
  ]);

  const loadKnown = workload.roles.some((r) => r.utilisation !== null);
  const filledKnown = hasRoles && staffing.unknown < org.roles.length;
  const gap3 = gapOf(3, 'delivery', [
    signal(
      'functions-without-owner',
      hasFunctions,
      responsibility.gaps.map((g) => g.functionId),
    ),
    signal(
      'functions-with-several-owners',
      hasFunctions,
      responsibility.overlaps.filter((o) => !o.allowed).map((o) => o.functionId),
    ),
    signal(
      'overloaded-roles',
      loadKnown,
      workload.roles.filter((r) => r.band === 'over').map((r) => r.roleId),
    ),
    signal(
      'vacancies',
      filledKnown,
      staffing.vacancies.map((v) => v.roleId),
    ),
  ]);

  const gap4 = gapOf(4, 'communication', [signal('promises-against-delivery', false, [])]);

  const { gap, csi } = input.overall;
  const below = input.dimensions.filter((d) => d.gap !== null && d.gap < 0);
  const significant = input.dimensions.filter((d) => d.ci !== null && d.ci.high < 0);
  const gap5 = gapOf(5, 'perception', [
    // Found when the weighted gap is below zero; the ids are the dimensions below expectation.
    signalWith(
      'perception-below-expectation',
      gap === null ? 'not-measurable' : gap < 0 ? 'found' : 'not-found',
      below.map((d) => d.dimension),
      gap === null ? undefined : { weightedGap: gap, ...(csi === null ? {} : { csi }) },
    ),
    signal(
      'dimensions-significantly-below',
      input.dimensions.some((d) => d.ci !== null),
      significant.map((d) => d.dimension),
    ),
  ]);
  return [gap1, gap2, gap3, gap4, gap5];
}
