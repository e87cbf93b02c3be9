import type { Location } from '../model/diagnostic';
import type { Policy } from '../model/policy';
import { SERVICE_DIMENSIONS, type ServiceDimension } from '../model/serviceDimension';
import type { Survey, SurveySource } from '../model/survey';
import type { DiagnosticCollector } from '../read/diagnosticCollector';
import { gapStats, type GapStats } from './gapStats';
import { improvementPriorities, type ImprovementPriorities } from './improvementPriorities';
import { orderFreeMean } from './orderFreeStats';
import { qualityWeights, type QualityWeighting } from './qualityWeights';

/** One survey item's figures. */
export interface ItemQuality extends GapStats {
  readonly item: string;
  readonly dimension: ServiceDimension;
  /** Mean of the item's Importance answers; null when none. */
  readonly importance: number | null;
  /** The item's first cell. */
  readonly location: Location;
}

/**
 * One dimension's figures. Its means are over respondents: each respondent's mean over the
 * dimension's items they answered in pairs, then the mean of those (SERVQUAL's dimension
 * score); `n` is those respondents, so the interval is over respondents too.
 */
export interface DimensionQuality extends GapStats {
  readonly dimension: ServiceDimension;
  /** Items of the dimension with at least one pair of answers. */
  readonly items: number;
  /** Pairs of answers over its items. */
  readonly answers: number;
  /** Respondents' mean Importance over its items, then their mean; null when none rated it. */
  readonly importance: number | null;
  /** Its normalised weight in the overall score and the CSI (0 when not measured). */
  readonly weight: number;
}

/** The weighted overall figures. */
export interface OverallQuality {
  /** Σ wᵢ·Ēᵢ over the dimensions measured (weights summing to 1). */
  readonly expectation: number | null;
  /** Σ wᵢ·P̄ᵢ. */
  readonly perception: number | null;
  /** The weighted service-quality score, gap 5: Σ wᵢ·(P̄ᵢ − Ēᵢ). */
  readonly gap: number | null;
  /** Customer satisfaction index, 0–100: 100 × (Σ wᵢ·P̄ᵢ − min) / (max − min) on the scale. */
  readonly csi: number | null;
}

/** The service-quality analysis of a survey (DOMAIN.md §4). Plain JSON-serialisable data. */
export interface ServiceQuality {
  readonly source: SurveySource;
  readonly scale: { readonly min: number; readonly max: number };
  /** Respondents with at least one pair of answers. */
  readonly respondents: number;
  /** Every item, in questionnaire order. */
  readonly items: readonly ItemQuality[];
  /** Every dimension with an item, in seed 001's order (SERVICE_DIMENSIONS). */
  readonly dimensions: readonly DimensionQuality[];
  readonly weighting: QualityWeighting;
  readonly overall: OverallQuality;
  readonly priorities: ImprovementPriorities;
}

/** What the analysis needs from the organisation: its Policy (the quality weights). */
export interface ServiceQualityContext {
  readonly policy: Policy;
}

interface RespondentDimension {
  readonly e: number[];
  readonly p: number[];
  readonly i: number[];
}

/**
 * Analyse a survey: per item and per dimension the mean expectation, perception, the gap
 * P − E with its paired 95% interval (gapStats); the dimensions' weights (qualityWeights); the
 * weighted score and the CSI; and the improvement priorities (the five-gap checklist, which
 * also reads the organisation, is fiveGapModel's).
 *
 * Only pairs count for expectation, perception and gap: a respondent's answer whose partner
 * is blank or invalid is left out of both means (it was reported when read), so that
 * gap = P̄ − Ē = mean(P − E) over the same respondents. Importance counts on its own.
 *
 * CSI = 100 × (Σ wᵢ·P̄ᵢ − min) / (max − min): the weighted mean perception placed on the
 * survey's scale (Policy LikertMin–LikertMax, 1–7 by default), 0 when every answer is the
 * lowest, 100 when every answer is the highest (seed 002, 客户满意指标).
 */
export function analyseServiceQuality(
  survey: Survey,
  context: ServiceQualityContext,
  diagnostics: DiagnosticCollector,
): ServiceQuality {
  const itemPairs = survey.items.map((): [number, number][] => []);
  const itemImportance = survey.items.map((): number[] => []);
  /** Per dimension, per respondent: their answers to the dimension's items. */
  const byDimension = new Map<ServiceDimension, Map<string, RespondentDimension>>();
  const respondents = new Set<string>();
  for (const a of survey.answers) {
    const item = survey.items[a.item];
    if (!item) continue;
    let perRespondent = byDimension.get(item.dimension);
    if (!perRespondent) {
      perRespondent = new Map();
      byDimension.set(item.dimension, perRespondent);
    }
    let mine = perRespondent.get(a.respondent);
    if (!mine) {
      mine = { e: [], p: [], i: [] };
      perRespondent.set(a.respondent, mine);
    }
    if (a.importance !== undefined) {
      itemImportance[a.item]?.push(a.importance);
      mine.i.push(a.importance);
    }
    if (a.expectation === undefined || a.perception === undefined) continue;
    itemPairs[a.item]?.push([a.expectation, a.perception]);
    mine.e.push(a.expectation);
    mine.p.push(a.perception);
    respondents.add(a.respondent);
  }

  const items = survey.items.map((it, k): ItemQuality => ({
    item: it.item,
    dimension: it.dimension,
    ...gapStats(itemPairs[k] ?? []),
    importance: orderFreeMean(itemImportance[k] ?? []),
    location: it.location,
  }));

  const present = SERVICE_DIMENSIONS.filter((d) => survey.items.some((it) => it.dimension === d));
  const stats = present.map((dimension) => {
    const perRespondent = [...(byDimension.get(dimension)?.values() ?? [])];
    const pairs: [number, number][] = [];
    const importance: number[] = [];
    for (const r of perRespondent) {
      const e = orderFreeMean(r.e);
      const p = orderFreeMean(r.p);
      if (e !== null && p !== null) pairs.push([e, p]);
      const i = orderFreeMean(r.i);
      if (i !== null) importance.push(i);
    }
    const mine = items.filter((it) => it.dimension === dimension);
    return {
      dimension,
      ...gapStats(pairs),
      items: mine.filter((it) => it.n > 0).length,
      answers: mine.reduce((s, it) => s + it.n, 0),
      importance: orderFreeMean(importance),
    };
  });

  const measured = stats.filter((s) => s.gap !== null);
  const weighting = qualityWeights(
    measured.map((s) => ({ dimension: s.dimension, importance: s.importance })),
    context.policy,
    survey.importanceAt,
    diagnostics,
  );
  const weightOf = new Map(weighting.weights.map((w) => [w.dimension, w.weight]));
  const dimensions = stats.map((s): DimensionQuality => ({
    ...s,
    weight: weightOf.get(s.dimension) ?? 0,
  }));

  const weighted = (pick: (d: DimensionQuality) => number | null): number | null => {
    if (weighting.weights.length === 0) return null;
    let sum = 0;
    for (const d of dimensions) if (d.weight > 0) sum += d.weight * (pick(d) ?? 0);
    return sum;
  };
  const perception = weighted((d) => d.perception);
  const { min, max } = survey.scale;
  const overall: OverallQuality = {
    expectation: weighted((d) => d.expectation),
    perception,
    gap: weighted((d) => d.gap),
    csi: perception === null ? null : (100 * (perception - min)) / (max - min),
  };

  const priorities = improvementPriorities(
    items,
    weightOf,
    weighting.source === 'importance'
      ? new Map(dimensions.map((d) => [d.dimension, d.importance]))
      : undefined,
  );
  return {
    source: survey.source,
    scale: survey.scale,
    respondents: respondents.size,
    items,
    dimensions,
    weighting,
    overall,
    priorities,
  };
}
